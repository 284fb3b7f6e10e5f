/**
 * An explicit FTPS client that says what Python's ftplib.FTP_TLS says: `AUTH TLS` after the greeting,
 * the TLS handshake, USER and PASS inside it, `PBSZ 0` and `PROT P` (prot_p), TYPE I, then for each file
 * PASV or PORT and RETR, and QUIT. On every data connection it is the TLS client, whichever side opened the
 * TCP connection (RFC 4217 §7), and it starts the handshake once the 150 reply has come. It reads the file
 * until the server's close_notify, answers with its own (ssl unwrap) and closes the socket.
 */
import { familyOf } from '../../address.ts';
import type { Micros } from '../../clock.ts';
import type { Host } from '../../net/host.ts';
import type { FtpCommandMessage, FtpReplyMessage } from '../../packet.ts';
import type { TcpConnection } from '../../tcp/connection.ts';
import type { Listener } from '../../tcp/stack.ts';
import {
  command,
  encodeLine,
  FTP_CONTROL_PORT,
  formatEprt,
  formatHostPort,
  type HostPort,
  parseEpsvReply,
  parseHostPort,
  ReplyReader,
} from '../ftp/protocol.ts';
import { concatBytes } from '../tls/bytes.ts';
import { TlsEndpoint, type TlsOptions, type TlsVersion } from '../tls/endpoint.ts';
import { ControlChannel } from './channel.ts';

export interface FtpsClientOptions {
  server: string;
  port?: number;
  user: string;
  password: string;
  mode: 'active' | 'passive';
  files: string[];
  /** The highest TLS version the client offers. */
  tls?: TlsVersion;
  thinkTime?: Micros;
}

export interface FtpsClientResult {
  received: Map<string, Uint8Array>;
  failed: string[];
  replies: FtpReplyMessage[];
  /** The TLS version the control connection settled on. */
  tlsVersion: TlsVersion | null;
  finished: boolean;
}

type Waiter = (r: FtpReplyMessage) => void;

export class FtpsClient {
  readonly result: FtpsClientResult = {
    received: new Map(),
    failed: [],
    replies: [],
    tlsVersion: null,
    finished: false,
  };
  private channel: ControlChannel | null = null;
  private readonly replies = new ReplyReader();
  private waiting: Waiter | null = null;
  private readonly thinkTime: Micros;
  private dataCount = 0;

  constructor(
    private readonly host: Host,
    private readonly options: FtpsClientOptions,
  ) {
    this.thinkTime = options.thinkTime ?? 100;
  }

  private after = (delay: Micros, run: () => void): void => {
    this.host.sim.clock.after(delay, run);
  };

  private tlsOptions(label: string): TlsOptions {
    return {
      role: 'client',
      maxVersion: this.options.tls ?? '1.3',
      rng: this.host.sim.rng.fork(`tls:${this.host.id}:${label}`),
    };
  }

  start(): void {
    const { sim } = this.host;
    sim.recorder.record({
      type: 'action',
      t: sim.clock.now,
      node: this.host.id,
      action: 'ftp-download-start',
      params: { mode: this.options.mode, files: this.options.files.length, tls: this.options.tls ?? '1.3' },
    });
    this.waiting = (greeting) => this.afterGreeting(greeting);
    const conn = this.host.tcp.connect({
      remote: { address: this.options.server, port: this.options.port ?? FTP_CONTROL_PORT },
      purpose: 'ftp-control',
      label: 'control',
    });
    this.channel = new ControlChannel(conn, this.after, {
      onBytes: (bytes) => {
        for (const r of this.replies.push(bytes)) {
          this.result.replies.push(r);
          const w = this.waiting;
          this.waiting = null;
          w?.(r);
        }
      },
      onPeerClose: () => conn.close(),
    });
  }

  private get control(): ControlChannel {
    if (!this.channel) throw new Error('FTPS client is not connected');
    return this.channel;
  }

  private ask(cmd: FtpCommandMessage, then: Waiter): void {
    this.after(this.thinkTime, () => {
      const c = this.control;
      if (!c.usable || c.conn.state === 'CLOSE-WAIT') return;
      this.waiting = then;
      c.send(encodeLine(cmd.text), cmd);
    });
  }

  private afterGreeting(r: FtpReplyMessage): void {
    if (r.code !== 220) {
      this.quit();
      return;
    }
    this.ask(command('AUTH', 'TLS'), (a) => {
      if (a.code !== 234) {
        this.quit();
        return;
      }
      this.control.startTls(this.tlsOptions('control'), () => {
        this.result.tlsVersion = this.control.tls?.version ?? null;
        this.login();
      });
    });
  }

  private login(): void {
    this.ask(command('USER', this.options.user), (u) => {
      if (u.code === 230) {
        this.protect();
        return;
      }
      if (u.code !== 331) {
        this.quit();
        return;
      }
      this.ask(command('PASS', this.options.password), (p) =>
        p.code === 230 ? this.protect() : this.quit(),
      );
    });
  }

