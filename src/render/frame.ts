/**
 * `frameAt`: what the stage shows at player time `t`, as plain data. It is a pure function of the scene,
 * the layout and `t` (and whether motion is reduced), so playing, stepping back, scrubbing and exporting
 * all see the same picture. The player owns `t`; the painters turn a frame into pixels.
 */
import type { Micros } from '../core/clock.ts';
import type { FirewallChangeEvent, FirewallEvent, NodeKind } from '../core/trace.ts';
import { flagsLabel, isLocked, type PayloadOptions, packetLines } from './labels.ts';
import type { Layout } from './layout.ts';
import type { PacketInfo, Scene, StepInfo } from './scene.ts';
import { columns } from './text-width.ts';
import { clampTime, motionAt, stepAt, stepWarp, traceTimeAt, type Warp } from './timing.ts';

export interface FrameOptions {
  /** Packets jump to where they are at the end of their step instead of flying. */
  reducedMotion?: boolean;
  /** The packet the inspector shows, drawn highlighted. */
  selected?: number;
  /** Whose eyes encrypted payloads are shown through; the wire when absent. */
  payload?: PayloadOptions;
}

export interface FrameNode {
  id: string;
  name: string;
  kind: NodeKind;
  x: number;
  y: number;
  address?: string;
  /** The node acts in this step. */
  active: boolean;
}

export interface FrameWall {
  node: string;
  x: number;
  /** The firewall acts in this step (it decides about a packet, or its rules change). */
  active: boolean;
  /** Its rules have been changed by this moment. */
  changed: boolean;
}

export type LaneState = 'connecting' | 'open' | 'closing' | 'closed';

export interface FrameLane {
  conn: string;
  colour: number;
  top: number;
  y: number;
  x1: number;
  x2: number;
  state: LaneState;
  /** What the connection is for (`control`, `data a.txt`), as the trace names it. */
  label: string;
  /** What the trace says the connection is for (`ftp-control`, `ftp-data`), which the label's words depend on. */
  purpose?: string;
  /** The port at the right-hand host (the server side of the picture: 21, 20, a passive port). */
  port?: number;
  /** Ports at each end, for the expert level. */
  leftPort?: number;
  rightPort?: number;
  /** The lane belongs to the step being told. */
  current: boolean;
}

export type PacketState = 'flying' | 'arrived' | 'dropped' | 'lost';

export interface FramePacket {
  id: number;
  lane: string;
  colour: number;
  /** Centre of the envelope. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** 1 travelling right, -1 travelling left. */
  dir: 1 | -1;
  state: PacketState;
  /** Flags as words: `SYN+ACK`. */
  flags: string;
  lines: string[];
  /** Index into the packet's hops of the link it is on (or last crossed). */
  hop: number;
  from: string;
  to: string;
  selected: boolean;
  /** It crosses the network meanwhile without being what the step tells: drawn quieter. */
  background: boolean;
  /** Its payload is encrypted: drawn with a padlock in either view. */
  locked: boolean;
}

export interface FrameNote {
  kind: 'drop' | 'lost' | 'change';
  /** Where the note points to. */
  x: number;
  y: number;
  /** Text from the trace: the firewall rule's reason, or the description of a rule change. */
  text: string;
  packet?: number;
  /** The firewall's decision or rule change behind the note, so the page can tell it in its own language. */
  drop?: FirewallEvent;
  change?: FirewallChangeEvent;
}

export interface Frame {
  t: number;
  /** Index of the step shown; -1 when the story has no steps. */
  step: number;
  progress: number;
  /** The trace time the picture shows. */
  tau: Micros;
  nodes: FrameNode[];
  walls: FrameWall[];
  lanes: FrameLane[];
  packets: FramePacket[];
  notes: FrameNote[];
}

const warps = new WeakMap<StepInfo, Warp>();

function warpOf(scene: Scene, info: StepInfo): Warp {
  let w = warps.get(info);
  if (!w) {
    w = stepWarp(info, scene.packets);
    warps.set(info, w);
  }
  return w;
}

function laneState(scene: Scene, conn: string, tau: Micros): LaneState {
  const c = scene.conns.get(conn);
  if (!c) return 'open';
  if (tau >= c.closed) return 'closed';
  if (tau >= c.closing) return 'closing';
  if (tau < c.established) return 'connecting';
  return 'open';
}

interface Placed {
  p: PacketInfo;
  x: number;
  dir: 1 | -1;
  state: PacketState;
  hop: number;
  /** When it reached its receiver (for arrived packets). */
  arrived: Micros;
  w: number;
}

