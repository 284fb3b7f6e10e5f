/**
 * What the story needs to know about a trace before it can tell it: where each packet starts and ends its
 * journey, which node sent it, how the capture point numbers it, and what part each TCP segment plays in
 * its connection (opening, carrying bytes, acknowledging them, closing).
 */
import type { Micros } from '../core/clock.ts';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../core/packet.ts';
import { capturedPackets, captureTime, RelativeSequencer } from '../core/rows.ts';
import type {
  ActionEvent,
  ConnectionEvent,
  FirewallChangeEvent,
  FirewallEvent,
  NatEvent,
  Trace,
  TraceNode,
  WireEvent,
} from '../core/trace.ts';

export interface PacketInfo {
  id: number;
  /** The hop the story reads the packet from: where the capture saw it, or its first hop if it never got there. */
  view: WireEvent;
  /** Index of the capture-link wire event, when the capture saw the packet. */
  captureIndex?: number;
  /** The moment the capture sees it (as `captureTime` says), or when it left its sender if the capture never did. */
  t: Micros;
  /** Indexes of every hop of the packet, in order. */
  hops: number[];
  /** The node that sent it. */
  origin: string;
  /** When it left its sender and when it reached its last node (or was lost). */
  start: Micros;
  end: Micros;
  /** The hop that lost it, if one did. */
  lost?: WireEvent;
  conn?: string;
  /** Sequence and acknowledgement numbers as the capture point shows them (relative, as Wireshark does). */
  rel?: { seq: number; ack: number };
  /** Firewall decisions and address translations about this packet (indexes into trace.events). */
  firewall: number[];
  nat: number[];
}

export interface Indexed<E> {
  index: number;
  event: E;
}

export type Role = 'syn' | 'synack' | 'hsack' | 'payload' | 'ack-data' | 'ack-fin' | 'fin' | 'rst' | 'other';

export interface ConnInfo {
  conn: string;
  event?: Indexed<ConnectionEvent>;
  /** The node that opened it and the one it reached. */
  opener: string;
  acceptor: string;
  /** Packets of the connection in the order they were sent. */
  packets: PacketInfo[];
  roles: Map<number, Set<Role>>;
  /** Each segment's acknowledgement number relative to the other side's SYN (0 without ACK). */
  acks: Map<number, number>;
  /** Bytes each side sent (payload of distinct sequence ranges, retransmissions counted once). */
  bytes: Map<string, number>;
  /** Per side: relative end of the data and of the FIN (what an acknowledgement must reach to cover them). */
  dataEnd: Map<string, number>;
  finEnd: Map<string, number>;
}

export interface TraceIndex {
  trace: Trace;
  nodes: Map<string, TraceNode>;
  packets: Map<number, PacketInfo>;
  /** Packets the capture point saw, in the order it saw them. */
  captured: PacketInfo[];
  /** Packets the story tells: those the capture saw and those lost before they reached it, by time. */
  told: PacketInfo[];
  conns: Map<string, ConnInfo>;
  /** Connections in the order they were opened. */
  connOrder: string[];
  firewall: Indexed<FirewallEvent>[];
  firewallChanges: Indexed<FirewallChangeEvent>[];
  actions: Indexed<ActionEvent>[];
  nat: Indexed<NatEvent>[];
}

export function tcpFlags(p: PacketInfo): number {
  return p.view.tcp?.flags ?? 0;
}

export function has(p: PacketInfo, flag: number): boolean {
  return (tcpFlags(p) & flag) !== 0;
}

export function payload(p: PacketInfo): number {
  return p.view.tcp?.payloadLength ?? p.view.udp?.payloadLength ?? 0;
}

export function isRetransmission(p: PacketInfo): boolean {
  return p.view.tcp?.retransmission === true;
}