  /** ftplib's prot_p(): a zero buffer size (TLS does its own framing), then a private data channel. */
  private protect(): void {
    this.ask(command('PBSZ', '0'), (b) => {
      if (b.code !== 200) {
        this.quit();
        return;
      }
      this.ask(command('PROT', 'P'), (p) => {
        if (p.code !== 200) {
          this.quit();
          return;
        }
        this.ask(command('TYPE', 'I'), () => this.fetch(0));
      });
    });
  }

  private fetch(index: number): void {
    const file = this.options.files[index];
    if (file === undefined) {
      this.quit();
      return;
    }
    const next = () => this.fetch(index + 1);
    if (this.options.mode === 'passive') this.fetchPassive(file, next);
    else this.fetchActive(file, next);
  }

  /** The TLS client on a data connection: handshake, the file, close_notify both ways, then the socket closes. */
  private receive(data: TcpConnection, file: string, onEnd: () => void): void {
    const tls = new TlsEndpoint(data, this.after, this.tlsOptions(`data${++this.dataCount}`));
    const parts: Uint8Array[] = [];
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const bytes = concatBytes(parts);
      this.result.received.set(file, bytes);
      const { sim } = this.host;
      sim.recorder.record({
        type: 'action',
        t: sim.clock.now,
        node: this.host.id,
        conn: data.id,
        action: 'ftp-file-received',
        params: { file, bytes: bytes.length },
      });
      onEnd();
    };
    tls.handlers = {
      onData: (bytes) => parts.push(bytes),
      onCloseNotify: () => {
        tls.closeNotify();
        data.close();
        finish();
      },
      onPeerClose: () => {
        data.close();
        finish();
      },
    };
    tls.start();
  }

  private fetchPassive(file: string, next: () => void): void {
    const control = this.control.conn;
    const v6 = familyOf(control.remote.address) === 6;
    this.ask(command(v6 ? 'EPSV' : 'PASV'), (r) => {
      let target: HostPort | null = null;
      if (r.code === 227) target = parseHostPort(r.text.slice(4));
      else if (r.code === 229) {
        const port = parseEpsvReply(r.text);
        if (port !== null) target = { address: control.remote.address, port };
      }
      if (!target) {
        this.fail(file);
        return;
      }
      let transferDone = false;
      let replyDone = false;
      const finish = () => {
        if (transferDone && replyDone) next();
      };
      const data = this.host.tcp.connect({
        remote: target,
        purpose: 'ftp-data',
        parent: control.id,
        label: `data ${file}`,
        handlers: {
          onOpen: () => {
            this.ask(command('RETR', file), (first) => {
              if (first.code >= 400) {
                data.close();
                return this.fail(file);
              }
              this.receive(data, file, () => {
                transferDone = true;
                finish();
              });
              this.waiting = (last) => {
                if (last.code >= 400) {
                  this.fail(file);
                  return;
                }
                replyDone = true;
                finish();
              };
            });
          },
          onClose: (reason) => {
            if (reason !== 'closed' && !transferDone) this.fail(file);
          },
        },
      });
    });
  }

  private fetchActive(file: string, next: () => void): void {
    const control = this.control.conn;
    const local = control.local.address;
    let transferDone = false;
    let replyDone = false;
    let accepted: TcpConnection | null = null;
    let opened = false;
    const finish = () => {
      if (transferDone && replyDone) next();
    };
    // ftplib reads the 150 first and accepts the connection after it; the handshake needs both.
    const begin = () => {
      if (!accepted || !opened) return;
      this.receive(accepted, file, () => {
        transferDone = true;
        finish();
      });
    };
    let listener: Listener | null = null;
    listener = this.host.tcp.listen(
      0,
      (data) => {
        listener?.close();
        accepted = data;
        begin();
      },
      local,
    );
    const where = { address: local, port: listener.port };
    const v6 = familyOf(local) === 6;
    const cmd = v6 ? command('EPRT', formatEprt(where)) : command('PORT', formatHostPort(where));
    this.ask(cmd, (r) => {
      if (r.code !== 200) {
        listener?.close();
        return this.fail(file);
      }
      this.ask(command('RETR', file), (first) => {
        if (first.code >= 400) {
          listener?.close();
          return this.fail(file);
        }
        opened = true;
        begin();
        this.waiting = (last) => {
          if (last.code >= 400) {
            listener?.close();
            return this.fail(file);
          }
          replyDone = true;
          finish();
        };
      });
    });
  }

  private fail(file: string): void {
    if (!this.result.failed.includes(file)) this.result.failed.push(file);
    const { sim } = this.host;
    sim.recorder.record({
      type: 'action',
      t: sim.clock.now,
      node: this.host.id,
      action: 'ftp-transfer-failed',
      params: { file },
    });
    this.quit();
  }

  private quit(): void {
    const c = this.control;
    if (!c.usable) return;
    this.ask(command('QUIT'), () => {
      this.result.finished = true;
      this.after(this.thinkTime, () => c.conn.close());
    });
  }
}
