import { type Micros, MS, SECOND } from '../clock.ts';

/**
 * The knobs of the TCP model. Defaults follow a current Linux (6.x) where the RFCs leave a choice, because
 * learners compare what they see with Wireshark on their own machines.
 */
export interface TcpConfig {
  /** Initial retransmission timeout (RFC 6298 §2.1: 1 s). */
  initialRto: Micros;
  /** Linux's floor (TCP_RTO_MIN); RFC 6298 suggests 1 s, real stacks use 200 ms. */
  minRto: Micros;
  maxRto: Micros;
  /**
   * net.ipv4.tcp_syn_retries. As in Linux, a connect() gives up after `synRetries + linearSynTimeouts` SYN
   * retransmissions, or earlier once the time `synRetries` doubling timeouts would take has passed.
   */
  synRetries: number;
  /** SYN-ACK retransmissions before giving up (net.ipv4.tcp_synack_retries). */
  synAckRetries: number;
  /** Data retransmissions before giving up (net.ipv4.tcp_retries2). */
  dataRetries: number;
  /**
   * net.ipv4.tcp_syn_linear_timeouts (Linux 6.5 and later): the first SYN timeouts that do not double the RTO.
   * Linux also adds them to `synRetries`, so a connect() sends up to `synRetries + linearSynTimeouts`
   * retransmissions: at 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s by default, and gives up at 131 s.
   */
  linearSynTimeouts: number;
  /** TIME-WAIT lasts 60 s on Linux (2 MSL with an MSL of 30 s). */
  timeWait: Micros;
  /**
   * A closed connection in FIN-WAIT-2 that hears nothing from its peer for this long is dropped
   * (net.ipv4.tcp_fin_timeout, which Linux applies to sockets the application has closed).
   */
  finWait2Timeout: Micros;
  /** Delayed-ACK timer (Linux's minimum, TCP_DELACK_MIN). */
  delayedAck: Micros;
  /** Segments acknowledged at once at the start of a connection (Linux's quick-ACK mode). */
  quickAcks: number;
  /** Receive buffer in bytes: the largest window this side advertises. */
  receiveBuffer: number;
  /** Initial congestion window in segments (RFC 6928, Linux default 10). */
  initialCwnd: number;
  /** Link MTU the MSS is derived from. */
  mtu: number;
  /** Ephemeral port range (net.ipv4.ip_local_port_range). */
  ephemeralLow: number;
  ephemeralHigh: number;
  /**
   * For tests only: every connection of the host starts at this initial sequence number instead of a random
   * one, so that a test can put the numbers just below 2^32 and watch them wrap. Absent in real use.
   */
  fixedIss?: number;
}

export const LINUX_DEFAULTS: TcpConfig = {
  initialRto: SECOND,
  minRto: 200 * MS,
  maxRto: 120 * SECOND,
  synRetries: 6,
  synAckRetries: 5,
  dataRetries: 15,
  linearSynTimeouts: 4,
  timeWait: 60 * SECOND,
  finWait2Timeout: 60 * SECOND,
  delayedAck: 40 * MS,
  quickAcks: 16,
  receiveBuffer: 65535,
  initialCwnd: 10,
  mtu: 1500,
  ephemeralLow: 32768,
  ephemeralHigh: 60999,
};
