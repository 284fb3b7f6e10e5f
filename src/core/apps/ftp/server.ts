/**
 * An FTP server that answers as vsftpd does: its reply codes and texts, its refusal of a PORT to another
 * address (port_promiscuous=NO), its data connections from port 20 in active mode and from a passive port
 * range otherwise, one data connection per transfer, closed by the server when the file is sent.
 */
import { canonicalIp, familyOf } from '../../address.ts';
import { type Micros, MS } from '../../clock.ts';
import type { Host } from '../../net/host.ts';
import type { FtpCommandMessage, FtpDataMessage, FtpReplyMessage } from '../../packet.ts';
import type { CloseReason, TcpConnection } from '../../tcp/connection.ts';
import type { Listener } from '../../tcp/stack.ts';
import {
  encodeLine,
  FTP_ACTIVE_DATA_PORT,
  FTP_CONTROL_PORT,
  formatHostPort,
  type HostPort,
  LineReader,
  parseCommand,
  parseEprt,
  parseHostPort,
  reply,
} from './protocol.ts';

export interface FtpServerOptions {
  files: ReadonlyMap<string, Uint8Array>;
  users: Readonly<Record<string, string>>;
  /** Passive ports are drawn from this range (vsftpd's pasv_min_port / pasv_max_port). */
  passivePorts?: [number, number];
  /** Time the server takes to answer a command. */
  replyDelay?: Micros;
  /** The banner of the 220 greeting. */
  banner?: string;
  /** Time to check a password. */
  passwordCheckDelay?: Micros;
  /** How long an active-mode data connection may take to open (vsftpd's connect_timeout). */
  connectTimeout?: Micros;
}

type DataPlan =
  | { kind: 'active'; target: HostPort }
  | { kind: 'passive'; listener: Listener; ready: TcpConnection[] };

interface Session {
  control: TcpConnection;
  lines: LineReader;
  user: string | null;
  loggedIn: boolean;
  binary: boolean;
  data: DataPlan | null;
  busy: boolean;
  queue: FtpCommandMessage[];
  closed: boolean;
}

export class FtpServer {
  private readonly replyDelay: Micros;
  private listener: Listener | null = null;
  uploads = new Map<string, Uint8Array>();

  constructor(
    private readonly host: Host,
    private readonly options: FtpServerOptions,
  ) {
    this.replyDelay = options.replyDelay ?? 200;
  }

  start(port = FTP_CONTROL_PORT): void {
    this.listener = this.host.tcp.listen(port, (control) => this.session(control));
  }

  stop(): void {
    this.listener?.close();
  }

  private session(control: TcpConnection): void {
    // vsftpd turns Nagle off on the control connection: a 226 must not wait for the ACK of the 150.
    control.noDelay = true;
    const s: Session = {
      control,
      lines: new LineReader(),
      user: null,
      loggedIn: false,
      binary: false,
      data: null,
      busy: false,
      queue: [],
      closed: false,
    };
    control.handlers = {
      onData: (bytes) => {
        for (const line of s.lines.push(bytes)) s.queue.push(parseCommand(line));
        this.next(s);
      },
      onPeerClose: () => {
        s.closed = true;
        control.close();
      },
      onClose: () => {
        s.closed = true;
      },
    };
    this.later(() => this.send(s, reply(220, this.options.banner ?? '(vsFTPd 3.0.3)')));
  }

  private later(run: () => void, delay = this.replyDelay): void {
    this.host.sim.clock.after(delay, run);
  }

  private send(s: Session, message: FtpReplyMessage): void {
    if (s.closed || s.control.isClosed) return;
    s.control.write(encodeLine(message.text), message);
  }

  /** Commands are answered one at a time, in order, as a single-threaded server process does. */
  private next(s: Session): void {
    if (s.busy) return;
    const cmd = s.queue.shift();
    if (!cmd) return;
    s.busy = true;
    const done = () => {
      s.busy = false;
      this.next(s);
    };
    // Checking a password (PAM, a slow hash) takes vsftpd over 100 ms in real captures: long enough for the
    // server's delayed ACK to go out on its own before 230.
    const delay = cmd.command === 'PASS' ? (this.options.passwordCheckDelay ?? 120 * MS) : this.replyDelay;
    this.later(() => this.handle(s, cmd, done), delay);
  }

