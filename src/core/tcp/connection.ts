/**
 * One TCP connection: the transmission control block and its state machine, after RFC 9293, with
 * retransmission after RFC 6298 and the choices a current Linux makes where the RFCs leave room.
 */
import { familyOf } from '../address.ts';
import { type Micros, SECOND, type TimerHandle } from '../clock.ts';
import type { SimPacket } from '../net/packet.ts';
import { ipLayer, tcpHeaderLength } from '../net/packet.ts';
import {
  type AppMessage,
  TCP_ACK,
  TCP_FIN,
  TCP_PSH,
  TCP_RST,
  TCP_SYN,
  type TcpLayer,
  type TcpOptions,
} from '../packet.ts';
import type { TcpState } from '../trace.ts';
import type { TcpConfig } from './config.ts';
import { seqAdd, seqDiff, seqGe, seqGt, seqInRange, seqLe, seqLt } from './seq.ts';

export interface Endpoint {
  address: string;
  port: number;
}

/** Why a connection ended, as an application sees it. */
export type CloseReason = 'closed' | 'reset' | 'refused' | 'timeout' | 'unreachable';

export interface TcpHandlers {
  /** The handshake completed: the connection can carry data. */
  onOpen?(conn: TcpConnection): void;
  onData?(data: Uint8Array, conn: TcpConnection): void;
  /** The peer sent FIN: no more data will come. */
  onPeerClose?(conn: TcpConnection): void;
  /** The connection is gone (closed, reset, refused or timed out). */
  onClose?(reason: CloseReason, conn: TcpConnection): void;
}

/** What a connection needs from the stack that owns it. */
export interface TcpContext {
  readonly config: TcpConfig;
  readonly nodeId: string;
  now(): Micros;
  after(delay: Micros, run: () => void): TimerHandle;
  output(packet: SimPacket): void;
  nextPacketId(): number;
  nextIpId(): number;
  stateChanged(conn: TcpConnection, from: TcpState, to: TcpState): void;
  /** The connection reached CLOSED and can be forgotten. */
  release(conn: TcpConnection): void;
  /** A passive connection completed its handshake. */
  established(conn: TcpConnection): void;
}

interface SendChunk {
  start: number;
  data: Uint8Array;
  app?: AppMessage;
  /** The last chunk of one write: its last segment carries PSH. */
  endOfWrite: boolean;
}

interface EmitExtra {
  options?: TcpOptions;
  app?: AppMessage;
  /** Repeats sequence space already sent, yet is no retransmission (the SYN-ACK of a simultaneous open). */
  fresh?: boolean;
}

interface Incoming {
  seq: number;
  flags: number;
  data: Uint8Array;
}

/**
 * RFC 6298 §5.7: when the handshake needed a retransmission and so gave no RTT sample, data transmission
 * starts with a 3 s RTO (Linux's TCP_TIMEOUT_FALLBACK).
 */
const RTO_AFTER_SYN_LOSS: Micros = 3 * SECOND;

/**
 * Linux's tcp_model_timeout(): how long `boundary` retransmissions last when the RTO starts at `base` and
 * doubles up to `max`. A connect() also gives up once this much time has passed since its first SYN.
 */
function modelTimeout(boundary: number, base: Micros, max: Micros): Micros {
  const threshold = Math.floor(Math.log2(max / base));
  if (boundary <= threshold) return ((2 << boundary) - 1) * base;
  return ((2 << threshold) - 1) * base + (boundary - threshold) * max;
}

const SYNCHRONISED: ReadonlySet<TcpState> = new Set([
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
]);

export class TcpConnection {
  state: TcpState;
  handlers: TcpHandlers = {};
  /** TCP_NODELAY: send small segments at once instead of waiting for the ACK of the last one (Nagle). */
  noDelay = false;
  /** Segments sent, for tests and statistics. */
  retransmissions = 0;

  // Send sequence space (RFC 9293 §3.3.1).
  readonly iss: number;
  sndUna: number;
  sndNxt: number;
  /** One past the highest sequence number ever sent: anything below it that goes out again is a retransmission. */
  sndMax: number;
  sndWnd = 0;
  private sndWl1 = 0;
  private sndWl2 = 0;
  private maxSndWnd = 0;
  /** Sequence number of the next byte the application will write. */
  private writeEnd: number;
  private sendQueue: SendChunk[] = [];
  private finQueued = false;
  private finSeq: number | null = null;
  /** End of the last sub-MSS segment sent (Minshall's variant of Nagle, as Linux uses). */
  private smallSentEnd: number | null = null;

  // Receive sequence space.
  irs = 0;
  rcvNxt = 0;
  private rcvRightEdge = 0;
  private readonly ooo = new Map<number, Incoming>();
  private unread: Uint8Array[] = [];
  private unreadBytes = 0;
  private reading = true;
  private peerFinReceived = false;

