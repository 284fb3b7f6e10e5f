/**
 * The OpenSSH 9.2 client as `sftp` or `scp` run it to send (`put`, `scp FILE host:`) or fetch files: version exchange, key exchange,
 * password login (after the "none" probe OpenSSH always makes), one session channel, then either the
 * `sftp` subsystem (the SFTP requests OpenSSH's sftp sends for `put` or `get`) or `exec scp -t` / `scp -f`
 * with the legacy scp protocol (`scp -O`). The order, batching and timing of its messages follow captures of the real
 * programs: before the session starts it leaves Nagle's algorithm on, then sets TCP_NODELAY.
 */
import type { Micros } from '../../clock.ts';
import { MS } from '../../clock.ts';
import type { Host } from '../../net/host.ts';
import type { AppMessage } from '../../packet.ts';
import type { Rng } from '../../rng.ts';
import { concatBytes, fingerprint, randomBytes } from '../tls/bytes.ts';
import * as sftp from './sftp.ts';
import { SshTransport } from './transport.ts';
import {
  CLIENT_HOST_KEY_ALGORITHMS,
  channelClose,
  channelData,
  channelEof,
  channelOpen,
  channelRequest,
  disconnect,
  globalRequest,
  isSntrup,
  KEX_ALGORITHMS,
  kexEcdhInit,
  kexInit,
  kexPublicKey,
  MSG_CHANNEL_CLOSE,
  MSG_CHANNEL_DATA,
  MSG_CHANNEL_OPEN_CONFIRMATION,
  MSG_CHANNEL_SUCCESS,
  MSG_CHANNEL_WINDOW_ADJUST,
  MSG_KEX_ECDH_REPLY,
  MSG_KEXINIT,
  MSG_SERVICE_ACCEPT,
  MSG_USERAUTH_FAILURE,
  MSG_USERAUTH_SUCCESS,
  negotiateKex,
  newKeys,
  OPENSSH_VERSION,
  parseChannelData,
  parseKexInit,
  parseKexPublicKey,
  parseOpenConfirmation,
  SSH_PORT,
  SshWriter,
  serviceRequest,
  userauthNone,
  userauthPassword,
  windowAdjust,
} from './wire.ts';

export type SshMode = 'sftp' | 'scp';
export type SshDirection = 'upload' | 'download';

export interface SshClientOptions {
  server: string;
  port?: number;
  user: string;
  password: string;
  mode: SshMode;
  /** Upload when absent, as in the seed's chapter. */
  direction?: SshDirection;
  files: string[];
  /** The PC's own files, by name: what an upload sends. */
  local?: ReadonlyMap<string, Uint8Array>;
  /** The key exchange methods offered, in order of preference (OpenSSH 9.2 puts the post-quantum hybrid first). */
  kexAlgorithms?: readonly string[];
  /** The version line; Debian 12's OpenSSH when absent. */
  version?: string;
}

export interface SshClientResult {
  received: Map<string, Uint8Array>;
  /** Uploaded files the server confirmed (SFTP STATUS OK after CLOSE, scp's zero byte after the data). */
  sent: string[];
  failed: string[];
  /** The key exchange method both sides agreed on. */
  kex: string | null;
  finished: boolean;
}

/** The client's receive window for the session and the largest packet it takes (OpenSSH's defaults). */
const WINDOW = 2 * 1024 * 1024;
const MAX_PACKET = 32768;

/** Time OpenSSH's client takes at each step, measured on the reference captures. */
const T = {
  version: 500,
  kexinit: 600,
  /** sntrup761 key generation is slow; X25519 takes well under a millisecond. */
  keygen: { sntrup: 43 * MS, other: 800 },
  verify: 22 * MS,
  step: 200,
  password: 800,
  sftp: 150,
  scpExit: 1000,
};

