import { familyOf } from '../address.ts';
import type {
  AppMessage,
  IcmpLayer,
  IpLayer,
  IpProtocol,
  PacketLayers,
  TcpLayer,
  UdpLayer,
} from '../packet.ts';

/**
 * A packet inside the simulator: the decoded layers plus the payload bytes. Packets are never mutated once
 * sent; a router that rewrites one (TTL, NAT) makes a new object with the same `id`.
 */
export interface SimPacket extends PacketLayers {
  /** The packet's identity across hops. */
  id: number;
  payload: Uint8Array;
  /** The connection the sender's socket belongs to (simulation bookkeeping, not a header field). */
  conn?: string;
}

export const IPV4_HEADER = 20;
export const IPV6_HEADER = 40;
export const UDP_HEADER = 8;

export function tcpHeaderLength(tcp: Pick<TcpLayer, 'options'>): number {
  const o = tcp.options;
  if (!o) return 20;
  let len = 0;
  if (o.mss !== undefined) len += 4;
  if (o.sackPermitted) len += 2;
  if (o.timestamp) len += 10;
  if (o.windowScale !== undefined) len += 3;
  return 20 + Math.ceil(len / 4) * 4;
}

export function ipLayer(
  src: string,
  dst: string,
  protocol: IpProtocol,
  transportLength: number,
  ttl: number,
  id?: number,
): IpLayer {
  const version = familyOf(src);
  const layer: IpLayer = {
    version,
    src,
    dst,
    ttl,
    protocol: version === 6 && protocol === 'icmp' ? 'icmpv6' : protocol,
    totalLength: (version === 4 ? IPV4_HEADER : IPV6_HEADER) + transportLength,
  };
  if (version === 4 && id !== undefined) layer.id = id;
  return layer;
}

export interface SegmentSpec {
  src: string;
  dst: string;
  tcp: Omit<TcpLayer, 'payloadLength'>;
  payload: Uint8Array;
  app?: AppMessage;
  conn?: string;
}

/** Only the layers, for the trace: payload bytes stay inside the simulator. */
export function layersOf(p: SimPacket): PacketLayers {
  const out: PacketLayers = { ip: p.ip };
  if (p.tcp) out.tcp = p.tcp;
  if (p.udp) out.udp = p.udp;
  if (p.icmp) out.icmp = p.icmp;
  if (p.app) out.app = p.app;
  return out;
}

export type { IcmpLayer, UdpLayer };