  // Timers and estimators.
  private rto: Micros;
  private srtt: Micros | null = null;
  private rttvar: Micros = 0;
  private rtoTimer: TimerHandle | null = null;
  private retries = 0;
  private timed: { seq: number; at: Micros } | null = null;
  private delAckTimer: TimerHandle | null = null;
  private ackPending = 0;
  /** Small pushed segments received since our last ACK (Linux's ICSK_ACK_PUSHED and PUSHED2). */
  private smallPending = 0;
  private quickAcks: number;
  /**
   * Interactive ("ping-pong") mode, as Linux keeps it: once this side answers data within the delayed-ACK
   * time, it expects to answer again and holds ACKs back to ride on the answer. Real FTP captures show it:
   * USER gets a bare ACK before 331, later commands get their reply with the ACK on it.
   */
  private pingpong = false;
  private lastDataReceivedAt: Micros | null = null;
  private persistTimer: TimerHandle | null = null;
  private persistBackoff = 0;
  private timeWaitTimer: TimerHandle | null = null;
  private finWait2Timer: TimerHandle | null = null;
  /** This side called connect(), which is also true of both sides of a simultaneous open. */
  private activeOpen = false;
  /** When our SYN (passive side: our SYN-ACK) first went out, for the handshake's RTT sample. */
  private handshakeSentAt: Micros | null = null;
  /** The SYN or SYN-ACK went out more than once: Karn's rule forbids an RTT sample from the handshake. */
  private handshakeRetransmitted = false;

  // Congestion control (RFC 5681) with NewReno fast recovery (RFC 6582).
  private cwnd: number;
  private ssthresh = 0x7fffffff;
  private dupAcks = 0;
  private inRecovery = false;
  /** The highest sequence number sent when the last loss was detected (RFC 6582's `recover`). */
  private recover: number;

  /** The peer's MSS from its SYN, and so the largest segment this side sends. */
  private peerMss = 536;
  private closedReported = false;
  private userClosed = false;

  constructor(
    private readonly ctx: TcpContext,
    readonly id: string,
    readonly local: Endpoint,
    readonly remote: Endpoint,
    initialState: TcpState,
    iss: number,
  ) {
    this.state = initialState;
    this.iss = iss >>> 0;
    this.sndUna = this.iss;
    this.sndNxt = this.iss;
    this.sndMax = this.iss;
    this.writeEnd = seqAdd(this.iss, 1);
    this.recover = this.iss;
    this.rto = ctx.config.initialRto;
    this.quickAcks = ctx.config.quickAcks;
    this.cwnd = ctx.config.initialCwnd * this.ownMss;
  }

  /** Our MSS: the MTU less IP and TCP headers. */
  get ownMss(): number {
    return this.ctx.config.mtu - (familyOf(this.local.address) === 6 ? 60 : 40);
  }

  get mss(): number {
    return Math.min(this.peerMss, this.ownMss);
  }

  /** Bytes written by the application and not yet acknowledged by the peer. */
  get unacknowledged(): number {
    return seqDiff(this.writeEnd, this.sndUna) - (seqGt(this.sndUna, this.iss) ? 0 : 1);
  }

  /** The window this side advertises now. */
  get receiveWindow(): number {
    return Math.max(0, Math.min(65535, seqDiff(this.rcvRightEdge, this.rcvNxt)));
  }

  get congestionWindow(): number {
    return this.cwnd;
  }

  // ── What the application calls ────────────────────────────────────────────

  /** Active open: sends SYN. */
  open(): void {
    this.activeOpen = true;
    this.sendSyn(false);
    this.setState('SYN-SENT');
    this.armRto();
  }

  /** Passive open, from a listener that received `syn`. */
  acceptSyn(syn: SimPacket): void {
    const tcp = syn.tcp as TcpLayer;
    this.irs = tcp.seq;
    this.rcvNxt = seqAdd(tcp.seq, 1);
    this.rcvRightEdge = seqAdd(this.rcvNxt, this.freeBuffer());
    this.takePeerOptions(tcp);
    this.sndWnd = tcp.window;
    this.maxSndWnd = tcp.window;
    this.sndWl1 = tcp.seq;
    this.setState('SYN-RECEIVED');
    this.sendSyn(true);
    this.armRto();
  }

  write(data: Uint8Array, app?: AppMessage): void {
    if (
      this.finQueued ||
      !(this.state === 'ESTABLISHED' || this.state === 'CLOSE-WAIT' || this.isOpening())
    ) {
      throw new Error(`cannot write on a connection in ${this.state}${this.finQueued ? ' after close' : ''}`);
    }
    if (data.length === 0) return;
    const chunk: SendChunk = { start: this.writeEnd, data, endOfWrite: true };
    if (app) chunk.app = app;
    this.sendQueue.push(chunk);
    this.writeEnd = seqAdd(this.writeEnd, data.length);
    if (SYNCHRONISED.has(this.state)) this.pump();
  }

  /** Orderly close: FIN after everything written. */
  close(): void {
    if (this.userClosed) return;
    this.userClosed = true;
    switch (this.state) {
      case 'SYN-SENT':
        this.finish('closed');
        return;
      case 'SYN-RECEIVED':
      case 'ESTABLISHED':
        this.finQueued = true;
        if (this.state === 'ESTABLISHED') {
          this.setState('FIN-WAIT-1');
          this.pump();
        }
        return;
      case 'CLOSE-WAIT':
        this.finQueued = true;
        this.setState('LAST-ACK');
        this.pump();
        return;
      default:
        return;
    }
  }

  /** Abortive close: RST now (SO_LINGER with a zero timeout). */
  abort(): void {
    if (SYNCHRONISED.has(this.state) || this.state === 'SYN-RECEIVED') {
      this.emit(TCP_RST | TCP_ACK, this.sndMax, new Uint8Array(0));
    }
    this.finish('reset');
  }

  /** Stops handing data to the application: the buffer fills and the advertised window shrinks. */
  pauseReading(): void {
    this.reading = false;
  }

  resumeReading(): void {
    this.reading = true;
    const before = this.receiveWindow;
    this.drainToApp();
    this.updateRightEdge();
    // A window that was closed, or much smaller, is announced at once so the sender need not wait for a probe.
    if (this.receiveWindow > before && (before === 0 || this.receiveWindow - before >= this.mss))
      this.sendAck();
  }