export class SshClient {
  readonly result: SshClientResult = {
    received: new Map(),
    sent: [],
    failed: [],
    kex: null,
    finished: false,
  };
  private transport: SshTransport | null = null;
  private readonly rng: Rng;
  private cookie: Uint8Array = new Uint8Array(0);
  private serverCookie: Uint8Array = new Uint8Array(0);
  private publicKey: Uint8Array = new Uint8Array(0);
  private remoteChannel = 0;
  private localWindow = WINDOW;
  private consumed = 0;
  private remoteMaxPacket = MAX_PACKET;
  private sftpReader = new sftp.SftpReader();
  private nextId = 1;
  private cwd = '';
  private scpBuffer: Uint8Array = new Uint8Array(0);
  private fileIndex = 0;
  private current: SftpDownload | null = null;
  private upload: SftpUpload | null = null;
  private scpOut: { name: string; stage: 'ready' | 'header' | 'data' } | null = null;
  private scpFile: { name: string; size: number; parts: Uint8Array[]; got: number } | null = null;
  private closing = false;

  constructor(
    private readonly host: Host,
    private readonly options: SshClientOptions,
  ) {
    this.rng = host.sim.rng.fork(`ssh:${host.id}`);
  }

  private after(delay: Micros, run: () => void): void {
    this.host.sim.clock.after(delay, () => {
      if (this.transport?.usable) run();
    });
  }

  private get t(): SshTransport {
    if (!this.transport) throw new Error('SSH client is not connected');
    return this.transport;
  }

  private get uploading(): boolean {
    return (this.options.direction ?? 'upload') === 'upload';
  }

  private action(action: string, params: Record<string, string | number>): void {
    const { sim } = this.host;
    const event = { type: 'action' as const, t: sim.clock.now, node: this.host.id, action, params };
    sim.recorder.record(this.transport ? { ...event, conn: this.transport.conn.id } : event);
  }

  start(): void {
    this.action('ssh-session-start', {
      mode: this.options.mode,
      direction: this.uploading ? 'upload' : 'download',
      files: this.options.files.length,
    });
    const conn = this.host.tcp.connect({
      remote: { address: this.options.server, port: this.options.port ?? SSH_PORT },
      purpose: 'ssh',
      label: this.options.mode,
      handlers: {
        onOpen: () =>
          this.after(T.version, () => this.t.sendVersion(this.options.version ?? OPENSSH_VERSION)),
      },
    });
    this.transport = new SshTransport(conn, 'client', this.rng, {
      onVersion: () => this.after(T.kexinit, () => this.sendKexInit()),
      onMessage: (payload) => this.message(payload),
      onPeerClose: () => conn.close(),
    });
  }

  private sendKexInit(): void {
    this.cookie = randomBytes(this.rng, 16);
    const kex = this.options.kexAlgorithms ?? KEX_ALGORITHMS;
    this.t.send([
      {
        payload: kexInit({ cookie: this.cookie, role: 'client', kex, hostKeys: CLIENT_HOST_KEY_ALGORITHMS }),
      },
    ]);
  }

