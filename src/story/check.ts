/**
 * What every story must get right whatever the trace: steps name only packets and events that exist, their
 * flags are those packets' flags, their spans cover what they show, and (below the expert level) every
 * packet the capture saw plays in some step. Returns the problems found, so tests and tools can list them.
 */
import { formatFlags, type GenericAppMessage } from '../core/packet.ts';
import { capturedPackets, captureTime } from '../core/rows.ts';
import type { Trace, WireEvent } from '../core/trace.ts';
import { buildStory } from './build.ts';
import type { Level, Story, StoryStep } from './types.ts';

export function storyProblems(trace: Trace, story: Story): string[] {
  const problems: string[] = [];
  const hops = new Map<number, WireEvent[]>();
  for (const e of trace.events) {
    if (e.type !== 'wire') continue;
    const list = hops.get(e.packet);
    if (list) list.push(e);
    else hops.set(e.packet, [e]);
  }
  story.steps.forEach((s, i) => {
    const at = `step ${s.n}`;
    if (s.n !== i + 1) problems.push(`${at}: numbered ${s.n}, expected ${i + 1}`);
    if (!s.actor || !s.actorName) problems.push(`${at}: no actor`);
    if (!s.text.trim()) problems.push(`${at}: no text`);
    if (/\{[A-Za-z]+\}/.test(s.text)) problems.push(`${at}: unfilled parameter in "${s.text}"`);
    if (s.start > s.end) problems.push(`${at}: starts after it ends`);
    let flags = 0;
    for (const id of [...s.packets, ...(s.background ?? [])]) {
      const wire = hops.get(id);
      if (!wire) {
        problems.push(`${at}: packet ${id} is not in the trace`);
        continue;
      }
      const first = wire[0] as WireEvent;
      const last = wire[wire.length - 1] as WireEvent;
      const lost = wire.find((w) => w.lost);
      if (first.t < s.start || (lost ? lost.arrive : last.arrive) > s.end) {
        problems.push(`${at}: span ${s.start}-${s.end} does not cover packet ${id}`);
      }
      if (s.packets.includes(id)) flags |= first.tcp?.flags ?? 0;
    }
    if (formatFlags(flags) !== s.flags)
      problems.push(`${at}: flags "${s.flags}", its packets have "${formatFlags(flags)}"`);
    for (const index of s.events) {
      const e = trace.events[index];
      if (!e) problems.push(`${at}: event ${index} is not in the trace`);
      else if (e.type === 'wire') problems.push(`${at}: event ${index} is a packet, not an event`);
      else if (e.t < s.start || e.t > s.end) problems.push(`${at}: span does not cover event ${index}`);
    }
  });
  if (story.level !== 'expert') {
    const shown = new Set(story.steps.flatMap((s) => [...s.packets, ...(s.background ?? [])]));
    for (const e of capturedPackets(trace)) {
      if (!shown.has(e.packet)) problems.push(`packet ${e.packet} seen by the capture plays in no step`);
    }
  }
  return problems;
}

function packetTimes(trace: Trace): {
  capture: Map<number, number>;
  sent: Map<number, number>;
  fin: Set<number>;
} {
  const capture = new Map<number, number>();
  for (const e of capturedPackets(trace)) {
    if (!capture.has(e.packet)) capture.set(e.packet, captureTime(e, trace.meta.captureNode));
  }
  const sent = new Map<number, number>();
  const fin = new Set<number>();
  for (const e of trace.events) {
    if (e.type !== 'wire' || sent.has(e.packet)) continue;
    sent.set(e.packet, e.t);
    if (e.tcp && (e.tcp.flags & 0x01) !== 0) fin.add(e.packet);
  }
  return { capture, sent, fin };
}

/**
 * Time order. Expert and elementary steps come in the order things happen (expert: as the capture point
 * sees each packet). A standard step may start before the one it follows only where the seed tells an
 * acknowledgement before a FIN that was already on its way; and each node's packets are told in the order
 * it sent them.
 */
export function orderProblems(trace: Trace, story: Story): string[] {
  const problems: string[] = [];
  const { capture, sent, fin } = packetTimes(trace);
  const steps = story.steps;
  if (story.level === 'expert') {
    const moment = (s: Story['steps'][number]) => {
      const id = s.packets[0];
      if (id !== undefined) return capture.get(id) ?? sent.get(id) ?? 0;
      const e = trace.events[s.events[0] ?? -1];
      return e ? e.t : 0;
    };
    for (let i = 1; i < steps.length; i++) {
      const a = steps[i - 1] as Story['steps'][number];
      const b = steps[i] as Story['steps'][number];
      if (moment(b) < moment(a)) problems.push(`step ${b.n} happens before step ${a.n}`);
    }
    return problems;
  }
  for (let i = 1; i < steps.length; i++) {
    const a = steps[i - 1] as Story['steps'][number];
    const b = steps[i] as Story['steps'][number];
    if (b.start >= a.start) continue;
    const overtaking = story.level === 'standard' && b.packets.some((id) => fin.has(id));
    if (!overtaking) problems.push(`step ${b.n} starts before step ${a.n}`);
  }
  if (story.level === 'standard') {
    const last = new Map<string, { t: number; n: number }>();
    const told = new Set<number>();
    for (const s of steps) {
      for (const id of s.packets) {
        if (told.has(id)) continue;
        told.add(id);
        const origin = trace.events.find((e) => e.type === 'wire' && e.packet === id);
        if (origin?.type !== 'wire') continue;
        const before = last.get(origin.from);
        const t = sent.get(id) ?? 0;
        if (before && t < before.t)
          problems.push(`step ${s.n} tells a packet ${origin.from} sent before one of step ${before.n}`);
        last.set(origin.from, { t, n: s.n });
      }
    }
  }
  return problems;
}

