/**
 * Following TCP conversations the way Wireshark does, so that the stream numbers, relative sequence numbers
 * and retransmission marks agree with it:
 * - a SYN (without ACK) whose sequence number differs from the conversation's base starts a new
 *   conversation on the same ports ("port numbers reused");
 * - a SYN+ACK with a new sequence number only moves its own direction's base;
 * - a segment that carries data, SYN or FIN and starts before the highest sequence number seen in its
 *   direction is a retransmission, unless it is a keep-alive, a zero-window probe, or arrives so soon
 *   after the highest one (within the handshake's round-trip time, or 3 ms) that it is only out of order.
 */
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN, type TcpLayer } from '../core/packet.ts';
import { seqGt, seqLe, seqLt } from '../core/tcp/seq.ts';

/**
 * Stands for "not seen yet" in the fields below, which otherwise hold 32-bit unsigned numbers (16-bit for
 * the window). A number rather than `undefined`, so that the engine keeps each field a plain number it
 * updates in place: these fields change with every packet.
 */
export const UNSET = -1;

export interface TcpDirection {
  /** The sequence number relative numbers count from (Wireshark's base_seq), or UNSET. */
  base: number;
  /** One past the highest sequence number seen (Wireshark's nextseq), or UNSET. */
  nextSeq: number;
  nextSeqTime: number;
  /** The acknowledgement number last sent in this direction; 0 stands for none. */
  lastAck: number;
  lastAckTime: number;
  /** The window last advertised, or UNSET. */
  window: number;
  dupAcks: number;
  /** The next byte the application stream expects, or UNSET. */
  streamNext: number;
}

export function newDirection(): TcpDirection {
  return {
    base: UNSET,
    nextSeq: UNSET,
    nextSeqTime: 0,
    lastAck: 0,
    lastAckTime: 0,
    window: UNSET,
    dupAcks: 0,
    streamNext: UNSET,
  };
}

export interface TcpTiming {
  /** When the most recent SYN was seen, in ns. */
  synTime?: number;
  /** The handshake round trip (SYN to the first pure ACK), in ns. */
  firstRtt?: number;
}

const OUT_OF_ORDER_DEFAULT_NS = 3_000_000;
const FAST_RETRANSMISSION_NS = 20_000_000;

/** True when a SYN on a known conversation means a new connection on the same ports. */
export function startsNewConversation(fwd: TcpDirection, tcp: TcpLayer): boolean {
  return (tcp.flags & (TCP_SYN | TCP_ACK)) === TCP_SYN && fwd.base !== UNSET && fwd.base !== tcp.seq;
}

/**
 * Updates both directions for one segment sent in `fwd`; returns true for a retransmission.
 * `time` is in nanoseconds since the first frame.
 */
export function analyzeSegment(
  fwd: TcpDirection,
  rev: TcpDirection,
  timing: TcpTiming,
  tcp: TcpLayer,
  time: number,
): boolean {
  const { seq, ack, flags, window } = tcp;
  const len = tcp.payloadLength;
  const syn = (flags & TCP_SYN) !== 0;
  const synFin = (flags & (TCP_SYN | TCP_FIN)) !== 0;
  const control = (flags & (TCP_SYN | TCP_FIN | TCP_RST)) !== 0;
  if (syn && (flags & TCP_ACK) !== 0 && fwd.base !== UNSET && fwd.base !== seq) fwd.base = seq;
  if (fwd.base === UNSET) fwd.base = syn ? seq : (seq - 1) >>> 0;
  if (rev.base === UNSET && (flags & TCP_ACK) !== 0) rev.base = (ack - 1) >>> 0;

  const next = fwd.nextSeq;
  const zeroWindowProbe = len === 1 && next !== UNSET && seq === next && rev.window === 0;
  const keepAlive = !zeroWindowProbe && len <= 1 && next !== UNSET && seq === (next - 1) >>> 0 && !control;
  if (
    !zeroWindowProbe &&
    len === 0 &&
    window !== 0 &&
    window === fwd.window &&
    seq === next &&
    ack === fwd.lastAck &&
    !control
  ) {
    fwd.dupAcks++;
  }
  if (ack !== fwd.lastAck) fwd.dupAcks = 0;

  let retransmission = false;
  if ((len > 0 || synFin) && !keepAlive) {
    let notAdvanced = next !== UNSET && seqLt(seq, next);
    if (len > 1 && next !== UNSET && (next - 1) >>> 0 === seq) notAdvanced = false;
    const threshold = timing.firstRtt ? timing.firstRtt : OUT_OF_ORDER_DEFAULT_NS;
    if (
      notAdvanced &&
      rev.dupAcks >= 2 &&
      rev.lastAck === seq &&
      time - rev.lastAckTime < FAST_RETRANSMISSION_NS
    ) {
      retransmission = true;
    } else if (notAdvanced && time - fwd.nextSeqTime < threshold && next !== (seq + len) >>> 0) {
      retransmission = false;
    } else if (len > 0 && rev.lastAck !== 0 && seqLe((seq + len) >>> 0, rev.lastAck)) {
      retransmission = true;
    } else if (notAdvanced) {
      retransmission = true;
    }
  }

  const end = (seq + len + (synFin ? 1 : 0)) >>> 0;
  if ((next === UNSET || seqGt(end, next)) && !zeroWindowProbe) {
    fwd.nextSeq = end;
    fwd.nextSeqTime = time;
  }
  fwd.window = window;
  fwd.lastAck = ack;
  fwd.lastAckTime = time;

  if (syn && (flags & TCP_ACK) === 0) timing.synTime = time;
  if (
    (flags & (TCP_SYN | TCP_ACK)) === TCP_ACK &&
    timing.synTime !== undefined &&
    timing.firstRtt === undefined
  ) {
    timing.firstRtt = time - timing.synTime;
  }
  return retransmission;
}

export interface Delivery {
  /** The new bytes, in stream order. */
  bytes: Uint8Array;
  /** Bytes before these were never seen. */
  gapBefore: boolean;
  /** The segment began inside bytes already seen (its new part is in `bytes`). */
  overlap: boolean;
  /** The capture cut the segment short: bytes after these are missing. */
  gapAfter: boolean;
}

/**
 * The part of a segment's payload the application stream has not had yet. Returns undefined when the
 * segment brings nothing new (a pure ACK, or a retransmitted copy).
 */
export function deliver(dir: TcpDirection, tcp: TcpLayer, payload: Uint8Array): Delivery | undefined {
  const syn = (tcp.flags & TCP_SYN) !== 0;
  const start = syn ? (tcp.seq + 1) >>> 0 : tcp.seq;
  if (syn) dir.streamNext = start;
  const len = tcp.payloadLength;
  if (len === 0) return undefined;
  const end = (start + len) >>> 0;
  if (dir.streamNext === UNSET) dir.streamNext = start;
  const expected = dir.streamNext;
  if (seqLe(end, expected)) return undefined;
  const overlap = seqLt(start, expected);
  const skip = overlap ? (expected - start) >>> 0 : 0;
  dir.streamNext = end;
  return {
    bytes: payload.subarray(Math.min(skip, payload.length)),
    gapBefore: seqGt(start, expected),
    overlap,
    gapAfter: payload.length < len,
  };
}
