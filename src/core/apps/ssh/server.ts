/**
 * An SSH server that behaves as OpenSSH 9.2's sshd with password login only and an ed25519 host key:
 * version, KEXINIT, the key exchange reply sent together with NEWKEYS and the (already encrypted)
 * EXT_INFO, the userauth exchange, a session channel, and behind it either sftp-server (the `sftp`
 * subsystem) or the legacy scp protocol: its source side (`exec scp -f FILE...`) or its sink
 * (`exec scp -t DIR`). Files written by a client land in `stored`.
 */
import type { Micros } from '../../clock.ts';
import { MS } from '../../clock.ts';
import type { Host } from '../../net/host.ts';
import type { AppMessage } from '../../packet.ts';
import type { Rng } from '../../rng.ts';
import type { TcpConnection } from '../../tcp/connection.ts';
import type { Listener } from '../../tcp/stack.ts';
import { asciiBytes, concatBytes, fingerprint, randomBytes } from '../tls/bytes.ts';
import * as sftp from './sftp.ts';
import { type OutPacket, SshTransport } from './transport.ts';
import {
  channelClose,
  channelData,
  channelEof,
  channelOpenConfirmation,
  channelRequest,
  channelSuccess,
  ed25519Blob,
  extInfo,
  globalRequest,
  isSntrup,
  KEX_ALGORITHMS,
  KEX_CURVE25519,
  kexEcdhReply,
  kexInit,
  kexPublicKey,
  MSG_CHANNEL_CLOSE,
  MSG_CHANNEL_DATA,
  MSG_CHANNEL_EOF,
  MSG_CHANNEL_OPEN,
  MSG_CHANNEL_REQUEST,
  MSG_CHANNEL_WINDOW_ADJUST,
  MSG_KEX_ECDH_INIT,
  MSG_KEXINIT,
  MSG_SERVICE_REQUEST,
  MSG_USERAUTH_REQUEST,
  negotiateKex,
  newKeys,
  OPENSSH_VERSION,
  parseChannelData,
  parseChannelOpen,
  parseChannelRequest,
  parseKexInit,
  parseKexPublicKey,
  parseServiceName,
  parseUserauthRequest,
  parseWindowAdjust,
  SSH_PORT,
  SshWriter,
  serviceAccept,
  userauthFailure,
  userauthSuccess,
  windowAdjust,
} from './wire.ts';

export interface SshServerOptions {
  files: ReadonlyMap<string, Uint8Array>;
  users: Readonly<Record<string, string>>;
  /** The users' home directory, as REALPATH reports it. */
  home?: (user: string) => string;
  /** The key exchange methods the server accepts, in its order. */
  kexAlgorithms?: readonly string[];
  /** The version line; Debian 12's OpenSSH when absent. */
  version?: string;
}

const WINDOW = 2 * 1024 * 1024;
const MAX_PACKET = 32768;

/** Time sshd takes at each step, measured on the reference captures. */
const T = {
  /** sshd forks and re-executes itself for each connection before it says anything. */
  version: 20 * MS,
  kexinit: 5800,
  kexReply: { sntrup: 13500, other: 1500 },
  step: 200,
  authNone: 9400,
  password: 74 * MS,
  hostkeys: 12 * MS,
  session: 2500,
  sftpFirst: 3900,
  sftp: 300,
  /** From the session's start to the first zero byte of `scp -t`: the program has to start first. */
  sinkStart: 3600,
  exit: 1300,
  close: 10 * MS,
};

interface Session {
  transport: SshTransport;
  rng: Rng;
  clientVersion: boolean;
  versionSent: boolean;
  kexinitSent: boolean;
  clientCookie: Uint8Array;
  /** The key exchange method agreed on. */
  kex: string | null;
  cookie: Uint8Array;
  user: string | null;
  channel: {
    remote: number;
    remoteWindow: number;
    remoteMaxPacket: number;
    consumed: number;
    localWindow: number;
  } | null;
  sftpReader: sftp.SftpReader;
  handles: Map<number, { name: string; offset: number; written?: Uint8Array[] }>;
  nextHandle: number;
  /** Outgoing channel bytes waiting for window. */
  pending: Array<{ bytes: Uint8Array; inner: AppMessage }>;
  scp: { files: string[]; index: number; waiting: 'start' | 'header' | 'data' | null } | null;
  sink: ScpSink | null;
}

