/**
 * FTP (RFC 959) control connections, with the extended commands of RFC 2428 and TLS of RFC 4217. Lines are
 * reassembled across segments; a message is reported on the packet that carries its line's last byte.
 *
 * Like Wireshark's `ftp.request.command` and `ftp.response.code`, which look at the first line of each
 * segment, a packet's message is the one its first complete line belongs to. The lines of one multi-line
 * reply are joined by newlines, as the simulator writes them; other messages completed by the same packet
 * are added to the first one's text after ` | ` (by the importer). A line of a multi-line reply that
 * starts a packet without a reply code is a `{ protocol: 'ftp', kind: 'text' }` message, because
 * Wireshark shows no code for it either.
 *
 * PORT, EPRT, PASV (227) and EPSV (229) announce the data connection that follows; the next transfer
 * command (RETR, STOR, LIST ...) names what it carries.
 */
import type { AppMessage, FtpCommandMessage, FtpDataMessage } from '../../core/packet.ts';
import type { ConnectionEvent } from '../../core/trace.ts';
import { LineReader } from './lines.ts';
import type { AppSession } from './session.ts';
import { looksLikeTls, TlsSession } from './tls.ts';

export interface Endpoint {
  address: string;
  port: number;
}

/** A data connection announced on a control connection. */
export interface DataChannel {
  /** The control connection's id. */
  control: string;
  /** The endpoint that will accept the data connection. */
  listener: Endpoint;
  /** The two hosts of the control connection: a NAT may have rewritten the announced address. */
  hosts: [string, string];
  command?: string;
  argument?: string;
  /** The data connection, once it is seen. */
  connection?: ConnectionEvent;
}

export interface FtpContext {
  control: ConnectionEvent;
  /** Registers a data connection to expect. */
  expect(channel: DataChannel): void;
}

const TRANSFER = new Set(['RETR', 'STOR', 'STOU', 'APPE', 'LIST', 'NLST', 'MLSD']);
const LISTING = new Set(['LIST', 'NLST', 'MLSD']);
const MAX_WAITING = 16;

export function dataLabel(channel: DataChannel): string | undefined {
  if (!channel.command) return undefined;
  if (LISTING.has(channel.command)) return 'data listing';
  return `data ${channel.argument || channel.command}`;
}

/** An FTP greeting from a server on any port; SMTP greets with 220 too and is told apart by name. */
export function looksLikeFtpGreeting(bytes: Uint8Array, serverPort: number): boolean {
  if ([25, 465, 587, 2525].includes(serverPort) || bytes.length < 4) return false;
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 128)));
  return /^220[ -]/.test(head) && !/smtp/i.test(head);
}

const CODE_LINE = /^(\d{3})([ -]|$)/;