function envelopeWidth(layout: Layout, lines: string[]): number {
  const e = layout.envelope;
  const chars = Math.max(...lines.map(columns), 1);
  return Math.max(Math.ceil(chars * e.charWidth + e.padX * 2), e.minWidth);
}

/** Where a packet is at trace time `tau`, or null while it has not been sent. */
function placePacket(layout: Layout, p: PacketInfo, tau: Micros, w: number): Placed | null {
  const hops = p.hops;
  const first = hops[0];
  if (!first || tau < first.t) return null;
  let i = 0;
  while (i + 1 < hops.length && (hops[i + 1] as (typeof hops)[number]).t <= tau) i++;
  const h = hops[i] as (typeof hops)[number];
  const a = layout.place[h.from];
  const b = layout.place[h.to];
  if (!a || !b) return null;
  const dir: 1 | -1 = b.x > a.x ? 1 : b.x < a.x ? -1 : 1;
  const dur = h.arrive - h.t;
  let f = dur > 0 ? Math.min(Math.max((tau - h.t) / dur, 0), 1) : 1;
  const last = i === hops.length - 1;
  let state: PacketState = 'flying';
  if (h.lost) {
    if (f >= 0.5) state = 'lost';
    f = Math.min(f, 0.5);
  }
  let x = a.x + (b.x - a.x) * f;
  const drop = p.drop;
  if (last && drop && !h.lost && (drop.node === h.to || drop.node === h.from)) {
    const wall = layout.place[drop.node]?.wall ?? b.x;
    // Its front touches the wall, whichever side it came from.
    const stop = wall - dir * (w / 2 + layout.wallWidth / 2 + 2);
    const reached = drop.node === h.from || dir * (x - stop) >= 0;
    if (reached || tau >= drop.t) {
      x = stop;
      state = 'dropped';
    }
  } else if (last && f >= 1 && !h.lost) {
    state = 'arrived';
  }
  return { p, x, dir, state, hop: i, arrived: h.arrive, w };
}

/** Packets going the same way on one lane keep apart like a train instead of covering each other. */
function keepInLane(placed: Placed[], layout: Layout): void {
  for (const q of placed) {
    const lane = layout.lanes[q.p.lane];
    if (!lane) continue;
    const lo = lane.x1 + q.w / 2 + 2;
    const hi = lane.x2 - q.w / 2 - 2;
    if (lo <= hi) q.x = Math.min(Math.max(q.x, lo), hi);
  }
}

