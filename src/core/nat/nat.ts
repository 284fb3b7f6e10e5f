/**
 * Address translation on a router, as Linux's MASQUERADE does it: connections opened from the inside leave
 * with the router's outside address and, when it is free, their own port; answers are translated back.
 * Each translation lives in a connection-tracking entry and expires with it. A packet from outside that no
 * entry expects is not translated: it is addressed to the router itself, which has nothing listening.
 */
import { familyOf, formatEndpoint } from '../address.ts';
import {
  ConnTrack,
  type ConnTrackMatch,
  type ConnTrackTimeouts,
  canStartFlow,
  Expectations,
  type FlowTuple,
  isIcmpError,
  isOpeningSyn,
  quotedTuple,
  reverseTuple,
  tupleOf,
} from '../firewall/conntrack.ts';
import { FTP_HELPER_PORTS } from '../firewall/ftp.ts';
import type { AddressTranslator } from '../net/hooks.ts';
import type { Interface } from '../net/node.ts';
import type { SimPacket } from '../net/packet.ts';
import { TCP_RST } from '../packet.ts';
import type { Sim } from '../recorder.ts';
import type { Rng } from '../rng.ts';
import type { NatEvent } from '../trace.ts';
import { adjustSegment, newSeqAdjust, noteResize, rewriteFtpCommands, type SeqAdjust } from './ftp-helper.ts';

export interface NatConfig {
  /** The interface towards the Internet. */
  outside: Interface;
  /** The interfaces whose connections are translated; absent: every other interface of the router. */
  inside?: Interface[];
  /** The public address; absent: the outside interface's first IPv4 address. Only its family is translated. */
  address?: string;
  /** Where to look for a port when a connection's own is taken; absent: Linux's ranges (see `portRange`). */
  ports?: [number, number];
  /** Rewrite PORT and EPRT on FTP control connections (nf_nat_ftp). */
  ftpHelper?: boolean;
  /** The control ports the FTP helper watches; 21 by default. */
  ftpPorts?: number[];
  /** How long idle translations are kept; Linux's conntrack values by default. */
  timeouts?: Partial<ConnTrackTimeouts>;
}

/** What the router remembers per translated flow. */
export interface NatFlow {
  /** An FTP control connection the helper reads. */
  ftp: boolean;
  /** Sequence corrections of an FTP control connection, [original direction, reply direction]. */
  seqadj?: [SeqAdjust, SeqAdjust];
}

/** A translation as a view or a test reads it: `192.168.1.10:50000` is `198.51.100.1:50000` for `203.0.113.10:21`. */
export interface NatMapping {
  protocol: string;
  inside: string;
  public: string;
  remote: string;
  expires: number;
}

export interface NatOwner {
  readonly id: string;
  readonly sim: Sim;
}

/** Where Linux looks for a replacement port: the same class of port as the original one. */
export function portRange(port: number): [number, number] {
  if (port < 512) return [1, 511];
  if (port < 1024) return [600, 1023];
  return [1024, 65535];
}

interface Pending {
  id: number;
  match: ConnTrackMatch<NatFlow>;
}

const hasPorts = (t: FlowTuple) => t.protocol === 'tcp' || t.protocol === 'udp';

function endpoint(t: FlowTuple, address: string, port: number): string {
  return hasPorts(t) ? formatEndpoint(address, port) : address;
}

/** The tuple of the direction the packet does not travel in. */
function otherSide<T>(m: ConnTrackMatch<T>): FlowTuple {
  return m.direction === 'original' ? m.entry.reply : m.entry.original;
}

function ownSide<T>(m: ConnTrackMatch<T>): FlowTuple {
  return m.direction === 'original' ? m.entry.original : m.entry.reply;
}

function withAddresses(
  packet: SimPacket,
  src: string,
  srcPort: number,
  dst: string,
  dstPort: number,
): SimPacket {
  const out: SimPacket = { ...packet, ip: { ...packet.ip, src, dst } };
  if (packet.tcp) out.tcp = { ...packet.tcp, srcPort, dstPort };
  if (packet.udp) out.udp = { ...packet.udp, srcPort, dstPort };
  return out;
}

export class Nat implements AddressTranslator {
  readonly table: ConnTrack<NatFlow>;
  /** Data connections announced through the FTP helper, each naming the inside endpoint to send them to. */
  readonly expectations: Expectations<{ address: string; port: number }>;
  readonly address: string;
  private readonly outside: Interface;
  private readonly inside: Interface[] | undefined;
  private readonly ports: [number, number] | undefined;
  private readonly ftpHelper: boolean;
  private readonly ftpPorts: readonly number[];
  private readonly rng: Rng;
  /** The entry prerouting found, for postrouting to finish the same packet (netfilter keeps it on the skb). */
  private pending: Pending | null = null;