function parsePort(arg: string): Endpoint | undefined {
  const m = /(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(arg);
  if (!m) return undefined;
  const n = m.slice(1).map(Number);
  if (n.some((x) => x > 255)) return undefined;
  return { address: n.slice(0, 4).join('.'), port: (n[4] as number) * 256 + (n[5] as number) };
}

function parseEprt(arg: string): Endpoint | undefined {
  const d = arg[0];
  if (!d) return undefined;
  const parts = arg.split(d);
  const address = parts[2];
  const port = Number(parts[3]);
  if (!address || !Number.isInteger(port) || port <= 0 || port > 65535) return undefined;
  return { address: address.toLowerCase(), port };
}

function parseEpsv(text: string): number | undefined {
  const m = /\(([!-~])\1\1(\d{1,5})\1\)/.exec(text);
  const port = m ? Number(m[2]) : Number.NaN;
  return port > 0 && port <= 65535 ? port : undefined;
}

export class FtpSession implements AppSession {
  private readonly lines = [new LineReader(), new LineReader()];
  /** The code of a multi-line reply in progress. */
  private multi: number | undefined;
  private authRequested = false;
  private tls: TlsSession | undefined;
  /** Announced data connections that no transfer command has used yet. */
  private waiting: DataChannel[] = [];
  /** The reply message the current packet is building, to which further lines of a reply are added. */
  private current: AppMessage | undefined;

  constructor(private readonly ctx: FtpContext) {}

  data(fromClient: boolean, bytes: Uint8Array): AppMessage[] {
    if (this.tls) return this.tls.data(fromClient, bytes);
    const reader = this.lines[fromClient ? 0 : 1] as LineReader;
    reader.feed(bytes);
    const out: AppMessage[] = [];
    this.current = undefined;
    for (let line = reader.next(); line !== undefined; line = reader.next()) {
      if (fromClient) out.push(this.command(line));
      else this.reply(line, out);
      const tls = this.tlsStarted();
      if (tls) {
        // The bytes after `234` are the TLS handshake.
        const client = (this.lines[0] as LineReader).rest();
        const server = (this.lines[1] as LineReader).rest();
        if (client.length > 0) tls.data(true, client);
        out.push(...tls.data(fromClient, fromClient ? client : server));
        break;
      }
    }
    return out;
  }

  /** Read through a method: a reply handled in the loop may have started TLS. */
  private tlsStarted(): TlsSession | undefined {
    return this.tls;
  }

  gap(fromClient: boolean): void {
    if (this.tls) this.tls.gap(fromClient);
    else (this.lines[fromClient ? 0 : 1] as LineReader).reset();
  }

  end(): AppMessage[] {
    return [];
  }

  private command(line: string): FtpCommandMessage {
    const sp = line.indexOf(' ');
    const token = sp < 0 ? line : line.slice(0, sp);
    const argument = sp < 0 ? '' : line.slice(sp + 1);
    const command = token.toUpperCase();
    if (command === 'PORT' || command === 'EPRT') {
      const listener = command === 'PORT' ? parsePort(argument) : parseEprt(argument);
      if (listener) this.announce(listener);
    } else if (command === 'AUTH' && /^(TLS|SSL|TLS-C|TLS-P)$/i.test(argument.trim())) {
      this.authRequested = true;
    } else if (TRANSFER.has(command)) {
      const channel = this.waiting.shift();
      if (channel) {
        channel.command = command;
        channel.argument = argument;
        const label = dataLabel(channel);
        if (channel.connection && label) channel.connection.label = label;
      }
    }
    return { protocol: 'ftp', kind: 'command', command, argument, text: line };
  }

  private reply(line: string, out: AppMessage[]): void {
    const m = CODE_LINE.exec(line);
    const code = m ? Number(m[1]) : undefined;
    if (this.multi === undefined) {
      if (code === undefined) {
        this.push(out, { protocol: 'ftp', kind: 'text', text: line });
        return;
      }
      if (m?.[2] === '-') this.multi = code;
      this.push(out, { protocol: 'ftp', kind: 'reply', code, text: line });
      if (this.multi === undefined) this.replyDone(code, line);
      return;
    }
    const current = this.current;
    if (current && current.protocol === 'ftp' && (current.kind === 'reply' || current.kind === 'text')) {
      current.text = `${current.text}\n${line}`;
    } else if (code !== undefined) {
      this.push(out, { protocol: 'ftp', kind: 'reply', code, text: line });
    } else {
      this.push(out, { protocol: 'ftp', kind: 'text', text: line });
    }
    if (code === this.multi && m?.[2] !== '-') {
      this.multi = undefined;
      this.replyDone(code, line);
    }
  }

  private push(out: AppMessage[], message: AppMessage): void {
    out.push(message);
    this.current = message;
  }

  private replyDone(code: number, line: string): void {
    const control = this.ctx.control;
    if (code === 227) {
      const listener = parsePort(line);
      if (listener) this.announce(listener);
    } else if (code === 229) {
      const port = parseEpsv(line);
      if (port !== undefined) this.announce({ address: control.server.address, port });
    } else if (code === 234 && this.authRequested) {
      this.tls = new TlsSession();
    }
  }

  private announce(listener: Endpoint): void {
    const control = this.ctx.control;
    const channel: DataChannel = {
      control: control.conn,
      listener,
      hosts: [control.client.address, control.server.address],
    };
    this.waiting.push(channel);
    if (this.waiting.length > MAX_WAITING) this.waiting.shift();
    this.ctx.expect(channel);
  }
}

/** An FTP data connection: its bytes are the file (or listing), or TLS records after `PROT P`. */
export class FtpDataSession implements AppSession {
  private decided = false;
  private tls: TlsSession | undefined;

  constructor(private readonly channel: DataChannel) {}

  data(fromClient: boolean, bytes: Uint8Array): AppMessage[] {
    if (!this.decided) {
      this.decided = true;
      if (looksLikeTls(bytes)) this.tls = new TlsSession();
    }
    if (this.tls) return this.tls.data(fromClient, bytes);
    if (bytes.length === 0) return [];
    const c = this.channel;
    // Named as the simulator names them: the file, or `listing` for a directory listing.
    const file =
      c.command === undefined ? undefined : LISTING.has(c.command) ? 'listing' : c.argument || undefined;
    const message: FtpDataMessage = {
      protocol: 'ftp-data',
      kind: 'data',
      text: `${file ?? 'data'} len=${bytes.length}`,
    };
    if (file) message.file = file;
    return [message];
  }

  gap(fromClient: boolean): void {
    this.tls?.gap(fromClient);
  }

  end(): AppMessage[] {
    return [];
  }
}