/** One expected step: who acts and the flags of its packets; `shareable` allows the ACK a FIN,ACK carries. */
export interface ExpectedStep {
  actor: string;
  flags: string;
  /**
   * The step is an ACK of a FIN that a real stack may send in one segment with its own FIN: then it shows
   * the same FIN,ACK packet as the next step.
   */
  shareable?: true;
}

/** Compares steps with an expected list (the seed's, say); returns the differences, step by step. */
export function stepListDifferences(steps: Story['steps'], expected: ReadonlyArray<ExpectedStep>): string[] {
  const out: string[] = [];
  if (steps.length !== expected.length) out.push(`${steps.length} steps, expected ${expected.length}`);
  expected.forEach((want, i) => {
    const step = steps[i];
    if (!step) return;
    if (step.actorName !== want.actor)
      out.push(`step ${i + 1}: actor ${step.actorName}, expected ${want.actor}`);
    const next = steps[i + 1];
    const shared =
      want.shareable === true &&
      step.flags === 'FIN,ACK' &&
      next !== undefined &&
      next.packets.length === step.packets.length &&
      next.packets.every((id, j) => step.packets[j] === id);
    if (step.flags !== want.flags && !shared)
      out.push(`step ${i + 1}: flags ${step.flags}, expected ${want.flags}`);
  });
  return out;
}

/** The expert level tells each packet the capture saw in a step of its own, in the capture's order. */
export function expertCoverageProblems(trace: Trace, story: Story): string[] {
  const captured = capturedPackets(trace).map((e) => e.packet);
  const lostElsewhere = new Set(
    trace.events.flatMap((e) =>
      e.type === 'wire' && e.lost && !captured.includes(e.packet) ? [e.packet] : [],
    ),
  );
  const told = story.steps.flatMap((s) => s.packets).filter((id) => !lostElsewhere.has(id));
  const problems: string[] = [];
  if (story.steps.some((s) => s.packets.length > 1)) problems.push('a step shows more than one packet');
  if (told.join(',') !== captured.join(','))
    problems.push('the packet steps are not the captured packets in order');
  return problems;
}

const FLAG_WORDS = /\b(SYN|ACK|FIN|PSH|RST|URG)\b/;

/** The elementary level is short and speaks no TCP. */
export function elementaryProblems(elementary: Story, standard: Story): string[] {
  const problems: string[] = [];
  if (elementary.steps.length >= standard.steps.length) problems.push('not shorter than the standard story');
  for (const s of elementary.steps)
    if (FLAG_WORDS.test(s.text)) problems.push(`step ${s.n} names a flag: ${s.text}`);
  return problems;
}

/** A trace's story at all three levels, in one language. */
export function storiesOf(trace: Trace, lang?: string): Record<Level, Story> {
  return {
    elementary: buildStory(trace, 'elementary', lang),
    standard: buildStory(trace, 'standard', lang),
    expert: buildStory(trace, 'expert', lang),
  };
}

/**
 * Everything the checks above find wrong with the three stories of one trace: packets that exist, steps in
 * time order, an expert level that tells every packet, an elementary level that stays plain.
 */
export function allLevelProblems(trace: Trace, stories: Record<Level, Story>): string[] {
  const each = Object.values(stories).flatMap((story) =>
    [...storyProblems(trace, story), ...orderProblems(trace, story)].map((p) => `${story.level}: ${p}`),
  );
  return [
    ...each,
    ...expertCoverageProblems(trace, stories.expert).map((p) => `expert: ${p}`),
    ...elementaryProblems(stories.elementary, stories.standard).map((p) => `elementary: ${p}`),
  ];
}

/** What the two ends read inside each packet a step shows: the decrypted message, else the packet's own. */
export function innerTexts(trace: Trace, step: StoryStep): string[] {
  return step.packets.flatMap((id) => {
    const e = trace.events.find((w): w is WireEvent => w.type === 'wire' && w.packet === id);
    const app = e?.app as GenericAppMessage | undefined;
    const text = app?.inner?.text ?? app?.text;
    return text ? [text] : [];
  });
}
