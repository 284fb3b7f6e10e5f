/**
 * A tiny hand-written trace and story for the stage's tests: a PC with its own firewall, a router and a
 * server; a control connection that opens and closes, and a data connection whose SYN the PC's firewall
 * drops. Every time is chosen by hand, so tests can reason about positions without running the simulator.
 */
import { TCP_ACK, TCP_FIN, TCP_SYN } from '../core/packet.ts';
import {
  type TcpState,
  TRACE_FORMAT,
  TRACE_VERSION,
  type Trace,
  type TraceEvent,
  type WireEvent,
} from '../core/trace.ts';
import type { Level, Story, StoryStep } from '../story/types.ts';

const PC = '192.0.2.10';
const SERVER = '203.0.113.10';

export const DROP_REASON = 'no rule lets a new connection in to port 50000';

function hop(
  packet: number,
  conn: string,
  link: 'lan' | 'wan',
  from: string,
  to: string,
  t: number,
  arrive: number,
  flags: number,
  ports: [number, number],
): WireEvent {
  const toServer = to === 'server' || (to === 'router' && from === 'pc');
  return {
    type: 'wire',
    t,
    arrive,
    packet,
    link,
    from,
    to,
    conn,
    ip: {
      version: 4,
      src: toServer ? PC : SERVER,
      dst: toServer ? SERVER : PC,
      ttl: 64,
      protocol: 'tcp',
      totalLength: 40,
    },
    tcp: {
      srcPort: ports[0],
      dstPort: ports[1],
      seq: 1000 + packet,
      ack: 5000 + packet,
      flags,
      window: 64240,
      payloadLength: 0,
    },
  };
}

function state(t: number, node: string, conn: string, from: TcpState, to: TcpState): TraceEvent {
  return { type: 'tcp-state', t, node, conn, from, to };
}

/** Sent from the PC: 100 µs over the LAN, then 1000 µs over the WAN; the reverse for the server. */
function toServer(
  packet: number,
  conn: string,
  t: number,
  flags: number,
  ports: [number, number],
): WireEvent[] {
  return [
    hop(packet, conn, 'lan', 'pc', 'router', t, t + 100, flags, ports),
    hop(packet, conn, 'wan', 'router', 'server', t + 100, t + 1100, flags, ports),
  ];
}

function toPc(packet: number, conn: string, t: number, flags: number, ports: [number, number]): WireEvent[] {
  return [
    hop(packet, conn, 'wan', 'server', 'router', t, t + 1000, flags, ports),
    hop(packet, conn, 'lan', 'router', 'pc', t + 1000, t + 1100, flags, ports),
  ];
}

const C1: [number, number] = [40000, 21];
const C1R: [number, number] = [21, 40000];
const C2: [number, number] = [20, 50000];

export function sampleTrace(): Trace {
  const events: TraceEvent[] = [
    {
      type: 'connection',
      t: 0,
      conn: 'c1',
      protocol: 'tcp',
      client: { node: 'pc', address: PC, port: 40000 },
      server: { node: 'server', address: SERVER, port: 21 },
      label: 'control',
    },
    state(0, 'pc', 'c1', 'CLOSED', 'SYN-SENT'),
    ...toServer(1, 'c1', 0, TCP_SYN, C1),
    state(1100, 'server', 'c1', 'LISTEN', 'SYN-RECEIVED'),
    ...toPc(2, 'c1', 1100, TCP_SYN | TCP_ACK, C1R),
    state(2200, 'pc', 'c1', 'SYN-SENT', 'ESTABLISHED'),
    ...toServer(3, 'c1', 2200, TCP_ACK, C1),
    state(3300, 'server', 'c1', 'SYN-RECEIVED', 'ESTABLISHED'),
    {
      type: 'connection',
      t: 4000,
      conn: 'c2',
      protocol: 'tcp',
      client: { node: 'server', address: SERVER, port: 20 },
      server: { node: 'pc', address: PC, port: 50000 },
      label: 'data a.txt',
    },
    state(4000, 'server', 'c2', 'CLOSED', 'SYN-SENT'),
    ...toPc(4, 'c2', 4000, TCP_SYN, C2),
    {
      type: 'firewall',
      t: 5100,
      node: 'pc',
      packet: 4,
      conn: 'c2',
      direction: 'in',
      state: 'new',
      verdict: 'drop',
      rule: 'default',
      reason: DROP_REASON,
    },
    state(6000, 'pc', 'c1', 'ESTABLISHED', 'FIN-WAIT-1'),
    ...toServer(5, 'c1', 6000, TCP_FIN | TCP_ACK, C1),
    state(7100, 'server', 'c1', 'ESTABLISHED', 'CLOSED'),
    ...toPc(6, 'c1', 7100, TCP_ACK, C1R),
    state(8200, 'pc', 'c1', 'FIN-WAIT-1', 'TIME-WAIT'),
    state(9000, 'server', 'c2', 'SYN-SENT', 'CLOSED'),
  ];
  events.sort((a, b) => a.t - b.t);
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    meta: { source: 'simulator', scenario: 'sample', captureLink: 'lan' },
    nodes: [
      {
        id: 'pc',
        name: 'PC',
        kind: 'pc',
        firewall: true,
        interfaces: [{ name: 'eth0', addresses: [`${PC}/24`] }],
      },
      { id: 'router', name: 'Router', kind: 'router', interfaces: [] },
      {
        id: 'server',
        name: 'Server',
        kind: 'server',
        interfaces: [{ name: 'eth0', addresses: [`${SERVER}/24`] }],
      },
    ],
    links: [
      { id: 'lan', a: 'pc', b: 'router', latency: 100 },
      { id: 'wan', a: 'router', b: 'server', latency: 1000 },
    ],
    events,
  };
}

export function eventIndex(trace: Trace, match: (e: TraceEvent) => boolean): number {
  const i = trace.events.findIndex(match);
  if (i < 0) throw new Error('no such event in the sample trace');
  return i;
}

function step(
  n: number,
  actor: string,
  packets: number[],
  start: number,
  end: number,
  extra: Partial<StoryStep> = {},
): StoryStep {
  return {
    n,
    actor,
    actorName: actor,
    flags: '',
    narration: { key: `sample.${n}`, params: {} },
    text: `Step ${n}`,
    packets,
    events: [],
    start,
    end,
    ...extra,
  };
}

/** Eight steps: the handshake, the dropped data SYN and the firewall's decision, the close, the give-up. */
export function sampleStory(trace: Trace, level: Level = 'standard'): Story {
  const drop = eventIndex(trace, (e) => e.type === 'firewall');
  const giveUp = eventIndex(trace, (e) => e.type === 'tcp-state' && e.conn === 'c2' && e.to === 'CLOSED');
  return {
    level,
    lang: 'en',
    title: 'Sample',
    notes: [],
    steps: [
      step(1, 'pc', [1], 0, 1100, { conn: 'c1' }),
      step(2, 'server', [2], 1100, 2200, { conn: 'c1' }),
      step(3, 'pc', [3], 2200, 3300, { conn: 'c1' }),
      step(4, 'server', [4], 4000, 5100, { conn: 'c2' }),
      step(5, 'firewall', [], 5100, 5100, { events: [drop], conn: 'c2' }),
      step(6, 'pc', [5], 6000, 7100, { conn: 'c1' }),
      step(7, 'server', [6], 7100, 8200, { conn: 'c1' }),
      step(8, 'server', [], 9000, 9000, { events: [giveUp] }),
    ],
  };
}
