/**
 * A host's TCP: demultiplexing, listeners, port choice, and the reset for a segment nobody expects
 * (RFC 9293 §3.10.7.1).
 */
import { canonicalIp } from '../address.ts';
import type { Micros, TimerHandle } from '../clock.ts';
import type { SimPacket } from '../net/packet.ts';
import { ipLayer, tcpHeaderLength } from '../net/packet.ts';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN, type TcpLayer } from '../packet.ts';
import type { Sim } from '../recorder.ts';
import type { Rng } from '../rng.ts';
import type { ConnectionEvent, TcpState } from '../trace.ts';
import { LINUX_DEFAULTS, type TcpConfig } from './config.ts';
import { type Endpoint, TcpConnection, type TcpContext, type TcpHandlers } from './connection.ts';
import { seqAdd } from './seq.ts';

/** What the stack needs from the host it runs on. */
export interface TcpHost {
  readonly id: string;
  readonly sim: Sim;
  output(packet: SimPacket): void;
  sourceAddressFor(dst: string): string | undefined;
  nextIpId(): number;
  /** The node that owns an address, for the trace's connection records. */
  nodeOf(address: string): string | undefined;
}

export interface ConnectOptions {
  remote: Endpoint;
  /** Local port; an ephemeral one when absent (active FTP's server uses 20). */
  localPort?: number;
  localAddress?: string;
  handlers?: TcpHandlers;
  /** What the connection is for, recorded in the trace so views can label it. */
  purpose?: string;
  parent?: string;
  label?: string;
}

export interface Listener {
  readonly port: number;
  readonly address: string | undefined;
  close(): void;
}

interface ListenerEntry extends Listener {
  onAccept: (conn: TcpConnection) => void;
  closed: boolean;
}

function key(local: Endpoint, remote: Endpoint): string {
  return `${local.address}|${local.port}|${remote.address}|${remote.port}`;
}

export class TcpStack {
  readonly config: TcpConfig;
  private readonly connections = new Map<string, TcpConnection>();
  private readonly listeners: ListenerEntry[] = [];
  private readonly rng: Rng;
  private readonly pending = new Map<TcpConnection, ListenerEntry>();

  constructor(
    private readonly host: TcpHost,
    config: Partial<TcpConfig> = {},
  ) {
    this.config = { ...LINUX_DEFAULTS, ...config };
    this.rng = host.sim.rng.fork(`tcp:${host.id}`);
  }

  get openConnections(): TcpConnection[] {
    return [...this.connections.values()];
  }

  listen(port: number, onAccept: (conn: TcpConnection) => void, address?: string): Listener {
    if (port === 0) port = this.pickPort(address, 1);
    const entry: ListenerEntry = {
      port,
      address: address === undefined ? undefined : canonicalIp(address),
      onAccept,
      closed: false,
      close: () => {
        entry.closed = true;
        const i = this.listeners.indexOf(entry);
        if (i >= 0) this.listeners.splice(i, 1);
      },
    };
    if (
      this.listeners.some(
        (l) => l.port === port && (l.address === entry.address || !l.address || !entry.address),
      )
    ) {
      throw new Error(`port ${port} is already listening on ${this.host.id}`);
    }
    this.listeners.push(entry);
    return entry;
  }

  connect(options: ConnectOptions): TcpConnection {
    const remote = { address: canonicalIp(options.remote.address), port: options.remote.port };
    const localAddress = options.localAddress ?? this.host.sourceAddressFor(remote.address);
    if (!localAddress) throw new Error(`${this.host.id} has no route to ${remote.address}`);
    // Linux prefers even ports for connect() and leaves odd ones to bind(0).
    const port = options.localPort ?? this.pickPort(localAddress, 0, remote);
    const local = { address: localAddress, port };
    if (this.connections.has(key(local, remote))) throw new Error(`address in use: ${local.address}:${port}`);
    const id = this.host.sim.recorder.nextConnId();
    const conn = new TcpConnection(this.context(), id, local, remote, 'CLOSED', this.nextIss());
    if (options.handlers) conn.handlers = options.handlers;
    this.connections.set(key(local, remote), conn);
    const event: ConnectionEvent = {
      type: 'connection',
      t: this.host.sim.clock.now,
      conn: id,
      protocol: 'tcp',
      client: { node: this.host.id, address: local.address, port },
      server: { node: this.host.nodeOf(remote.address) ?? '', address: remote.address, port: remote.port },
    };
    if (options.purpose) event.purpose = options.purpose;
    if (options.parent) event.parent = options.parent;
    if (options.label) event.label = options.label;
    this.host.sim.recorder.record(event);
    conn.open();
    return conn;
  }

  /** A random ISS (RFC 9293 §3.4.1 asks that it be unpredictable); the draw happens even when a test fixes it. */
  private nextIss(): number {
    const drawn = this.rng.nextU32();
    return this.config.fixedIss ?? drawn;
  }