  // ── Segment arrival (RFC 9293 §3.10.7) ────────────────────────────────────

  receive(packet: SimPacket): void {
    const tcp = packet.tcp as TcpLayer;
    const seg: Incoming = { seq: tcp.seq, flags: tcp.flags, data: packet.payload };
    if (this.state === 'SYN-SENT') {
      this.receiveInSynSent(tcp);
      return;
    }
    if (this.state === 'TIME-WAIT') {
      this.receiveInTimeWait(seg);
      return;
    }
    // The peer's SYN again, before or with its ACK of ours. Its sequence number is RCV.NXT - 1, which the
    // acceptability test below would turn away, so it is looked at first.
    const synAgain =
      this.state === 'SYN-RECEIVED' && (seg.flags & (TCP_SYN | TCP_RST)) === TCP_SYN && seg.seq === this.irs;
    if (synAgain && !(seg.flags & TCP_ACK)) {
      // Our SYN-ACK was lost and the peer retransmitted its SYN: answer with the SYN-ACK again, as Linux does.
      this.resendSynAck();
      return;
    }
    // Simultaneous open (RFC 9293 figure 8): the peer's SYN-ACK acknowledges our SYN. Linux makes the same
    // exception to the acceptability test and to RFC 5961's challenge ACK.
    const simultaneousSynAck = synAgain && tcp.ack === this.sndNxt;
    if (!simultaneousSynAck) {
      if (!this.acceptable(seg)) {
        if (!(seg.flags & TCP_RST)) this.sendAck();
        return;
      }
      if (seg.flags & TCP_RST) {
        this.receiveReset(seg);
        return;
      }
      if (seg.flags & TCP_SYN) {
        // RFC 5961 §4: a SYN inside a synchronised connection gets a challenge ACK, never a reset.
        this.sendAck();
        return;
      }
    }
    if (!(seg.flags & TCP_ACK)) return;
    if (this.state === 'FIN-WAIT-2') this.armFinWait2();
    if (!this.processAck(tcp, seg)) return;
    if (this.isClosed) return;
    this.processData(seg);
    if (this.isClosed) return;
    // Our FIN was acknowledged by a segment that did not also bring the peer's FIN.
    if (this.state === 'FIN-WAIT-1' && this.ourFinAcked()) {
      this.setState('FIN-WAIT-2');
      this.armFinWait2();
    }
    this.pump();
  }

  /**
   * TIME-WAIT, as Linux handles it: a retransmitted FIN (or anything else but an exact bare ACK) is
   * acknowledged again and restarts the 2 MSL timer; an exact RST ends the wait, another RST is ignored.
   */
  private receiveInTimeWait(seg: Incoming): void {
    if (seg.flags & TCP_RST) {
      // Both sides had closed and all data had arrived: the reset only cuts the wait short (RFC 1337 calls
      // this TIME-WAIT assassination; Linux allows it unless net.ipv4.tcp_rfc1337 is set).
      if (seg.seq === this.rcvNxt) this.finish('closed');
      return;
    }
    const bareAck =
      seg.seq === this.rcvNxt &&
      seg.data.length === 0 &&
      !(seg.flags & (TCP_SYN | TCP_FIN)) &&
      (seg.flags & TCP_ACK) !== 0;
    if (bareAck) return;
    this.sendAck();
    // A SYN without ACK may be a new connection attempt, not a lost ACK: it does not restart the timer.
    if (seg.flags & TCP_ACK) this.enterTimeWait();
  }

  private receiveInSynSent(tcp: TcpLayer): void {
    const hasAck = (tcp.flags & TCP_ACK) !== 0;
    if (hasAck && (seqLe(tcp.ack, this.iss) || seqGt(tcp.ack, this.sndMax))) {
      if (!(tcp.flags & TCP_RST)) this.emit(TCP_RST, tcp.ack, new Uint8Array(0));
      return;
    }
    if (tcp.flags & TCP_RST) {
      if (hasAck) this.finish('refused');
      return;
    }
    if (!(tcp.flags & TCP_SYN)) return;
    this.irs = tcp.seq;
    this.rcvNxt = seqAdd(tcp.seq, 1);
    this.rcvRightEdge = seqAdd(this.rcvNxt, this.freeBuffer());
    this.takePeerOptions(tcp);
    if (hasAck) {
      this.handshakeDone();
      this.ackAdvanced(tcp.ack);
      this.sndWnd = tcp.window;
      this.maxSndWnd = tcp.window;
      this.sndWl1 = tcp.seq;
      this.sndWl2 = tcp.ack;
      this.setState('ESTABLISHED');
      this.sendAck();
      this.handlers.onOpen?.(this);
      this.pump();
    } else {
      // Simultaneous open (RFC 9293 §3.5, figure 8): both sides sent SYN. The SYN-ACK repeats our SYN but is
      // an answer, not a retransmission.
      this.setState('SYN-RECEIVED');
      this.emit(TCP_SYN | TCP_ACK, this.iss, new Uint8Array(0), {
        options: { mss: this.ownMss },
        fresh: true,
      });
      this.armRto();
    }
  }

  private acceptable(seg: Incoming): boolean {
    const len = seg.data.length + (seg.flags & TCP_SYN ? 1 : 0) + (seg.flags & TCP_FIN ? 1 : 0);
    const wnd = this.receiveWindow;
    const end = seqAdd(this.rcvNxt, wnd);
    if (len === 0) return wnd === 0 ? seg.seq === this.rcvNxt : seqInRange(seg.seq, this.rcvNxt, end);
    if (wnd === 0) return false;
    return seqInRange(seg.seq, this.rcvNxt, end) || seqInRange(seqAdd(seg.seq, len - 1), this.rcvNxt, end);
  }

