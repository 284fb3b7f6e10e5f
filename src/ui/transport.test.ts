import { describe, expect, it } from 'vitest';
import { STEP_MS, settledTime, stepStart } from '../render/timing.ts';
import {
  advance,
  faster,
  next,
  previous,
  SPEEDS,
  slower,
  type Transport,
  toggle,
  total,
} from './transport.ts';

const STEPS = 10;
const paused = (t: number): Transport => ({ t, playing: false, stopAt: null });

/** Plays until the transport stops by itself, in frames of 16 ms. */
function runOut(s: Transport, speed = 1): Transport {
  let cur = s;
  for (let i = 0; i < 10_000 && cur.playing; i++) cur = advance(cur, 16, speed, STEPS);
  return cur;
}

describe('transport', () => {
  it('plays the next step when paused and stops once it has arrived', () => {
    const s = next(paused(settledTime(3)), STEPS, false);
    expect(s).toEqual({ t: stepStart(4), playing: true, stopAt: settledTime(4) });
    expect(runOut(s)).toEqual(paused(settledTime(4)));
  });

  it('jumps straight to the next step when motion is reduced', () => {
    expect(next(paused(settledTime(3)), STEPS, true)).toEqual(paused(settledTime(4)));
  });

  it('comes back to exactly the same moment after a step back and a step forward', () => {
    const here = settledTime(6);
    const back = previous(paused(here), STEPS);
    expect(back).toEqual(paused(settledTime(5)));
    expect(runOut(next(back, STEPS, false)).t).toBe(here);
    expect(next(back, STEPS, true).t).toBe(here);
  });

  it('finishes the current step first when paused before its end', () => {
    const s = next(paused(0), STEPS, false);
    expect(s).toEqual({ t: 0, playing: true, stopAt: settledTime(0) });
  });

  it('lets a second press finish the step under way and play the one after', () => {
    const first = next(paused(settledTime(1)), STEPS, false);
    const midway = advance(first, 300, 1, STEPS);
    const second = next(midway, STEPS, false);
    expect(second).toEqual({ t: stepStart(3), playing: true, stopAt: settledTime(3) });
  });

  it('jumps between step starts while playing, as chapters do', () => {
    const playing = { t: stepStart(4) + 100, playing: true, stopAt: null };
    expect(next(playing, STEPS, false)).toEqual({ ...playing, t: stepStart(5) });
    expect(previous(playing, STEPS)).toEqual({ ...playing, t: stepStart(3) });
    const late = { ...playing, t: stepStart(4) + STEP_MS * 0.6 };
    expect(previous(late, STEPS)).toEqual({ ...playing, t: stepStart(4) });
  });

  it('stops at the first and the last step', () => {
    expect(previous(paused(settledTime(0)), STEPS)).toEqual(paused(0));
    expect(next(paused(settledTime(STEPS - 1)), STEPS, false)).toEqual(paused(settledTime(STEPS - 1)));
    const end = runOut({ t: stepStart(STEPS - 1), playing: true, stopAt: null }, 4);
    expect(end).toEqual(paused(total(STEPS)));
  });

  it('plays again from the start once the end is reached', () => {
    expect(toggle(paused(total(STEPS)), STEPS)).toEqual({ t: 0, playing: true, stopAt: null });
    expect(toggle({ t: 500, playing: true, stopAt: null }, STEPS)).toEqual(paused(500));
    expect(toggle(paused(0), 0).playing).toBe(false);
  });

  it('runs faster and slower within 0.25× and 4×', () => {
    const dt = 100;
    expect(advance({ t: 0, playing: true, stopAt: null }, dt, 4, STEPS).t).toBe(400);
    expect(advance({ t: 0, playing: true, stopAt: null }, dt, 0.25, STEPS).t).toBe(25);
    expect(slower(1)).toBe(0.75);
    expect(faster(1)).toBe(1.5);
    expect(slower(SPEEDS[0] as number)).toBe(0.25);
    expect(faster(4)).toBe(4);
    expect(Math.min(...SPEEDS)).toBe(0.25);
    expect(Math.max(...SPEEDS)).toBe(4);
  });
});
