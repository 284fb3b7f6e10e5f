/**
 * An explicit FTPS server (RFC 4217) that answers as vsftpd 3.0.3 does with `ssl_enable=YES`,
 * `force_local_logins_ssl` and `force_local_data_ssl`: `AUTH TLS` gets 234 and a TLS handshake on the
 * control connection; a login in clear is refused; `PBSZ 0` and `PROT P` are required before a transfer;
 * every data connection runs its own handshake, in which the server is the TLS server whichever side
 * opened the TCP connection. Like vsftpd (port_promiscuous=NO) it refuses a PORT naming an address other
 * than the client's own, which is what NAT makes happen once the helper can no longer read PORT.
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
} from '../ftp/protocol.ts';
import { TlsEndpoint, type TlsVersion } from '../tls/endpoint.ts';
import type { Group } from '../tls/wire.ts';
import { ControlChannel } from './channel.ts';

export interface FtpsServerOptions {
  files: ReadonlyMap<string, Uint8Array>;
  users: Readonly<Record<string, string>>;
  /** The highest TLS version the server accepts (OpenSSL 3 on Debian 12: 1.3). */
  tls?: TlsVersion;
  passivePorts?: [number, number];
  replyDelay?: Micros;
  passwordCheckDelay?: Micros;
  banner?: string;
}

interface PassivePlan {
  kind: 'passive';
  listener: Listener;
  ready: TcpConnection[];
  /** Set while a RETR waits for the client's connection. */
  waiter: { onArrive?: () => void };
}

type DataPlan = { kind: 'active'; target: HostPort } | PassivePlan;

interface Session {
  channel: ControlChannel;
  lines: LineReader;
  user: string | null;
  loggedIn: boolean;
  binary: boolean;
  pbsz: boolean;
  protP: boolean;
  data: DataPlan | null;
  busy: boolean;
  queue: FtpCommandMessage[];
  closed: boolean;
}

/** What vsftpd's OpenSSL setup offers: P-256 for ECDHE only, a client certificate asked for, two tickets. */
const VSFTPD_GROUPS: Group[] = ['secp256r1'];

/** vsftpd's data_connection_timeout default. */
const DATA_TIMEOUT: Micros = 300_000 * MS;

/** From the last data record to close_notify, as measured between two Linux namespaces. */
const CLOSE_NOTIFY_DELAY: Micros = 100;

export class FtpsServer {
  private readonly replyDelay: Micros;
  private listener: Listener | null = null;
  private sessions = 0;

  constructor(
    private readonly host: Host,
    private readonly options: FtpsServerOptions,
  ) {
    this.replyDelay = options.replyDelay ?? 200;
  }

  start(port = FTP_CONTROL_PORT): void {
    this.listener = this.host.tcp.listen(port, (control) => this.session(control));
  }

  stop(): void {
    this.listener?.close();
  }

  private after = (delay: Micros, run: () => void): void => {
    this.host.sim.clock.after(delay, run);
  };

  private tlsOptions(label: string) {
    return {
      role: 'server' as const,
      maxVersion: this.options.tls ?? '1.3',
      rng: this.host.sim.rng.fork(`tls:${this.host.id}:${label}`),
      groups: VSFTPD_GROUPS,
      requestCertificate: true,
      tickets: 2,
    };
  }

  private session(control: TcpConnection): void {
    // vsftpd turns Nagle off on the control connection.
    control.noDelay = true;
    const id = ++this.sessions;
    const channel = new ControlChannel(control, this.after, {
      onBytes: (bytes) => {
        for (const line of s.lines.push(bytes)) s.queue.push(parseCommand(line));
        this.next(s, id);
      },
      onPeerClose: () => {
        s.closed = true;
        control.close();
      },
      onClose: () => {
        s.closed = true;
      },
    });
    const s: Session = {
      channel,
      lines: new LineReader(),
      user: null,
      loggedIn: false,
      binary: false,
      pbsz: false,
      protP: false,
      data: null,
      busy: false,
      queue: [],
      closed: false,
    };
    this.after(this.replyDelay, () => this.send(s, reply(220, this.options.banner ?? '(vsFTPd 3.0.3)')));
  }

