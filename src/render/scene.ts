/**
 * A scene is what the player shows: a trace and the story told about it. `makeScene` indexes the trace
 * once (the hops of each packet, the life of each connection, what each step shows) so that drawing any
 * moment is cheap. Everything here is derived from the trace and the story alone; nothing depends on the
 * screen, the clock or the order in which moments are drawn.
 */
import type { Micros } from '../core/clock.ts';
import { RelativeSequencer } from '../core/rows.ts';
import type {
  ConnectionEvent,
  FirewallChangeEvent,
  FirewallEvent,
  TcpState,
  Trace,
  WireEvent,
} from '../core/trace.ts';
import type { Story, StoryStep } from '../story/types.ts';
import { isLocked } from './labels.ts';

/** The lane of packets that belong to no connection (an ICMP message, a stray UDP datagram). */
export const LOOSE_LANE = '';

export interface PacketInfo {
  id: number;
  /** Its transmissions, one per link, in the order they happened. */
  hops: WireEvent[];
  lane: string;
  /** When it first left its sender. */
  sent: Micros;
  /** When it reached the end of its journey: the receiver, the firewall that dropped it, or the link that lost it. */
  done: Micros;
  /** The firewall decision that stopped it, if one did. */
  drop?: FirewallEvent;
  /** Sequence and acknowledgement numbers relative to each direction's start, as Wireshark shows them. */
  rel?: { seq: number; ack: number };
  /** Its row in the packet list, in order of sending. */
  row: number;
}

export interface ConnInfo {
  conn: string;
  event?: ConnectionEvent;
  /** Colour index: connections are coloured in the order they appear. */
  colour: number;
  /** Trace time the handshake is complete (both ends ESTABLISHED), the close begins, and both ends are done. */
  established: Micros;
  closing: Micros;
  closed: Micros;
  /** The steps (by index) during which its lane is on the stage, inclusive. */
  firstStep: number;
  lastStep: number;
}

export interface StepInfo {
  step: StoryStep;
  /** The packets the step shows: its own, those it tells a firewall stopped, then its background. */
  packets: number[];
  /** Those of `packets` that only cross the network meanwhile, without being what the step tells. */
  background: Set<number>;
  /** Trace time covered while the step plays: wide enough for each of its packets to finish its journey. */
  from: Micros;
  to: Micros;
  firewall: FirewallEvent[];
  changes: FirewallChangeEvent[];
}

export interface Scene {
  trace: Trace;
  story: Story;
  packets: Map<number, PacketInfo>;
  /** Packet ids in order of sending: the rows of the ladder. */
  order: number[];
  conns: Map<string, ConnInfo>;
  steps: StepInfo[];
  /** Every rule change of every firewall, in trace order. */
  changes: FirewallChangeEvent[];
  /** Some packet carries an encrypted payload, so the wire and the two ends see different things. */
  sealed: boolean;
  /**
   * The trace also knows what the two ends read inside the sealed payloads (a simulation does; a capture
   * of someone else's traffic does not), so a player can offer both views.
   */
  decrypted: boolean;
}

const DONE_STATES = new Set<TcpState>(['CLOSED', 'TIME-WAIT']);
const CLOSING_STATES = new Set<TcpState>([
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
  'CLOSED',
]);

function laneOf(e: WireEvent): string {
  return e.conn ?? LOOSE_LANE;
}

function indexPackets(trace: Trace): { packets: Map<number, PacketInfo>; order: number[] } {
  const packets = new Map<number, PacketInfo>();
  for (const e of trace.events) {
    if (e.type !== 'wire') continue;
    let info = packets.get(e.packet);
    if (!info) {
      info = { id: e.packet, hops: [], lane: laneOf(e), sent: e.t, done: e.arrive, row: 0 };
      packets.set(e.packet, info);
    }
    info.hops.push(e);
    info.sent = Math.min(info.sent, e.t);
    info.done = Math.max(info.done, e.lost ? e.t + (e.arrive - e.t) / 2 : e.arrive);
  }
  for (const e of trace.events) {
    if (e.type !== 'firewall' || (e.verdict !== 'drop' && e.verdict !== 'reject')) continue;
    const info = packets.get(e.packet);
    if (!info || info.drop) continue;
    info.drop = e;
    info.done = e.t;
  }
  for (const info of packets.values()) info.hops.sort((a, b) => a.t - b.t);
  const order = [...packets.values()].sort((a, b) => a.sent - b.sent || a.id - b.id).map((p) => p.id);
  const seq = new RelativeSequencer();
  order.forEach((id, row) => {
    const info = packets.get(id) as PacketInfo;
    info.row = row;
    const first = info.hops[0];
    const rel = first ? seq.relative(first) : null;
    if (rel) info.rel = rel;
  });
  return { packets, order };
}