export function indexTrace(trace: Trace): TraceIndex {
  const nodes = new Map(trace.nodes.map((n) => [n.id, n]));
  const hopsById = new Map<number, number[]>();
  const firewall: Indexed<FirewallEvent>[] = [];
  const firewallChanges: Indexed<FirewallChangeEvent>[] = [];
  const actions: Indexed<ActionEvent>[] = [];
  const nat: Indexed<NatEvent>[] = [];
  const connEvents = new Map<string, Indexed<ConnectionEvent>>();
  trace.events.forEach((e, index) => {
    switch (e.type) {
      case 'wire': {
        const list = hopsById.get(e.packet);
        if (list) list.push(index);
        else hopsById.set(e.packet, [index]);
        break;
      }
      case 'firewall':
        firewall.push({ index, event: e });
        break;
      case 'firewall-change':
        firewallChanges.push({ index, event: e });
        break;
      case 'action':
        actions.push({ index, event: e });
        break;
      case 'nat':
        nat.push({ index, event: e });
        break;
      case 'connection':
        if (!connEvents.has(e.conn)) connEvents.set(e.conn, { index, event: e });
        break;
    }
  });

  const captureLink = trace.meta.captureLink;
  const captureNode = trace.meta.captureNode;
  // The capture's own order: a capture on a host stamps incoming frames when they arrive.
  const capturedEvents = capturedPackets(trace);
  const eventIndex = new Map<WireEvent, number>();
  trace.events.forEach((e, index) => {
    if (e.type === 'wire') eventIndex.set(e, index);
  });
  const captureIndexById = new Map<number, number>();
  const captureOrder: number[] = [];
  for (const e of capturedEvents) {
    if (captureIndexById.has(e.packet)) continue;
    captureIndexById.set(e.packet, eventIndex.get(e) as number);
    captureOrder.push(e.packet);
  }

  const packets = new Map<number, PacketInfo>();
  for (const [id, hops] of hopsById) {
    const wire = hops.map((i) => trace.events[i] as WireEvent);
    const first = wire[0] as WireEvent;
    const last = wire[wire.length - 1] as WireEvent;
    const captureIndex = captureIndexById.get(id);
    const view = captureIndex === undefined ? first : (trace.events[captureIndex] as WireEvent);
    const lost = wire.find((w) => w.lost);
    const info: PacketInfo = {
      id,
      view,
      t: captureIndex === undefined ? view.t : captureTime(view, captureNode),
      hops,
      origin: first.from,
      start: first.t,
      end: lost ? lost.arrive : last.arrive,
      firewall: [],
      nat: [],
    };
    if (captureIndex !== undefined) info.captureIndex = captureIndex;
    if (lost) info.lost = lost;
    const conn = wire.find((w) => w.conn !== undefined)?.conn;
    if (conn !== undefined) info.conn = conn;
    packets.set(id, info);
  }
  for (const f of firewall) packets.get(f.event.packet)?.firewall.push(f.index);
  for (const n of nat) packets.get(n.event.packet)?.nat.push(n.index);

  const captured = captureOrder.map((id) => packets.get(id) as PacketInfo);
  const sequencer = new RelativeSequencer();
  for (const p of captured) {
    const rel = sequencer.relative(p.view);
    if (rel) p.rel = rel;
  }

  // A packet lost before it reached the capture point is still part of what happened; one that neither
  // reached it nor was lost (between the router and the server, say) is outside the learner's view.
  const told = [...packets.values()]
    .filter((p) => p.captureIndex !== undefined || (p.lost !== undefined && captureLink !== undefined))
    .sort((a, b) => a.t - b.t || a.id - b.id);

  const conns = new Map<string, ConnInfo>();
  const connOrder: string[] = [];
  for (const p of told) {
    if (!p.view.tcp || p.conn === undefined) continue;
    let c = conns.get(p.conn);
    if (!c) {
      const event = connEvents.get(p.conn);
      c = {
        conn: p.conn,
        opener: event?.event.client.node ?? p.origin,
        acceptor: event?.event.server.node ?? p.view.to,
        packets: [],
        roles: new Map(),
        acks: new Map(),
        bytes: new Map(),
        dataEnd: new Map(),
        finEnd: new Map(),
      };
      if (event) c.event = event;
      conns.set(p.conn, c);
      connOrder.push(p.conn);
    }
    c.packets.push(p);
  }
  connOrder.sort((a, b) => {
    const ea = conns.get(a)?.event?.index ?? Number.MAX_SAFE_INTEGER;
    const eb = conns.get(b)?.event?.index ?? Number.MAX_SAFE_INTEGER;
    return ea - eb || (conns.get(a)?.packets[0]?.t ?? 0) - (conns.get(b)?.packets[0]?.t ?? 0);
  });
  for (const c of conns.values()) {
    c.packets.sort((a, b) => a.start - b.start || a.id - b.id);
    classify(c);
  }

  return { trace, nodes, packets, captured, told, conns, connOrder, firewall, firewallChanges, actions, nat };
}