/** `scp -t`: reads header lines and file bytes, answering each with a zero byte. */
interface ScpSink {
  buffer: Uint8Array;
  file: { name: string; size: number; parts: Uint8Array[]; got: number } | null;
}

export class SshServer {
  /** Files clients sent, by name, in the order they were complete. */
  readonly stored = new Map<string, Uint8Array>();
  private listener: Listener | null = null;
  private readonly hostKey: Uint8Array;
  private count = 0;

  constructor(
    private readonly host: Host,
    private readonly options: SshServerOptions,
  ) {
    this.hostKey = randomBytes(host.sim.rng.fork(`ssh-hostkey:${host.id}`), 32);
  }

  start(port = SSH_PORT): void {
    this.listener = this.host.tcp.listen(port, (conn) => this.accept(conn));
  }

  stop(): void {
    this.listener?.close();
  }

  private later(s: Session, delay: Micros, run: () => void): void {
    this.host.sim.clock.after(delay, () => {
      if (s.transport.usable) run();
    });
  }

  private accept(conn: TcpConnection): void {
    const rng = this.host.sim.rng.fork(`sshd:${this.host.id}:${++this.count}`);
    const transport = new SshTransport(conn, 'server', rng, {
      onVersion: () => {
        s.clientVersion = true;
        this.maybeKexInit(s);
      },
      onMessage: (payload) => this.message(s, payload),
      onPeerClose: () => this.host.sim.clock.after(T.close, () => conn.close()),
    });
    const s: Session = {
      transport,
      rng,
      clientVersion: false,
      versionSent: false,
      kexinitSent: false,
      clientCookie: new Uint8Array(0),
      kex: null,
      cookie: randomBytes(rng, 16),
      user: null,
      channel: null,
      sftpReader: new sftp.SftpReader(),
      handles: new Map(),
      nextHandle: 0,
      pending: [],
      scp: null,
      sink: null,
    };
    this.host.sim.clock.after(T.version, () => {
      if (!s.transport.usable) return;
      s.transport.sendVersion(this.options.version ?? OPENSSH_VERSION);
      s.versionSent = true;
      this.maybeKexInit(s);
    });
  }

  private maybeKexInit(s: Session): void {
    if (!s.versionSent || !s.clientVersion || s.kexinitSent) return;
    s.kexinitSent = true;
    this.later(s, T.kexinit, () =>
      s.transport.send([
        {
          payload: kexInit({
            cookie: s.cookie,
            role: 'server',
            hostKeys: ['ssh-ed25519'],
            kex: this.options.kexAlgorithms ?? KEX_ALGORITHMS,
          }),
        },
      ]),
    );
  }