  private receiveReset(seg: Incoming): void {
    if (seg.seq !== this.rcvNxt) {
      // RFC 5961 §3: a reset that is in the window but not exact may be forged; ask the peer to confirm.
      this.sendAck();
      return;
    }
    this.finish(this.state === 'SYN-RECEIVED' ? 'refused' : 'reset');
  }

  /** Returns false when the segment must be dropped. */
  private processAck(tcp: TcpLayer, seg: Incoming): boolean {
    if (this.state === 'SYN-RECEIVED') {
      if (seqLe(tcp.ack, this.sndUna) || seqGt(tcp.ack, this.sndMax)) {
        this.emit(TCP_RST, tcp.ack, new Uint8Array(0));
        return false;
      }
      this.handshakeDone();
      this.ackAdvanced(tcp.ack);
      this.sndWnd = tcp.window;
      this.maxSndWnd = Math.max(this.maxSndWnd, tcp.window);
      this.sndWl1 = seg.seq;
      this.sndWl2 = tcp.ack;
      this.setState(this.finQueued ? 'FIN-WAIT-1' : 'ESTABLISHED');
      this.ctx.established(this);
      this.handlers.onOpen?.(this);
      if (this.isClosed) return false;
    } else if (seqGt(tcp.ack, this.sndMax)) {
      this.sendAck();
      return false;
    } else if (seqGt(tcp.ack, this.sndUna)) {
      this.ackAdvanced(tcp.ack);
    } else if (
      tcp.ack === this.sndUna &&
      seg.data.length === 0 &&
      !(seg.flags & TCP_FIN) &&
      tcp.window === this.sndWnd &&
      seqGt(this.sndMax, this.sndUna)
    ) {
      this.duplicateAck();
    }
    // Window update (RFC 9293 §3.10.7.4, fifth check).
    if (seqLt(this.sndWl1, seg.seq) || (this.sndWl1 === seg.seq && seqLe(this.sndWl2, tcp.ack))) {
      const reopened = this.sndWnd === 0 && tcp.window > 0;
      this.sndWnd = tcp.window;
      this.maxSndWnd = Math.max(this.maxSndWnd, tcp.window);
      this.sndWl1 = seg.seq;
      this.sndWl2 = tcp.ack;
      if (reopened) this.stopPersist();
    }
    // In FIN-WAIT-1 an acknowledged FIN leads to FIN-WAIT-2 only after the segment's own FIN, if it has one,
    // has been looked at: FIN and ACK together go straight to TIME-WAIT (RFC 9293 §3.10.7.4, eighth step).
    if (this.state === 'CLOSING' && this.ourFinAcked()) this.enterTimeWait();
    if (this.state === 'LAST-ACK' && this.ourFinAcked()) {
      this.finish('closed');
      return false;
    }
    return true;
  }

  private ourFinAcked(): boolean {
    return this.finSeq !== null && seqGt(this.sndUna, this.finSeq);
  }

  /** The handshake is complete: its RTT is the first sample (RFC 6298 §2.2), unless Karn's rule forbids it. */
  private handshakeDone(): void {
    if (this.handshakeRetransmitted || this.retries > 0) {
      this.rto = RTO_AFTER_SYN_LOSS;
    } else if (this.handshakeSentAt !== null) {
      this.rttSample(this.ctx.now() - this.handshakeSentAt);
    }
  }

  private ackAdvanced(ack: number): void {
    // The SYN takes a sequence number but no room in the congestion window.
    const acked = seqDiff(ack, this.sndUna) - (this.sndUna === this.iss ? 1 : 0);
    this.sndUna = ack;
    if (seqLt(this.sndNxt, ack)) this.sndNxt = ack;
    while (this.sendQueue.length > 0) {
      const first = this.sendQueue[0] as SendChunk;
      const end = seqAdd(first.start, first.data.length);
      if (seqLe(end, ack)) {
        this.sendQueue.shift();
      } else {
        if (seqGt(ack, first.start)) {
          const cut = seqDiff(ack, first.start);
          first.data = first.data.subarray(cut);
          first.start = ack;
        }
        break;
      }
    }
    if (this.smallSentEnd !== null && seqGe(ack, this.smallSentEnd)) this.smallSentEnd = null;
    // Karn's algorithm: only a segment sent once gives an RTT sample.
    if (this.timed && seqGt(ack, this.timed.seq)) {
      this.rttSample(this.ctx.now() - this.timed.at);
      this.timed = null;
    }
    this.retries = 0;
    this.dupAcks = 0;
    if (this.inRecovery) {
      if (seqGe(ack, this.recover)) {
        // Full acknowledgement (RFC 6582 §3.2, step 3): recovery is over; deflate the window.
        this.inRecovery = false;
        this.cwnd = Math.min(this.ssthresh, Math.max(seqDiff(this.sndMax, ack), this.mss) + this.mss);
      } else {
        // Partial acknowledgement (step 4): the next hole was lost too. Resend it at once.
        this.retransmitAt(ack);
        this.cwnd = Math.max(this.mss, this.cwnd - acked + (acked >= this.mss ? this.mss : 0));
      }
    } else if (acked > 0) {
      if (this.cwnd < this.ssthresh) this.cwnd += Math.min(acked, this.mss);
      else this.cwnd += Math.max(1, Math.floor((this.mss * this.mss) / this.cwnd));
    }
    if (this.sndUna === this.sndMax) this.stopRto();
    else this.armRto(true);
  }