  private message(payload: Uint8Array): void {
    switch (payload[0]) {
      case MSG_KEXINIT: {
        const server = parseKexInit(payload);
        this.serverCookie = server.cookie;
        const kex = negotiateKex(this.options.kexAlgorithms ?? KEX_ALGORITHMS, server.kex);
        if (!kex) {
          this.t.conn.abort();
          return;
        }
        this.result.kex = kex;
        this.after(isSntrup(kex) ? T.keygen.sntrup : T.keygen.other, () => {
          this.publicKey = kexPublicKey(this.rng, kex, 'client');
          this.t.send([{ payload: kexEcdhInit(this.publicKey) }]);
        });
        return;
      }
      case MSG_KEX_ECDH_REPLY: {
        // The shared secret is known as soon as the reply is read; the server's NEWKEYS follows at once.
        this.t.setShared(
          fingerprint(this.cookie, this.serverCookie, this.publicKey, parseKexPublicKey(payload)),
        );
        this.after(T.verify, () => {
          this.t.send([{ payload: newKeys() }]);
          this.t.send([{ payload: serviceRequest('ssh-userauth'), name: 'SERVICE_REQUEST ssh-userauth' }]);
        });
        return;
      }
      case MSG_SERVICE_ACCEPT:
        this.after(T.step, () =>
          this.t.send([{ payload: userauthNone(this.options.user), name: 'USERAUTH_REQUEST none' }]),
        );
        return;
      case MSG_USERAUTH_FAILURE:
        this.after(T.password, () =>
          this.t.send([
            {
              payload: userauthPassword(this.options.user, this.options.password),
              name: 'USERAUTH_REQUEST password',
              extraPad: 64,
            },
          ]),
        );
        return;
      case MSG_USERAUTH_SUCCESS:
        this.action('ssh-logged-in', { user: this.options.user });
        this.after(T.step, () =>
          this.t.send([
            { payload: channelOpen(0, WINDOW, MAX_PACKET), name: 'CHANNEL_OPEN session' },
            {
              payload: globalRequest('no-more-sessions@openssh.com', false),
              name: 'GLOBAL_REQUEST no-more-sessions@openssh.com',
            },
          ]),
        );
        return;
      case MSG_CHANNEL_OPEN_CONFIRMATION: {
        const c = parseOpenConfirmation(payload);
        this.remoteChannel = c.sender;
        this.remoteMaxPacket = c.maxPacket;
        // ssh_packet_set_interactive(): from the session on, OpenSSH sets TCP_NODELAY.
        this.t.conn.noDelay = true;
        this.after(T.step, () => this.requestSession());
        return;
      }
      case MSG_CHANNEL_SUCCESS:
        if (this.options.mode === 'sftp') this.sendSftp(sftp.init(), 'SFTP INIT version=3');
        // The sink speaks first: as the receiver of a download the PC says it is ready; uploading, it waits.
        else if (!this.uploading) this.sendScp(new Uint8Array([0]), 'SCP 0x00');
        return;
      case MSG_CHANNEL_WINDOW_ADJUST:
        // The server grants 2 MiB; SFTP requests and scp's acknowledgements never come near it.
        return;
      case MSG_CHANNEL_DATA: {
        const { data } = parseChannelData(payload);
        this.localWindow -= data.length;
        this.consumed += data.length;
        if (this.options.mode === 'sftp') for (const p of this.sftpReader.push(data)) this.sftpReply(p);
        else if (this.uploading) this.scpAcks(data);
        else this.scpData(data);
        this.checkWindow();
        return;
      }
      case MSG_CHANNEL_CLOSE:
        this.finish();
        return;
      default:
        // EXT_INFO, hostkeys-00, the server's EOF and exit status: nothing the download depends on.
        return;
    }
  }

  /** OpenSSH gives the window back once less than half of it is left (channel_check_window). */
  private checkWindow(): void {
    if (this.localWindow >= WINDOW / 2 || this.consumed === 0) return;
    const bytes = this.consumed;
    this.localWindow += bytes;
    this.consumed = 0;
    this.t.send([
      { payload: windowAdjust(this.remoteChannel, bytes), name: `CHANNEL_WINDOW_ADJUST ${bytes}` },
    ]);
  }

  private requestSession(): void {
    if (this.options.mode === 'sftp') {
      this.t.send([
        {
          payload: channelRequest(
            this.remoteChannel,
            'subsystem',
            true,
            new SshWriter().string('sftp').done(),
          ),
          name: 'CHANNEL_REQUEST subsystem sftp',
        },
      ]);
      return;
    }
    // `scp FILE host:` sends to the home directory: the server's scp runs as the sink of `.`.
    const command = this.uploading ? 'scp -t .' : `scp -f ${this.options.files.join(' ')}`;
    this.t.send([
      {
        payload: channelRequest(this.remoteChannel, 'exec', true, new SshWriter().string(command).done()),
        name: `CHANNEL_REQUEST exec ${command}`,
      },
    ]);
  }

  private sendChannel(bytes: Uint8Array, inner: AppMessage): void {
    const packets = [];
    for (let at = 0; at < bytes.length; at += this.remoteMaxPacket) {
      packets.push({
        payload: channelData(this.remoteChannel, bytes.subarray(at, at + this.remoteMaxPacket)),
        name: 'CHANNEL_DATA',
      });
    }
    this.t.send(packets, inner);
  }

  // ── SFTP ─────────────────────────────────────────────────────────────────

  private sendSftp(bytes: Uint8Array, text: string, kind = 'request'): void {
    this.sendChannel(bytes, { protocol: 'sftp', kind, text, fields: { ssh: 'CHANNEL_DATA' } });
  }

