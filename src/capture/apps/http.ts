/**
 * HTTP/1.x (RFC 9112): the request and status lines, with bodies framed by Content-Length, chunked
 * transfer coding or the end of the connection, so that the next message on a kept-alive connection is
 * found. A message is reported on the packet that carries its last byte, as Wireshark does; bodies are
 * counted, never kept.
 */
import type { AppMessage } from '../../core/packet.ts';
import { LineReader } from './lines.ts';
import { type AppSession, startsWith } from './session.ts';

const METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE'];
const MAX_TEXT = 200;
const MAX_HEADER_LINES = 200;
const MAX_PENDING_REQUESTS = 64;

export function looksLikeHttpRequest(bytes: Uint8Array): boolean {
  return METHODS.some((m) => startsWith(bytes, `${m} `));
}

export function looksLikeHttpResponse(bytes: Uint8Array): boolean {
  return startsWith(bytes, 'HTTP/1.');
}

type Body =
  | { kind: 'none' }
  | { kind: 'length'; remaining: number }
  | { kind: 'chunked' }
  | { kind: 'until-close' };

interface Head {
  first: string;
  contentLength?: number;
  chunked: boolean;
}

function short(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

class HttpDirection {
  private readonly lines = new LineReader(16384);
  private state: 'head' | 'body' | 'chunk-size' | 'chunk-data' | 'chunk-crlf' | 'trailer' | 'lost' = 'head';
  private head: Head | undefined;
  private headerLines = 0;
  private remaining = 0;
  private pending: AppMessage | undefined;

  constructor(
    private readonly isRequest: boolean,
    /** Request methods waiting for their responses: a response to HEAD has no body. */
    private readonly methods: string[],
  ) {}

  push(bytes: Uint8Array): AppMessage[] {
    const out: AppMessage[] = [];
    if (
      this.state === 'lost' &&
      (this.isRequest ? looksLikeHttpRequest(bytes) : looksLikeHttpResponse(bytes))
    ) {
      // After a gap, a segment that starts a new message gives the framing back.
      this.lines.reset();
      this.head = undefined;
      this.state = 'head';
    }
    let data = bytes;
    let at = 0;
    let guard = 0;
    while (this.state !== 'lost' && guard++ < 100000) {
      if (this.state === 'body' || this.state === 'chunk-data') {
        if (at >= data.length) break;
        const take = Math.min(this.remaining, data.length - at);
        at += take;
        this.remaining -= take;
        if (this.remaining > 0) break;
        if (this.state === 'chunk-data') this.state = 'chunk-crlf';
        else this.finish(out);
        continue;
      }
      // The other states read lines: hand the rest of the bytes to the line reader.
      if (at < data.length) {
        this.lines.feed(data.subarray(at));
        data = new Uint8Array(0);
        at = 0;
      }
      const line = this.lines.next();
      if (line === undefined) break;
      this.line(line, out);
      if (this.readsBytes()) {
        data = this.lines.rest();
        at = 0;
      }
    }
    return out;
  }

  /** Read through a method: handling a line may have moved the state on. */
  private readsBytes(): boolean {
    return this.state === 'body' || this.state === 'chunk-data';
  }

  private line(line: string, out: AppMessage[]): void {
    switch (this.state) {
      case 'head':
        if (!this.head) {
          if (line === '') return;
          const ok = this.isRequest
            ? METHODS.some((m) => line.startsWith(`${m} `))
            : line.startsWith('HTTP/');
          if (!ok) {
            this.state = 'lost';
            return;
          }
          this.head = { first: line, chunked: false };
          this.headerLines = 0;
          return;
        }
        if (line === '') {
          this.startBody(out);
          return;
        }
        if (++this.headerLines > MAX_HEADER_LINES) {
          this.state = 'lost';
          return;
        }
        this.header(line);
        return;
      case 'chunk-size': {
        const size = Number.parseInt(line.split(';')[0]?.trim() ?? '', 16);
        if (!Number.isFinite(size) || size < 0) {
          this.state = 'lost';
          return;
        }
        if (size === 0) this.state = 'trailer';
        else {
          this.remaining = size;
          this.state = 'chunk-data';
        }
        return;
      }
      case 'chunk-crlf':
        this.state = 'chunk-size';
        return;
      case 'trailer':
        if (line === '') this.finish(out);
        return;
      default:
        return;
    }
  }

  private header(line: string): void {
    const colon = line.indexOf(':');
    if (colon < 0 || !this.head) return;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length' && /^\d+$/.test(value)) this.head.contentLength = Number(value);
    if (name === 'transfer-encoding' && value.toLowerCase().includes('chunked')) this.head.chunked = true;
  }

  private startBody(out: AppMessage[]): void {
    const head = this.head as Head;
    const body = this.bodyKind(head);
    this.pending = this.message(head);
    if (body.kind === 'none') this.finish(out);
    else if (body.kind === 'length') {
      this.remaining = body.remaining;
      this.state = 'body';
    } else if (body.kind === 'chunked') this.state = 'chunk-size';
    else {
      this.remaining = Number.POSITIVE_INFINITY;
      this.state = 'body';
    }
  }

  private bodyKind(head: Head): Body {
    if (this.isRequest) {
      const method = head.first.split(' ')[0] ?? '';
      this.methods.push(method);
      // Responses that never come must not make the queue grow without end.
      if (this.methods.length > MAX_PENDING_REQUESTS) this.methods.shift();
      if (head.chunked) return { kind: 'chunked' };
      return head.contentLength ? { kind: 'length', remaining: head.contentLength } : { kind: 'none' };
    }
    const status = Number(head.first.split(' ')[1]);
    // An interim response (100 Continue) does not answer the request: the real response follows.
    const method = status >= 100 && status < 200 ? this.methods[0] : this.methods.shift();
    if (method === 'HEAD' || (status >= 100 && status < 200) || status === 204 || status === 304)
      return { kind: 'none' };
    if (head.chunked) return { kind: 'chunked' };
    if (head.contentLength !== undefined) {
      return head.contentLength === 0 ? { kind: 'none' } : { kind: 'length', remaining: head.contentLength };
    }
    return { kind: 'until-close' };
  }

  private message(head: Head): AppMessage {
    const parts = head.first.split(' ');
    if (this.isRequest) {
      return {
        protocol: 'http',
        kind: 'request',
        text: short(head.first),
        fields: { method: parts[0] ?? '', uri: short(parts[1] ?? '') },
      };
    }
    return {
      protocol: 'http',
      kind: 'response',
      text: short(head.first),
      fields: { status: Number(parts[1]) || 0 },
    };
  }

  private finish(out: AppMessage[]): void {
    if (this.pending) out.push(this.pending);
    this.pending = undefined;
    this.head = undefined;
    this.state = 'head';
  }

  /** The connection closed: a body that runs until the close is complete now. */
  end(): AppMessage[] {
    const out: AppMessage[] = [];
    if (this.state === 'body' && this.remaining === Number.POSITIVE_INFINITY) this.finish(out);
    return out;
  }

  gap(): void {
    this.lines.reset();
    this.state = 'lost';
    this.pending = undefined;
  }
}

export class HttpSession implements AppSession {
  private readonly methods: string[] = [];
  private readonly sides = [new HttpDirection(true, this.methods), new HttpDirection(false, this.methods)];

  data(fromClient: boolean, bytes: Uint8Array): AppMessage[] {
    return (this.sides[fromClient ? 0 : 1] as HttpDirection).push(bytes);
  }

  gap(fromClient: boolean): void {
    (this.sides[fromClient ? 0 : 1] as HttpDirection).gap();
  }

  end(fromClient: boolean): AppMessage[] {
    return (this.sides[fromClient ? 0 : 1] as HttpDirection).end();
  }
}
