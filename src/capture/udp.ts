/** The UDP header. */
import type { UdpLayer } from '../core/packet.ts';
import { u16 } from './bytes.ts';

export interface UdpDatagram {
  layer: UdpLayer;
  payloadOffset: number;
}

/** `fragmented`: the IP packet is the first fragment, so the datagram is longer than what this packet holds. */
export function parseUdp(
  data: Uint8Array,
  offset: number,
  length: number,
  fragmented = false,
): UdpDatagram | undefined {
  if (data.length < offset + 8 || length < 8) return undefined;
  const field = u16(data, offset + 4);
  // The UDP length field is what Wireshark reports; an impossible one falls back to the IP header's.
  const udpLength = field >= 8 && (field <= length || fragmented) ? field : length;
  return {
    layer: { srcPort: u16(data, offset), dstPort: u16(data, offset + 2), payloadLength: udpLength - 8 },
    payloadOffset: offset + 8,
  };
}
