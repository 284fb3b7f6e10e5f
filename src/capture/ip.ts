/** IPv4 and IPv6 headers, with IPv6 extension headers walked to the transport protocol. */
import { formatIpv4, formatIpv6 } from '../core/address.ts';
import { u8, u16, u32 } from './bytes.ts';

export interface IpPacket {
  version: 4 | 6;
  src: string;
  dst: string;
  ttl: number;
  /** The transport protocol number after any extension headers. */
  protocol: number;
  id?: number;
  /** Length of the whole IP packet as its header says. */
  totalLength: number;
  /** Where the transport header starts in the frame. */
  payloadOffset: number;
  /** Transport length as the IP header says (the frame may hold fewer bytes when the capture cut it short). */
  payloadLength: number;
  /** Present for a fragment: its offset in bytes and whether more follow. */
  fragment?: { offset: number; more: boolean };
}

/**
 * The text of each IPv4 address seen, so that a capture's millions of packets share a few strings instead
 * of formatting new ones (and the maps keyed by them hash each string once). Cleared when it grows large.
 */
const ipv4Texts = new Map<number, string>();
const MAX_CACHED = 65536;

function ipv4Text(data: Uint8Array, offset: number): string {
  const key = u32(data, offset);
  let text = ipv4Texts.get(key);
  if (text === undefined) {
    if (ipv4Texts.size >= MAX_CACHED) ipv4Texts.clear();
    text = formatIpv4(data, offset);
    ipv4Texts.set(key, text);
  }
  return text;
}

/** IPv6 text as Wireshark prints it: RFC 5952, with an IPv4-mapped address in dotted form. */
export function ipv6Text(data: Uint8Array, offset: number): string {
  let mapped = u16(data, offset + 10) === 0xffff;
  for (let i = 0; i < 10 && mapped; i++) if (data[offset + i] !== 0) mapped = false;
  return mapped ? `::ffff:${formatIpv4(data, offset + 12)}` : formatIpv6(data, offset);
}

/**
 * `reported` is how many bytes of the frame, from `offset`, were on the wire: it stands in for a total
 * length of 0, which is what segmentation offload leaves in packets captured on the sending host.
 */
export function parseIpv4(data: Uint8Array, offset: number, reported: number): IpPacket | undefined {
  if (data.length < offset + 20 || u8(data, offset) >> 4 !== 4) return undefined;
  const headerLength = (u8(data, offset) & 0x0f) * 4;
  if (headerLength < 20 || data.length < offset + headerLength) return undefined;
  let totalLength = u16(data, offset + 2);
  if (totalLength === 0) totalLength = reported;
  if (totalLength < headerLength) return undefined;
  const flags = u16(data, offset + 6);
  const packet: IpPacket = {
    version: 4,
    src: ipv4Text(data, offset + 12),
    dst: ipv4Text(data, offset + 16),
    ttl: u8(data, offset + 8),
    protocol: u8(data, offset + 9),
    id: u16(data, offset + 4),
    totalLength,
    payloadOffset: offset + headerLength,
    payloadLength: totalLength - headerLength,
  };
  const fragmentOffset = (flags & 0x1fff) * 8;
  const more = (flags & 0x2000) !== 0;
  if (more || fragmentOffset > 0) packet.fragment = { offset: fragmentOffset, more };
  return packet;
}

const HOP_BY_HOP = 0;
const ROUTING = 43;
const FRAGMENT = 44;
const AUTH = 51;
const DEST_OPTS = 60;
/** Extension headers that share the `next header, length in 8-byte units - 1` layout. */
const GENERIC_EXTENSIONS = new Set([HOP_BY_HOP, ROUTING, DEST_OPTS, 135, 139, 140, 253, 254]);
const MAX_EXTENSIONS = 16;

export function parseIpv6(data: Uint8Array, offset: number, reported: number): IpPacket | undefined {
  if (data.length < offset + 40 || u8(data, offset) >> 4 !== 6) return undefined;
  let payload = u16(data, offset + 4);
  if (payload === 0) payload = Math.max(0, reported - 40);
  const end = offset + 40 + payload;
  let next = u8(data, offset + 6);
  let at = offset + 40;
  let fragment: IpPacket['fragment'];
  for (let n = 0; n < MAX_EXTENSIONS; n++) {
    if (GENERIC_EXTENSIONS.has(next) || next === AUTH) {
      if (data.length < at + 2) break;
      const len = next === AUTH ? (u8(data, at + 1) + 2) * 4 : (u8(data, at + 1) + 1) * 8;
      if (at + len > end) break;
      next = u8(data, at);
      at += len;
    } else if (next === FRAGMENT) {
      if (data.length < at + 8 || at + 8 > end) break;
      const field = u16(data, at + 2);
      fragment = { offset: field & 0xfff8, more: (field & 1) !== 0 };
      next = u8(data, at);
      at += 8;
      // What follows a non-first fragment is the middle of the payload, not more headers.
      if (fragment.offset > 0) break;
    } else break;
  }
  const packet: IpPacket = {
    version: 6,
    src: ipv6Text(data, offset + 8),
    dst: ipv6Text(data, offset + 24),
    ttl: u8(data, offset + 7),
    protocol: next,
    totalLength: 40 + payload,
    payloadOffset: at,
    payloadLength: Math.max(0, end - at),
  };
  if (fragment) packet.fragment = fragment;
  return packet;
}
