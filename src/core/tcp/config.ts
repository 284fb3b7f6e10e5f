import { MS, type Micros, SECOND } from '../clock.ts';

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
  /** SYN retransmissions before giving up (net.ipv4.tcp_syn_retries). */
  synRetries: number;
  /** SYN-ACK retransmissions before giving up (net.ipv4.tcp_synack_retries). */
  synAckRetries: number;
  /** Data retransmissions before giving up (net.ipv4.tcp_retries2). */
  dataRetries: number;
  /** How many SYN retransmissions wait the initial RTO without doubling (net.ipv4.tcp_syn_linear_timeouts). */
  linearSynTimeouts: number;
  /** TIME-WAIT lasts 60 s on Linux (2 MSL with an MSL of 30 s). */
  timeWait: Micros;
  /** An orphaned FIN-WAIT-2 is dropped after this (net.ipv4.tcp_fin_timeout). */
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
