/**
 * The layers of a packet as the trace records them: decoded header fields, not bytes, so that every view
 * (stage, ladder, inspector, TSV) reads the same truth. Both producers fill these: the simulator from what
 * it sends, the capture importer from what it dissects.
 */
import type { IpFamily } from './address.ts';

export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_PSH = 0x08;
export const TCP_ACK = 0x10;
export const TCP_URG = 0x20;
export const TCP_ECE = 0x40;
export const TCP_CWR = 0x80;

/** The order learners and the command line name flags in: `SYN,FIN,RST,PSH,ACK`. */
const FLAG_ORDER: Array<[number, string]> = [
  [TCP_SYN, 'SYN'],
  [TCP_FIN, 'FIN'],
  [TCP_RST, 'RST'],
  [TCP_PSH, 'PSH'],
  [TCP_ACK, 'ACK'],
  [TCP_URG, 'URG'],
  [TCP_ECE, 'ECE'],
  [TCP_CWR, 'CWR'],
];

export function flagNames(flags: number): string[] {
  return FLAG_ORDER.filter(([bit]) => (flags & bit) !== 0).map(([, name]) => name);
}

export function formatFlags(flags: number): string {
  return flagNames(flags).join(',');
}

export function parseFlags(text: string): number {
  if (text === '') return 0;
  let flags = 0;
  for (const name of text.split(',')) {
    const entry = FLAG_ORDER.find(([, n]) => n === name.trim().toUpperCase());
    if (!entry) throw new SyntaxError(`unknown TCP flag: ${name}`);
    flags |= entry[0];
  }
  return flags;
}

export type IpProtocol = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'other';

export interface IpLayer {
  version: IpFamily;
  src: string;
  dst: string;
  /** TTL (IPv4) or hop limit (IPv6). */
  ttl: number;
  protocol: IpProtocol;
  /** IPv4 identification; absent for IPv6. */
  id?: number;
  /** Length of the whole IP packet in bytes. */
  totalLength: number;
}

export interface TcpOptions {
  mss?: number;
  windowScale?: number;
  sackPermitted?: boolean;
  timestamp?: { value: number; echo: number };
}

export interface TcpLayer {
  srcPort: number;
  dstPort: number;
  /** Absolute 32-bit sequence number. */
  seq: number;
  /** Absolute 32-bit acknowledgement number (meaningful when ACK is set). */
  ack: number;
  flags: number;
  /** Window as advertised in the header (before scaling). */
  window: number;
  options?: TcpOptions;
  /** TCP payload length in bytes. */
  payloadLength: number;
  /** Set when the segment carries bytes already sent once. */
  retransmission?: boolean;
}

export interface UdpLayer {
  srcPort: number;
  dstPort: number;
  payloadLength: number;
}

export interface IcmpLayer {
  version: IpFamily;
  type: number;
  code: number;
  /**
   * A short English description (`port unreachable`, `echo request` ...) for tools that read the trace;
   * learners are shown the catalogs' words, chosen from the version, type and code.
   */
  description: string;
  /** For errors: the ports of the packet that caused it. */
  quoted?: { protocol: IpProtocol; src: string; dst: string; srcPort?: number; dstPort?: number };
}

/** An application-layer message, or the part of one that a packet carries. */
export type AppMessage = FtpCommandMessage | FtpReplyMessage | FtpDataMessage | GenericAppMessage;

export interface FtpCommandMessage {
  protocol: 'ftp';
  kind: 'command';
  command: string;
  argument: string;
  /** The line as sent, without CRLF (a password is kept, as a capture would show it). */
  text: string;
}

export interface FtpReplyMessage {
  protocol: 'ftp';
  kind: 'reply';
  code: number;
  text: string;
}

export interface FtpDataMessage {
  protocol: 'ftp-data';
  kind: 'data';
  /** The file this data belongs to, when known. */
  file?: string;
  text: string;
}

export interface GenericAppMessage {
  protocol: string;
  kind: string;
  text: string;
  fields?: Record<string, string | number | boolean>;
  /** The bytes are ciphertext: `text` is all an eavesdropper can tell (record or packet types, sizes). */
  encrypted?: boolean;
  /** What the two ends see once they have decrypted it: the FTP command, the SFTP request ... */
  inner?: AppMessage;
}

/** One packet as it crosses one link. */
export interface PacketLayers {
  ip: IpLayer;
  tcp?: TcpLayer;
  udp?: UdpLayer;
  icmp?: IcmpLayer;
  app?: AppMessage;
}
