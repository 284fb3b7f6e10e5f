/**
 * A beat is a step before it is numbered and put into words: who acts, which packets and events it shows,
 * and which sentence tells it. The levels build beats; `beatsToSteps` numbers them, gives every packet no
 * beat shows to the step it leads up to, and works out the span of trace time each step covers.
 */
import type { Micros } from '../core/clock.ts';
import { formatFlags } from '../core/packet.ts';
import type { StoryKey } from '../i18n/index.ts';
import type { PacketInfo, TraceIndex } from './analysis.ts';
import { actorName, narrateAll } from './narrate.ts';
import type { Narration, StoryStep } from './types.ts';

export interface Beat {
  key: StoryKey;
  params: Record<string, string | number>;
  extra?: Narration[];
  /** A node id, or `firewall`. */
  actor: string;
  packets: PacketInfo[];
  events: number[];
  conn?: string;
  /** Beats that share a tag and a connection become one elementary step. */
  tag?: string;
  /** The beat whose actor an elementary step takes. */
  lead?: boolean;
}

export function say(key: StoryKey, params: Record<string, string | number> = {}): Narration {
  return { key, params };
}

function unionFlags(packets: PacketInfo[]): string {
  let flags = 0;
  for (const p of packets) flags |= p.view.tcp?.flags ?? 0;
  return formatFlags(flags);
}

function eventTime(ix: TraceIndex, i: number): Micros {
  return (ix.trace.events[i] as { t: Micros }).t;
}

/** The span of capture time over which a beat's own packets and events happen: where background packets go. */
function subjectRange(ix: TraceIndex, b: Beat): { from: Micros; to: Micros } | undefined {
  const times = [...b.packets.map((p) => p.t), ...b.events.map((i) => eventTime(ix, i))];
  return times.length === 0 ? undefined : { from: Math.min(...times), to: Math.max(...times) };
}

/**
 * The step a packet no beat shows belongs to: a step whose packets are crossing when the capture sees it
 * (one of the same connection first, then one of the same sender), else the step it leads up to (the
 * earliest to start after it), else the last step. Packets are placed in one sweep through time, so long
 * sessions (thousands of files) stay linear.
 */
function placeBackground(ix: TraceIndex, beats: Beat[], packets: PacketInfo[]): Map<PacketInfo, number> {
  const placed = new Map<PacketInfo, number>();
  const ranges = beats.map((b) => subjectRange(ix, b));
  const packetRanges = beats.map((b) => {
    if (b.packets.length === 0) return undefined;
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const q of b.packets) {
      from = Math.min(from, q.t);
      to = Math.max(to, q.t);
    }
    return { from, to };
  });
  const byFrom = (list: Array<{ from: Micros } | undefined>) =>
    list
      .map((r, i) => ({ r, i }))
      .filter((x): x is { r: { from: Micros; to: Micros }; i: number } => x.r !== undefined)
      .sort((a, b) => a.r.from - b.r.from || a.i - b.i);
  const crossing = byFrom(packetRanges);
  const starting = byFrom(ranges);
  const lastStep = ranges.findLastIndex((r) => r !== undefined);
  const order = [...packets].sort((a, b) => a.t - b.t);
  let next = 0;
  let active: Array<{ r: { from: Micros; to: Micros }; i: number }> = [];
  for (const p of order) {
    for (let c = crossing[next]; c !== undefined && c.r.from <= p.t; c = crossing[++next]) active.push(c);
    active = active.filter((a) => a.r.to >= p.t);
    let best = -1;
    let bestScore = -1;
    for (const a of [...active].sort((x, y) => x.i - y.i)) {
      const b = beats[a.i] as Beat;
      const score = (b.conn !== undefined && b.conn === p.conn ? 2 : 0) + (b.actor === p.origin ? 1 : 0);
      if (score > bestScore) {
        best = a.i;
        bestScore = score;
      }
    }
    if (best < 0) {
      // The earliest step to start at or after the packet: a binary search over steps sorted by start.
      let lo = 0;
      let hi = starting.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starting[mid]?.r.from as Micros) < p.t) lo = mid + 1;
        else hi = mid;
      }
      best = lo < starting.length ? (starting[lo]?.i as number) : lastStep;
    }
    placed.set(p, best);
  }
  return placed;
}

export interface StepOptions {
  /** Give packets no beat shows to the step they lead up to. */
  background: boolean;
}

export function beatsToSteps(ix: TraceIndex, beats: Beat[], lang: string, options: StepOptions): StoryStep[] {
  const background: PacketInfo[][] = beats.map(() => []);
  if (options.background) {
    const shown = new Set(beats.flatMap((b) => b.packets.map((p) => p.id)));
    const placed = placeBackground(
      ix,
      beats,
      ix.told.filter((p) => !shown.has(p.id)),
    );
    for (const p of ix.told) {
      const i = placed.get(p);
      if (i !== undefined && i >= 0) background[i]?.push(p);
    }
  }

  const spans = beats.map((b, i) => {
    const packets = [...b.packets, ...(background[i] ?? [])];
    const starts = [...packets.map((p) => p.start), ...b.events.map((e) => eventTime(ix, e))];
    const ends = [...packets.map((p) => p.end), ...b.events.map((e) => eventTime(ix, e))];
    return starts.length === 0 ? undefined : { start: Math.min(...starts), end: Math.max(...ends) };
  });
  // A step with nothing to show (a person realising something) lasts from the step before to the step after.
  const resolved = spans.map((span, i) => {
    if (span) return span;
    const before = spans.slice(0, i).findLast((s) => s !== undefined);
    const after = spans.slice(i + 1).find((s) => s !== undefined);
    const start = before?.end ?? after?.start ?? 0;
    return { start, end: Math.max(start, after?.start ?? start) };
  });

  return beats.map((b, i) => {
    const narration = { key: b.key, params: b.params };
    const extra = b.extra ?? [];
    const byTime = (a: PacketInfo, c: PacketInfo) => a.start - c.start || a.id - c.id;
    const step: StoryStep = {
      n: i + 1,
      actor: b.actor,
      actorName: actorName(ix.nodes, b.actor, lang),
      flags: unionFlags(b.packets),
      narration,
      text: narrateAll(ix.nodes, lang, narration, extra),
      packets: [...b.packets].sort(byTime).map((p) => p.id),
      events: [...new Set(b.events)].sort((x, y) => x - y),
      start: resolved[i]?.start ?? 0,
      end: resolved[i]?.end ?? 0,
    };
    if (extra.length > 0) step.extra = extra;
    const bg = background[i] ?? [];
    if (bg.length > 0) step.background = [...bg].sort(byTime).map((p) => p.id);
    if (b.conn !== undefined) step.conn = b.conn;
    return step;
  });
}
