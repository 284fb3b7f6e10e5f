/**
 * The FTP helper of a NAT router, after Linux's nf_nat_ftp. A client behind the router announces its own
 * private address in PORT or EPRT; the helper writes the router's public address and a port it reserves
 * in the command instead, so that the server's data connection reaches the router and can be sent on.
 *
 * The new text may be longer or shorter than the old, which shifts every later byte of the control
 * connection: the helper remembers the shift per direction and corrects the sequence numbers of later
 * segments, and the acknowledgement numbers of the other direction, exactly as nf_conntrack_seqadj does.
 */
import { familyOf } from '../address.ts';
import { formatEprt, formatHostPort, parseCommand } from '../apps/ftp/protocol.ts';
import {
  announcesSender,
  type FtpAddressLine,
  findFtpAddresses,
  latin1,
  latin1Bytes,
} from '../firewall/ftp.ts';
import type { SimPacket } from '../net/packet.ts';
import { TCP_ACK, type TcpLayer } from '../packet.ts';
import { seqAdd, seqGt } from '../tcp/seq.ts';

/** One direction's correction: segments after `correctionPos` move by `offsetAfter`, earlier ones by `offsetBefore`. */
export interface SeqAdjust {
  correctionPos: number;
  offsetBefore: number;
  offsetAfter: number;
}

export function newSeqAdjust(): SeqAdjust {
  return { correctionPos: 0, offsetBefore: 0, offsetAfter: 0 };
}

/** Notes that the segment starting at `seq` grew by `delta` bytes (nf_ct_seqadj_set). */
export function noteResize(way: SeqAdjust, seq: number, delta: number): void {
  if (delta === 0) return;
  // A retransmission of a segment already rewritten changes nothing: its position is not after the last one.
  if (way.offsetBefore === way.offsetAfter || seqGt(seq, way.correctionPos)) {
    way.correctionPos = seq >>> 0;
    way.offsetBefore = way.offsetAfter;
    way.offsetAfter += delta;
  }
}

/**
 * A segment's numbers as the receiver must see them (nf_ct_seq_adjust): its sequence number moved by the
 * changes made before it in its own direction, its acknowledgement number moved back by the changes made
 * in the other direction.
 */
export function adjustSegment(tcp: TcpLayer, own: SeqAdjust, other: SeqAdjust): TcpLayer {
  const seqOff = seqGt(tcp.seq, own.correctionPos) ? own.offsetAfter : own.offsetBefore;
  let ack = tcp.ack;
  if (tcp.flags & TCP_ACK) {
    const ackOff = seqGt(seqAdd(tcp.ack, -other.offsetBefore), other.correctionPos)
      ? other.offsetAfter
      : other.offsetBefore;
    ack = seqAdd(tcp.ack, -ackOff);
  }
  const seq = seqAdd(tcp.seq, seqOff);
  if (seq === tcp.seq && ack === tcp.ack) return tcp;
  return { ...tcp, seq, ack };
}

export interface FtpRewrite {
  before: string;
  after: string;
  /** The client's own address and port, as it announced them. */
  inside: { address: string; port: number };
  /** The public port the router reserved for the data connection. */
  publicPort: number;
}

/**
 * Rewrites the PORT and EPRT commands of one client segment. `reserve` picks a public port for an
 * announced one, or returns null when none is free; such a command is left as it was.
 */
export function rewriteFtpCommands(
  packet: SimPacket,
  client: string,
  publicAddress: string,
  reserve: (inside: { address: string; port: number }) => number | null,
): { packet: SimPacket; rewrites: FtpRewrite[]; delta: number } | null {
  const found = findFtpAddresses(packet.payload, 'client').filter(
    (f) =>
      f.address !== undefined &&
      familyOf(f.address) === familyOf(publicAddress) &&
      announcesSender(f, client),
  );
  if (found.length === 0) return null;
  const rewrites: FtpRewrite[] = [];
  const pieces: Array<{ line: FtpAddressLine; arg: string }> = [];
  for (const line of found) {
    const inside = { address: line.address as string, port: line.port };
    const publicPort = reserve(inside);
    if (publicPort === null) continue;
    const where = { address: publicAddress, port: publicPort };
    const arg = line.kind === 'PORT' ? formatHostPort(where) : formatEprt(where);
    const text = latin1(packet.payload);
    const after = text.slice(line.lineStart, line.argStart) + arg + text.slice(line.argEnd, line.lineEnd);
    rewrites.push({ before: line.line, after, inside, publicPort });
    pieces.push({ line, arg });
  }
  if (pieces.length === 0) return null;
  // Build the new payload from the unchanged stretches and the new address texts.
  const old = packet.payload;
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const { line, arg } of pieces) {
    parts.push(old.subarray(at, line.argStart), latin1Bytes(arg));
    at = line.argEnd;
  }
  parts.push(old.subarray(at));
  const length = parts.reduce((n, p) => n + p.length, 0);
  const payload = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    payload.set(p, o);
    o += p.length;
  }
  const delta = payload.length - old.length;
  const tcp = packet.tcp as TcpLayer;
  const out: SimPacket = {
    ...packet,
    ip: { ...packet.ip, totalLength: packet.ip.totalLength + delta },
    tcp: { ...tcp, payloadLength: payload.length },
    payload,
  };
  // The application message describes the first line of the segment: follow it if it was rewritten.
  const first = rewrites[0] as FtpRewrite;
  const app = packet.app;
  const startsSegment = pieces[0]?.line.lineStart === 0;
  if (app ? app.protocol === 'ftp' && app.kind === 'command' && app.text === first.before : startsSegment) {
    out.app = parseCommand(first.after);
  }
  return { packet: out, rewrites, delta };
}