/**
 * Gives each segment its part in the connection. Sequence numbers are compared relative to each side's
 * SYN, so wrap-around does not matter; a side whose SYN was not seen starts at its first segment.
 */
function classify(c: ConnInfo): void {
  const isn = new Map<string, number>();
  for (const p of c.packets) {
    const tcp = p.view.tcp;
    if (!tcp) continue;
    if (!isn.has(p.origin)) isn.set(p.origin, has(p, TCP_SYN) ? tcp.seq : (tcp.seq - 1) >>> 0);
  }
  const rel = (side: string, n: number) => (n - (isn.get(side) ?? 0)) >>> 0;
  const other = (side: string) => (side === c.opener ? c.acceptor : c.opener);

  for (const p of c.packets) {
    const tcp = p.view.tcp;
    if (!tcp) continue;
    const start = rel(p.origin, tcp.seq) + (has(p, TCP_SYN) ? 1 : 0);
    const end = start + tcp.payloadLength;
    if (tcp.payloadLength > 0) c.dataEnd.set(p.origin, Math.max(c.dataEnd.get(p.origin) ?? 1, end));
    if (has(p, TCP_FIN) && !c.finEnd.has(p.origin)) c.finEnd.set(p.origin, end + 1);
  }
  for (const [side, end] of c.dataEnd) c.bytes.set(side, end - 1);

  let payloadSeen = false;
  // Only a handshake that was seen can be completed: a capture that starts mid-connection has none.
  const handshake = c.packets.some((p) => has(p, TCP_SYN) && has(p, TCP_ACK));
  for (const p of c.packets) {
    const tcp = p.view.tcp;
    if (!tcp) continue;
    const roles = new Set<Role>();
    const peer = other(p.origin);
    const ack = has(p, TCP_ACK) ? rel(peer, tcp.ack) : 0;
    c.acks.set(p.id, ack);
    const peerFinEnd = c.finEnd.get(peer);
    const acksPeerFin = peerFinEnd !== undefined && has(p, TCP_ACK) && ack >= peerFinEnd;
    if (has(p, TCP_RST)) roles.add('rst');
    else if (has(p, TCP_SYN)) roles.add(has(p, TCP_ACK) ? 'synack' : 'syn');
    else {
      if (tcp.payloadLength > 0) roles.add('payload');
      if (has(p, TCP_FIN)) roles.add('fin');
      if (acksPeerFin) roles.add('ack-fin');
      else if (has(p, TCP_ACK) && ack > 1) roles.add('ack-data');
      else if (
        handshake &&
        !payloadSeen &&
        tcp.payloadLength === 0 &&
        !has(p, TCP_FIN) &&
        p.origin === c.opener
      ) {
        roles.add('hsack');
      }
      if (roles.size === 0) roles.add('other');
    }
    if (tcp.payloadLength > 0) payloadSeen = true;
    c.roles.set(p.id, roles);
  }
}

export function rolesOf(c: ConnInfo, p: PacketInfo): Set<Role> {
  return c.roles.get(p.id) ?? new Set();
}

/** The node's everyday name: the trace's name for it, or its id. */
export function nodeName(index: TraceIndex, id: string): string {
  return index.nodes.get(id)?.name ?? id;
}