  private message(s: Session, payload: Uint8Array): void {
    const t = s.transport;
    switch (payload[0]) {
      case MSG_KEXINIT: {
        const client = parseKexInit(payload);
        s.clientCookie = client.cookie;
        s.kex = negotiateKex(client.kex, this.options.kexAlgorithms ?? KEX_ALGORITHMS) ?? null;
        if (!s.kex) t.conn.abort();
        return;
      }
      case MSG_KEX_ECDH_INIT: {
        const clientKey = parseKexPublicKey(payload);
        const kex = s.kex ?? KEX_CURVE25519;
        this.later(s, isSntrup(kex) ? T.kexReply.sntrup : T.kexReply.other, () => {
          const serverKey = kexPublicKey(s.rng, kex, 'server');
          t.setShared(fingerprint(s.clientCookie, s.cookie, clientKey, serverKey));
          t.send([
            { payload: kexEcdhReply(this.hostKey, serverKey, s.rng) },
            { payload: newKeys() },
            { payload: extInfo(), name: 'EXT_INFO' },
          ]);
        });
        return;
      }
      case MSG_SERVICE_REQUEST: {
        const name = parseServiceName(payload);
        this.later(s, T.step, () =>
          t.send([{ payload: serviceAccept(name), name: `SERVICE_ACCEPT ${name}` }]),
        );
        return;
      }
      case MSG_USERAUTH_REQUEST:
        this.userauth(s, payload);
        return;
      case MSG_CHANNEL_OPEN: {
        const open = parseChannelOpen(payload);
        s.channel = {
          remote: open.sender,
          remoteWindow: open.window,
          remoteMaxPacket: open.maxPacket,
          consumed: 0,
          localWindow: 0,
        };
        // sshd tells the client its host keys after login (hostkeys-00), then confirms the channel; with
        // Nagle still on, the confirmation waits for the acknowledgement of the first.
        this.later(s, T.hostkeys, () => {
          const keys = new SshWriter().string(ed25519Blob(this.hostKey)).done();
          t.send([
            {
              payload: globalRequest('hostkeys-00@openssh.com', false, keys),
              name: 'GLOBAL_REQUEST hostkeys-00@openssh.com',
            },
          ]);
          t.send([
            {
              payload: channelOpenConfirmation(open.sender, 0, 0, MAX_PACKET),
              name: 'CHANNEL_OPEN_CONFIRMATION',
            },
          ]);
        });
        return;
      }
      case MSG_CHANNEL_REQUEST:
        this.channelRequest(s, payload);
        return;
      case MSG_CHANNEL_WINDOW_ADJUST: {
        if (s.channel) s.channel.remoteWindow += parseWindowAdjust(payload).bytes;
        this.flush(s);
        return;
      }
      case MSG_CHANNEL_DATA: {
        const { data } = parseChannelData(payload);
        if (s.sink) this.sinkInput(s, s.sink, data);
        else if (s.scp) this.scpInput(s, data);
        else for (const p of s.sftpReader.push(data)) this.sftpRequest(s, p);
        return;
      }
      case MSG_CHANNEL_EOF:
        // sftp-server and `scp -t` exit at the end of their input; sshd reports the status and closes.
        if (!s.scp) this.later(s, T.exit, () => this.exit(s, 0, false));
        return;
      case MSG_CHANNEL_CLOSE:
        return;
      default:
        return;
    }
  }

  private userauth(s: Session, payload: Uint8Array): void {
    const req = parseUserauthRequest(payload);
    const t = s.transport;
    if (req.method !== 'password') {
      this.later(s, T.authNone, () =>
        t.send([{ payload: userauthFailure(['password']), name: 'USERAUTH_FAILURE password' }]),
      );
      return;
    }
    this.later(s, T.password, () => {
      if (this.options.users[req.user] === req.password) {
        s.user = req.user;
        t.send([{ payload: userauthSuccess(), name: 'USERAUTH_SUCCESS' }]);
      } else t.send([{ payload: userauthFailure(['password']), name: 'USERAUTH_FAILURE password' }]);
    });
  }

  private channelRequest(s: Session, payload: Uint8Array): void {
    const req = parseChannelRequest(payload);
    const c = s.channel;
    if (!c) return;
    this.later(s, T.session, () => {
      // The session runs: sshd sets TCP_NODELAY and opens the channel's window for the client.
      s.transport.conn.noDelay = true;
      c.localWindow = WINDOW;
      const packets: OutPacket[] = [
        { payload: windowAdjust(c.remote, WINDOW), name: `CHANNEL_WINDOW_ADJUST ${WINDOW}` },
      ];
      const scp = req.type === 'exec' ? /^scp -f (.+)$/.exec(req.argument ?? '') : null;
      if (scp) s.scp = { files: (scp[1] as string).split(' '), index: 0, waiting: 'start' };
      const sink = req.type === 'exec' && /^scp -t /.test(req.argument ?? '');
      if (sink) s.sink = { buffer: new Uint8Array(0), file: null };
      if (req.wantReply) packets.push({ payload: channelSuccess(c.remote), name: 'CHANNEL_SUCCESS' });
      s.transport.send(packets);
      if (sink) this.later(s, T.sinkStart, () => this.scpSend(s, new Uint8Array([0]), 'SCP 0x00', 'sink'));
    });
  }