  private handle(s: Session, cmd: FtpCommandMessage, done: () => void): void {
    const say = (code: number, text: string) => this.send(s, reply(code, text));
    const needLogin = !['USER', 'PASS', 'QUIT', 'FEAT', 'SYST', 'AUTH'].includes(cmd.command);
    if (needLogin && !s.loggedIn) {
      say(530, 'Please login with USER and PASS.');
      done();
      return;
    }
    switch (cmd.command) {
      case 'USER':
        s.user = cmd.argument;
        s.loggedIn = false;
        say(331, 'Please specify the password.');
        break;
      case 'PASS':
        if (s.user !== null && this.options.users[s.user] === cmd.argument) {
          s.loggedIn = true;
          say(230, 'Login successful.');
        } else {
          say(530, 'Login incorrect.');
        }
        break;
      case 'TYPE':
        if (/^I/i.test(cmd.argument)) {
          s.binary = true;
          say(200, 'Switching to Binary mode.');
        } else if (/^A/i.test(cmd.argument)) {
          s.binary = false;
          say(200, 'Switching to ASCII mode.');
        } else {
          say(500, 'Unrecognised TYPE command.');
        }
        break;
      case 'PASV':
      case 'EPSV':
        this.passive(s, cmd.command === 'EPSV');
        break;
      case 'PORT':
      case 'EPRT':
        this.active(s, cmd);
        break;
      case 'RETR':
      case 'LIST':
      case 'NLST':
      case 'STOR':
        this.transfer(s, cmd, done);
        return;
      case 'QUIT':
        say(221, 'Goodbye.');
        s.closed = true;
        s.control.close();
        break;
      case 'NOOP':
        say(200, 'NOOP ok.');
        break;
      case 'PWD':
        say(257, '"/" is the current directory');
        break;
      case 'SYST':
        say(215, 'UNIX Type: L8');
        break;
      default:
        say(500, 'Unknown command.');
    }
    done();
  }

  private dropDataPlan(s: Session): void {
    if (s.data?.kind === 'passive') {
      s.data.listener.close();
      for (const c of s.data.ready) c.abort();
    }
    s.data = null;
  }

  private passive(s: Session, extended: boolean): void {
    this.dropDataPlan(s);
    const local = s.control.local.address;
    if (!extended && familyOf(local) === 6) {
      this.send(s, reply(500, 'Illegal PASV command.'));
      return;
    }
    const [lo, hi] = this.options.passivePorts ?? [40000, 40010];
    let listener: Listener | null = null;
    const ready: TcpConnection[] = [];
    const rng = this.host.sim.rng;
    for (let tries = 0; !listener && tries < 100; tries++) {
      try {
        listener = this.host.tcp.listen(
          rng.int(lo, hi),
          (conn) => {
            ready.push(conn);
            plan.onArrive?.();
          },
          local,
        );
      } catch {
        listener = null;
      }
    }
    if (!listener) {
      this.send(s, reply(425, 'Could not open passive socket.'));
      return;
    }
    const plan: DataPlan & { kind: 'passive'; onArrive?: () => void } = { kind: 'passive', listener, ready };
    s.data = plan;
    if (extended) this.send(s, reply(229, `Entering Extended Passive Mode (|||${listener.port}|)`));
    else
      this.send(
        s,
        reply(227, `Entering Passive Mode (${formatHostPort({ address: local, port: listener.port })}).`),
      );
  }

  private active(s: Session, cmd: FtpCommandMessage): void {
    this.dropDataPlan(s);
    const target = cmd.command === 'PORT' ? parseHostPort(cmd.argument) : parseEprt(cmd.argument);
    // vsftpd refuses to connect anywhere but the client's own address: it stops FTP bounce attacks.
    if (!target || canonicalIp(target.address) !== canonicalIp(s.control.remote.address)) {
      this.send(s, reply(500, `Illegal ${cmd.command} command.`));
      return;
    }
    s.data = { kind: 'active', target };
    this.send(
      s,
      reply(
        200,
        `${cmd.command} command successful. Consider using ${cmd.command === 'PORT' ? 'PASV' : 'EPSV'}.`,
      ),
    );
  }

