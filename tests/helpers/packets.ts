/**
 * Builders for the bytes of real packets (Ethernet, Linux cooked, loopback headers, IPv4, IPv6, TCP, UDP,
 * ICMP) with correct lengths and checksums, so that tests can make captures Wireshark would accept.
 */
import { parseIp } from '../../src/core/address.ts';

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function u16(n: number): Uint8Array {
  return new Uint8Array([(n >>> 8) & 0xff, n & 0xff]);
}

function u32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

/** The Internet checksum (RFC 1071) over the given parts, as if they were one buffer. */
export function internetChecksum(...parts: Uint8Array[]): number {
  const all = concat(...parts);
  let sum = 0;
  for (let i = 0; i < all.length; i += 2) {
    sum += ((all[i] as number) << 8) | (all[i + 1] ?? 0);
  }
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

function pseudoHeader(src: string, dst: string, protocol: number, length: number): Uint8Array {
  const s = parseIp(src);
  const d = parseIp(dst);
  if (s.length === 4) return concat(s, d, new Uint8Array([0, protocol]), u16(length));
  return concat(s, d, u32(length), new Uint8Array([0, 0, 0, protocol]));
}

export const PROTO_ICMP = 1;
export const PROTO_TCP = 6;
export const PROTO_UDP = 17;
export const PROTO_ICMPV6 = 58;

export interface TcpOptionsSpec {
  mss?: number;
  windowScale?: number;
  sackPermitted?: boolean;
  timestamp?: { value: number; echo: number };
  /** SACK blocks: pairs of left and right edges. */
  sack?: Array<[number, number]>;
}

export interface TcpSpec {
  src: string;
  dst: string;
  sport: number;
  dport: number;
  seq: number;
  ack?: number;
  flags: number;
  window?: number;
  options?: TcpOptionsSpec;
}

function tcpOptionBytes(o: TcpOptionsSpec | undefined): Uint8Array {
  if (!o) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  if (o.mss !== undefined) parts.push(concat(new Uint8Array([2, 4]), u16(o.mss)));
  if (o.sackPermitted) parts.push(new Uint8Array([1, 1, 4, 2]));
  if (o.timestamp)
    parts.push(concat(new Uint8Array([1, 1, 8, 10]), u32(o.timestamp.value), u32(o.timestamp.echo)));
  if (o.windowScale !== undefined) parts.push(new Uint8Array([1, 3, 3, o.windowScale]));
  if (o.sack) {
    parts.push(new Uint8Array([1, 1, 5, 2 + 8 * o.sack.length]));
    for (const [l, r] of o.sack) parts.push(u32(l), u32(r));
  }
  const raw = concat(...parts);
  const padded = new Uint8Array(Math.ceil(raw.length / 4) * 4);
  padded.set(raw);
  return padded;
}

/** A TCP segment (header and payload) with its checksum over the pseudo-header. */
export function tcpSegment(spec: TcpSpec, payload: Uint8Array = new Uint8Array(0)): Uint8Array {
  const options = tcpOptionBytes(spec.options);
  const headerLength = 20 + options.length;
  const header = concat(
    u16(spec.sport),
    u16(spec.dport),
    u32(spec.seq >>> 0),
    u32((spec.ack ?? 0) >>> 0),
    new Uint8Array([(headerLength / 4) << 4, spec.flags & 0xff]),
    u16(spec.window ?? 65535),
    u16(0),
    u16(0),
    options,
  );
  const segment = concat(header, payload);
  const sum = internetChecksum(pseudoHeader(spec.src, spec.dst, PROTO_TCP, segment.length), segment);
  segment.set(u16(sum), 16);
  return segment;
}

export interface UdpSpec {
  src: string;
  dst: string;
  sport: number;
  dport: number;
}

export function udpDatagram(spec: UdpSpec, payload: Uint8Array): Uint8Array {
  const datagram = concat(u16(spec.sport), u16(spec.dport), u16(8 + payload.length), u16(0), payload);
  let sum = internetChecksum(pseudoHeader(spec.src, spec.dst, PROTO_UDP, datagram.length), datagram);
  if (sum === 0) sum = 0xffff;
  datagram.set(u16(sum), 6);
  return datagram;
}

/** An ICMP (IPv4) message: type, code, the 4 bytes after the checksum, then the body. */
export function icmpv4Message(type: number, code: number, rest: Uint8Array, body: Uint8Array): Uint8Array {
  const msg = concat(new Uint8Array([type, code, 0, 0]), rest, body);
  msg.set(u16(internetChecksum(msg)), 2);
  return msg;
}

export function icmpv6Message(
  src: string,
  dst: string,
  type: number,
  code: number,
  rest: Uint8Array,
  body: Uint8Array,
): Uint8Array {
  const msg = concat(new Uint8Array([type, code, 0, 0]), rest, body);
  msg.set(u16(internetChecksum(pseudoHeader(src, dst, PROTO_ICMPV6, msg.length), msg)), 2);
  return msg;
}

export interface Ipv4Spec {
  src: string;
  dst: string;
  protocol: number;
  ttl?: number;
  id?: number;
  dontFragment?: boolean;
  moreFragments?: boolean;
  /** Fragment offset in bytes (a multiple of 8). */
  fragmentOffset?: number;
  /** Raw option bytes; padded to a multiple of 4. */
  options?: Uint8Array;
  /** Overrides the total length field (segmentation offload writes 0 there). */
  totalLength?: number;
}

export function ipv4Packet(spec: Ipv4Spec, payload: Uint8Array): Uint8Array {
  const rawOptions = spec.options ?? new Uint8Array(0);
  const options = new Uint8Array(Math.ceil(rawOptions.length / 4) * 4);
  options.set(rawOptions);
  const ihl = 20 + options.length;
  const flags =
    (spec.dontFragment ? 0x4000 : 0) | (spec.moreFragments ? 0x2000 : 0) | ((spec.fragmentOffset ?? 0) >> 3);
  const header = concat(
    new Uint8Array([0x40 | (ihl / 4), 0]),
    u16(spec.totalLength ?? ihl + payload.length),
    u16(spec.id ?? 0),
    u16(flags),
    new Uint8Array([spec.ttl ?? 64, spec.protocol]),
    u16(0),
    parseIp(spec.src),
    parseIp(spec.dst),
    options,
  );
  header.set(u16(internetChecksum(header)), 10);
  return concat(header, payload);
}

/** An IPv6 extension header: hop-by-hop (0), routing (43), fragment (44), destination options (60). */
export type Ipv6Extension =
  | { type: 0 | 60; options?: Uint8Array }
  | { type: 43; routingType?: number; segmentsLeft?: number; addresses?: string[] }
  | { type: 44; offset: number; more: boolean; id: number };

function extensionBytes(ext: Ipv6Extension, next: number): Uint8Array {
  if (ext.type === 44) {
    return concat(new Uint8Array([next, 0]), u16((ext.offset & ~7) | (ext.more ? 1 : 0)), u32(ext.id));
  }
  if (ext.type === 43) {
    const addrs = concat(new Uint8Array(4), ...(ext.addresses ?? []).map((a) => parseIp(a)));
    const body = concat(new Uint8Array([ext.routingType ?? 0, ext.segmentsLeft ?? 0]), addrs);
    const total = Math.ceil((body.length + 2) / 8) * 8;
    const out = new Uint8Array(total);
    out.set([next, total / 8 - 1]);
    out.set(body, 2);
    return out;
  }
  const opts = ext.options ?? new Uint8Array(0);
  const total = Math.max(8, Math.ceil((opts.length + 2) / 8) * 8);
  const out = new Uint8Array(total);
  out.set([next, total / 8 - 1]);
  out.set(opts, 2);
  // Pad the rest with a PadN option so that Wireshark sees well-formed options.
  const padAt = 2 + opts.length;
  const pad = total - padAt;
  if (pad === 1) out[padAt] = 0;
  else if (pad > 1) out.set([1, pad - 2], padAt);
  return out;
}

export interface Ipv6Spec {
  src: string;
  dst: string;
  nextHeader: number;
  hopLimit?: number;
  extensions?: Ipv6Extension[];
}

export function ipv6Packet(spec: Ipv6Spec, payload: Uint8Array): Uint8Array {
  const exts = spec.extensions ?? [];
  const chain: Uint8Array[] = [];
  for (let i = 0; i < exts.length; i++) {
    const next = i + 1 < exts.length ? (exts[i + 1] as Ipv6Extension).type : spec.nextHeader;
    chain.push(extensionBytes(exts[i] as Ipv6Extension, next));
  }
  const first = exts.length > 0 ? (exts[0] as Ipv6Extension).type : spec.nextHeader;
  const body = concat(...chain, payload);
  const header = concat(
    u32(0x60000000),
    u16(body.length),
    new Uint8Array([first, spec.hopLimit ?? 64]),
    parseIp(spec.src),
    parseIp(spec.dst),
  );
  return concat(header, body);
}

export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_IPV6 = 0x86dd;
export const ETHERTYPE_ARP = 0x0806;

export interface EthernetSpec {
  src?: string;
  dst?: string;
  etherType: number;
  /** VLAN tags, outermost first: the tag protocol (0x8100, 0x88a8) and the VLAN id. */
  vlans?: Array<{ tpid: number; vid: number }>;
}

function mac(text: string): Uint8Array {
  return new Uint8Array(text.split(':').map((h) => Number.parseInt(h, 16)));
}

export function ethernetFrame(spec: EthernetSpec, payload: Uint8Array): Uint8Array {
  const tags = (spec.vlans ?? []).map((v) => concat(u16(v.tpid), u16(v.vid & 0x0fff)));
  return concat(
    mac(spec.dst ?? '02:00:00:00:00:02'),
    mac(spec.src ?? '02:00:00:00:00:01'),
    ...tags,
    u16(spec.etherType),
    payload,
  );
}

/** Linux cooked capture v1 (LINKTYPE_LINUX_SLL). */
export function sllFrame(protocol: number, payload: Uint8Array, packetType = 0): Uint8Array {
  return concat(
    u16(packetType),
    u16(1),
    u16(6),
    mac('02:00:00:00:00:01'),
    new Uint8Array(2),
    u16(protocol),
    payload,
  );
}

/** Linux cooked capture v2 (LINKTYPE_LINUX_SLL2). */
export function sll2Frame(protocol: number, payload: Uint8Array, ifIndex = 1): Uint8Array {
  return concat(
    u16(protocol),
    u16(0),
    u32(ifIndex),
    u16(1),
    new Uint8Array([0, 6]),
    mac('02:00:00:00:00:01'),
    new Uint8Array(2),
    payload,
  );
}

/** BSD loopback (LINKTYPE_NULL): the address family in the byte order of the machine that captured. */
export function nullFrame(family: number, littleEndian: boolean, payload: Uint8Array): Uint8Array {
  const head = new Uint8Array(4);
  new DataView(head.buffer).setUint32(0, family, littleEndian);
  return concat(head, payload);
}

/** OpenBSD loopback (LINKTYPE_LOOP): the address family in network byte order. */
export function loopFrame(family: number, payload: Uint8Array): Uint8Array {
  return concat(u32(family), payload);
}

export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_PSH = 0x08;
export const TCP_ACK = 0x10;

export interface Endpoint {
  address: string;
  port: number;
}

/**
 * Both ends of a TCP connection, keeping each side's next sequence number, so that tests can write a whole
 * conversation (handshake, data, close) as a list of IP packets.
 */
export class TcpConversation {
  private next: [number, number];
  private acked: [number, number];

  constructor(
    readonly client: Endpoint,
    readonly server: Endpoint,
    isn: [number, number] = [1000, 5000],
  ) {
    this.next = [isn[0] >>> 0, isn[1] >>> 0];
    this.acked = [isn[1] >>> 0, isn[0] >>> 0];
  }

  private ip(fromClient: boolean, segment: Uint8Array): Uint8Array {
    const from = fromClient ? this.client : this.server;
    const to = fromClient ? this.server : this.client;
    if (from.address.includes(':')) {
      return ipv6Packet({ src: from.address, dst: to.address, nextHeader: PROTO_TCP }, segment);
    }
    return ipv4Packet(
      { src: from.address, dst: to.address, protocol: PROTO_TCP, dontFragment: true },
      segment,
    );
  }

  /** One segment; `seq` overrides the sender's next sequence number (for retransmissions). */
  segment(
    fromClient: boolean,
    flags: number,
    payload: Uint8Array = new Uint8Array(0),
    extra: { seq?: number; options?: TcpOptionsSpec; advance?: boolean } = {},
  ): Uint8Array {
    const side: 0 | 1 = fromClient ? 0 : 1;
    const from = fromClient ? this.client : this.server;
    const to = fromClient ? this.server : this.client;
    const seq = extra.seq ?? this.next[side];
    const spec: TcpSpec = {
      src: from.address,
      dst: to.address,
      sport: from.port,
      dport: to.port,
      seq,
      ack: flags & TCP_ACK ? this.acked[side] : 0,
      flags,
    };
    if (extra.options) spec.options = extra.options;
    const seg = tcpSegment(spec, payload);
    const consumed = payload.length + (flags & TCP_SYN ? 1 : 0) + (flags & TCP_FIN ? 1 : 0);
    // A segment at a given sequence number (a retransmission) moves the sender on only when asked to.
    if (extra.seq === undefined ? extra.advance !== false : extra.advance === true) {
      this.next[side] = (seq + consumed) >>> 0;
    }
    const end = (seq + consumed) >>> 0;
    const other = fromClient ? 1 : 0;
    if (((end - this.acked[other]) | 0) > 0) this.acked[other] = end;
    return this.ip(fromClient, seg);
  }

  /** The sequence number the side's next segment gets. */
  nextSeq(fromClient: boolean): number {
    return this.next[fromClient ? 0 : 1];
  }

  handshake(): Uint8Array[] {
    return [
      this.segment(true, TCP_SYN, undefined, {
        options: { mss: 1460, sackPermitted: true, timestamp: { value: 1, echo: 0 }, windowScale: 7 },
      }),
      this.segment(false, TCP_SYN | TCP_ACK, undefined, { options: { mss: 1460, windowScale: 7 } }),
      this.segment(true, TCP_ACK),
    ];
  }

  send(fromClient: boolean, data: Uint8Array | string): Uint8Array {
    return this.segment(fromClient, TCP_PSH | TCP_ACK, typeof data === 'string' ? ascii(data) : data);
  }

  ack(fromClient: boolean): Uint8Array {
    return this.segment(fromClient, TCP_ACK);
  }

  close(): Uint8Array[] {
    return [
      this.segment(true, TCP_FIN | TCP_ACK),
      this.segment(false, TCP_FIN | TCP_ACK),
      this.segment(true, TCP_ACK),
    ];
  }
}