  /** Channel data, cut to the client's packet size and held back while its window is closed. */
  private sendChannel(s: Session, bytes: Uint8Array, inner: AppMessage): void {
    s.pending.push({ bytes, inner });
    this.flush(s);
  }

  private flush(s: Session): void {
    const c = s.channel;
    if (!c) return;
    while (s.pending.length > 0) {
      const first = s.pending[0] as { bytes: Uint8Array; inner: AppMessage };
      if (c.remoteWindow < first.bytes.length) return;
      s.pending.shift();
      c.remoteWindow -= first.bytes.length;
      const packets: OutPacket[] = [];
      for (let at = 0; at < first.bytes.length; at += c.remoteMaxPacket) {
        packets.push({
          payload: channelData(c.remote, first.bytes.subarray(at, at + c.remoteMaxPacket)),
          name: 'CHANNEL_DATA',
        });
      }
      s.transport.send(packets, first.inner);
    }
  }

  /**
   * The program behind the channel ended: its exit status, then EOF and CLOSE, in one write; `scp -f`,
   * whose input sshd stopped writing to, adds eow@openssh.com.
   */
  private exit(s: Session, status: number, scp: boolean): void {
    const c = s.channel;
    if (!c) return;
    const exitStatus = channelRequest(c.remote, 'exit-status', false, new SshWriter().u32(status).done());
    const packets: OutPacket[] = [{ payload: exitStatus, name: `CHANNEL_REQUEST exit-status ${status}` }];
    if (scp)
      packets.push({
        payload: channelRequest(c.remote, 'eow@openssh.com', false),
        name: 'CHANNEL_REQUEST eow@openssh.com',
      });
    packets.push({ payload: channelEof(c.remote), name: 'CHANNEL_EOF' });
    packets.push({ payload: channelClose(c.remote), name: 'CHANNEL_CLOSE' });
    s.transport.send(packets);
  }

  // ── sftp-server ─────────────────────────────────────────────────────────

  private home(s: Session): string {
    const user = s.user ?? 'nobody';
    return this.options.home?.(user) ?? `/home/${user}`;
  }

  private fileAt(s: Session, path: string): string | null {
    const prefix = `${this.home(s)}/`;
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    return this.options.files.has(name) ? name : null;
  }

  /** A name a client may create: directly in the home directory, no path tricks. */
  private writableAt(s: Session, path: string): string | null {
    const prefix = `${this.home(s)}/`;
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    return name === '' || name.includes('/') || name === '.' || name === '..' ? null : name;
  }

  private store(s: Session, name: string, bytes: Uint8Array): void {
    this.stored.set(name, bytes);
    const { sim } = this.host;
    sim.recorder.record({
      type: 'action',
      t: sim.clock.now,
      node: this.host.id,
      conn: s.transport.conn.id,
      action: 'ssh-file-stored',
      params: { file: name, bytes: bytes.length },
    });
  }

  private sftpReply(s: Session, bytes: Uint8Array, text: string, delay = T.sftp, kind = 'reply'): void {
    this.later(s, delay, () =>
      this.sendChannel(s, bytes, { protocol: 'sftp', kind, text, fields: { ssh: 'CHANNEL_DATA' } }),
    );
  }

