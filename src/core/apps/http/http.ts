/**
 * HTTP/1.1 file download (RFC 9112): one TCP connection to port 80, a GET per file on the same
 * persistent connection, each answered with 200 and a Content-Length. What a browser does to save a file.
 */
import type { Micros } from '../../clock.ts';
import type { Host } from '../../net/host.ts';
import type { GenericAppMessage } from '../../packet.ts';
import type { TcpConnection } from '../../tcp/connection.ts';

export const HTTP_PORT = 80;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function message(kind: 'request' | 'response', text: string): GenericAppMessage {
  return { protocol: 'http', kind, text };
}

export class HttpServer {
  constructor(
    private readonly host: Host,
    private readonly files: ReadonlyMap<string, Uint8Array>,
    private readonly replyDelay: Micros = 200,
  ) {}

  start(port = HTTP_PORT): void {
    this.host.tcp.listen(port, (conn) => {
      let pending = '';
      conn.noDelay = true;
      conn.handlers.onData = (bytes) => {
        pending += decoder.decode(bytes);
        for (;;) {
          const end = pending.indexOf('\r\n\r\n');
          if (end < 0) return;
          const head = pending.slice(0, end);
          pending = pending.slice(end + 4);
          this.host.sim.clock.after(this.replyDelay, () => this.answer(conn, head));
        }
      };
      conn.handlers.onPeerClose = () => conn.close();
    });
  }

  private answer(conn: TcpConnection, head: string): void {
    if (conn.isClosed || conn.state !== 'ESTABLISHED') return;
    const [method = '', target = ''] = (head.split('\r\n')[0] ?? '').split(' ');
    const body = method === 'GET' ? this.files.get(target.replace(/^\//, '')) : undefined;
    const status = body ? '200 OK' : method === 'GET' ? '404 Not Found' : '405 Method Not Allowed';
    const content = body ?? encoder.encode(`${status}\n`);
    const header = `HTTP/1.1 ${status}\r\nServer: nginx\r\nContent-Type: text/plain\r\nContent-Length: ${content.length}\r\n\r\n`;
    const bytes = new Uint8Array(header.length + content.length);
    bytes.set(encoder.encode(header));
    bytes.set(content, header.length);
    conn.write(bytes, message('response', `HTTP/1.1 ${status}`));
  }
}

export interface HttpDownload {
  server: string;
  files: string[];
  hostName: string;
}

/** Downloads each file in turn on one connection, then closes it. */
export class HttpClient {
  readonly received = new Map<string, Uint8Array>();

  constructor(
    private readonly host: Host,
    private readonly options: HttpDownload,
  ) {}

  start(): void {
    const files = [...this.options.files];
    let buffer = new Uint8Array(0);
    let current: string | undefined;
    const conn = this.host.tcp.connect({
      remote: { address: this.options.server, port: HTTP_PORT },
      purpose: 'http',
      label: 'http',
      handlers: {
        onOpen: () => next(),
        onData: (bytes) => {
          const joined = new Uint8Array(buffer.length + bytes.length);
          joined.set(buffer);
          joined.set(bytes, buffer.length);
          buffer = joined;
          const text = decoder.decode(buffer);
          const end = text.indexOf('\r\n\r\n');
          if (end < 0) return;
          const length = Number(/content-length:\s*(\d+)/i.exec(text.slice(0, end))?.[1] ?? 0);
          const bodyStart = encoder.encode(text.slice(0, end + 4)).length;
          if (buffer.length < bodyStart + length) return;
          if (current) this.received.set(current, buffer.slice(bodyStart, bodyStart + length));
          buffer = buffer.slice(bodyStart + length);
          next();
        },
        onPeerClose: (c) => c.close(),
      },
    });
    const next = () => {
      current = files.shift();
      if (current === undefined) {
        conn.close();
        return;
      }
      const request = `GET /${current} HTTP/1.1\r\nHost: ${this.options.hostName}\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n`;
      conn.write(encoder.encode(request), message('request', `GET /${current} HTTP/1.1`));
    };
  }
}
