/**
 * What the player's buttons and keys do to time. The player owns only the time `t` and the speed; these
 * rules turn "next step" or "play" into a new `t` (and, for stepping, a moment to stop at). No DOM here.
 *
 * Paused, "next" plays the next step and stops once its packets have arrived, so every press shows one
 * exchange moving; "previous" jumps straight to where the step before came to rest. Playing, both jump to
 * the start of a step and keep playing, as chapters of a video do.
 */
import { SETTLE, STEP_MS, settledTime, stepStart } from '../render/timing.ts';

export const SPEEDS: readonly number[] = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];
export const DEFAULT_SPEED = 1;

export interface Transport {
  t: number;
  playing: boolean;
  /** When set, playing stops at this moment: the end of a single step. */
  stopAt: number | null;
}

const EPS = 1;

function indexAt(t: number, steps: number): number {
  if (steps === 0) return -1;
  return Math.min(Math.max(Math.floor(t / STEP_MS), 0), steps - 1);
}

export function total(steps: number): number {
  return steps * STEP_MS;
}

export function next(s: Transport, steps: number, reducedMotion: boolean): Transport {
  if (steps === 0) return s;
  const k = indexAt(s.t, steps);
  if (s.playing && s.stopAt === null) {
    return k + 1 < steps ? { ...s, t: stepStart(k + 1) } : { t: total(steps), playing: false, stopAt: null };
  }
  // A step already on its way finishes at once, then the next one plays.
  const from = s.stopAt !== null ? s.stopAt : s.t;
  const at = indexAt(from, steps);
  let target: number;
  let start: number;
  if (from < settledTime(at) - EPS) {
    target = settledTime(at);
    start = from;
  } else if (at + 1 < steps) {
    target = settledTime(at + 1);
    start = stepStart(at + 1);
  } else {
    return { t: Math.max(from, settledTime(at)), playing: false, stopAt: null };
  }
  if (reducedMotion) return { t: target, playing: false, stopAt: null };
  return { t: start, playing: true, stopAt: target };
}

export function previous(s: Transport, steps: number): Transport {
  if (steps === 0) return s;
  const k = indexAt(s.t, steps);
  if (s.playing && s.stopAt === null) {
    const into = s.t - stepStart(k);
    return { ...s, t: into > STEP_MS * 0.25 || k === 0 ? stepStart(k) : stepStart(k - 1) };
  }
  if (s.t > settledTime(k) + EPS) return { t: settledTime(k), playing: false, stopAt: null };
  if (k === 0) return { t: 0, playing: false, stopAt: null };
  return { t: settledTime(k - 1), playing: false, stopAt: null };
}

export function toggle(s: Transport, steps: number): Transport {
  if (s.playing) return { ...s, playing: false, stopAt: null };
  const end = total(steps);
  return { t: s.t >= end ? 0 : s.t, playing: steps > 0, stopAt: null };
}

/** Moves time on by `dt` milliseconds of the wall clock at `speed`; stops at a step's end or the last frame. */
export function advance(s: Transport, dt: number, speed: number, steps: number): Transport {
  if (!s.playing) return s;
  const end = total(steps);
  const t = s.t + Math.max(dt, 0) * speed;
  if (s.stopAt !== null && t >= s.stopAt) return { t: s.stopAt, playing: false, stopAt: null };
  if (t >= end) return { t: end, playing: false, stopAt: null };
  return { ...s, t };
}

/** The moment a chosen step is shown at. */
export function stepMoment(index: number): number {
  return settledTime(index);
}

export function slower(speed: number): number {
  const lower = SPEEDS.filter((v) => v < speed);
  return lower.length > 0 ? (lower[lower.length - 1] as number) : (SPEEDS[0] as number);
}

export function faster(speed: number): number {
  return SPEEDS.find((v) => v > speed) ?? (SPEEDS[SPEEDS.length - 1] as number);
}

export { SETTLE };
