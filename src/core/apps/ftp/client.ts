/**
 * An FTP client that says what a plain scripted client says (Python's ftplib, for one): log in, binary
 * type, then for each file a PASV or PORT and a RETR, and QUIT. In passive mode it opens the data
 * connection itself before RETR; in active mode it listens and the server connects to it.
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
} from './protocol.ts';

export interface FtpClientOptions {
  server: string;
  port?: number;
  user: string;
  password: string;
  mode: 'active' | 'passive';
  files: string[];
  /** Time the client takes between a reply and its next command. */
  thinkTime?: Micros;
}

export interface FtpClientResult {
  received: Map<string, Uint8Array>;
  failed: string[];
  replies: FtpReplyMessage[];
  finished: boolean;
}

type Waiter = (r: FtpReplyMessage) => void;

export class FtpClient {
  readonly result: FtpClientResult = { received: new Map(), failed: [], replies: [], finished: false };
  private control: TcpConnection | null = null;
  private readonly replies = new ReplyReader();
  private waiting: Waiter | null = null;
  private readonly thinkTime: Micros;

  constructor(
    private readonly host: Host,
    private readonly options: FtpClientOptions,
  ) {
    this.thinkTime = options.thinkTime ?? 100;
  }

  start(): void {
    const { sim } = this.host;
    sim.recorder.record({
      type: 'action',
      t: sim.clock.now,
      node: this.host.id,
      action: 'ftp-download-start',
      params: { mode: this.options.mode, files: this.options.files.length },
    });
    this.waiting = (greeting) => this.afterGreeting(greeting);
    this.control = this.host.tcp.connect({
      remote: { address: this.options.server, port: this.options.port ?? FTP_CONTROL_PORT },
      purpose: 'ftp-control',
      label: 'control',
      handlers: {
        onData: (bytes) => {
          for (const r of this.replies.push(bytes)) {
            this.result.replies.push(r);
            const w = this.waiting;
            this.waiting = null;
            w?.(r);
          }
        },
        onPeerClose: (c) => c.close(),
      },
    });
  }

  private get controlConn(): TcpConnection {
    if (!this.control) throw new Error('FTP client is not connected');
    return this.control;
  }

  /** Sends a command after the think time and waits for the reply that completes it. */
  private ask(cmd: FtpCommandMessage, then: Waiter): void {
    this.host.sim.clock.after(this.thinkTime, () => {
      const c = this.controlConn;
      if (c.isClosed || c.state === 'CLOSE-WAIT') return;
      this.waiting = then;
      c.write(encodeLine(cmd.text), cmd);
    });
  }

  private afterGreeting(r: FtpReplyMessage): void {
    if (r.code !== 220) {
      this.quit();
      return;
    }
    this.ask(command('USER', this.options.user), (u) => {
      if (u.code === 230) {
        this.binary();
        return;
      }
      if (u.code !== 331) {
        this.quit();
        return;
      }
      this.ask(command('PASS', this.options.password), (p) => (p.code === 230 ? this.binary() : this.quit()));
    });
  }

  private binary(): void {
    this.ask(command('TYPE', 'I'), () => this.fetch(0));
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

  private collect(data: TcpConnection, file: string, onEnd: () => void): void {
    const parts: Uint8Array[] = [];
    data.handlers.onData = (bytes) => parts.push(bytes);
    data.handlers.onPeerClose = () => {
      const total = parts.reduce((n, p) => n + p.length, 0);
      const out = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      this.result.received.set(file, out);
      const { sim } = this.host;
      sim.recorder.record({
        type: 'action',
        t: sim.clock.now,
        node: this.host.id,
        conn: data.id,
        action: 'ftp-file-received',
        params: { file, bytes: total },
      });
      // Like ftplib: read to end of file, then close the data socket.
      data.close();
      onEnd();
    };
  }

  private fetchPassive(file: string, next: () => void): void {
    const v6 = familyOf(this.controlConn.remote.address) === 6;
    this.ask(command(v6 ? 'EPSV' : 'PASV'), (r) => {
      let target: HostPort | null = null;
      if (r.code === 227) target = parseHostPort(r.text.slice(4));
      else if (r.code === 229) {
        const port = parseEpsvReply(r.text);
        if (port !== null) target = { address: this.controlConn.remote.address, port };
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
        parent: this.controlConn.id,
        label: `data ${file}`,
        handlers: {
          onOpen: () => {
            this.ask(command('RETR', file), (first) => {
              if (first.code >= 400) {
                data.close();
                this.fail(file);
                return;
              }
              this.waiting = (last) => {
                if (last.code >= 400) this.result.failed.push(file);
                replyDone = true;
                finish();
              };
            });
          },
          onClose: (reason) => {
            if (reason !== 'closed') this.fail(file);
          },
        },
      });
      this.collect(data, file, () => {
        transferDone = true;
        finish();
      });
    });
  }

  private fetchActive(file: string, next: () => void): void {
    const local = this.controlConn.local.address;
    let transferDone = false;
    let replyDone = false;
    const finish = () => {
      if (transferDone && replyDone) next();
    };
    let listener: Listener | null = null;
    listener = this.host.tcp.listen(
      0,
      (data) => {
        listener?.close();
        this.collect(data, file, () => {
          transferDone = true;
          finish();
        });
      },
      local,
    );
    const where = { address: local, port: listener.port };
    const v6 = familyOf(local) === 6;
    const cmd = v6 ? command('EPRT', formatEprt(where)) : command('PORT', formatHostPort(where));
    this.ask(cmd, (r) => {
      if (r.code !== 200) {
        listener?.close();
        this.fail(file);
        return;
      }
      this.ask(command('RETR', file), (first) => {
        if (first.code >= 400) {
          listener?.close();
          this.fail(file);
          return;
        }
        this.waiting = (last) => {
          if (last.code >= 400) {
            listener?.close();
            this.fail(file);
            return;
          }
          replyDone = true;
          finish();
        };
      });
    });
  }

  /** A transfer that could not be made ends the session, as a script that stops on the first error. */
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
    const c = this.controlConn;
    if (c.isClosed) return;
    this.ask(command('QUIT'), () => {
      this.result.finished = true;
      // The process wakes up, reads 221 and closes a moment later: by then the server's FIN has usually
      // arrived too, so one FIN,ACK answers both, as in captures of real sessions.
      this.host.sim.clock.after(this.thinkTime, () => c.close());
    });
  }
}