  private request(build: (id: number) => Uint8Array, text: string): void {
    const id = this.nextId++;
    this.after(T.sftp, () => this.sendSftp(build(id), text));
  }

  /** After VERSION: the limits extension, then REALPATH of the home directory, then each `get`. */
  private sftpReply(p: sftp.SftpPacket): void {
    if (this.upload && (p.type === sftp.FXP_HANDLE || p.type === sftp.FXP_STATUS)) {
      this.uploadReply(this.upload, p);
      return;
    }
    const f = this.current;
    switch (p.type) {
      case sftp.FXP_VERSION:
        this.request((id) => sftp.extended(id, 'limits@openssh.com'), 'SFTP EXTENDED limits@openssh.com');
        return;
      case sftp.FXP_EXTENDED_REPLY:
        this.request((id) => sftp.pathRequest(sftp.FXP_REALPATH, id, '.'), 'SFTP REALPATH .');
        return;
      case sftp.FXP_NAME:
        p.body.u32();
        this.cwd = p.body.text();
        this.nextFile();
        return;
      case sftp.FXP_ATTRS:
        if (!f) return;
        // sftp's `get` looks the name up (glob: LSTAT), then stats it again before opening it.
        if (f.stage === 'lstat') {
          f.stage = 'stat';
          this.request((id) => sftp.pathRequest(sftp.FXP_STAT, id, f.path), `SFTP STAT ${f.name}`);
        } else if (f.stage === 'stat') {
          f.stage = 'open';
          this.request((id) => sftp.open(id, f.path), `SFTP OPEN ${f.name}`);
        }
        return;
      case sftp.FXP_HANDLE:
        if (!f) return;
        f.handle = p.body.string();
        f.stage = 'read';
        this.readMore(f);
        return;
      case sftp.FXP_DATA: {
        if (!f) return;
        const bytes = p.body.string();
        f.parts.push(bytes);
        f.offset += bytes.length;
        // A short answer: ask again for the rest of the same range, as OpenSSH does.
        f.asked = bytes.length < f.asked ? f.asked - bytes.length : sftp.MAX_READ;
        this.readMore(f);
        return;
      }
      case sftp.FXP_STATUS: {
        if (!f) return;
        const code = p.body.u32();
        if (f.stage === 'read' && code === sftp.FX_EOF) {
          f.stage = 'close';
          this.request((id) => sftp.close(id, f.handle), `SFTP CLOSE ${f.name}`);
        } else if (f.stage === 'close') {
          this.received(f.name, concatBytes(f.parts));
          this.nextFile();
        } else {
          this.result.failed.push(f.name);
          this.action('ssh-transfer-failed', { file: f.name });
          this.nextFile();
        }
        return;
      }
      default:
        return;
    }
  }

  private readMore(f: SftpDownload): void {
    const { offset, asked } = f;
    this.request((id) => sftp.read(id, f.handle, offset, asked), `SFTP READ ${f.name}`);
  }

  private nextFile(): void {
    const name = this.options.files[this.fileIndex++];
    if (name === undefined) {
      this.current = null;
      this.upload = null;
      // sftp exits; ssh sees the end of its input and says so on the channel.
      this.after(T.sftp, () =>
        this.t.send([{ payload: channelEof(this.remoteChannel), name: 'CHANNEL_EOF' }]),
      );
      return;
    }
    const path = `${this.cwd.replace(/\/$/, '')}/${name}`;
    if (this.uploading) {
      this.startUpload(name, path);
      return;
    }
    this.current = {
      name,
      path,
      handle: new Uint8Array(0),
      offset: 0,
      asked: sftp.MAX_READ,
      parts: [],
      stage: 'lstat',
    };
    this.request((id) => sftp.pathRequest(sftp.FXP_LSTAT, id, path), `SFTP LSTAT ${name}`);
  }

  // ── SFTP put ─────────────────────────────────────────────────────────────

