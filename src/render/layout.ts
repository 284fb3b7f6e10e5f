/**
 * Where things sit on the stage, for a given width: the hosts in a row so that a conversation reads left
 * to right (the side that opened the first connection on the left, the side it reached on the right), a
 * firewall in front of a host that has one, and below them one lane per connection. Lanes get slots so
 * that two lanes on the stage at the same step never share one. Pure: sizes are estimated from character
 * counts (packet labels use a monospace font), not measured.
 */
import type { NodeKind, Trace, TraceNode } from '../core/trace.ts';
import type { Level } from '../story/types.ts';
import type { Scene } from './scene.ts';

export interface Viewport {
  /** Width available for the stage, in CSS pixels. */
  width: number;
}

export interface NodePlace {
  id: string;
  name: string;
  kind: NodeKind;
  x: number;
  /** Centre of its drawing. */
  y: number;
  /** The address a learner would see for it, when it has one. */
  address?: string;
  /** Where its firewall stands, when it has one: between it and the rest of the network. */
  wall?: number;
}

export interface EnvelopeMetrics {
  fontSize: number;
  lineHeight: number;
  charWidth: number;
  padX: number;
  padY: number;
  /** Lines of text an envelope carries at this level. */
  lines: number;
  height: number;
  minWidth: number;
  /** Characters that fit on one line of the widest envelope. */
  maxChars: number;
}

export interface LanePlace {
  conn: string;
  slot: number;
  /** Top of its band, and the line its packets travel on. */
  top: number;
  y: number;
  x1: number;
  x2: number;
}

export interface Layout {
  width: number;
  height: number;
  compact: boolean;
  level: Level;
  icon: number;
  nameY: number;
  nodes: NodePlace[];
  /** Node id → its place, for every node of the trace. */
  place: Record<string, NodePlace>;
  lanes: Record<string, LanePlace>;
  slots: number;
  laneTop: number;
  laneHeight: number;
  bandHeight: number;
  envelope: EnvelopeMetrics;
  /** Width of a firewall's wall. */
  wallWidth: number;
  /** The strip at the bottom where the stage says why a packet stopped, and the lines a note may take. */
  notes: { y: number; height: number; fontSize: number; lines: number };
}

/** Below this width the stage uses its small sizes (phones in portrait). */
export const COMPACT_WIDTH = 640;
export const MIN_WIDTH = 300;

function linesFor(level: Level): number {
  return level === 'expert' ? 4 : 2;
}

/** Left to right: the first connection's client, the path to its server, then anything else. */
export function nodeOrder(trace: Trace): TraceNode[] {
  const byId = new Map(trace.nodes.map((n) => [n.id, n]));
  const conn = trace.events.find((e) => e.type === 'connection');
  let left = conn?.type === 'connection' ? conn.client.node : undefined;
  let right = conn?.type === 'connection' ? conn.server.node : undefined;
  if (!left || !byId.has(left)) left = trace.nodes.find((n) => n.kind === 'pc')?.id ?? trace.nodes[0]?.id;
  if (!right || !byId.has(right) || right === left) {
    right =
      trace.nodes.find((n) => n.kind === 'server' && n.id !== left)?.id ??
      trace.nodes.filter((n) => n.id !== left).at(-1)?.id;
  }
  if (!left) return [];

  const neighbours = new Map<string, string[]>();
  for (const l of trace.links) {
    neighbours.set(l.a, [...(neighbours.get(l.a) ?? []), l.b]);
    neighbours.set(l.b, [...(neighbours.get(l.b) ?? []), l.a]);
  }
  // Breadth-first from the left end: the path to the right end, and every node's distance.
  const prev = new Map<string, string>();
  const dist = new Map<string, number>([[left, 0]]);
  const queue = [left];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const next of neighbours.get(at) ?? []) {
      if (dist.has(next)) continue;
      dist.set(next, (dist.get(at) as number) + 1);
      prev.set(next, at);
      queue.push(next);
    }
  }
  const path: string[] = [];
  if (right && dist.has(right)) {
    for (let at: string | undefined = right; at !== undefined; at = prev.get(at)) path.unshift(at);
  } else {
    path.push(left);
  }
  const onPath = new Set(path);
  const rest = trace.nodes
    .filter((n) => !onPath.has(n.id) && n.id !== right)
    .sort((a, b) => (dist.get(a.id) ?? 1e9) - (dist.get(b.id) ?? 1e9));
  const order = path.map((id) => byId.get(id) as TraceNode);
  // Off-path nodes go just before the right end so the conversation still ends there.
  const tail = right && !onPath.has(right) && byId.has(right) ? [byId.get(right) as TraceNode] : [];
  if (order.length > 1) order.splice(order.length - 1, 0, ...rest);
  else order.push(...rest);
  return [...order, ...tail];
}

function addressOf(trace: Trace, node: TraceNode): string | undefined {
  for (const e of trace.events) {
    if (e.type !== 'connection') continue;
    if (e.client.node === node.id) return e.client.address;
    if (e.server.node === node.id) return e.server.address;
  }
  if (node.kind === 'router' || node.kind === 'network') return undefined;
  const first = node.interfaces[0]?.addresses[0];
  return first?.split('/')[0];
}