  private send(s: Session, message: FtpReplyMessage): void {
    if (s.closed) return;
    s.channel.send(encodeLine(message.text), message);
  }

  private next(s: Session, id: number): void {
    if (s.busy) return;
    const cmd = s.queue.shift();
    if (!cmd) return;
    s.busy = true;
    const done = () => {
      s.busy = false;
      this.next(s, id);
    };
    const delay = cmd.command === 'PASS' ? (this.options.passwordCheckDelay ?? 120 * MS) : this.replyDelay;
    this.after(delay, () => this.handle(s, cmd, done, id));
  }

  private handle(s: Session, cmd: FtpCommandMessage, done: () => void, id: number): void {
    const say = (code: number, text: string) => this.send(s, reply(code, text));
    const secure = s.channel.tls !== null;
    const open = ['USER', 'PASS', 'QUIT', 'FEAT', 'SYST', 'AUTH', 'PBSZ', 'PROT'];
    if (!open.includes(cmd.command) && !s.loggedIn) {
      say(530, 'Please login with USER and PASS.');
      done();
      return;
    }
    switch (cmd.command) {
      case 'AUTH':
        if (secure) say(534, 'Already using TLS.');
        else if (/^(TLS|SSL|TLS-C)$/i.test(cmd.argument)) {
          say(234, 'Proceed with negotiation.');
          // The handshake starts with the client's next bytes: everything after the 234 is TLS.
          s.channel.startTls(this.tlsOptions(`control${id}`), () => undefined);
        } else say(504, 'Unknown AUTH type.');
        break;
      case 'USER':
        if (!secure) {
          say(530, 'Non-anonymous sessions must use encryption.');
          break;
        }
        s.user = cmd.argument;
        s.loggedIn = false;
        say(331, 'Please specify the password.');
        break;
      case 'PASS':
        if (s.user !== null && this.options.users[s.user] === cmd.argument) {
          s.loggedIn = true;
          say(230, 'Login successful.');
        } else say(530, 'Login incorrect.');
        break;
      case 'PBSZ':
        if (!secure) say(503, 'PBSZ not allowed on insecure control connection.');
        else {
          s.pbsz = true;
          say(200, 'PBSZ set to 0.');
        }
        break;
      case 'PROT':
        if (!secure) say(503, 'PROT not allowed on insecure control connection.');
        else if (/^P$/i.test(cmd.argument)) {
          s.protP = true;
          say(200, 'PROT now Private.');
        } else if (/^C$/i.test(cmd.argument)) {
          s.protP = false;
          say(200, 'PROT now Clear.');
        } else say(536, 'PROT not supported.');
        break;
      case 'TYPE':
        if (/^I/i.test(cmd.argument)) {
          s.binary = true;
          say(200, 'Switching to Binary mode.');
        } else if (/^A/i.test(cmd.argument)) {
          s.binary = false;
          say(200, 'Switching to ASCII mode.');
        } else say(500, 'Unrecognised TYPE command.');
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
        this.transfer(s, cmd, done, id);
        return;
      case 'QUIT':
        say(221, 'Goodbye.');
        s.closed = true;
        s.channel.conn.close();
        break;
      case 'NOOP':
        say(200, 'NOOP ok.');
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
    const local = s.channel.conn.local.address;
    if (!extended && familyOf(local) === 6) {
      this.send(s, reply(500, 'Illegal PASV command.'));
      return;
    }
    const [lo, hi] = this.options.passivePorts ?? [40000, 40010];
    const ready: TcpConnection[] = [];
    const waiter: PassivePlan['waiter'] = {};
    const rng = this.host.sim.rng;
    let listener: Listener | null = null;
    for (let tries = 0; !listener && tries < 100; tries++) {
      try {
        listener = this.host.tcp.listen(
          rng.int(lo, hi),
          (conn) => {
            ready.push(conn);
            waiter.onArrive?.();
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
    s.data = { kind: 'passive', listener, ready, waiter };
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
    // port_promiscuous=NO: data goes only to the address the control connection comes from.
    if (!target || canonicalIp(target.address) !== canonicalIp(s.channel.conn.remote.address)) {
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

  private transfer(s: Session, cmd: FtpCommandMessage, done: () => void, id: number): void {
    const say = (code: number, text: string) => this.send(s, reply(code, text));
    const plan = s.data;
    if (!plan) {
      say(425, 'Use PORT or PASV first.');
      done();
      return;
    }
    if (!s.protP) {
      this.dropDataPlan(s);
      say(522, 'Data connections must be encrypted.');
      done();
      return;
    }
    const name = cmd.argument;
    const content = this.options.files.get(name);
    if (!content) {
      this.dropDataPlan(s);
      say(550, 'Failed to open file.');
      done();
      return;
    }
    s.data = null;
    let finishedOnce = false;
    const finished = (code: number, text: string) => {
      if (finishedOnce) return;
      finishedOnce = true;
      say(code, text);
      done();
    };
    const run = (data: TcpConnection) => {
      say(
        150,
        `Opening ${s.binary ? 'BINARY' : 'ASCII'} mode data connection for ${name} (${content.length} bytes).`,
      );
      this.sendFile(data, name, content, `data${id}:${name}`, (outcome) => {
        if (outcome === 'timeout') {
          finished(421, 'Data timeout. Reconnect. Sorry.');
          s.closed = true;
          s.channel.conn.close();
          return;
        }
        this.after(this.replyDelay, () =>
          outcome === 'sent'
            ? finished(226, 'Transfer complete.')
            : finished(426, 'Failure writing network stream.'),
        );
      });
    };
    if (plan.kind === 'active') {
      const data = this.host.tcp.connect({
        remote: plan.target,
        localPort: FTP_ACTIVE_DATA_PORT,
        localAddress: s.channel.conn.local.address,
        purpose: 'ftp-data',
        parent: s.channel.conn.id,
        label: `data ${name}`,
        handlers: {
          onOpen: () => run(data),
          onClose: (reason: CloseReason) => {
            if (reason !== 'closed') finished(425, 'Failed to establish connection.');
          },
        },
      });
      return;
    }
    const take = () => {
      const data = plan.ready.shift();
      if (!data) return false;
      plan.listener.close();
      run(data);
      return true;
    };
    if (!take()) {
      const timeout = this.host.sim.clock.after(60_000 * MS, () => {
        plan.listener.close();
        finished(425, 'Failed to establish connection.');
      });
      plan.waiter.onArrive = () => {
        timeout.cancel();
        take();
      };
    }
  }

  /**
   * The server side of a protected data connection: TLS handshake (the client starts it), the file as
   * application data, close_notify, and the end once the client has answered and closed its side.
   */
  private sendFile(
    data: TcpConnection,
    name: string,
    content: Uint8Array,
    label: string,
    end: (outcome: 'sent' | 'failed' | 'timeout') => void,
  ): void {
    const tls = new TlsEndpoint(data, this.after, this.tlsOptions(label));
    let reported = false;
    const report = (outcome: 'sent' | 'failed' | 'timeout') => {
      if (reported) return;
      reported = true;
      stall.cancel();
      end(outcome);
    };
    // vsftpd's data_connection_timeout: a data connection that makes no progress is given up. It matters
    // when the client never completed its side of the TCP handshake and so never sends its ClientHello.
    const stall = this.host.sim.clock.after(DATA_TIMEOUT, () => {
      if (tls.secure || reported) return;
      report('timeout');
      data.abort();
    });
    const message: FtpDataMessage = {
      protocol: 'ftp-data',
      kind: 'data',
      file: name,
      text: `${name} len=${content.length}`,
    };
    tls.handlers = {
      onSecure: () => {
        if (content.length > 0) tls.write(content, message);
        // vsftpd shuts the session down a moment after its last write; in the reference capture the
        // close_notify then leaves at once, not held back by Nagle's algorithm for an acknowledgement.
        this.after(CLOSE_NOTIFY_DELAY, () => {
          data.noDelay = true;
          tls.closeNotify();
        });
      },
      onPeerClose: () => {
        data.close();
        report('sent');
      },
      onClose: (reason) => report(reason === 'closed' ? 'sent' : 'failed'),
    };
  }
}