  /** `put`: OPEN for writing (no stat first when the target is the working directory), then WRITEs. */
  private startUpload(name: string, path: string): void {
    const bytes = this.options.local?.get(name);
    if (!bytes) {
      // sftp checks the local file before it says anything to the server.
      this.result.failed.push(name);
      this.action('ssh-transfer-failed', { file: name });
      this.nextFile();
      return;
    }
    this.upload = { name, path, bytes, handle: new Uint8Array(0), offset: 0, outstanding: 0, stage: 'open' };
    this.request((id) => sftp.openWrite(id, path, 0o644), `SFTP OPEN ${name} WRITE|CREAT|TRUNC`);
  }

  private uploadReply(u: SftpUpload, p: sftp.SftpPacket): void {
    if (p.type === sftp.FXP_HANDLE) {
      u.handle = p.body.string();
      u.stage = 'write';
      this.after(T.sftp, () => this.writeMore(u));
      return;
    }
    const code = p.body.u32();
    if (code !== sftp.FX_OK) {
      this.result.failed.push(u.name);
      this.action('ssh-transfer-failed', { file: u.name });
      this.upload = null;
      this.nextFile();
      return;
    }
    if (u.stage === 'write') {
      u.outstanding--;
      this.writeMore(u);
      return;
    }
    if (u.stage === 'close') {
      this.upload = null;
      this.result.sent.push(u.name);
      this.action('ssh-file-sent', { file: u.name, bytes: u.bytes.length });
      this.nextFile();
    }
  }

  /**
   * do_upload(): WRITEs of the server's write limit each, up to 64 unanswered at once; CLOSE once the
   * whole file is written and every WRITE answered.
   */
  private writeMore(u: SftpUpload): void {
    while (u.offset < u.bytes.length && u.outstanding < UPLOAD_REQUESTS) {
      const offset = u.offset;
      const chunk = u.bytes.subarray(offset, offset + sftp.MAX_READ);
      u.offset += chunk.length;
      u.outstanding++;
      const id = this.nextId++;
      this.sendSftp(
        sftp.write(id, u.handle, offset, chunk),
        `SFTP WRITE ${u.name} len=${chunk.length}`,
        'data',
      );
    }
    if (u.offset >= u.bytes.length && u.outstanding === 0) {
      u.stage = 'close';
      this.request((id) => sftp.close(id, u.handle), `SFTP CLOSE ${u.name}`);
    }
  }

  private received(name: string, bytes: Uint8Array): void {
    this.result.received.set(name, bytes);
    this.action('ssh-file-received', { file: name, bytes: bytes.length });
  }

  // ── scp (the sink side of the legacy protocol) ───────────────────────────

  private sendScp(bytes: Uint8Array, text: string, kind = 'sink'): void {
    this.sendChannel(bytes, { protocol: 'scp', kind, text, fields: { ssh: 'CHANNEL_DATA' } });
  }

  // ── scp (the source side, uploading) ─────────────────────────────────────

  /**
   * The remote sink's zero bytes drive the source: ready, then `C0644 size name`, then the data with its
   * closing zero byte in one write, and after the last file the end of input (CHANNEL_EOF).
   */
  private scpAcks(data: Uint8Array): void {
    for (const byte of data) {
      if (byte !== 0) {
        // An error line from the sink (\x01 or \x02 first): the file in flight did not arrive.
        if (this.scpOut) {
          this.result.failed.push(this.scpOut.name);
          this.action('ssh-transfer-failed', { file: this.scpOut.name });
          this.scpOut = null;
        }
        return;
      }
      const out = this.scpOut;
      if (out?.stage === 'header') {
        const bytes = this.options.local?.get(out.name) ?? new Uint8Array(0);
        out.stage = 'data';
        this.after(T.sftp, () =>
          this.sendScp(
            concatBytes([bytes, new Uint8Array([0])]),
            `SCP ${out.name} len=${bytes.length}`,
            'data',
          ),
        );
        continue;
      }
      if (out?.stage === 'data') {
        this.result.sent.push(out.name);
        this.action('ssh-file-sent', {
          file: out.name,
          bytes: this.options.local?.get(out.name)?.length ?? 0,
        });
      }
      this.scpSendNext();
    }
  }