function spaceOut(placed: Placed[], layout: Layout): void {
  const groups = new Map<string, Placed[]>();
  for (const q of placed) {
    const key = `${q.p.lane}\u0000${q.dir}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => b.x * b.dir - a.x * a.dir || a.p.sent - b.p.sent || a.p.id - b.p.id);
    const lane = layout.lanes[group[0]?.p.lane ?? ''];
    // The one in front is first put where it will be drawn, inside the lane; those behind are spaced from
    // there, or they would be spaced from a place it has left and end up under it.
    keepInLane(group.slice(0, 1), layout);
    for (let i = 1; i < group.length; i++) {
      const ahead = group[i - 1] as Placed;
      const q = group[i] as Placed;
      const limit = ahead.x * q.dir - (ahead.w / 2 + q.w / 2 + 4);
      if (q.x * q.dir > limit) q.x = limit * q.dir;
      if (lane) {
        const start = q.dir === 1 ? lane.x1 + q.w / 2 : lane.x2 - q.w / 2;
        if (q.x * q.dir < start * q.dir) q.x = start;
      }
    }
  }
}

export function frameAt(scene: Scene, layout: Layout, t: number, options: FrameOptions = {}): Frame {
  const { index, progress } = stepAt(scene, t);
  const info = scene.steps[index];
  const tau = info ? traceTimeAt(warpOf(scene, info), options.reducedMotion ? 1 : motionAt(progress)) : 0;
  const actor = info?.step.actor;

  const nodes: FrameNode[] = layout.nodes.map((n) => {
    const node: FrameNode = { id: n.id, name: n.name, kind: n.kind, x: n.x, y: n.y, active: actor === n.id };
    if (n.address) node.address = n.address;
    return node;
  });

  const walls: FrameWall[] = [];
  for (const n of layout.nodes) {
    if (n.wall === undefined) continue;
    const decides = (info?.firewall ?? []).some((e) => e.node === n.id);
    const changes = (info?.changes ?? []).some((e) => e.node === n.id);
    walls.push({
      node: n.id,
      x: n.wall,
      active: actor === 'firewall' || decides || changes,
      changed: scene.changes.some((c) => c.node === n.id && c.t <= tau),
    });
  }

  const lanes: FrameLane[] = [];
  if (info) {
    const laneConns = new Set(info.packets.map((id) => scene.packets.get(id)?.lane));
    if (info.step.conn !== undefined) laneConns.add(info.step.conn);
    for (const c of scene.conns.values()) {
      if (index < c.firstStep || index > c.lastStep) continue;
      const place = layout.lanes[c.conn];
      if (!place) continue;
      const lane: FrameLane = {
        conn: c.conn,
        colour: c.colour,
        top: place.top,
        y: place.y,
        x1: place.x1,
        x2: place.x2,
        state: laneState(scene, c.conn, tau),
        label: c.event?.label ?? c.event?.purpose ?? c.conn,
        current: laneConns.has(c.conn),
      };
      const ev = c.event;
      if (ev?.purpose) lane.purpose = ev.purpose;
      if (ev) {
        const cx = layout.place[ev.client.node]?.x ?? 0;
        const sx = layout.place[ev.server.node]?.x ?? 0;
        const [left, right] = cx <= sx ? [ev.client, ev.server] : [ev.server, ev.client];
        lane.port = right.port;
        lane.leftPort = left.port;
        lane.rightPort = right.port;
      }
      lanes.push(lane);
    }
  }

  const placed: Placed[] = [];
  if (info) {
    for (const id of info.packets) {
      const p = scene.packets.get(id) as PacketInfo;
      const hop = p.hops[0];
      if (!hop || !layout.lanes[p.lane]) continue;
      const w = envelopeWidth(
        layout,
        packetLines(hop, layout.level, p.rel, layout.envelope.maxChars, options.payload),
      );
      const q = placePacket(layout, p, tau, w);
      if (q) placed.push(q);
    }
  }
  // An answered packet makes way: once a later packet of the step has set off, the earlier one is gone.
  // A packet in the background never pushes out one the step is about.
  const background = info?.background;
  const shown = placed.filter(
    (q) =>
      q.state !== 'arrived' ||
      !placed.some(
        (o) =>
          o !== q &&
          o.p.sent >= q.arrived &&
          o.p.sent <= tau &&
          (background?.has(q.p.id) || !background?.has(o.p.id)),
      ),
  );
  spaceOut(shown, layout);
  // Envelopes stay inside their lane, so one parked at a host near the edge of a narrow stage is not cut off.
  keepInLane(shown, layout);

  const packets: FramePacket[] = shown
    .sort((a, b) => a.p.row - b.p.row)
    .map((q) => {
      const hop = q.p.hops[q.hop] ?? (q.p.hops[0] as PacketInfo['hops'][number]);
      const lines = packetLines(hop, layout.level, q.p.rel, layout.envelope.maxChars, options.payload);
      const firstHop = q.p.hops[0] as PacketInfo['hops'][number];
      const lastHop = q.p.hops[q.p.hops.length - 1] as PacketInfo['hops'][number];
      return {
        id: q.p.id,
        lane: q.p.lane,
        colour: scene.conns.get(q.p.lane)?.colour ?? 0,
        x: Math.round(q.x * 10) / 10,
        y: layout.lanes[q.p.lane]?.y ?? 0,
        w: q.w,
        h: layout.envelope.height,
        dir: q.dir,
        state: q.state,
        flags: flagsLabel(hop),
        lines,
        hop: q.hop,
        from: firstHop.from,
        to: q.p.drop ? q.p.drop.node : lastHop.to,
        selected: options.selected === q.p.id,
        background: info?.background.has(q.p.id) ?? false,
        locked: isLocked(hop.app),
      };
    });

  const notes: FrameNote[] = [];
  for (const q of packets) {
    const p = scene.packets.get(q.id) as PacketInfo;
    if (
      q.state === 'dropped' &&
      p.drop &&
      !notes.some((n) => n.kind === 'drop' && n.text === p.drop?.reason)
    ) {
      const wall = layout.place[p.drop.node]?.wall ?? q.x;
      notes.push({ kind: 'drop', x: wall, y: q.y, text: p.drop.reason, packet: q.id, drop: p.drop });
    } else if (q.state === 'lost' && !notes.some((n) => n.kind === 'lost')) {
      notes.push({ kind: 'lost', x: q.x, y: q.y, text: '', packet: q.id });
    }
  }
  for (const c of info?.changes ?? []) {
    if (c.t > tau) continue;
    const wall = layout.place[c.node]?.wall ?? layout.place[c.node]?.x ?? 0;
    notes.push({ kind: 'change', x: wall, y: layout.laneTop, text: c.description, change: c });
  }

  return {
    t: clampTime(scene, t),
    step: index,
    progress,
    tau,
    nodes,
    walls,
    lanes,
    packets,
    notes,
  };
}
