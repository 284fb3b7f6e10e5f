import { type Micros, MS } from '../../src/core/clock.ts';
import type { Host } from '../../src/core/net/host.ts';
import { Network } from '../../src/core/net/network.ts';
import { ipLayer, type SimPacket, tcpHeaderLength } from '../../src/core/net/packet.ts';
import { formatFlags, type TcpLayer } from '../../src/core/packet.ts';
import type { TcpConfig } from '../../src/core/tcp/config.ts';
import type { Endpoint } from '../../src/core/tcp/connection.ts';
import type { TcpState, TcpStateEvent, WireEvent } from '../../src/core/trace.ts';

export interface TwoHostsOptions {
  /** The server's TCP settings when they differ from the PC's. */
  serverTcp?: Partial<TcpConfig>;
  /** One-way delay of the link; 5 ms unless given. */
  latency?: Micros;
}

/** Two hosts on one link, 5 ms apart: the smallest network a TCP test needs. */
export function twoHosts(seed = 1, tcp: Partial<TcpConfig> = {}, options: TwoHostsOptions = {}) {
  const net = new Network(seed);
  const pc = net.host('pc', 'PC', 'pc', { tcp });
  const server = net.host('server', 'Server', 'server', { tcp: options.serverTcp ?? tcp });
  const a = pc.addInterface('eth0', ['192.0.2.10/24', '2001:db8::10/64']);
  const b = server.addInterface('eth0', ['192.0.2.20/24', '2001:db8::20/64']);
  const link = net.link(a, b, { latency: options.latency ?? 5 * MS, id: 'lan' });
  return { net, pc, server, link };
}

/** The packets on the wire as short strings, e.g. `pc>server SYN` or `server>pc PSH,ACK 5`. */
export function wireSummary(net: Network): string[] {
  return net.recorder.events
    .filter((e): e is WireEvent => e.type === 'wire')
    .map((e) => {
      const flags = e.tcp ? formatFlags(e.tcp.flags) : e.icmp ? 'ICMP' : 'UDP';
      const len = e.tcp ? e.tcp.payloadLength : (e.udp?.payloadLength ?? 0);
      return `${e.from}>${e.to} ${flags}${len ? ` ${len}` : ''}${e.lost ? ' lost' : ''}`;
    });
}

export function wires(net: Network): WireEvent[] {
  return net.recorder.events.filter((e): e is WireEvent => e.type === 'wire');
}

export function text(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** A TCP segment on the wire; `tcp` is always there. */
export type TcpWire = WireEvent & { tcp: TcpLayer };

/** The TCP segments on the wire, optionally only those one node sent. */
export function segments(net: Network, from?: string): TcpWire[] {
  return wires(net).filter(
    (w): w is TcpWire => w.tcp !== undefined && (from === undefined || w.from === from),
  );
}

/** The `tcp-state` events of one node (and one connection, when given), in order. */
export function stateEvents(net: Network, node: string, conn?: string): TcpStateEvent[] {
  return net.recorder.events.filter(
    (e): e is TcpStateEvent =>
      e.type === 'tcp-state' && e.node === node && (conn === undefined || e.conn === conn),
  );
}

/** The states one node's connection went through, starting with the first one left: `['CLOSED', 'SYN-SENT', ...]`. */
export function statePath(net: Network, node: string, conn?: string): TcpState[] {
  const events = stateEvents(net, node, conn);
  if (events.length === 0) return [];
  return [(events[0] as TcpStateEvent).from, ...events.map((e) => e.to)];
}

/** When one node's connection entered a state (the first time), or undefined if it never did. */
export function enteredAt(net: Network, node: string, state: TcpState, conn?: string): Micros | undefined {
  return stateEvents(net, node, conn).find((e) => e.to === state)?.t;
}

/** `n` bytes that differ from position to position, so that a misplaced byte shows. */
export function pattern(n: number, salt = 0): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + (i >>> 8) + salt) & 0xff;
  return out;
}

/**
 * Where two byte strings first differ, or -1 when they are equal: a readable answer when a test fails, and
 * far quicker than a deep comparison of thousands of bytes.
 */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Collects what a connection hands to its application. */
export function receiver(): { onData: (d: Uint8Array) => void; bytes: () => Uint8Array } {
  const parts: Uint8Array[] = [];
  return {
    onData: (d) => parts.push(d.slice()),
    bytes: () => concat(...parts),
  };
}

/**
 * Puts a hand-made TCP segment on the wire from `host`, as a third party (or a confused stack) would: the
 * way to show what a stack does with a reset or SYN it did not expect. `to` names the receiving end (a
 * connection, or just its two endpoints); the segment comes from its remote endpoint.
 */
export function injectSegment(
  host: Host,
  to: { local: Endpoint; remote: Endpoint },
  tcp: Partial<Omit<TcpLayer, 'payloadLength'>> & Pick<TcpLayer, 'seq' | 'flags'>,
  payload: Uint8Array = new Uint8Array(0),
): void {
  const layer: TcpLayer = {
    srcPort: to.remote.port,
    dstPort: to.local.port,
    ack: 0,
    window: 0,
    ...tcp,
    payloadLength: payload.length,
  };
  const packet: SimPacket = {
    id: host.sim.recorder.nextPacketId(),
    ip: ipLayer(to.remote.address, to.local.address, 'tcp', tcpHeaderLength(layer) + payload.length, 64, 0),
    tcp: layer,
    payload,
  };
  host.output(packet);
}