  constructor(
    private readonly owner: NatOwner,
    config: NatConfig,
  ) {
    const now = () => owner.sim.clock.now;
    this.table = new ConnTrack(now, config.timeouts);
    this.expectations = new Expectations(now);
    this.outside = config.outside;
    this.inside = config.inside;
    const address = config.address ?? config.outside.addresses.find((a) => familyOf(a) === 4);
    if (!address) throw new Error(`NAT on ${owner.id}: the outside interface has no IPv4 address`);
    this.address = address;
    this.ports = config.ports;
    this.ftpHelper = config.ftpHelper ?? false;
    this.ftpPorts = config.ftpPorts ?? FTP_HELPER_PORTS;
    this.rng = owner.sim.rng.fork(`nat:${owner.id}`);
  }

  // ── Before routing: answers (and expected connections) get their inside destination back ──

  prerouting(packet: SimPacket, inIface: Interface): SimPacket | null {
    this.pending = null;
    if (familyOf(packet.ip.src) !== familyOf(this.address)) return packet;
    if (isIcmpError(packet)) return this.translateIcmpError(packet, 'dst');
    const tuple = tupleOf(packet) as FlowTuple;
    let match = this.table.findFor(packet, tuple);
    if (!match && inIface === this.outside && isOpeningSyn(packet)) match = this.expected(tuple);
    if (!match) return packet;
    this.table.seen(match.entry, match.direction, packet);
    this.pending = { id: packet.id, match };
    // After translation the packet must look like the other direction's tuple turned round.
    const want = otherSide(match);
    if (want.src === tuple.dst && want.srcPort === tuple.dstPort) return packet;
    const out = withAddresses(packet, tuple.src, tuple.srcPort, want.src, want.srcPort);
    this.record(
      packet,
      'dst',
      endpoint(tuple, tuple.dst, tuple.dstPort),
      endpoint(tuple, want.src, want.srcPort),
    );
    return out;
  }

  // ── After routing: connections from the inside leave with the public address ──

  postrouting(packet: SimPacket, inIface: Interface, outIface: Interface): SimPacket | null {
    let match = this.pending?.id === packet.id ? this.pending.match : undefined;
    this.pending = null;
    if (familyOf(packet.ip.src) !== familyOf(this.address)) return packet;
    if (isIcmpError(packet)) return this.translateIcmpError(packet, 'src');
    const tuple = tupleOf(packet) as FlowTuple;
    if (!match) {
      if (outIface !== this.outside || !this.isInside(inIface)) return packet;
      // A lone reset or an ICMP message that starts nothing is not tracked, so Linux does not translate it.
      if ((packet.tcp && packet.tcp.flags & TCP_RST) || (packet.icmp && !canStartFlow(packet))) return packet;
      const port = this.choosePort(tuple);
      if (port === null) return null;
      const reply: FlowTuple = { ...reverseTuple(tuple), dst: this.address, dstPort: port };
      const ftp = this.ftpHelper && tuple.protocol === 'tcp' && this.ftpPorts.includes(tuple.dstPort);
      const entry = this.table.add(tuple, { ftp }, { reply });
      this.table.seen(entry, 'original', packet);
      match = { entry, direction: 'original' };
    }
    let out = packet;
    const want = otherSide(match);
    if (want.dst !== tuple.src || want.dstPort !== tuple.srcPort) {
      out = withAddresses(packet, want.dst, want.dstPort, tuple.dst, tuple.dstPort);
      this.record(
        packet,
        'src',
        endpoint(tuple, tuple.src, tuple.srcPort),
        endpoint(tuple, want.dst, want.dstPort),
      );
    }
    if (match.entry.data.ftp && out.tcp) out = this.ftp(out, match);
    return out;
  }

  private isInside(iface: Interface): boolean {
    return this.inside ? this.inside.includes(iface) : iface !== this.outside;
  }

  /** Keeps the connection's own port when no other flow to the same remote endpoint uses it, as Linux does. */
  private choosePort(t: FlowTuple): number | null {
    if (!hasPorts(t)) return t.srcPort;
    const free = (p: number) =>
      !this.table.find({
        protocol: t.protocol,
        src: t.dst,
        srcPort: t.dstPort,
        dst: this.address,
        dstPort: p,
      }) && !this.expectations.reserves(t.protocol, this.address, p);
    if (t.srcPort > 0 && free(t.srcPort)) return t.srcPort;
    const [lo, hi] = this.ports ?? portRange(t.srcPort);
    const size = hi - lo + 1;
    const start = this.rng.int(0, size - 1);
    for (let i = 0; i < size; i++) {
      const p = lo + ((start + i) % size);
      if (free(p)) return p;
    }
    return null;
  }

  /** A connection the FTP helper announced: it is sent to the inside client that asked for it. */
  private expected(tuple: FlowTuple): ConnTrackMatch<NatFlow> | undefined {
    const exp = this.expectations.match(tuple);
    if (!exp) return undefined;
    this.expectations.remove(exp);
    const reply: FlowTuple = {
      protocol: tuple.protocol,
      src: exp.data.address,
      srcPort: exp.data.port,
      dst: tuple.src,
      dstPort: tuple.srcPort,
    };
    const entry = this.table.add(tuple, { ftp: false }, { reply, related: true });
    return { entry, direction: 'original' };
  }

