/** The TCP header and the options a learner meets in a handshake: MSS, window scale, SACK permitted, timestamps. */
import type { TcpLayer, TcpOptions } from '../core/packet.ts';
import { u8, u16, u32 } from './bytes.ts';

export interface TcpSegment {
  layer: TcpLayer;
  /** Where the payload starts in the frame. */
  payloadOffset: number;
}

function parseOptions(data: Uint8Array, start: number, end: number): TcpOptions | undefined {
  const options: TcpOptions = {};
  let found = false;
  let at = start;
  while (at < end) {
    const kind = u8(data, at);
    if (kind === 0) break;
    if (kind === 1) {
      at++;
      continue;
    }
    if (at + 1 >= end) break;
    const len = u8(data, at + 1);
    if (len < 2 || at + len > end) break;
    if (kind === 2 && len === 4) {
      options.mss = u16(data, at + 2);
      found = true;
    } else if (kind === 3 && len === 3) {
      options.windowScale = u8(data, at + 2);
      found = true;
    } else if (kind === 4 && len === 2) {
      options.sackPermitted = true;
      found = true;
    } else if (kind === 8 && len === 10) {
      options.timestamp = { value: u32(data, at + 2), echo: u32(data, at + 6) };
      found = true;
    }
    at += len;
  }
  return found ? options : undefined;
}

/**
 * `length` is the transport length the IP header gives; the payload length is what it leaves after the TCP
 * header, as Wireshark's `tcp.len` counts it, however much of it the capture kept.
 */
export function parseTcp(data: Uint8Array, offset: number, length: number): TcpSegment | undefined {
  if (data.length < offset + 20 || length < 20) return undefined;
  const headerLength = (u8(data, offset + 12) >> 4) * 4;
  if (headerLength < 20) return undefined;
  const layer: TcpLayer = {
    srcPort: u16(data, offset),
    dstPort: u16(data, offset + 2),
    seq: u32(data, offset + 4),
    ack: u32(data, offset + 8),
    flags: u8(data, offset + 13),
    window: u16(data, offset + 14),
    payloadLength: Math.max(0, length - headerLength),
  };
  const options = parseOptions(data, offset + 20, Math.min(offset + headerLength, data.length));
  if (options) layer.options = options;
  return { layer, payloadOffset: offset + headerLength };
}