  private transfer(s: Session, cmd: FtpCommandMessage, done: () => void): void {
    const say = (code: number, text: string) => this.send(s, reply(code, text));
    const plan = s.data;
    if (!plan) {
      say(425, 'Use PORT or PASV first.');
      done();
      return;
    }
    let content: Uint8Array | null = null;
    let opening = '';
    const name = cmd.argument;
    if (cmd.command === 'RETR') {
      content = this.options.files.get(name) ?? null;
      if (!content) {
        this.dropDataPlan(s);
        say(550, 'Failed to open file.');
        done();
        return;
      }
      opening = `Opening ${s.binary ? 'BINARY' : 'ASCII'} mode data connection for ${name} (${content.length} bytes).`;
    } else if (cmd.command === 'STOR') {
      opening = 'Ok to send data.';
    } else {
      content = new TextEncoder().encode(this.listing());
      opening = 'Here comes the directory listing.';
    }
    s.data = null;
    const label = cmd.command === 'LIST' || cmd.command === 'NLST' ? 'listing' : name;
    const finished = (code: number, text: string) => {
      say(code, text);
      done();
    };
    const run = (data: TcpConnection) => {
      say(150, opening);
      if (cmd.command === 'STOR') {
        this.receive(data, name, () => finished(226, 'Transfer complete.'));
        return;
      }
      const bytes = content as Uint8Array;
      const message: FtpDataMessage = {
        protocol: 'ftp-data',
        kind: 'data',
        file: label,
        text: `${label} len=${bytes.length}`,
      };
      let reported = false;
      const report = () => {
        if (reported) return;
        reported = true;
        this.later(() => finished(226, cmd.command === 'RETR' ? 'Transfer complete.' : 'Directory send OK.'));
      };
      // vsftpd closes its end and waits for the client to close too before it reports success: in real
      // captures 226 follows the data connection's last ACK.
      data.handlers.onPeerClose = report;
      data.handlers.onClose = (reason) => {
        if (reason === 'closed') report();
        else if (!reported) {
          reported = true;
          finished(426, 'Failure writing network stream.');
        }
      };
      if (bytes.length > 0) data.write(bytes, message);
      data.close();
    };
    if (plan.kind === 'active') {
      let settled = false;
      const fail = () => {
        if (settled) return;
        settled = true;
        finished(425, 'Failed to establish connection.');
      };
      // vsftpd gives the client connect_timeout (60 s) to answer, less than the kernel would keep trying.
      const timeout = this.host.sim.clock.after(this.options.connectTimeout ?? 60_000 * MS, () => {
        if (data.state === 'SYN-SENT') {
          data.abort();
          fail();
        }
      });
      const data = this.host.tcp.connect({
        remote: plan.target,
        localPort: FTP_ACTIVE_DATA_PORT,
        localAddress: s.control.local.address,
        purpose: 'ftp-data',
        parent: s.control.id,
        label: `data ${label}`,
        handlers: {
          onOpen: () => {
            settled = true;
            timeout.cancel();
            run(data);
          },
          onClose: (reason: CloseReason) => {
            timeout.cancel();
            if (reason !== 'closed') fail();
          },
        },
      });
      return;
    }
    const passive = plan as DataPlan & { kind: 'passive'; onArrive?: () => void };
    const take = () => {
      const data = passive.ready.shift();
      if (!data) return false;
      passive.listener.close();
      run(data);
      return true;
    };
    if (!take()) {
      // The client has not connected yet; vsftpd waits (accept_timeout, 60 s) before giving up.
      const timeout = this.host.sim.clock.after(60_000 * MS, () => {
        passive.listener.close();
        finished(425, 'Failed to establish connection.');
      });
      passive.onArrive = () => {
        timeout.cancel();
        take();
      };
    }
  }

  private receive(data: TcpConnection, name: string, complete: () => void): void {
    const parts: Uint8Array[] = [];
    data.handlers.onData = (bytes) => parts.push(bytes);
    data.handlers.onPeerClose = () => {
      const total = parts.reduce((n, p) => n + p.length, 0);
      const file = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        file.set(p, at);
        at += p.length;
      }
      this.uploads.set(name, file);
      data.close();
      complete();
    };
  }

  private listing(): string {
    const rows = [...this.options.files.entries()].map(
      ([name, bytes]) =>
        `-rw-r--r--    1 1000     1000     ${String(bytes.length).padStart(8)} Jan 01 00:00 ${name}\r\n`,
    );
    return rows.join('');
  }
}
