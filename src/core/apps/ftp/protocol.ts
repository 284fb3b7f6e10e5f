/**
 * FTP's wire format (RFC 959, RFC 2428): command and reply lines, and the address encodings of PORT, PASV,
 * EPRT and EPSV. Shared by the simulated client and server and by the capture dissector.
 */
import { canonicalIp, familyOf } from '../../address.ts';
import type { FtpCommandMessage, FtpReplyMessage } from '../../packet.ts';

export const FTP_CONTROL_PORT = 21;
export const FTP_ACTIVE_DATA_PORT = 20;

export function parseCommand(line: string): FtpCommandMessage {
  const text = line.replace(/\r?\n$/, '');
  const space = text.indexOf(' ');
  const command = (space < 0 ? text : text.slice(0, space)).toUpperCase();
  const argument = space < 0 ? '' : text.slice(space + 1);
  return { protocol: 'ftp', kind: 'command', command, argument, text };
}

export function command(name: string, argument = ''): FtpCommandMessage {
  const text = argument ? `${name} ${argument}` : name;
  return { protocol: 'ftp', kind: 'command', command: name, argument, text };
}

/** A reply line: `226 Transfer complete.`; a line that starts `226-` opens a multi-line reply. */
export function parseReply(line: string): FtpReplyMessage | null {
  const text = line.replace(/\r?\n$/, '');
  const m = /^(\d{3})([ -])/.exec(text);
  if (!m) return null;
  return { protocol: 'ftp', kind: 'reply', code: Number(m[1]), text };
}

export function reply(code: number, message: string): FtpReplyMessage {
  return { protocol: 'ftp', kind: 'reply', code, text: `${code} ${message}` };
}

export function encodeLine(text: string): Uint8Array {
  return new TextEncoder().encode(`${text}\r\n`);
}

export interface HostPort {
  address: string;
  port: number;
}

/** `h1,h2,h3,h4,p1,p2` as PORT and the 227 reply carry it (RFC 959 §4.1.2). */
export function formatHostPort({ address, port }: HostPort): string {
  return `${address.split('.').join(',')},${port >> 8},${port & 0xff}`;
}

export function parseHostPort(text: string): HostPort | null {
  const m = /(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(text);
  if (!m) return null;
  const n = m.slice(1).map(Number);
  if (n.some((x) => x > 255)) return null;
  return { address: `${n[0]}.${n[1]}.${n[2]}.${n[3]}`, port: (n[4] as number) * 256 + (n[5] as number) };
}

/** `|1|192.0.2.1|50000|` or `|2|2001:db8::1|50000|` (RFC 2428 §2). */
export function formatEprt({ address, port }: HostPort): string {
  return `|${familyOf(address) === 6 ? 2 : 1}|${address}|${port}|`;
}

export function parseEprt(text: string): HostPort | null {
  const d = text.trim().charAt(0);
  if (!d) return null;
  const parts = text.trim().split(d);
  // "|1|addr|port|" splits into ['', '1', addr, port, ''].
  if (parts.length !== 5) return null;
  const [, af, addr = '', port] = parts;
  if (af !== '1' && af !== '2') return null;
  const p = Number(port);
  if (!Number.isInteger(p) || p < 1 || p > 65535) return null;
  try {
    const address = canonicalIp(addr);
    if ((af === '1') !== (familyOf(address) === 4)) return null;
    return { address, port: p };
  } catch {
    return null;
  }
}

/** The port of a 229 reply: `229 Entering Extended Passive Mode (|||40001|)`. */
export function parseEpsvReply(text: string): number | null {
  const m = /\((.)\1\1(\d{1,5})\1\)/.exec(text);
  if (!m) return null;
  const p = Number(m[2]);
  return p >= 1 && p <= 65535 ? p : null;
}

/** Splits a byte stream into CRLF-terminated lines, however TCP cut it into segments. */
export class LineReader {
  private pending = '';
  private readonly decoder = new TextDecoder();

  push(bytes: Uint8Array): string[] {
    this.pending += this.decoder.decode(bytes, { stream: true });
    const lines: string[] = [];
    for (;;) {
      const i = this.pending.indexOf('\n');
      if (i < 0) break;
      lines.push(this.pending.slice(0, i).replace(/\r$/, ''));
      this.pending = this.pending.slice(i + 1);
    }
    return lines;
  }
}

/** Collects the lines of one reply, multi-line ones included (RFC 959 §4.2). */
export class ReplyReader {
  private readonly lines = new LineReader();
  private open: { code: string; lines: string[] } | null = null;

  push(bytes: Uint8Array): FtpReplyMessage[] {
    const out: FtpReplyMessage[] = [];
    for (const line of this.lines.push(bytes)) {
      if (this.open) {
        this.open.lines.push(line);
        if (line.startsWith(`${this.open.code} `)) {
          out.push({
            protocol: 'ftp',
            kind: 'reply',
            code: Number(this.open.code),
            text: this.open.lines.join('\n'),
          });
          this.open = null;
        }
        continue;
      }
      const r = parseReply(line);
      if (!r) continue;
      if (line.charAt(3) === '-') this.open = { code: line.slice(0, 3), lines: [line] };
      else out.push(r);
    }
    return out;
  }
}