  /** Ephemeral port with a given parity (0 even, 1 odd), free for this remote endpoint. */
  private pickPort(localAddress: string | undefined, parity: 0 | 1, remote?: Endpoint): number {
    const { ephemeralLow, ephemeralHigh } = this.config;
    for (let attempt = 0; attempt < 10_000; attempt++) {
      let port = this.rng.int(ephemeralLow, ephemeralHigh);
      if ((port & 1) !== parity) port = port + 1 > ephemeralHigh ? port - 1 : port + 1;
      const taken =
        this.listeners.some((l) => l.port === port) ||
        [...this.connections.values()].some(
          (c) =>
            c.local.port === port &&
            (remote === undefined ||
              (c.remote.address === remote.address && c.remote.port === remote.port)) &&
            (localAddress === undefined || c.local.address === localAddress),
        );
      if (!taken) return port;
    }
    throw new Error('no ephemeral port left');
  }

  receive(packet: SimPacket): void {
    const tcp = packet.tcp as TcpLayer;
    const local = { address: packet.ip.dst, port: tcp.dstPort };
    const remote = { address: packet.ip.src, port: tcp.srcPort };
    const conn = this.connections.get(key(local, remote));
    if (conn) {
      conn.receive(packet);
      return;
    }
    const listener = this.listeners.find(
      (l) => l.port === local.port && (!l.address || l.address === local.address),
    );
    if (listener) {
      this.receiveOnListener(listener, packet, local, remote);
      return;
    }
    this.resetFor(packet);
  }

  private receiveOnListener(
    listener: ListenerEntry,
    packet: SimPacket,
    local: Endpoint,
    remote: Endpoint,
  ): void {
    const tcp = packet.tcp as TcpLayer;
    if (tcp.flags & TCP_RST) return;
    if (tcp.flags & TCP_ACK) {
      this.resetFor(packet);
      return;
    }
    if (!(tcp.flags & TCP_SYN)) return;
    const id = packet.conn ?? this.host.sim.recorder.nextConnId();
    const conn = new TcpConnection(this.context(), id, local, remote, 'LISTEN', this.nextIss());
    this.connections.set(key(local, remote), conn);
    this.pending.set(conn, listener);
    conn.acceptSyn(packet);
  }

  /** The reset a closed port answers with (RFC 9293 §3.10.7.1), never in reply to a reset. */
  resetFor(packet: SimPacket): void {
    const tcp = packet.tcp as TcpLayer;
    if (tcp.flags & TCP_RST) return;
    const hasAck = (tcp.flags & TCP_ACK) !== 0;
    const segLen = packet.payload.length + (tcp.flags & TCP_SYN ? 1 : 0) + (tcp.flags & TCP_FIN ? 1 : 0);
    const rst: TcpLayer = {
      srcPort: tcp.dstPort,
      dstPort: tcp.srcPort,
      seq: hasAck ? tcp.ack : 0,
      ack: hasAck ? 0 : seqAdd(tcp.seq, segLen),
      flags: hasAck ? TCP_RST : TCP_RST | TCP_ACK,
      window: 0,
      payloadLength: 0,
    };
    const reply: SimPacket = {
      id: this.host.sim.recorder.nextPacketId(),
      ip: ipLayer(packet.ip.dst, packet.ip.src, 'tcp', tcpHeaderLength(rst), 64, 0),
      tcp: rst,
      payload: new Uint8Array(0),
    };
    if (packet.conn) reply.conn = packet.conn;
    this.host.output(reply);
  }

  /** An ICMP error quoting one of our segments. */
  icmpError(quoted: { src: string; dst: string; srcPort?: number; dstPort?: number }, hard: boolean): void {
    if (quoted.srcPort === undefined || quoted.dstPort === undefined) return;
    const conn = this.connections.get(
      key({ address: quoted.src, port: quoted.srcPort }, { address: quoted.dst, port: quoted.dstPort }),
    );
    conn?.icmpError(hard);
  }

  private context(): TcpContext {
    const sim = this.host.sim;
    return {
      config: this.config,
      nodeId: this.host.id,
      now: (): Micros => sim.clock.now,
      after: (delay: Micros, run: () => void): TimerHandle => sim.clock.after(delay, run),
      output: (packet) => this.host.output(packet),
      nextPacketId: () => sim.recorder.nextPacketId(),
      nextIpId: () => this.host.nextIpId(),
      stateChanged: (conn: TcpConnection, from: TcpState, to: TcpState) => {
        sim.recorder.record({
          type: 'tcp-state',
          t: sim.clock.now,
          node: this.host.id,
          conn: conn.id,
          from,
          to,
        });
      },
      release: (conn: TcpConnection) => {
        const k = key(conn.local, conn.remote);
        if (this.connections.get(k) === conn) this.connections.delete(k);
        this.pending.delete(conn);
      },
      established: (conn: TcpConnection) => {
        const listener = this.pending.get(conn);
        this.pending.delete(conn);
        if (listener && !listener.closed) listener.onAccept(conn);
      },
    };
  }
}