  private sftpRequest(s: Session, p: sftp.SftpPacket): void {
    const id = p.id;
    const status = (code: number, label: string) =>
      this.sftpReply(s, sftp.status(id, code), `SFTP STATUS ${label}`);
    switch (p.type) {
      case sftp.FXP_INIT:
        this.sftpReply(s, sftp.version(), 'SFTP VERSION 3', T.sftpFirst);
        return;
      case sftp.FXP_EXTENDED:
        if (p.body.text() === 'limits@openssh.com')
          this.sftpReply(s, sftp.limitsReply(id, 19995), 'SFTP EXTENDED_REPLY limits');
        else status(8, 'unsupported');
        return;
      case sftp.FXP_REALPATH: {
        const path = p.body.text();
        const resolved = path === '.' || path === '' ? this.home(s) : path;
        this.sftpReply(s, sftp.name(id, resolved), `SFTP NAME ${resolved}`);
        return;
      }
      case sftp.FXP_LSTAT:
      case sftp.FXP_STAT: {
        const name = this.fileAt(s, p.body.text());
        const content = name === null ? undefined : this.options.files.get(name);
        if (name === null || !content) {
          status(sftp.FX_NO_SUCH_FILE, 'No such file');
          return;
        }
        const a = { size: content.length, uid: 1000, gid: 1000, permissions: 0o100644, mtime: 1_700_000_000 };
        this.sftpReply(s, sftp.attrs(id, a), `SFTP ATTRS ${name} size=${content.length}`);
        return;
      }
      case sftp.FXP_OPEN: {
        const path = p.body.text();
        const flags = p.body.u32();
        if (flags & sftp.FXF_WRITE) {
          const name = this.writableAt(s, path);
          if (name === null) {
            status(3, 'Permission denied');
            return;
          }
          const h = s.nextHandle++;
          s.handles.set(h, { name, offset: 0, written: [] });
          this.sftpReply(s, sftp.handle(id, new SshWriter().u32(h).done()), `SFTP HANDLE ${name}`);
          return;
        }
        const name = this.fileAt(s, path);
        if (name === null) {
          status(sftp.FX_NO_SUCH_FILE, 'No such file');
          return;
        }
        const h = s.nextHandle++;
        s.handles.set(h, { name, offset: 0 });
        this.sftpReply(s, sftp.handle(id, new SshWriter().u32(h).done()), `SFTP HANDLE ${name}`);
        return;
      }
      case sftp.FXP_READ: {
        const h = s.handles.get(readHandle(p));
        const offset = p.body.u64();
        const length = p.body.u32();
        const content = h ? this.options.files.get(h.name) : undefined;
        if (!h || !content) {
          status(4, 'Failure');
          return;
        }
        if (offset >= content.length) {
          status(sftp.FX_EOF, 'End of file');
          return;
        }
        const chunk = content.subarray(
          offset,
          Math.min(content.length, offset + Math.min(length, sftp.MAX_READ)),
        );
        this.sftpReply(s, sftp.data(id, chunk), `SFTP DATA ${h.name} len=${chunk.length}`, T.sftp, 'data');
        return;
      }
      case sftp.FXP_WRITE: {
        const h = s.handles.get(readHandle(p));
        p.body.u64();
        const bytes = p.body.string();
        if (!h?.written) {
          status(4, 'Failure');
          return;
        }
        // OpenSSH's sftp writes in order; the offset only matters to clients that do not.
        h.written.push(bytes);
        status(sftp.FX_OK, 'OK');
        return;
      }
      case sftp.FXP_CLOSE: {
        const n = readHandle(p);
        const h = s.handles.get(n);
        s.handles.delete(n);
        if (h?.written) this.store(s, h.name, concatBytes(h.written));
        status(h ? sftp.FX_OK : 4, h ? 'OK' : 'Failure');
        return;
      }
      default:
        status(8, 'unsupported');
    }
  }

  // ── scp -f (the source side of the legacy protocol) ─────────────────────

  private scpSend(s: Session, bytes: Uint8Array, text: string, kind = 'source'): void {
    this.sendChannel(s, bytes, { protocol: 'scp', kind, text, fields: { ssh: 'CHANNEL_DATA' } });
  }