  /**
   * An ICMP error about a translated flow: its quoted packet is put back as it was before translation, and
   * the error itself goes to (or comes from) the inside address, like the flow's own packets.
   */
  private translateIcmpError(packet: SimPacket, manip: 'src' | 'dst'): SimPacket {
    const q = quotedTuple(packet);
    const quoted = packet.icmp?.quoted;
    if (!q || !quoted) return packet;
    const match = this.table.find(reverseTuple(q));
    if (!match) return packet;
    const own = ownSide(match);
    const other = otherSide(match);
    const translatesDst = own.dst !== other.src || own.dstPort !== other.srcPort;
    const translatesSrc = own.src !== other.dst || own.srcPort !== other.dstPort;
    if (manip === 'dst' ? !translatesDst : !translatesSrc) return packet;
    const newQuoted = { ...quoted, src: other.src, dst: other.dst };
    if (quoted.srcPort !== undefined) newQuoted.srcPort = other.srcPort;
    if (quoted.dstPort !== undefined) newQuoted.dstPort = other.dstPort;
    const icmp = { ...(packet.icmp as NonNullable<SimPacket['icmp']>), quoted: newQuoted };
    const ip = manip === 'dst' ? { ...packet.ip, dst: other.src } : { ...packet.ip, src: other.dst };
    const before = manip === 'dst' ? packet.ip.dst : packet.ip.src;
    this.record(packet, manip, before, manip === 'dst' ? ip.dst : ip.src);
    return { ...packet, ip, icmp };
  }

  /** The FTP helper on a control connection: rewrite the client's PORT and EPRT, then fix the numbering. */
  private ftp(packet: SimPacket, match: ConnTrackMatch<NatFlow>): SimPacket {
    const data = match.entry.data;
    if (!data.seqadj) data.seqadj = [newSeqAdjust(), newSeqAdjust()];
    const [orig, reply] = data.seqadj;
    let out = packet;
    // The client is the original side of the control connection, which it opened from the inside.
    if (match.direction === 'original' && out.payload.length > 0) {
      const client = match.entry.original;
      const server = client.dst;
      const result = rewriteFtpCommands(out, client.src, this.address, (inside) => {
        const port = this.reservePort(inside.port);
        if (port === null) return null;
        this.expectations.add(
          { protocol: 'tcp', src: server, dst: this.address, dstPort: port },
          inside,
          this.table.timeouts.expectation,
        );
        return port;
      });
      if (result) {
        // The shift is noted at the segment's own (client-side) sequence number, before it is adjusted.
        noteResize(orig, (out.tcp as NonNullable<SimPacket['tcp']>).seq, result.delta);
        for (const r of result.rewrites) this.record(packet, 'payload', r.before, r.after);
        out = result.packet;
      }
    }
    const tcp = out.tcp as NonNullable<SimPacket['tcp']>;
    const adjusted =
      match.direction === 'original' ? adjustSegment(tcp, orig, reply) : adjustSegment(tcp, reply, orig);
    return adjusted === tcp ? out : { ...out, tcp: adjusted };
  }

  /** A public port for an announced data connection: the client's own if free, else the next free one up. */
  private reservePort(want: number): number | null {
    const used = new Set<number>();
    for (const e of this.table.entries()) {
      for (const t of [e.original, e.reply])
        if (t.protocol === 'tcp' && t.dst === this.address) used.add(t.dstPort);
    }
    for (let p = want; p <= 65535; p++) {
      if (!used.has(p) && !this.expectations.reserves('tcp', this.address, p)) return p;
    }
    return null;
  }

  private record(packet: SimPacket, what: NatEvent['what'], before: string, after: string): void {
    const { sim, id } = this.owner;
    const event: NatEvent = {
      type: 'nat',
      t: sim.clock.now,
      node: id,
      packet: packet.id,
      ...(packet.conn !== undefined ? { conn: packet.conn } : {}),
      what,
      before,
      after,
    };
    sim.recorder.record(event);
  }

  /** The live translations. */
  mappings(): NatMapping[] {
    return this.table.entries().map((e) => {
      // A connection from the inside has the public address as its answers' destination; an announced one
      // (an active FTP data connection) came to the public address first.
      const fromInside = e.reply.dst === this.address;
      const inside = fromInside ? e.original : e.reply;
      const remote = fromInside ? e.reply : e.original;
      const pub = fromInside ? e.reply : e.original;
      return {
        protocol: e.original.protocol,
        inside: endpoint(inside, inside.src, inside.srcPort),
        public: endpoint(pub, pub.dst, pub.dstPort),
        remote: endpoint(remote, remote.src, remote.srcPort),
        expires: e.expires,
      };
    });
  }
}

export interface NatSlot extends NatOwner {
  nat: AddressTranslator | undefined;
}

/** Gives a router address translation with these settings, and returns it. */
export function installNat(router: NatSlot, config: NatConfig): Nat {
  const nat = new Nat(router, config);
  router.nat = nat;
  return nat;
}
