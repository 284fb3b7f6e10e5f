/**
 * Player time. Each step of a story plays for the same time at normal speed: a short pause to read who
 * acts, the motion, then a hold so the result can be seen. Inside the motion, trace time runs through the
 * step's span; long waits are shortened and short hops stretched (a cube-root weighting of the
 * intervals between the moments something starts or arrives), so a packet visibly passes each router
 * while packets sent together still fly together.
 */
import type { Micros } from '../core/clock.ts';
import type { PacketInfo, Scene, StepInfo } from './scene.ts';

/** Milliseconds of player time per step at 1×. */
export const STEP_MS = 3200;
/** Parts of a step: before the motion starts, and the motion; the rest is the hold. */
export const LEAD = 0.1;
export const MOTION = 0.65;
/** Where a step is shown when it is chosen rather than played: in the middle of its hold. */
export const SETTLE = LEAD + MOTION + (1 - LEAD - MOTION) / 2;

export interface StepTime {
  /** Index into the story's steps; -1 when the story has none. */
  index: number;
  /** 0 at the start of the step, 1 at its end. */
  progress: number;
}

export function totalMs(scene: Scene): number {
  return scene.steps.length * STEP_MS;
}

/** Any number in, a moment of the scene out: before the start is the start, after the end is the end. */
export function clampTime(scene: Scene, t: number): number {
  if (!Number.isFinite(t)) return t === Number.POSITIVE_INFINITY ? totalMs(scene) : 0;
  return Math.min(Math.max(t, 0), totalMs(scene));
}

export function stepAt(scene: Scene, t: number): StepTime {
  const n = scene.steps.length;
  if (n === 0) return { index: -1, progress: 0 };
  const tt = clampTime(scene, t);
  const index = Math.min(Math.floor(tt / STEP_MS), n - 1);
  return { index, progress: Math.min((tt - index * STEP_MS) / STEP_MS, 1) };
}

export function stepStart(index: number): number {
  return Math.max(index, 0) * STEP_MS;
}

/** The moment a chosen step is shown at: its packets have arrived and the stage is still. */
export function settledTime(index: number): number {
  return stepStart(index) + SETTLE * STEP_MS;
}

/** How far the motion of a step has got, from 0 (nothing moved) to 1 (everything arrived). */
export function motionAt(progress: number): number {
  return Math.min(Math.max((progress - LEAD) / MOTION, 0), 1);
}

/** The breakpoints of a step's time warp: trace times, and the share of the motion reached at each. */
export interface Warp {
  times: Micros[];
  shares: number[];
}

export function stepWarp(step: StepInfo, packets: ReadonlyMap<number, PacketInfo>): Warp {
  const marks = new Set<Micros>([step.from, step.to]);
  const within = (t: Micros) => {
    if (t > step.from && t < step.to) marks.add(t);
  };
  for (const id of step.packets) {
    const p = packets.get(id);
    if (!p) continue;
    for (const h of p.hops) {
      within(h.t);
      within(h.arrive);
    }
    within(p.done);
  }
  const times = [...marks].sort((a, b) => a - b);
  const weights = times.slice(1).map((t, i) => Math.cbrt(t - (times[i] as number)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = [0];
  let acc = 0;
  for (const w of weights) {
    acc += w;
    shares.push(sum > 0 ? acc / sum : 1);
  }
  return { times, shares };
}

/** Trace time at a share of the motion: the inverse of the warp, piecewise linear. */
export function traceTimeAt(warp: Warp, share: number): Micros {
  const { times, shares } = warp;
  const first = times[0] as Micros;
  if (times.length < 2 || share <= 0) return first;
  if (share >= 1) return times[times.length - 1] as Micros;
  let lo = 0;
  let hi = shares.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((shares[mid] as number) <= share) lo = mid;
    else hi = mid;
  }
  const s0 = shares[lo] as number;
  const s1 = shares[hi] as number;
  const t0 = times[lo] as Micros;
  const t1 = times[hi] as Micros;
  return s1 === s0 ? t1 : t0 + ((share - s0) / (s1 - s0)) * (t1 - t0);
}

/** The step that shows trace time `tau` (the first whose span holds it, else the last that started before). */
export function stepForTraceTime(scene: Scene, tau: Micros): number {
  const steps = scene.steps;
  if (steps.length === 0) return -1;
  const holding = steps.findIndex((s) => s.from <= tau && tau <= s.to);
  if (holding !== -1) return holding;
  let best = 0;
  steps.forEach((s, k) => {
    if (s.from <= tau) best = k;
  });
  return best;
}