/** Greedy interval colouring over step ranges: a lane takes the lowest slot free for all its steps. */
function assignSlots(scene: Scene): { slot: Map<string, number>; count: number } {
  const lanes = [...scene.conns.values()].sort((a, b) => a.firstStep - b.firstStep || a.colour - b.colour);
  const busyUntil: number[] = [];
  const slot = new Map<string, number>();
  for (const lane of lanes) {
    let s = busyUntil.findIndex((last) => last < lane.firstStep);
    if (s === -1) s = busyUntil.length;
    busyUntil[s] = lane.lastStep;
    slot.set(lane.conn, s);
  }
  return { slot, count: Math.max(busyUntil.length, 1) };
}

/** How the stage names a node: the page passes one that speaks its language; the trace's name otherwise. */
export type NodeNamer = (node: TraceNode) => string;

export function layoutStage(scene: Scene, viewport: Viewport, nameOf: NodeNamer = (n) => n.name): Layout {
  const width = Math.max(Math.round(viewport.width), MIN_WIDTH);
  const compact = width < COMPACT_WIDTH;
  const level = scene.story.level;
  const expert = level === 'expert';

  const icon = compact ? 40 : 56;
  const iconY = compact ? 30 : 42;
  const nameY = iconY + icon / 2 + (compact ? 15 : 19);
  const laneTop = nameY + (expert ? (compact ? 26 : 30) : compact ? 14 : 18);

  const fontSize = compact ? 10.5 : 13;
  const lineHeight = Math.round(fontSize * 1.3);
  const charWidth = fontSize * 0.6;
  const padX = compact ? 5 : 8;
  const padY = compact ? 5 : 7;
  // Sealed envelopes say their size on a line of their own; all envelopes of the scene keep one height.
  const lines = linesFor(level) + (scene.sealed ? 1 : 0);
  const envHeight = lines * lineHeight + padY * 2;

  const order = nodeOrder(scene.trace);
  const margin = compact ? 34 : Math.max(72, Math.round(width * 0.07));
  const span = Math.max(width - margin * 2, 0);
  const gap = order.length > 1 ? span / (order.length - 1) : 0;
  const maxEnvelope = Math.min(compact ? Math.max(gap * 1.05, 78) : Math.max(gap * 0.9, 120), 220);
  const envelope: EnvelopeMetrics = {
    fontSize,
    lineHeight,
    charWidth,
    padX,
    padY,
    lines,
    height: envHeight,
    minWidth: compact ? 40 : 52,
    maxChars: Math.max(Math.floor((maxEnvelope - padX * 2) / charWidth), 6),
  };

  const nodes: NodePlace[] = order.map((n, i) => {
    const x = order.length > 1 ? margin + gap * i : width / 2;
    const place: NodePlace = { id: n.id, name: nameOf(n), kind: n.kind, x, y: iconY };
    const address = addressOf(scene.trace, n);
    if (address) place.address = address;
    if (n.firewall) {
      const toward = i < (order.length - 1) / 2 ? 1 : -1;
      place.wall = x + toward * Math.min(gap * 0.32, compact ? 34 : 64);
    }
    return place;
  });
  const place: Record<string, NodePlace> = {};
  for (const p of nodes) place[p.id] = p;

  const labelHeight = compact ? 14 : 16;
  const bandHeight = envHeight + labelHeight + (compact ? 10 : 14);
  const laneGap = compact ? 6 : 8;
  const laneHeight = bandHeight + laneGap;
  const { slot, count } = assignSlots(scene);
  const xs = nodes.map((n) => n.x);
  const reach = compact ? 24 : 40;
  const lanes: Record<string, LanePlace> = {};
  for (const [conn, s] of slot) {
    const info = scene.conns.get(conn);
    const ends = [info?.event?.client.node, info?.event?.server.node]
      .map((id) => (id ? place[id]?.x : undefined))
      .filter((x): x is number => x !== undefined);
    const lo = ends.length === 2 ? Math.min(...ends) : Math.min(...xs);
    const hi = ends.length === 2 ? Math.max(...ends) : Math.max(...xs);
    const top = laneTop + s * laneHeight;
    lanes[conn] = {
      conn,
      slot: s,
      top,
      y: top + labelHeight + (bandHeight - labelHeight) / 2,
      x1: Math.max(lo - reach, 2),
      x2: Math.min(hi + reach, width - 2),
    };
  }

  // Room for the lines a note may take (three on a phone, two on a wider stage) and its box's padding.
  const noteSize = compact ? 11.5 : 13;
  const noteLines = compact ? 3 : 2;
  const notesHeight = Math.ceil(noteLines * noteSize * 1.3 + 14);
  const notesY = laneTop + count * laneHeight + (compact ? 4 : 6);
  return {
    width,
    height: notesY + notesHeight,
    compact,
    level,
    icon,
    nameY,
    nodes,
    place,
    lanes,
    slots: count,
    laneTop,
    laneHeight,
    bandHeight,
    envelope,
    wallWidth: compact ? 14 : 20,
    notes: { y: notesY, height: notesHeight, fontSize: noteSize, lines: noteLines },
  };
}