  private duplicateAck(): void {
    this.dupAcks++;
    if (this.inRecovery) {
      // Each further duplicate means one more segment has left the network (RFC 5681 §3.2, step 4).
      this.cwnd += this.mss;
      return;
    }
    // RFC 6582 §3.2 step 2: duplicates for data sent before the last loss was detected start no new recovery.
    if (this.dupAcks === 3 && seqGt(this.sndUna, this.recover)) {
      // Fast retransmit (RFC 5681 §3.2): three duplicates mean the segment at snd.una was lost; only it goes
      // again, and new data may follow as further duplicates arrive.
      const flight = seqDiff(this.sndMax, this.sndUna);
      this.ssthresh = Math.max(Math.floor(flight / 2), 2 * this.mss);
      this.recover = this.sndMax;
      this.inRecovery = true;
      this.retransmitAt(this.sndUna);
      this.cwnd = this.ssthresh + 3 * this.mss;
    }
  }

  private processData(seg: Incoming): void {
    const canReceive =
      this.state === 'ESTABLISHED' || this.state === 'FIN-WAIT-1' || this.state === 'FIN-WAIT-2';
    const hasFin = (seg.flags & TCP_FIN) !== 0;
    if (seg.data.length === 0 && !hasFin) return;
    if (!canReceive) {
      if (hasFin) this.receiveFinAgain();
      return;
    }
    let { seq, data } = seg;
    if (seqLt(seq, this.rcvNxt)) {
      const skip = seqDiff(this.rcvNxt, seq);
      if (skip >= data.length + (hasFin ? 1 : 0)) {
        // Entirely old: the ACK that covered it was lost. Say again where we are, at once.
        this.sendAck();
        return;
      }
      data = data.subarray(Math.min(skip, data.length));
      seq = this.rcvNxt;
    }
    // Bytes beyond the advertised window are not kept; a FIN after them must come again.
    const room = Math.max(0, this.receiveWindow - seqDiff(seq, this.rcvNxt));
    const truncated = data.length > room;
    if (truncated) data = data.subarray(0, room);
    const fin = hasFin && !truncated;
    if (seq !== this.rcvNxt) {
      this.ooo.set(seq, { seq, flags: fin ? TCP_FIN : 0, data });
      this.sendAck();
      return;
    }
    const hadGap = this.ooo.size > 0;
    const finBefore = this.peerFinReceived;
    this.accept(data, fin);
    this.drainOutOfOrder();
    // The kernel decides about the ACK before the application runs (it runs later, when woken), so a reply
    // the application writes at once still follows the ACK on the wire, as in a real capture.
    if (data.length > 0) this.lastDataReceivedAt = this.ctx.now();
    if (hadGap) this.sendAck();
    else if (this.peerFinReceived && !finBefore && this.state === 'CLOSE-WAIT') {
      // Linux holds the ACK of a FIN back: the application usually closes at once and the ACK rides on its
      // FIN, which is why captures show FIN,ACK answered by FIN,ACK.
      this.pingpong = true;
      this.delayAck();
    } else if (this.peerFinReceived) this.sendAck();
    else this.scheduleAck(data.length);
    this.drainToApp();
    if (this.peerFinReceived && !finBefore && !this.isClosed) this.handlers.onPeerClose?.(this);
  }

  private accept(data: Uint8Array, fin: boolean): void {
    if (data.length > 0) {
      this.rcvNxt = seqAdd(this.rcvNxt, data.length);
      this.unread.push(data);
      this.unreadBytes += data.length;
    }
    if (fin && !this.peerFinReceived) this.receiveFin();
  }

  private drainOutOfOrder(): void {
    for (;;) {
      let next: Incoming | undefined;
      for (const [seq, seg] of this.ooo) {
        if (seqLe(seq, this.rcvNxt)) {
          this.ooo.delete(seq);
          const skip = seqDiff(this.rcvNxt, seq);
          if (skip < seg.data.length || (skip === seg.data.length && seg.flags & TCP_FIN)) {
            next = { seq: this.rcvNxt, flags: seg.flags, data: seg.data.subarray(skip) };
            break;
          }
        }
      }
      if (!next) return;
      this.accept(next.data, (next.flags & TCP_FIN) !== 0);
    }
  }

  private drainToApp(): void {
    if (!this.reading || this.unreadBytes === 0) return;
    const chunks = this.unread;
    this.unread = [];
    this.unreadBytes = 0;
    for (const chunk of chunks) this.handlers.onData?.(chunk, this);
  }

  private freeBuffer(): number {
    return Math.max(0, this.ctx.config.receiveBuffer - this.unreadBytes);
  }

  /** Receiver-side silly-window avoidance (RFC 9293 §3.8.6.2.2): open the window only by useful amounts. */
  private updateRightEdge(): void {
    const candidate = seqAdd(this.rcvNxt, Math.min(65535, this.freeBuffer()));
    const growth = seqDiff(candidate, this.rcvRightEdge);
    if (growth >= Math.min(this.ctx.config.receiveBuffer / 2, this.mss)) this.rcvRightEdge = candidate;
  }

