/**
 * One frame to the decoded layers the trace records, plus the transport payload bytes the application
 * parsers need. Frames that hold no IP packet give `undefined`.
 */
import type { AppMessage, IpLayer, PacketLayers } from '../core/packet.ts';
import type { CaptureFrame } from './frame.ts';
import { ipProtocol, parseIcmp } from './icmp.ts';
import { type IpPacket, parseIpv4, parseIpv6 } from './ip.ts';
import { networkLayer } from './link.ts';
import { parseTcp } from './tcp.ts';
import { parseUdp } from './udp.ts';

export interface DissectedPacket extends PacketLayers {
  /** The transport payload as captured: may be shorter than the length the headers give. */
  payload: Uint8Array;
  /** Part of a fragmented IP packet: its payload is not a whole transport message. */
  fragmented: boolean;
}

/** The payload of a packet without one: shared, as nothing writes into a payload. */
const EMPTY = new Uint8Array(0);

function fragmentNote(ip: IpPacket, offset: number): AppMessage {
  return {
    protocol: 'ip',
    kind: 'fragment',
    text: `IPv${ip.version} fragment at offset ${offset} (${ip.payloadLength} bytes)`,
    fields: { offset, more: ip.fragment?.more ?? false },
  };
}

export function dissectFrame(frame: CaptureFrame): DissectedPacket | undefined {
  const data = frame.data;
  const net = networkLayer(frame.linkType, data);
  if (net.kind === 'other') return undefined;
  const reported = frame.originalLength - net.offset;
  const ip =
    net.kind === 'ipv4' ? parseIpv4(data, net.offset, reported) : parseIpv6(data, net.offset, reported);
  if (!ip) return undefined;
  const layer: IpLayer = {
    version: ip.version,
    src: ip.src,
    dst: ip.dst,
    ttl: ip.ttl,
    protocol: ipProtocol(ip.protocol, ip.version),
    totalLength: ip.totalLength,
  };
  if (ip.id !== undefined) layer.id = ip.id;
  const packet: DissectedPacket = { ip: layer, payload: EMPTY, fragmented: ip.fragment !== undefined };
  // A later fragment starts in the middle of the transport payload: there is no header to decode.
  if (ip.fragment && ip.fragment.offset > 0) {
    packet.app = fragmentNote(ip, ip.fragment.offset);
    return packet;
  }
  const at = ip.payloadOffset;
  const end = Math.min(data.length, at + ip.payloadLength);
  switch (layer.protocol) {
    case 'tcp': {
      const seg = parseTcp(data, at, ip.payloadLength);
      if (seg) {
        packet.tcp = seg.layer;
        packet.payload = data.subarray(Math.min(seg.payloadOffset, end), end);
      }
      break;
    }
    case 'udp': {
      const dgram = parseUdp(data, at, ip.payloadLength, ip.fragment !== undefined);
      if (dgram) {
        packet.udp = dgram.layer;
        packet.payload = data.subarray(Math.min(dgram.payloadOffset, end), end);
      }
      break;
    }
    case 'icmp':
    case 'icmpv6': {
      const icmp = parseIcmp(data, at, ip.payloadLength, ip.version);
      if (icmp) packet.icmp = icmp;
      break;
    }
    default:
      break;
  }
  return packet;
}
