import { familyOf } from '../address.ts';
import type { IcmpLayer } from '../packet.ts';
import { ipLayer, type SimPacket } from './packet.ts';

/** The unreachable codes a host or firewall sends back, with the numbers of RFC 792 and RFC 4443. */
export type Unreachable = 'port' | 'host' | 'net' | 'admin';

const V4_CODES: Record<Unreachable, number> = { net: 0, host: 1, port: 3, admin: 13 };
const V6_CODES: Record<Unreachable, number> = { net: 0, admin: 1, host: 3, port: 4 };

export const UNREACHABLE_TEXT: Record<Unreachable, string> = {
  net: 'network unreachable',
  host: 'host unreachable',
  port: 'port unreachable',
  admin: 'communication administratively prohibited',
};

/** An ICMP or ICMPv6 destination-unreachable message quoting the packet that caused it. */
export function unreachable(original: SimPacket, from: string, why: Unreachable, id: number): SimPacket {
  const v6 = familyOf(original.ip.src) === 6;
  const ports = original.tcp ?? original.udp;
  const quoted: NonNullable<IcmpLayer['quoted']> = {
    protocol: original.ip.protocol,
    src: original.ip.src,
    dst: original.ip.dst,
  };
  if (ports) {
    quoted.srcPort = ports.srcPort;
    quoted.dstPort = ports.dstPort;
  }
  const icmp: IcmpLayer = {
    version: v6 ? 6 : 4,
    type: v6 ? 1 : 3,
    code: v6 ? V6_CODES[why] : V4_CODES[why],
    description: `destination unreachable (${UNREACHABLE_TEXT[why]})`,
    quoted,
  };
  // An ICMPv4 error quotes the IP header and 8 bytes; ICMPv6 quotes as much as fits, here header + 8.
  const quoteLength = v6 ? 48 : 28;
  const packet: SimPacket = {
    id,
    ip: ipLayer(from, original.ip.src, v6 ? 'icmpv6' : 'icmp', 8 + quoteLength, 64, v6 ? undefined : 0),
    icmp,
    payload: new Uint8Array(quoteLength),
  };
  if (original.conn) packet.conn = original.conn;
  return packet;
}