  private scpSendNext(): void {
    let name = this.options.files[this.fileIndex++];
    // scp stats each local file first and reports one it cannot read without telling the server.
    while (name !== undefined && !this.options.local?.has(name)) {
      this.result.failed.push(name);
      this.action('ssh-transfer-failed', { file: name });
      name = this.options.files[this.fileIndex++];
    }
    if (name === undefined) {
      this.scpOut = null;
      this.after(T.sftp, () =>
        this.t.send([{ payload: channelEof(this.remoteChannel), name: 'CHANNEL_EOF' }]),
      );
      return;
    }
    const size = this.options.local?.get(name)?.length ?? 0;
    const header = `C0644 ${size} ${name}`;
    const out = { name, stage: 'header' as const };
    this.scpOut = out;
    this.after(T.sftp, () =>
      this.sendScp(new TextEncoder().encode(`${header}\n`), `SCP ${header}`, 'source'),
    );
  }

  /** `C0644 1200 a.txt\n`, the file's bytes, a zero byte; each acknowledged with a zero byte. */
  private scpData(data: Uint8Array): void {
    this.scpBuffer = this.scpBuffer.length === 0 ? data : concatBytes([this.scpBuffer, data]);
    for (;;) {
      const f = this.scpFile;
      if (!f) {
        const nl = this.scpBuffer.indexOf(0x0a);
        if (nl < 0) return;
        const line = new TextDecoder().decode(this.scpBuffer.subarray(0, nl));
        this.scpBuffer = this.scpBuffer.slice(nl + 1);
        const m = /^C([0-7]{4}) (\d+) (.+)$/.exec(line);
        if (!m) {
          // An error line from the source (\x01 or \x02 first): the file is not coming.
          const missing = this.options.files.find((n) => line.includes(n));
          if (missing) {
            this.result.failed.push(missing);
            this.action('ssh-transfer-failed', { file: missing });
          }
          continue;
        }
        this.scpFile = { name: m[3] as string, size: Number(m[2]), parts: [], got: 0 };
        this.after(T.sftp, () => this.sendScp(new Uint8Array([0]), 'SCP 0x00'));
        continue;
      }
      if (f.got < f.size) {
        const take = this.scpBuffer.subarray(0, f.size - f.got);
        if (take.length === 0) return;
        f.parts.push(take);
        f.got += take.length;
        this.scpBuffer = this.scpBuffer.slice(take.length);
        continue;
      }
      if (this.scpBuffer.length === 0) return;
      // The source's zero byte after the data says the file is complete.
      this.scpBuffer = this.scpBuffer.slice(1);
      this.scpFile = null;
      this.received(f.name, concatBytes(f.parts));
      this.after(T.sftp, () => this.sendScp(new Uint8Array([0]), 'SCP 0x00'));
    }
  }

  /** The server closed the channel: close ours, say goodbye (DISCONNECT) and close the connection. */
  private finish(): void {
    if (this.closing) return;
    this.closing = true;
    this.result.finished = true;
    this.after(T.sftp - 50, () => {
      this.t.send([{ payload: channelClose(this.remoteChannel), name: 'CHANNEL_CLOSE' }]);
      this.after(130, () => {
        this.t.send([
          { payload: disconnect(11, 'disconnected by user'), name: 'DISCONNECT disconnected by user' },
        ]);
        // Legacy scp runs ssh as a child process; the socket closes when that process has exited, about a
        // millisecond later, by which time sshd has acknowledged the DISCONNECT (scp-upload.pcapng).
        this.after(this.options.mode === 'scp' ? T.scpExit : 20, () => this.t.conn.close());
      });
    });
  }
}

/** sftp's default number of requests in flight (DEFAULT_NUM_REQUESTS). */
const UPLOAD_REQUESTS = 64;

interface SftpUpload {
  name: string;
  path: string;
  bytes: Uint8Array;
  handle: Uint8Array;
  /** Bytes already sent in WRITE requests. */
  offset: number;
  /** WRITE requests not yet answered. */
  outstanding: number;
  stage: 'open' | 'write' | 'close';
}

interface SftpDownload {
  name: string;
  path: string;
  handle: Uint8Array;
  offset: number;
  /** Bytes asked for in the current READ. */
  asked: number;
  parts: Uint8Array[];
  stage: 'lstat' | 'stat' | 'open' | 'read' | 'close';
}