/** Both ends of a TCP connection, followed through their states: when it is up, closing, and gone. */
function connLives(trace: Trace): Map<string, { established: Micros; closing: Micros; closed: Micros }> {
  const perNode = new Map<string, Map<string, { up?: Micros; closing?: Micros; done?: Micros }>>();
  for (const e of trace.events) {
    if (e.type !== 'tcp-state') continue;
    let nodes = perNode.get(e.conn);
    if (!nodes) {
      nodes = new Map();
      perNode.set(e.conn, nodes);
    }
    let s = nodes.get(e.node);
    if (!s) {
      s = {};
      nodes.set(e.node, s);
    }
    if (e.to === 'ESTABLISHED' && s.up === undefined) s.up = e.t;
    if (CLOSING_STATES.has(e.to) && s.closing === undefined && e.from !== 'LISTEN') s.closing = e.t;
    if (DONE_STATES.has(e.to)) s.done ??= e.t;
    else if (e.to !== 'LISTEN') s.done = undefined;
  }
  const lives = new Map<string, { established: Micros; closing: Micros; closed: Micros }>();
  for (const [conn, nodes] of perNode) {
    const ends = [...nodes.values()];
    const established = ends.every((s) => s.up !== undefined)
      ? Math.max(...ends.map((s) => s.up as number))
      : Number.POSITIVE_INFINITY;
    const closings = ends.filter((s) => s.closing !== undefined).map((s) => s.closing as number);
    const closing = closings.length > 0 ? Math.min(...closings) : Number.POSITIVE_INFINITY;
    const closed = ends.every((s) => s.done !== undefined)
      ? Math.max(...ends.map((s) => s.done as number))
      : Number.POSITIVE_INFINITY;
    lives.set(conn, { established, closing: Math.min(closing, closed), closed });
  }
  return lives;
}

function indexSteps(trace: Trace, story: Story, packets: Map<number, PacketInfo>): StepInfo[] {
  return story.steps.map((step) => {
    const ids: number[] = [];
    const seen = new Set<number>();
    const add = (id: number) => {
      if (!seen.has(id) && packets.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    };
    for (const id of step.packets) add(id);
    const firewall: FirewallEvent[] = [];
    const changes: FirewallChangeEvent[] = [];
    for (const index of step.events) {
      const e = trace.events[index];
      if (e?.type === 'firewall') {
        firewall.push(e);
        // A packet the firewall stopped is shown where it stopped; one it let through is shown by its own step.
        if (e.verdict !== 'allow') add(e.packet);
      } else if (e?.type === 'firewall-change') changes.push(e);
    }
    const background = new Set<number>();
    for (const id of step.background ?? []) {
      if (seen.has(id)) continue;
      add(id);
      if (seen.has(id)) background.add(id);
    }
    let from = step.start;
    let to = Math.max(step.end, step.start);
    for (const id of ids) {
      const p = packets.get(id) as PacketInfo;
      from = Math.min(from, p.sent);
      to = Math.max(to, p.done);
    }
    return { step, packets: ids, background, from, to, firewall, changes };
  });
}

export function makeScene(trace: Trace, story: Story): Scene {
  const { packets, order } = indexPackets(trace);
  const steps = indexSteps(trace, story, packets);
  const lives = connLives(trace);

  const events = new Map<string, ConnectionEvent>();
  for (const e of trace.events) if (e.type === 'connection' && !events.has(e.conn)) events.set(e.conn, e);

  // The lanes a step shows: the connections of its packets, and the connection it is about.
  const shown = new Map<string, { first: number; last: number }>();
  steps.forEach((s, k) => {
    const lanes = new Set<string>();
    for (const id of s.packets) lanes.add((packets.get(id) as PacketInfo).lane);
    if (s.step.conn !== undefined) lanes.add(s.step.conn);
    for (const lane of lanes) {
      const span = shown.get(lane);
      if (span) span.last = k;
      else shown.set(lane, { first: k, last: k });
    }
  });

  const conns = new Map<string, ConnInfo>();
  const ordered = [...shown.entries()].sort((a, b) => a[1].first - b[1].first);
  ordered.forEach(([conn, span], colour) => {
    const life = lives.get(conn);
    const closed = life?.closed ?? Number.POSITIVE_INFINITY;
    // A lane stays after the last step that shows its packets until a step starts after it has closed:
    // a level that leaves out the goodbye still shows the connection until then.
    let last = span.last;
    const lastStep = steps[last];
    if (lastStep && closed > lastStep.to) {
      while (last + 1 < steps.length && (steps[last + 1] as StepInfo).from < closed) last++;
    }
    const info: ConnInfo = {
      conn,
      colour,
      established: life?.established ?? Number.NEGATIVE_INFINITY,
      closing: life?.closing ?? Number.POSITIVE_INFINITY,
      closed,
      firstStep: span.first,
      lastStep: last,
    };
    const event = events.get(conn);
    if (event) info.event = event;
    conns.set(conn, info);
  });

  const changes = trace.events.filter((e): e is FirewallChangeEvent => e.type === 'firewall-change');
  const locked = trace.events.filter((e): e is WireEvent => e.type === 'wire' && isLocked(e.app));
  const sealed = locked.length > 0;
  const decrypted = locked.some((e) => e.app !== undefined && 'inner' in e.app && e.app.inner !== undefined);
  return { trace, story, packets, order, conns, steps, changes, sealed, decrypted };
}
