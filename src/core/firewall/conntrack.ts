/**
 * Connection tracking after Linux's netfilter conntrack: one entry per flow, found from a packet of either
 * direction, with the TCP close states and the timeouts a current kernel uses. Both the firewall (to tell new
 * from established packets) and the NAT (to remember its translations) keep a table of these.
 */
import { type Micros, SECOND } from '../clock.ts';
import type { SimPacket } from '../net/packet.ts';
import { type IpProtocol, TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../packet.ts';

/** One direction of a flow. Protocols without ports (ICMP echo) use port 0. */
export interface FlowTuple {
  protocol: IpProtocol;
  src: string;
  srcPort: number;
  dst: string;
  dstPort: number;
}

export type FlowDirection = 'original' | 'reply';

/**
 * How long an idle entry lives. The defaults are Linux's (`nf_conntrack_tcp_timeout_*`, `nf_conntrack_udp_timeout*`,
 * `nf_conntrack_icmp_timeout`, and the FTP helper's expectation timeout of 5 minutes).
 */
export interface ConnTrackTimeouts {
  /** A SYN was seen, no answer yet. */
  tcpSynSent: Micros;
  tcpEstablished: Micros;
  /** One side sent FIN. */
  tcpFinWait: Micros;
  /** Both sides sent FIN. */
  tcpTimeWait: Micros;
  /** After a RST. */
  tcpClose: Micros;
  /** UDP without an answer, or answered within its first two seconds. */
  udp: Micros;
  /** UDP answered and still in use after two seconds: a stream. */
  udpStream: Micros;
  icmp: Micros;
  other: Micros;
  /** An announced connection (an FTP data connection) must begin within this time. */
  expectation: Micros;
}

export const LINUX_CONNTRACK_TIMEOUTS: ConnTrackTimeouts = {
  tcpSynSent: 120 * SECOND,
  tcpEstablished: 5 * 24 * 3600 * SECOND,
  tcpFinWait: 120 * SECOND,
  tcpTimeWait: 120 * SECOND,
  tcpClose: 10 * SECOND,
  udp: 30 * SECOND,
  udpStream: 120 * SECOND,
  icmp: 30 * SECOND,
  other: 600 * SECOND,
  expectation: 300 * SECOND,
};

/** Linux refreshes a UDP flow with the longer stream timeout only once it has lived this long. */
const UDP_STREAM_AFTER: Micros = 2 * SECOND;

export type TcpTrackPhase = 'syn-sent' | 'established' | 'fin-wait' | 'time-wait' | 'close';

export interface ConnTrackEntry<T> {
  readonly id: number;
  /** The flow as its first packet had it. */
  readonly original: FlowTuple;
  /** What an answer looks like: the original reversed, or, behind a NAT, the translated addresses reversed. */
  readonly reply: FlowTuple;
  readonly created: Micros;
  expires: Micros;
  replySeen: boolean;
  /** Announced by another flow (an FTP data connection); `related` until a reply is seen. */
  related: boolean;
  tcp?: { phase: TcpTrackPhase; fin: [boolean, boolean] };
  data: T;
}

export interface ConnTrackMatch<T> {
  entry: ConnTrackEntry<T>;
  direction: FlowDirection;
}

export function tupleKey(t: FlowTuple): string {
  return `${t.protocol}|${t.src}|${t.srcPort}|${t.dst}|${t.dstPort}`;
}

export function reverseTuple(t: FlowTuple): FlowTuple {
  return { protocol: t.protocol, src: t.dst, srcPort: t.dstPort, dst: t.src, dstPort: t.srcPort };
}

export function sameTuple(a: FlowTuple, b: FlowTuple): boolean {
  return tupleKey(a) === tupleKey(b);
}

const ICMP4_ERRORS = new Set([3, 4, 5, 11, 12]);
const ICMP6_ERRORS = new Set([1, 2, 3, 4]);

/** An ICMP or ICMPv6 error: it belongs to the flow of the packet it quotes, not to a flow of its own. */
export function isIcmpError(packet: SimPacket): boolean {
  const icmp = packet.icmp;
  if (!icmp) return false;
  return (icmp.version === 6 ? ICMP6_ERRORS : ICMP4_ERRORS).has(icmp.type);
}

/** The flow a packet belongs to, or null for an ICMP error (see `quotedTuple`). */
export function tupleOf(packet: SimPacket): FlowTuple | null {
  if (isIcmpError(packet)) return null;
  const ports = packet.tcp ?? packet.udp;
  return {
    protocol: packet.ip.protocol,
    src: packet.ip.src,
    srcPort: ports?.srcPort ?? 0,
    dst: packet.ip.dst,
    dstPort: ports?.dstPort ?? 0,
  };
}

/** The flow of the packet an ICMP error quotes, as that packet was addressed. */
export function quotedTuple(packet: SimPacket): FlowTuple | null {
  const q = packet.icmp?.quoted;
  if (!q || !isIcmpError(packet)) return null;
  return { protocol: q.protocol, src: q.src, srcPort: q.srcPort ?? 0, dst: q.dst, dstPort: q.dstPort ?? 0 };
}

/** A SYN that opens a connection (no ACK, no RST). */
export function isOpeningSyn(packet: SimPacket): boolean {
  const f = packet.tcp?.flags ?? 0;
  return (f & TCP_SYN) !== 0 && (f & (TCP_ACK | TCP_RST)) === 0;
}

const ECHO_REQUEST = new Set([8, 128]);

/** Whether a packet without an entry may start one: anything but a TCP segment in mid-connection or a lone reply. */
export function canStartFlow(packet: SimPacket): boolean {
  if (packet.tcp) return isOpeningSyn(packet);
  if (packet.icmp) return !isIcmpError(packet) && ECHO_REQUEST.has(packet.icmp.type);
  return true;
}

export class ConnTrack<T> {
  readonly timeouts: ConnTrackTimeouts;
  private readonly byKey = new Map<string, ConnTrackMatch<T>>();
  private readonly all = new Set<ConnTrackEntry<T>>();
  private counter = 0;
  private nextSweep = 0;

  constructor(
    private readonly now: () => Micros,
    timeouts: Partial<ConnTrackTimeouts> = {},
  ) {
    this.timeouts = { ...LINUX_CONNTRACK_TIMEOUTS, ...timeouts };
  }

  /** The live entry a tuple belongs to, and in which direction. Expired entries are forgotten on the way. */
  find(tuple: FlowTuple): ConnTrackMatch<T> | undefined {
    this.sweepSometimes();
    const m = this.byKey.get(tupleKey(tuple));
    if (!m) return undefined;
    if (m.entry.expires <= this.now()) {
      this.remove(m.entry);
      return undefined;
    }
    return m;
  }

  /**
   * The entry for a packet, except that a new SYN on a connection that is closing or closed starts afresh,
   * as Linux does when a client reuses a port: the old entry is dropped.
   */
  findFor(packet: SimPacket, tuple: FlowTuple): ConnTrackMatch<T> | undefined {
    const m = this.find(tuple);
    if (!m) return undefined;
    const phase = m.entry.tcp?.phase;
    if (isOpeningSyn(packet) && (phase === 'time-wait' || phase === 'close')) {
      this.remove(m.entry);
      return undefined;
    }
    return m;
  }

  /** Starts tracking a flow. `reply` defaults to the original reversed (no translation). */
  add(
    original: FlowTuple,
    data: T,
    options: { reply?: FlowTuple; related?: boolean } = {},
  ): ConnTrackEntry<T> {
    const reply = options.reply ?? reverseTuple(original);
    for (const t of [original, reply]) {
      const old = this.byKey.get(tupleKey(t));
      if (old) this.remove(old.entry);
    }
    const entry: ConnTrackEntry<T> = {
      id: ++this.counter,
      original,
      reply,
      created: this.now(),
      expires: this.now() + this.firstTimeout(original.protocol),
      replySeen: false,
      related: options.related ?? false,
      data,
    };
    if (original.protocol === 'tcp') entry.tcp = { phase: 'syn-sent', fin: [false, false] };
    this.byKey.set(tupleKey(original), { entry, direction: 'original' });
    this.byKey.set(tupleKey(reply), { entry, direction: 'reply' });
    this.all.add(entry);
    return entry;
  }

  remove(entry: ConnTrackEntry<T>): void {
    for (const [t, direction] of [
      [entry.original, 'original'],
      [entry.reply, 'reply'],
    ] as const) {
      const k = tupleKey(t);
      const m = this.byKey.get(k);
      if (m?.entry === entry && m.direction === direction) this.byKey.delete(k);
    }
    this.all.delete(entry);
  }

  /** A packet of the flow passed: note what it says about the connection and restart the idle timer. */
  seen(entry: ConnTrackEntry<T>, direction: FlowDirection, packet: SimPacket): void {
    const now = this.now();
    if (direction === 'reply') entry.replySeen = true;
    const t = this.timeouts;
    if (entry.tcp) {
      const track = entry.tcp;
      const flags = packet.tcp?.flags ?? 0;
      if (flags & TCP_RST || track.phase === 'close') {
        track.phase = 'close';
      } else {
        if (flags & TCP_FIN) track.fin[direction === 'original' ? 0 : 1] = true;
        if (track.fin[0] && track.fin[1]) track.phase = 'time-wait';
        else if (track.fin[0] || track.fin[1]) track.phase = 'fin-wait';
        else track.phase = entry.replySeen ? 'established' : 'syn-sent';
      }
      const timeout: Record<TcpTrackPhase, Micros> = {
        'syn-sent': t.tcpSynSent,
        established: t.tcpEstablished,
        'fin-wait': t.tcpFinWait,
        'time-wait': t.tcpTimeWait,
        close: t.tcpClose,
      };
      entry.expires = now + timeout[track.phase];
    } else if (entry.original.protocol === 'udp') {
      const stream = entry.replySeen && now - entry.created > UDP_STREAM_AFTER;
      entry.expires = now + (stream ? t.udpStream : t.udp);
    } else if (entry.original.protocol === 'icmp' || entry.original.protocol === 'icmpv6') {
      entry.expires = now + t.icmp;
    } else {
      entry.expires = now + t.other;
    }
  }

  /** How long a flow lives before its first packet is noted (`seen` sets the real timeout). */
  private firstTimeout(protocol: IpProtocol): Micros {
    const t = this.timeouts;
    if (protocol === 'tcp') return t.tcpSynSent;
    if (protocol === 'udp') return t.udp;
    if (protocol === 'icmp' || protocol === 'icmpv6') return t.icmp;
    return t.other;
  }

  /** The live entries, oldest first. */
  entries(): ConnTrackEntry<T>[] {
    const now = this.now();
    return [...this.all].filter((e) => e.expires > now);
  }

  /** Forgets expired entries now and then, so that a long session does not keep thousands of dead flows. */
  private sweepSometimes(): void {
    const now = this.now();
    if (now < this.nextSweep) return;
    this.nextSweep = now + 10 * SECOND;
    for (const e of [...this.all]) if (e.expires <= now) this.remove(e);
  }
}

/** A connection announced by another one, which the table should recognise when its first packet comes. */
export interface ExpectationSpec {
  protocol: IpProtocol;
  src: string;
  /** Absent: any source port (an active-mode FTP server may use 20 or any other). */
  srcPort?: number;
  dst: string;
  dstPort: number;
}

export interface Expectation<T> {
  spec: ExpectationSpec;
  data: T;
  expires: Micros;
}

/** Netfilter's expectations: one-shot, each removed when its connection arrives or when it times out. */
export class Expectations<T> {
  private list: Expectation<T>[] = [];

  constructor(private readonly now: () => Micros) {}

  /** Adds one; a newer one for the same destination replaces it. */
  add(spec: ExpectationSpec, data: T, timeout: Micros): Expectation<T> {
    this.prune();
    this.list = this.list.filter(
      (e) =>
        !(e.spec.protocol === spec.protocol && e.spec.dst === spec.dst && e.spec.dstPort === spec.dstPort),
    );
    const e: Expectation<T> = { spec, data, expires: this.now() + timeout };
    this.list.push(e);
    return e;
  }

  match(t: FlowTuple): Expectation<T> | undefined {
    this.prune();
    return this.list.find(
      (e) =>
        e.spec.protocol === t.protocol &&
        e.spec.src === t.src &&
        e.spec.dst === t.dst &&
        e.spec.dstPort === t.dstPort &&
        (e.spec.srcPort === undefined || e.spec.srcPort === t.srcPort),
    );
  }

  remove(e: Expectation<T>): void {
    this.list = this.list.filter((x) => x !== e);
  }

  /** Whether a destination port is promised to an expected connection. */
  reserves(protocol: IpProtocol, dst: string, dstPort: number): boolean {
    this.prune();
    return this.list.some(
      (e) => e.spec.protocol === protocol && e.spec.dst === dst && e.spec.dstPort === dstPort,
    );
  }

  get pending(): readonly Expectation<T>[] {
    this.prune();
    return this.list;
  }

  private prune(): void {
    const now = this.now();
    if (this.list.some((e) => e.expires <= now)) this.list = this.list.filter((e) => e.expires > now);
  }
}