  private receiveFin(): void {
    this.peerFinReceived = true;
    this.rcvNxt = seqAdd(this.rcvNxt, 1);
    switch (this.state) {
      case 'ESTABLISHED':
        this.setState('CLOSE-WAIT');
        break;
      case 'FIN-WAIT-1':
        // Our FIN already acknowledged: straight to TIME-WAIT; otherwise both FINs crossed (simultaneous close).
        if (this.finSeq !== null && seqGt(this.sndUna, this.finSeq)) this.enterTimeWait();
        else this.setState('CLOSING');
        break;
      case 'FIN-WAIT-2':
        this.enterTimeWait();
        break;
      default:
        break;
    }
  }

  private receiveFinAgain(): void {
    // CLOSE-WAIT, CLOSING, LAST-ACK: the peer did not hear our ACK of its FIN.
    this.sendAck();
  }

  /**
   * Quick ACKs while the connection is not interactive; otherwise an ACK as soon as more than one
   * full-sized segment's worth of bytes waits for one (Linux's __tcp_ack_snd_check: rcv_nxt - rcv_wup >
   * rcv_mss), at the second small segment, or when the delayed-ACK timer fires.
   */
  private scheduleAck(bytes: number): void {
    this.ackPending += bytes;
    if (bytes < this.mss) this.smallPending++;
    if (!this.pingpong && this.quickAcks > 0) {
      this.quickAcks--;
      this.sendAck();
      return;
    }
    if (this.ackPending > this.mss || (this.pingpong && this.smallPending >= 2)) {
      this.sendAck();
      return;
    }
    this.delayAck();
  }

  private delayAck(): void {
    if (this.delAckTimer) return;
    this.delAckTimer = this.ctx.after(this.ctx.config.delayedAck, () => {
      this.delAckTimer = null;
      // A delayed ACK that had to fire means the answer did not come: leave interactive mode (as Linux does).
      this.pingpong = false;
      if (!this.isClosed) this.sendAck();
    });
  }

  // ── Sending ───────────────────────────────────────────────────────────────

  /** Sends whatever the windows allow: new data, retransmissions after a timeout, and a queued FIN. */
  private pump(): void {
    if (!(SYNCHRONISED.has(this.state) && this.state !== 'TIME-WAIT')) return;
    for (;;) {
      const inFlight = seqDiff(this.sndNxt, this.sndUna);
      const window = Math.min(this.sndWnd, this.cwnd);
      const unsent = seqDiff(this.writeEnd, this.sndNxt);
      if (unsent > 0) {
        const room = window - inFlight;
        if (room <= 0) {
          if (this.sndWnd === 0 && inFlight === 0) this.armPersist();
          return;
        }
        const len = Math.min(this.mss, unsent, room);
        const isLast = len === unsent;
        if (len < this.mss && !isLast && inFlight > 0) return;
        if (len < this.mss && this.smallSentEnd !== null && !this.finQueued && !this.noDelay && inFlight > 0)
          return;
        const fin = this.finQueued && isLast && this.finSeq === null;
        this.transmit(this.sndNxt, len, fin);
        continue;
      }
      if (this.finQueued && this.finSeq === null) {
        this.finSeq = this.writeEnd;
        this.emit(TCP_FIN | TCP_ACK, this.sndNxt, new Uint8Array(0));
        this.sndNxt = seqAdd(this.sndNxt, 1);
        this.noteSent();
        continue;
      }
      if (this.finSeq !== null && this.sndNxt === this.finSeq && seqLt(this.sndNxt, this.sndMax)) {
        // After a timeout rewound snd.nxt, the FIN goes again.
        this.emit(TCP_FIN | TCP_ACK, this.sndNxt, new Uint8Array(0));
        this.sndNxt = seqAdd(this.sndNxt, 1);
        this.noteSent();
      }
      return;
    }
  }

  /** Sends `len` bytes from `seq`, new or already sent, and the FIN after them when `fin` is set. */
  private transmit(seq: number, len: number, fin: boolean): void {
    const last = this.lastDataReceivedAt;
    if (last !== null && this.ctx.now() - last < this.ctx.config.delayedAck) this.pingpong = true;
    const { bytes, app, endsWrite } = this.collect(seq, len);
    let flags = TCP_ACK;
    if (endsWrite) flags |= TCP_PSH;
    if (fin) {
      flags |= TCP_FIN;
      this.finSeq = seqAdd(seq, len);
    }
    const extra: EmitExtra = {};
    if (app) extra.app = app;
    this.emit(flags, seq, bytes, extra);
    if (len < this.mss) this.smallSentEnd = seqAdd(seq, len);
    // Karn's algorithm: time only a segment sent for the first time, and none once anything went again.
    if (seqLt(seq, this.sndMax)) this.timed = null;
    else if (!this.timed) this.timed = { seq, at: this.ctx.now() };
    const end = seqAdd(seq, len + (fin ? 1 : 0));
    if (seqGt(end, this.sndNxt)) this.sndNxt = end;
    this.noteSent();
  }

  private noteSent(): void {
    if (seqGt(this.sndNxt, this.sndMax)) this.sndMax = this.sndNxt;
    if (!this.rtoTimer) this.armRto();
  }

  private collect(seq: number, len: number): { bytes: Uint8Array; app?: AppMessage; endsWrite: boolean } {
    const out = new Uint8Array(len);
    let filled = 0;
    let app: AppMessage | undefined;
    let endsWrite = false;
    for (const chunk of this.sendQueue) {
      if (filled === len) break;
      const chunkEnd = seqAdd(chunk.start, chunk.data.length);
      const from = seqAdd(seq, filled);
      if (seqLe(chunkEnd, from)) continue;
      const offset = seqDiff(from, chunk.start);
      const take = Math.min(len - filled, chunk.data.length - offset);
      out.set(chunk.data.subarray(offset, offset + take), filled);
      // A message is named on the segment that starts it; bulk data is named on every segment it fills.
      if (filled === 0 && chunk.app && (offset === 0 || chunk.app.kind === 'data')) app = chunk.app;
      filled += take;
      endsWrite = chunk.endOfWrite && offset + take === chunk.data.length;
    }
    const result: { bytes: Uint8Array; app?: AppMessage; endsWrite: boolean } = { bytes: out, endsWrite };
    if (app) result.app = app;
    return result;
  }

