/**
 * What an FTP helper reads on a control connection, as Linux's nf_conntrack_ftp does: the PORT and EPRT
 * commands of the client and the 227 and 229 replies of the server, which announce the next data connection.
 * Only whole cleartext lines inside one segment are understood; anything else (a line cut in two, an
 * encrypted control connection after AUTH TLS) is simply not recognised.
 */
import { canonicalIp, familyOf } from '../address.ts';
import { FTP_CONTROL_PORT, parseEprt, parseEpsvReply, parseHostPort } from '../apps/ftp/protocol.ts';

export const FTP_HELPER_PORTS: readonly number[] = [FTP_CONTROL_PORT];

export interface FtpAddressLine {
  kind: 'PORT' | 'EPRT' | '227' | '229';
  /** The line as text, without CR LF. */
  line: string;
  /** Byte offsets of the line in the payload (end excludes CR LF). */
  lineStart: number;
  lineEnd: number;
  /** Byte offsets of the address and port text, the part a NAT rewrites. */
  argStart: number;
  argEnd: number;
  /** The announced address; absent when the line gives only a port (229): then it is the sender's. */
  address?: string;
  port: number;
}

/** Bytes as Latin-1 text: one character per byte, so that text offsets are byte offsets. */
export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

const PORT_ARG = /^(\s*)(\d{1,3},\d{1,3},\d{1,3},\d{1,3},\d{1,3},\d{1,3})\s*$/;
const HOST_PORT = /\d{1,3},\d{1,3},\d{1,3},\d{1,3},\d{1,3},\d{1,3}/;

/**
 * The address-carrying lines of one segment. `from` says who sent it: the client's commands and the
 * server's replies are looked for, never the other way round.
 */
export function findFtpAddresses(payload: Uint8Array, from: 'client' | 'server'): FtpAddressLine[] {
  const text = latin1(payload);
  const out: FtpAddressLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    const lineEnd = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line = text.slice(start, lineEnd);
    const found = from === 'client' ? commandAddress(line, start) : replyAddress(line, start);
    if (found) out.push(found);
    start = nl + 1;
  }
  return out;
}

function commandAddress(line: string, lineStart: number): FtpAddressLine | null {
  const verb = line.slice(0, 5).toUpperCase();
  const arg = line.slice(5);
  if (verb === 'PORT ') {
    const m = PORT_ARG.exec(arg);
    const hp = m ? parseHostPort(m[2] as string) : null;
    if (!m || !hp || hp.port === 0) return null;
    const argStart = lineStart + 5 + (m[1] as string).length;
    return {
      kind: 'PORT',
      line,
      lineStart,
      lineEnd: lineStart + line.length,
      argStart,
      argEnd: argStart + (m[2] as string).length,
      address: hp.address,
      port: hp.port,
    };
  }
  if (verb === 'EPRT ') {
    const hp = parseEprt(arg);
    if (!hp) return null;
    return {
      kind: 'EPRT',
      line,
      lineStart,
      lineEnd: lineStart + line.length,
      argStart: lineStart + 5,
      argEnd: lineStart + line.length,
      address: hp.address,
      port: hp.port,
    };
  }
  return null;
}

function replyAddress(line: string, lineStart: number): FtpAddressLine | null {
  const base = { line, lineStart, lineEnd: lineStart + line.length };
  if (/^227[ -]/.test(line)) {
    const m = HOST_PORT.exec(line.slice(4));
    const hp = m ? parseHostPort(m[0]) : null;
    if (!m || !hp || hp.port === 0) return null;
    const argStart = lineStart + 4 + m.index;
    return {
      kind: '227',
      ...base,
      argStart,
      argEnd: argStart + m[0].length,
      address: hp.address,
      port: hp.port,
    };
  }
  if (/^229[ -]/.test(line)) {
    const port = parseEpsvReply(line);
    if (port === null) return null;
    return { kind: '229', ...base, argStart: base.lineEnd, argEnd: base.lineEnd, port };
  }
  return null;
}

/** Whether an announced address is the sender's own: the helper ignores announcements for third parties. */
export function announcesSender(found: FtpAddressLine, sender: string): boolean {
  if (found.address === undefined) return true;
  if (familyOf(found.address) !== familyOf(sender)) return false;
  return canonicalIp(found.address) === canonicalIp(sender);
}
