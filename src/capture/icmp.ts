/**
 * ICMP (RFC 792) and ICMPv6 (RFC 4443, RFC 4861): type, code, a short description, and for error messages
 * the addresses and ports of the packet they quote.
 */
import type { IcmpLayer, IpProtocol } from '../core/packet.ts';
import { u8, u16 } from './bytes.ts';
import { type IpPacket, parseIpv4, parseIpv6 } from './ip.ts';

const UNREACHABLE_V4: Record<number, string> = {
  0: 'network unreachable',
  1: 'host unreachable',
  2: 'protocol unreachable',
  3: 'port unreachable',
  4: 'fragmentation needed',
  5: 'source route failed',
  6: 'destination network unknown',
  7: 'destination host unknown',
  9: 'network administratively prohibited',
  10: 'host administratively prohibited',
  13: 'communication administratively prohibited',
};

const UNREACHABLE_V6: Record<number, string> = {
  0: 'no route to destination',
  1: 'communication administratively prohibited',
  2: 'beyond scope of source address',
  3: 'host unreachable',
  4: 'port unreachable',
  5: 'source address failed policy',
  6: 'reject route to destination',
};

const TIME_EXCEEDED: Record<number, string> = {
  0: 'TTL exceeded in transit',
  1: 'fragment reassembly time exceeded',
};

function withCode(name: string, codes: Record<number, string>, code: number): string {
  const detail = codes[code];
  return detail ? `${name} (${detail})` : `${name} (code ${code})`;
}

function describeV4(type: number, code: number): string {
  switch (type) {
    case 0:
      return 'echo reply';
    case 3:
      return withCode('destination unreachable', UNREACHABLE_V4, code);
    case 4:
      return 'source quench';
    case 5:
      return 'redirect';
    case 8:
      return 'echo request';
    case 9:
      return 'router advertisement';
    case 10:
      return 'router solicitation';
    case 11:
      return withCode('time exceeded', TIME_EXCEEDED, code);
    case 12:
      return 'parameter problem';
    case 13:
      return 'timestamp request';
    case 14:
      return 'timestamp reply';
    default:
      return `ICMP type ${type}`;
  }
}

function describeV6(type: number, code: number): string {
  switch (type) {
    case 1:
      return withCode('destination unreachable', UNREACHABLE_V6, code);
    case 2:
      return 'packet too big';
    case 3:
      return withCode(
        'time exceeded',
        { 0: 'hop limit exceeded in transit', 1: TIME_EXCEEDED[1] as string },
        code,
      );
    case 4:
      return 'parameter problem';
    case 128:
      return 'echo request';
    case 129:
      return 'echo reply';
    case 130:
      return 'multicast listener query';
    case 131:
      return 'multicast listener report';
    case 132:
      return 'multicast listener done';
    case 133:
      return 'router solicitation';
    case 134:
      return 'router advertisement';
    case 135:
      return 'neighbor solicitation';
    case 136:
      return 'neighbor advertisement';
    case 137:
      return 'redirect';
    case 143:
      return 'multicast listener report v2';
    default:
      return `ICMPv6 type ${type}`;
  }
}

export function ipProtocol(n: number, version: 4 | 6): IpProtocol {
  if (n === 6) return 'tcp';
  if (n === 17) return 'udp';
  if (n === 1 && version === 4) return 'icmp';
  if (n === 58) return 'icmpv6';
  return 'other';
}

const V4_ERRORS = new Set([3, 4, 5, 11, 12]);
const V6_ERRORS = new Set([1, 2, 3, 4]);

function quoted(data: Uint8Array, offset: number, end: number, version: 4 | 6): IcmpLayer['quoted'] {
  const inner: IpPacket | undefined =
    version === 4 ? parseIpv4(data, offset, end - offset) : parseIpv6(data, offset, end - offset);
  if (!inner || inner.version !== version) return undefined;
  const result: NonNullable<IcmpLayer['quoted']> = {
    protocol: ipProtocol(inner.protocol, version),
    src: inner.src,
    dst: inner.dst,
  };
  const at = inner.payloadOffset;
  if (
    (result.protocol === 'tcp' || result.protocol === 'udp') &&
    !inner.fragment?.offset &&
    data.length >= at + 4
  ) {
    result.srcPort = u16(data, at);
    result.dstPort = u16(data, at + 2);
  }
  return result;
}

/** `length` is the ICMP message length as the IP header gives it. */
export function parseIcmp(
  data: Uint8Array,
  offset: number,
  length: number,
  version: 4 | 6,
): IcmpLayer | undefined {
  if (data.length < offset + 4 || length < 4) return undefined;
  const type = u8(data, offset);
  const code = u8(data, offset + 1);
  const layer: IcmpLayer = {
    version,
    type,
    code,
    description: version === 4 ? describeV4(type, code) : describeV6(type, code),
  };
  if ((version === 4 ? V4_ERRORS : V6_ERRORS).has(type)) {
    const q = quoted(data, offset + 8, Math.min(data.length, offset + length), version);
    if (q) layer.quoted = q;
  }
  return layer;
}