  private sendSyn(withAck: boolean): void {
    this.emit(withAck ? TCP_SYN | TCP_ACK : TCP_SYN, this.iss, new Uint8Array(0), {
      options: { mss: this.ownMss },
    });
    this.handshakeSentAt = this.ctx.now();
    this.sndNxt = seqAdd(this.iss, 1);
    if (seqGt(this.sndNxt, this.sndMax)) this.sndMax = this.sndNxt;
  }

  private resendSynAck(): void {
    this.handshakeRetransmitted = true;
    this.emit(TCP_SYN | TCP_ACK, this.iss, new Uint8Array(0), { options: { mss: this.ownMss } });
  }

  sendAck(): void {
    if (this.state === 'CLOSED' || this.state === 'LISTEN' || this.state === 'SYN-SENT') return;
    // The highest number sent, not snd.nxt: after a timeout snd.nxt steps back to resend, and an ACK numbered
    // below what the peer already holds would fail its acceptability test, so its news would be thrown away
    // (and the peer's answer to it likewise: an endless exchange of unacceptable ACKs).
    this.emit(TCP_ACK, this.sndMax, new Uint8Array(0));
  }

  private emit(flags: number, seq: number, payload: Uint8Array, extra: EmitExtra = {}): void {
    const { options, app } = extra;
    const withAck = (flags & TCP_ACK) !== 0;
    if (withAck) this.updateRightEdge();
    const carriesSequence = (flags & (TCP_SYN | TCP_FIN)) !== 0 || payload.length > 0;
    const retransmission = carriesSequence && !extra.fresh && seqLt(seq, this.sndMax);
    const tcp: TcpLayer = {
      srcPort: this.local.port,
      dstPort: this.remote.port,
      seq: seq >>> 0,
      ack: withAck ? this.rcvNxt >>> 0 : 0,
      flags,
      window: flags & TCP_RST ? 0 : this.receiveWindow || (withAck ? 0 : Math.min(65535, this.freeBuffer())),
      payloadLength: payload.length,
    };
    if (options) tcp.options = options;
    if (retransmission) {
      tcp.retransmission = true;
      this.retransmissions++;
    }
    const packet: SimPacket = {
      id: this.ctx.nextPacketId(),
      ip: ipLayer(
        this.local.address,
        this.remote.address,
        'tcp',
        tcpHeaderLength(tcp) + payload.length,
        64,
        this.ctx.nextIpId(),
      ),
      tcp,
      payload,
      conn: this.id,
    };
    if (app) packet.app = app;
    if (withAck) {
      this.ackPending = 0;
      this.smallPending = 0;
      this.delAckTimer?.cancel();
      this.delAckTimer = null;
    }
    this.ctx.output(packet);
  }

  // ── Timers ───────────────────────────────────────────────────────────────

  private armRto(restart = false): void {
    if (this.rtoTimer && !restart) return;
    this.rtoTimer?.cancel();
    this.rtoTimer = this.ctx.after(this.rto, () => {
      this.rtoTimer = null;
      this.onRetransmitTimeout();
    });
  }

  private stopRto(): void {
    this.rtoTimer?.cancel();
    this.rtoTimer = null;
  }