  /** Every zero byte from the sink lets the source go on: header, then data, then the next file. */
  private scpInput(s: Session, data: Uint8Array): void {
    const scp = s.scp;
    if (!scp) return;
    for (const byte of data) {
      if (byte !== 0) continue;
      if (scp.waiting === 'start' || scp.waiting === 'data') this.scpNext(s);
      else if (scp.waiting === 'header') {
        const name = scp.files[scp.index - 1] as string;
        const content = this.options.files.get(name) as Uint8Array;
        scp.waiting = null;
        // The data and the zero byte after it reach ssh together and leave in one packet.
        this.later(s, T.sftp, () => {
          this.scpSend(
            s,
            concatBytes([content, new Uint8Array([0])]),
            `SCP ${name} len=${content.length}`,
            'data',
          );
          scp.waiting = 'data';
        });
      }
    }
  }

  // ── scp -t (the sink side: the client uploads) ──────────────────────────

  private sinkInput(s: Session, sink: ScpSink, data: Uint8Array): void {
    sink.buffer = sink.buffer.length === 0 ? data : concatBytes([sink.buffer, data]);
    for (;;) {
      const f = sink.file;
      if (!f) {
        const nl = sink.buffer.indexOf(0x0a);
        if (nl < 0) return;
        const line = new TextDecoder().decode(sink.buffer.subarray(0, nl));
        sink.buffer = sink.buffer.slice(nl + 1);
        const m = /^C([0-7]{4}) (\d+) ([^/]+)$/.exec(line);
        if (!m) {
          this.later(s, T.sftp, () =>
            this.scpSend(s, asciiBytes('\x02scp: protocol error\n'), 'SCP 0x02 scp: protocol error'),
          );
          return;
        }
        sink.file = { name: m[3] as string, size: Number(m[2]), parts: [], got: 0 };
        this.later(s, T.sftp, () => this.scpSend(s, new Uint8Array([0]), 'SCP 0x00', 'sink'));
        continue;
      }
      if (f.got < f.size) {
        const take = sink.buffer.subarray(0, f.size - f.got);
        if (take.length === 0) return;
        f.parts.push(take);
        f.got += take.length;
        sink.buffer = sink.buffer.slice(take.length);
        continue;
      }
      if (sink.buffer.length === 0) return;
      // The source's zero byte after the data: the file is whole.
      sink.buffer = sink.buffer.slice(1);
      sink.file = null;
      this.store(s, f.name, concatBytes(f.parts));
      this.later(s, T.sftp, () => this.scpSend(s, new Uint8Array([0]), 'SCP 0x00', 'sink'));
    }
  }

  private scpNext(s: Session): void {
    const scp = s.scp;
    if (!scp) return;
    const name = scp.files[scp.index++];
    scp.waiting = null;
    if (name === undefined) {
      // scp exits: sshd reports the exit, the end of its output and the channel's close together.
      this.later(s, T.sftp, () => this.exit(s, 0, true));
      return;
    }
    const content = this.options.files.get(name);
    if (!content) {
      this.later(s, T.sftp, () => {
        this.scpSend(
          s,
          asciiBytes(`\x01scp: ${name}: No such file or directory\n`),
          `SCP 0x01 scp: ${name}: No such file or directory`,
        );
        this.scpNext(s);
      });
      return;
    }
    const header = `C0644 ${content.length} ${name}`;
    this.later(s, T.sftp, () => {
      this.scpSend(s, asciiBytes(`${header}\n`), `SCP ${header}`);
      scp.waiting = 'header';
    });
  }
}

/** The handle of READ and CLOSE: OpenSSH's handles are 4-byte integers. */
function readHandle(p: sftp.SftpPacket): number {
  const h = p.body.string();
  return ((h[0] ?? 0) << 24) | ((h[1] ?? 0) << 16) | ((h[2] ?? 0) << 8) | (h[3] ?? 0);
}
