/**
 * The control connection of explicit FTPS (RFC 4217): plain FTP lines until `AUTH TLS` is answered with
 * 234, then the same lines inside TLS records on the same TCP connection.
 */
import type { Micros } from '../../clock.ts';
import type { AppMessage } from '../../packet.ts';
import type { TcpConnection } from '../../tcp/connection.ts';
import { TlsEndpoint, type TlsOptions } from '../tls/endpoint.ts';

export interface ChannelHandlers {
  onBytes(bytes: Uint8Array): void;
  onPeerClose?(): void;
  onClose?(): void;
}

export class ControlChannel {
  private tlsEndpoint: TlsEndpoint | null = null;

  constructor(
    readonly conn: TcpConnection,
    private readonly after: (delay: Micros, run: () => void) => void,
    private readonly handlers: ChannelHandlers,
  ) {
    conn.handlers = {
      ...conn.handlers,
      onData: (bytes) => handlers.onBytes(bytes),
      onPeerClose: () => handlers.onPeerClose?.(),
      onClose: () => handlers.onClose?.(),
    };
  }

  get tls(): TlsEndpoint | null {
    return this.tlsEndpoint;
  }

  get usable(): boolean {
    const s = this.conn.state;
    return s === 'ESTABLISHED' || s === 'CLOSE-WAIT';
  }

  /** Sends one FTP line: in clear before TLS, as one application data record after. */
  send(bytes: Uint8Array, message: AppMessage): void {
    if (!this.usable) return;
    if (this.tlsEndpoint) this.tlsEndpoint.write(bytes, message);
    else this.conn.write(bytes, message);
  }

  /** From here on every byte is TLS; `onSecure` runs when the handshake is over. */
  startTls(options: TlsOptions, onSecure: () => void): void {
    const tls = new TlsEndpoint(this.conn, this.after, options);
    tls.handlers = {
      onSecure,
      onData: (bytes) => this.handlers.onBytes(bytes),
      onPeerClose: () => this.handlers.onPeerClose?.(),
      onClose: () => this.handlers.onClose?.(),
    };
    this.tlsEndpoint = tls;
    tls.start();
  }
}