  private rttSample(r: Micros): void {
    // RFC 6298 §2.2 and §2.3, with alpha 1/8 and beta 1/4.
    if (this.srtt === null) {
      this.srtt = r;
      this.rttvar = r / 2;
    } else {
      this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - r);
      this.srtt = 0.875 * this.srtt + 0.125 * r;
    }
    const cfg = this.ctx.config;
    this.rto = Math.round(
      Math.min(cfg.maxRto, Math.max(cfg.minRto, this.srtt + Math.max(1000, 4 * this.rttvar))),
    );
  }

  get retransmitTimeout(): Micros {
    return this.rto;
  }

  private onRetransmitTimeout(): void {
    const cfg = this.ctx.config;
    this.timed = null;
    if (this.isOpening()) {
      if (this.handshakeExpired()) {
        this.finish('timeout');
        return;
      }
      this.retries++;
      this.handshakeRetransmitted = true;
      if (this.state === 'SYN-SENT')
        this.emit(TCP_SYN, this.iss, new Uint8Array(0), { options: { mss: this.ownMss } });
      else this.resendSynAck();
      // Linux keeps the RTO of the first tcp_syn_linear_timeouts SYN retransmissions at its initial value and
      // doubles it from the one after: SYNs at 0, 1, 2, 3, 4, 5, 7, 11 ... s. A SYN-ACK backs off at once.
      const linear = this.state === 'SYN-SENT' && this.retries <= cfg.linearSynTimeouts;
      if (!linear) this.rto = Math.min(this.rto * 2, cfg.maxRto);
      this.armRto(true);
      return;
    }
    if (this.retries >= cfg.dataRetries) {
      this.finish('timeout');
      return;
    }
    this.retries++;
    // RFC 6298 §5.4–5.6 and RFC 5681 §3.1: retransmit the earliest segment, back off, restart slow start.
    // ssthresh falls only at the first timeout of a segment; later ones find the flight already shrunk.
    if (this.retries === 1) {
      const flight = seqDiff(this.sndMax, this.sndUna);
      this.ssthresh = Math.max(Math.floor(flight / 2), 2 * this.mss);
    }
    this.cwnd = this.mss;
    this.inRecovery = false;
    this.recover = this.sndMax;
    this.dupAcks = 0;
    this.rto = Math.min(this.rto * 2, cfg.maxRto);
    this.sndNxt = this.sndUna;
    this.smallSentEnd = null;
    this.retransmitAt(this.sndUna);
    this.armRto(true);
  }

  /**
   * Whether a connection still opening gives up at this timeout, as Linux decides: a connect() after
   * tcp_syn_retries + tcp_syn_linear_timeouts retransmissions, or once the time tcp_syn_retries exponential
   * retransmissions would take has passed since the first SYN; a listener's half-open connection after
   * tcp_synack_retries retransmissions of its SYN-ACK.
   */
  private handshakeExpired(): boolean {
    const cfg = this.ctx.config;
    if (!this.activeOpen) return this.retries >= cfg.synAckRetries;
    const limit = this.state === 'SYN-SENT' ? cfg.synRetries + cfg.linearSynTimeouts : cfg.synRetries;
    if (this.retries >= limit) return true;
    const started = this.handshakeSentAt ?? this.ctx.now();
    return (
      this.retries > 0 && this.ctx.now() - started >= modelTimeout(cfg.synRetries, cfg.initialRto, cfg.maxRto)
    );
  }

  /** Sends again the segment that starts at `seq` (at most one MSS, with the FIN if it comes right after). */
  private retransmitAt(seq: number): void {
    const dataLeft = seqDiff(this.writeEnd, seq);
    if (dataLeft > 0) {
      const len = Math.min(this.mss, dataLeft);
      const fin = this.finSeq !== null && seqAdd(seq, len) === this.finSeq;
      this.transmit(seq, len, fin);
    } else if (this.finSeq !== null && seq === this.finSeq) {
      this.emit(TCP_FIN | TCP_ACK, seq, new Uint8Array(0));
      const end = seqAdd(seq, 1);
      if (seqGt(end, this.sndNxt)) this.sndNxt = end;
    }
  }

  private armPersist(): void {
    if (this.persistTimer) return;
    const cfg = this.ctx.config;
    const delay = Math.min(cfg.maxRto, Math.max(this.rto, cfg.minRto) * 2 ** this.persistBackoff);
    this.persistTimer = this.ctx.after(delay, () => {
      this.persistTimer = null;
      if (this.sndWnd !== 0 || this.state === 'CLOSED') return;
      // Linux's zero-window probe: an ACK with an old sequence number, which the peer must answer.
      this.emit(TCP_ACK, seqAdd(this.sndUna, -1), new Uint8Array(0));
      this.persistBackoff++;
      this.armPersist();
    });
  }

  private stopPersist(): void {
    this.persistTimer?.cancel();
    this.persistTimer = null;
    this.persistBackoff = 0;
  }

  /**
   * Linux drops a closed socket whose peer never sends its FIN after tcp_fin_timeout. Here close() still
   * lets data in (a half-close), so the timer measures silence: every segment that arrives starts it again,
   * and a peer still sending is never cut off.
   */
  private armFinWait2(): void {
    if (!this.userClosed) return;
    this.finWait2Timer?.cancel();
    this.finWait2Timer = this.ctx.after(this.ctx.config.finWait2Timeout, () => {
      if (this.state === 'FIN-WAIT-2') this.finish('timeout');
    });
  }

  private enterTimeWait(): void {
    if (this.state !== 'TIME-WAIT') this.setState('TIME-WAIT');
    this.stopRto();
    this.finWait2Timer?.cancel();
    this.timeWaitTimer?.cancel();
    this.timeWaitTimer = this.ctx.after(this.ctx.config.timeWait, () => this.finish('closed'));
  }

  // ── State ────────────────────────────────────────────────────────────────

  /** A callback may have closed the connection under our feet; TypeScript's narrowing cannot see that. */
  get isClosed(): boolean {
    return this.state === 'CLOSED';
  }

  private isOpening(): boolean {
    return this.state === 'SYN-SENT' || this.state === 'SYN-RECEIVED';
  }

  private takePeerOptions(tcp: TcpLayer): void {
    // RFC 9293 §3.7.1: without the option, the peer's MSS is 536 (IPv4) or 1220 (IPv6).
    this.peerMss = tcp.options?.mss ?? (familyOf(this.local.address) === 6 ? 1220 : 536);
    this.cwnd = this.ctx.config.initialCwnd * this.mss;
  }

  setState(to: TcpState): void {
    const from = this.state;
    if (from === to) return;
    this.state = to;
    this.ctx.stateChanged(this, from, to);
  }

  private finish(reason: CloseReason): void {
    this.stopRto();
    this.stopPersist();
    this.delAckTimer?.cancel();
    this.timeWaitTimer?.cancel();
    this.finWait2Timer?.cancel();
    this.setState('CLOSED');
    this.ctx.release(this);
    if (!this.closedReported) {
      this.closedReported = true;
      this.handlers.onClose?.(reason, this);
    }
  }

  /** Called by the stack when an ICMP error names this connection. */
  icmpError(hard: boolean): void {
    // Linux treats port-unreachable as a hard error only while connecting (RFC 1122 §4.2.3.9 allows this).
    if (this.state === 'SYN-SENT' && hard) this.finish('refused');
  }
}
