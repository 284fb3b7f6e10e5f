/**
 * SSH on the wire (RFC 4253, RFC 4252, RFC 4254): the version line, the binary packet with its length,
 * padding length and random padding, and the messages OpenSSH 9.2 sends, field by field. After NEWKEYS
 * packets are framed as chacha20-poly1305@openssh.com frames them: the 4-byte length encrypted on its
 * own, the rest padded to a multiple of 8 without counting the length, and a 16-byte Poly1305 tag.
 */
import type { Rng } from '../../rng.ts';
import {
  asciiBytes,
  ByteReader,
  ByteWriter,
  concatBytes,
  randomBytes,
  type SimCipher,
  TAG_LENGTH,
} from '../tls/bytes.ts';

export const MSG_DISCONNECT = 1;
export const MSG_SERVICE_REQUEST = 5;
export const MSG_SERVICE_ACCEPT = 6;
export const MSG_EXT_INFO = 7;
export const MSG_KEXINIT = 20;
export const MSG_NEWKEYS = 21;
export const MSG_KEX_ECDH_INIT = 30;
export const MSG_KEX_ECDH_REPLY = 31;
export const MSG_USERAUTH_REQUEST = 50;
export const MSG_USERAUTH_FAILURE = 51;
export const MSG_USERAUTH_SUCCESS = 52;
export const MSG_GLOBAL_REQUEST = 80;
export const MSG_CHANNEL_OPEN = 90;
export const MSG_CHANNEL_OPEN_CONFIRMATION = 91;
export const MSG_CHANNEL_WINDOW_ADJUST = 93;
export const MSG_CHANNEL_DATA = 94;
export const MSG_CHANNEL_EOF = 96;
export const MSG_CHANNEL_CLOSE = 97;
export const MSG_CHANNEL_REQUEST = 98;
export const MSG_CHANNEL_SUCCESS = 99;
export const MSG_CHANNEL_FAILURE = 100;

export const MESSAGE_NAMES: Record<number, string> = {
  [MSG_DISCONNECT]: 'DISCONNECT',
  [MSG_SERVICE_REQUEST]: 'SERVICE_REQUEST',
  [MSG_SERVICE_ACCEPT]: 'SERVICE_ACCEPT',
  [MSG_EXT_INFO]: 'EXT_INFO',
  [MSG_KEXINIT]: 'KEXINIT',
  [MSG_NEWKEYS]: 'NEWKEYS',
  [MSG_KEX_ECDH_INIT]: 'KEX_ECDH_INIT',
  [MSG_KEX_ECDH_REPLY]: 'KEX_ECDH_REPLY',
  [MSG_USERAUTH_REQUEST]: 'USERAUTH_REQUEST',
  [MSG_USERAUTH_FAILURE]: 'USERAUTH_FAILURE',
  [MSG_USERAUTH_SUCCESS]: 'USERAUTH_SUCCESS',
  [MSG_GLOBAL_REQUEST]: 'GLOBAL_REQUEST',
  [MSG_CHANNEL_OPEN]: 'CHANNEL_OPEN',
  [MSG_CHANNEL_OPEN_CONFIRMATION]: 'CHANNEL_OPEN_CONFIRMATION',
  [MSG_CHANNEL_WINDOW_ADJUST]: 'CHANNEL_WINDOW_ADJUST',
  [MSG_CHANNEL_DATA]: 'CHANNEL_DATA',
  [MSG_CHANNEL_EOF]: 'CHANNEL_EOF',
  [MSG_CHANNEL_CLOSE]: 'CHANNEL_CLOSE',
  [MSG_CHANNEL_REQUEST]: 'CHANNEL_REQUEST',
  [MSG_CHANNEL_SUCCESS]: 'CHANNEL_SUCCESS',
  [MSG_CHANNEL_FAILURE]: 'CHANNEL_FAILURE',
};

export const SSH_PORT = 22;
/** Debian 12's OpenSSH, at both ends. */
export const OPENSSH_VERSION = 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3';

export const KEX_SNTRUP = 'sntrup761x25519-sha512@openssh.com';
export const KEX_CURVE25519 = 'curve25519-sha256';

/** sntrup761x25519 under either of its names (OpenSSH 9.9 added the standard one). */
export function isSntrup(kex: string): boolean {
  return kex.startsWith('sntrup761x25519-sha512');
}

/** RFC 4253 §7.1: the first method on the client's list that the server also has. */
export function negotiateKex(client: readonly string[], server: readonly string[]): string | undefined {
  return client.find((k) => server.includes(k) && !k.startsWith('ext-info-') && !k.startsWith('kex-strict-'));
}

/** OpenSSH 9.2's default key exchange list, strict-KEX markers included (the Terrapin fix). */
export const KEX_ALGORITHMS = [
  KEX_SNTRUP,
  KEX_CURVE25519,
  'curve25519-sha256@libssh.org',
  'ecdh-sha2-nistp256',
  'ecdh-sha2-nistp384',
  'ecdh-sha2-nistp521',
  'diffie-hellman-group-exchange-sha256',
  'diffie-hellman-group16-sha512',
  'diffie-hellman-group18-sha512',
  'diffie-hellman-group14-sha256',
];
export const CLIENT_HOST_KEY_ALGORITHMS = [
  'ssh-ed25519-cert-v01@openssh.com',
  'ecdsa-sha2-nistp256-cert-v01@openssh.com',
  'ecdsa-sha2-nistp384-cert-v01@openssh.com',
  'ecdsa-sha2-nistp521-cert-v01@openssh.com',
  'sk-ssh-ed25519-cert-v01@openssh.com',
  'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
  'rsa-sha2-512-cert-v01@openssh.com',
  'rsa-sha2-256-cert-v01@openssh.com',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'rsa-sha2-512',
  'rsa-sha2-256',
];
export const CIPHERS = [
  'chacha20-poly1305@openssh.com',
  'aes128-ctr',
  'aes192-ctr',
  'aes256-ctr',
  'aes128-gcm@openssh.com',
  'aes256-gcm@openssh.com',
];
export const MACS = [
  'umac-64-etm@openssh.com',
  'umac-128-etm@openssh.com',
  'hmac-sha2-256-etm@openssh.com',
  'hmac-sha2-512-etm@openssh.com',
  'hmac-sha1-etm@openssh.com',
  'umac-64@openssh.com',
  'umac-128@openssh.com',
  'hmac-sha2-256',
  'hmac-sha2-512',
  'hmac-sha1',
];
/** The signature algorithms sshd lists in its EXT_INFO (RFC 8308 server-sig-algs). */
export const SERVER_SIG_ALGS = [
  'ssh-ed25519',
  'sk-ssh-ed25519@openssh.com',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'webauthn-sk-ecdsa-sha2-nistp256@openssh.com',
  'ssh-dss',
  'ssh-rsa',
  'rsa-sha2-256',
  'rsa-sha2-512',
];

const BLOCK = 8;
const MIN_PADDING = 4;

/** Writer for SSH's data types (RFC 4251 §5). */
export class SshWriter extends ByteWriter {
  string(value: string | Uint8Array): this {
    const b = typeof value === 'string' ? asciiBytes(value) : value;
    return this.u32(b.length).bytes(b);
  }

  nameList(names: readonly string[]): this {
    return this.string(names.join(','));
  }

  bool(value: boolean): this {
    return this.u8(value ? 1 : 0);
  }
}

export class SshReader extends ByteReader {
  string(): Uint8Array {
    return this.bytes(this.u32());
  }

  text(): string {
    return new TextDecoder().decode(this.string());
  }

  bool(): boolean {
    return this.u8() !== 0;
  }
}

/**
 * Padding length for a packet: at least 4 bytes, up to a multiple of 8. `countLength` is false for the
 * AEAD ciphers, whose length field stays outside the encrypted blocks. `extraPad` is OpenSSH's
 * sshpkt_add_padding(): the password request is padded up to a multiple of 64 so its length hides the
 * password's.
 */
export function paddingLength(payload: number, countLength: boolean, extraPad = 0): number {
  const len = (countLength ? 4 : 0) + 1 + payload;
  let pad = BLOCK - (len % BLOCK);
  if (pad < MIN_PADDING) pad += BLOCK;
  if (extraPad > 0) {
    const round = Math.ceil(extraPad / BLOCK) * BLOCK;
    pad += round - ((len + pad) % round);
  }
  return pad;
}

/** A packet before NEWKEYS: no encryption, no MAC. */
export function plainPacket(payload: Uint8Array, rng: Rng): Uint8Array {
  const pad = paddingLength(payload.length, true);
  return new SshWriter()
    .u32(1 + payload.length + pad)
    .u8(pad)
    .bytes(payload)
    .bytes(randomBytes(rng, pad))
    .done();
}

/** A packet after NEWKEYS, as chacha20-poly1305@openssh.com frames it; `seq` is the packet sequence number. */
export function sealedPacket(
  payload: Uint8Array,
  rng: Rng,
  cipher: SimCipher,
  seq: number,
  extraPad = 0,
): Uint8Array {
  const pad = paddingLength(payload.length, false, extraPad);
  const body = new SshWriter().u8(pad).bytes(payload).bytes(randomBytes(rng, pad)).done();
  const length = cipher.mask(seq, new SshWriter().u32(body.length).done());
  return concatBytes([length, cipher.seal(seq, body, length)]);
}

/** Cuts one direction's byte stream into the version line and then packets, decrypting once keys are on. */
export class PacketReader {
  private buffer: Uint8Array = new Uint8Array(0);
  private versionSeen = false;
  cipher: SimCipher | null = null;
  /** Packets read so far (RFC 4253 §6.4); strict KEX sets it back to 0 at NEWKEYS. */
  seq = 0;
  /** Called with each packet's payload; may change `cipher` before the next packet is read. */
  constructor(
    private readonly onVersion: (line: string) => void,
    private readonly onPacket: (payload: Uint8Array) => void,
    private readonly onBadPacket: () => void,
  ) {}

  push(bytes: Uint8Array): void {
    this.buffer = this.buffer.length === 0 ? bytes : concatBytes([this.buffer, bytes]);
    if (!this.versionSeen) {
      const nl = this.buffer.indexOf(0x0a);
      if (nl < 0) return;
      const line = new TextDecoder().decode(this.buffer.subarray(0, nl)).replace(/\r$/, '');
      this.buffer = this.buffer.slice(nl + 1);
      if (!line.startsWith('SSH-')) return;
      this.versionSeen = true;
      this.onVersion(line);
    }
    for (;;) {
      if (this.buffer.length < 4) return;
      const cipher = this.cipher;
      const head = cipher ? cipher.mask(this.seq, this.buffer.subarray(0, 4)) : this.buffer.subarray(0, 4);
      const length = new ByteReader(head).u32();
      const total = 4 + length + (cipher ? TAG_LENGTH : 0);
      if (length > 256 * 1024) {
        this.onBadPacket();
        return;
      }
      if (this.buffer.length < total) return;
      const frame = this.buffer.subarray(0, total);
      this.buffer = this.buffer.slice(total);
      let body: Uint8Array | null;
      if (cipher) body = cipher.open(this.seq, frame.subarray(4), frame.subarray(0, 4));
      else body = frame.subarray(4);
      this.seq++;
      if (!body) {
        this.onBadPacket();
        return;
      }
      const pad = body[0] as number;
      this.onPacket(body.subarray(1, body.length - pad));
    }
  }
}

// ── Messages ──────────────────────────────────────────────────────────────

export interface KexInitSpec {
  cookie: Uint8Array;
  role: 'client' | 'server';
  kex?: readonly string[];
  hostKeys: readonly string[];
}

export function kexInit(spec: KexInitSpec): Uint8Array {
  const kex = [...(spec.kex ?? KEX_ALGORITHMS)];
  kex.push(
    ...(spec.role === 'client'
      ? ['ext-info-c', 'kex-strict-c-v00@openssh.com']
      : ['kex-strict-s-v00@openssh.com']),
  );
  const compression =
    spec.role === 'client' ? ['none', 'zlib@openssh.com', 'zlib'] : ['none', 'zlib@openssh.com'];
  return new SshWriter()
    .u8(MSG_KEXINIT)
    .bytes(spec.cookie)
    .nameList(kex)
    .nameList(spec.hostKeys)
    .nameList(CIPHERS)
    .nameList(CIPHERS)
    .nameList(MACS)
    .nameList(MACS)
    .nameList(compression)
    .nameList(compression)
    .nameList([])
    .nameList([])
    .bool(false)
    .u32(0)
    .done();
}

export interface KexInitFields {
  cookie: Uint8Array;
  kex: string[];
  hostKeys: string[];
}

export function parseKexInit(payload: Uint8Array): KexInitFields {
  const r = new SshReader(payload);
  r.u8();
  const cookie = r.bytes(16);
  const kex = r.text().split(',');
  const hostKeys = r.text().split(',');
  return { cookie, kex, hostKeys };
}

/** The ephemeral public key of each method: sntrup761's 1158 bytes plus X25519's 32, or X25519's alone. */
export function kexPublicKey(rng: Rng, kex: string, side: 'client' | 'server'): Uint8Array {
  if (!isSntrup(kex)) return randomBytes(rng, 32);
  // The server answers with an sntrup761 ciphertext (1039 bytes) instead of a public key.
  return randomBytes(rng, side === 'client' ? 1158 + 32 : 1039 + 32);
}

export function kexEcdhInit(publicKey: Uint8Array): Uint8Array {
  return new SshWriter().u8(MSG_KEX_ECDH_INIT).string(publicKey).done();
}

export function ed25519Blob(key: Uint8Array): Uint8Array {
  return new SshWriter().string('ssh-ed25519').string(key).done();
}

export function kexEcdhReply(hostKey: Uint8Array, publicKey: Uint8Array, rng: Rng): Uint8Array {
  const signature = new SshWriter().string('ssh-ed25519').string(randomBytes(rng, 64)).done();
  return new SshWriter()
    .u8(MSG_KEX_ECDH_REPLY)
    .string(ed25519Blob(hostKey))
    .string(publicKey)
    .string(signature)
    .done();
}

export function parseKexPublicKey(payload: Uint8Array): Uint8Array {
  const r = new SshReader(payload);
  const type = r.u8();
  if (type === MSG_KEX_ECDH_REPLY) r.string();
  return r.string();
}

export function newKeys(): Uint8Array {
  return new Uint8Array([MSG_NEWKEYS]);
}

export function extInfo(): Uint8Array {
  return new SshWriter()
    .u8(MSG_EXT_INFO)
    .u32(2)
    .string('server-sig-algs')
    .nameList(SERVER_SIG_ALGS)
    .string('publickey-hostbound@openssh.com')
    .string('0')
    .done();
}

export function serviceRequest(name: string): Uint8Array {
  return new SshWriter().u8(MSG_SERVICE_REQUEST).string(name).done();
}

export function serviceAccept(name: string): Uint8Array {
  return new SshWriter().u8(MSG_SERVICE_ACCEPT).string(name).done();
}

export function userauthNone(user: string): Uint8Array {
  return new SshWriter().u8(MSG_USERAUTH_REQUEST).string(user).string('ssh-connection').string('none').done();
}

export function userauthPassword(user: string, password: string): Uint8Array {
  return new SshWriter()
    .u8(MSG_USERAUTH_REQUEST)
    .string(user)
    .string('ssh-connection')
    .string('password')
    .bool(false)
    .string(password)
    .done();
}

export interface UserauthRequest {
  user: string;
  service: string;
  method: string;
  password?: string;
}

export function parseUserauthRequest(payload: Uint8Array): UserauthRequest {
  const r = new SshReader(payload);
  r.u8();
  const req: UserauthRequest = { user: r.text(), service: r.text(), method: r.text() };
  if (req.method === 'password') {
    r.bool();
    req.password = r.text();
  }
  return req;
}

export function userauthFailure(methods: readonly string[]): Uint8Array {
  return new SshWriter().u8(MSG_USERAUTH_FAILURE).nameList(methods).bool(false).done();
}

export function userauthSuccess(): Uint8Array {
  return new Uint8Array([MSG_USERAUTH_SUCCESS]);
}

export function globalRequest(
  name: string,
  wantReply: boolean,
  data: Uint8Array = new Uint8Array(0),
): Uint8Array {
  return new SshWriter().u8(MSG_GLOBAL_REQUEST).string(name).bool(wantReply).bytes(data).done();
}

export function channelOpen(sender: number, window: number, maxPacket: number): Uint8Array {
  return new SshWriter().u8(MSG_CHANNEL_OPEN).string('session').u32(sender).u32(window).u32(maxPacket).done();
}

export function channelOpenConfirmation(
  recipient: number,
  sender: number,
  window: number,
  maxPacket: number,
): Uint8Array {
  return new SshWriter()
    .u8(MSG_CHANNEL_OPEN_CONFIRMATION)
    .u32(recipient)
    .u32(sender)
    .u32(window)
    .u32(maxPacket)
    .done();
}

export function windowAdjust(recipient: number, bytes: number): Uint8Array {
  return new SshWriter().u8(MSG_CHANNEL_WINDOW_ADJUST).u32(recipient).u32(bytes).done();
}

export function channelData(recipient: number, data: Uint8Array): Uint8Array {
  return new SshWriter().u8(MSG_CHANNEL_DATA).u32(recipient).string(data).done();
}

export function channelEof(recipient: number): Uint8Array {
  return new SshWriter().u8(MSG_CHANNEL_EOF).u32(recipient).done();
}

export function channelClose(recipient: number): Uint8Array {
  return new SshWriter().u8(MSG_CHANNEL_CLOSE).u32(recipient).done();
}

export function channelRequest(
  recipient: number,
  type: string,
  wantReply: boolean,
  data: Uint8Array = new Uint8Array(0),
): Uint8Array {
  return new SshWriter()
    .u8(MSG_CHANNEL_REQUEST)
    .u32(recipient)
    .string(type)
    .bool(wantReply)
    .bytes(data)
    .done();
}

export function channelSuccess(recipient: number): Uint8Array {
  return new SshWriter().u8(MSG_CHANNEL_SUCCESS).u32(recipient).done();
}

export function disconnect(reason: number, description: string): Uint8Array {
  return new SshWriter().u8(MSG_DISCONNECT).u32(reason).string(description).string('').done();
}

export interface ChannelRequestFields {
  recipient: number;
  type: string;
  wantReply: boolean;
  /** For `exec` the command, for `subsystem` its name. */
  argument?: string;
}

export function parseChannelRequest(payload: Uint8Array): ChannelRequestFields {
  const r = new SshReader(payload);
  r.u8();
  const req: ChannelRequestFields = { recipient: r.u32(), type: r.text(), wantReply: r.bool() };
  if ((req.type === 'exec' || req.type === 'subsystem') && r.remaining >= 4) req.argument = r.text();
  return req;
}

/** Recipient channel and bytes of a CHANNEL_DATA, or the amount of a WINDOW_ADJUST. */
export function parseChannelData(payload: Uint8Array): { recipient: number; data: Uint8Array } {
  const r = new SshReader(payload);
  r.u8();
  return { recipient: r.u32(), data: r.string() };
}

export function parseWindowAdjust(payload: Uint8Array): { recipient: number; bytes: number } {
  const r = new SshReader(payload);
  r.u8();
  return { recipient: r.u32(), bytes: r.u32() };
}

export function parseChannelOpen(payload: Uint8Array): {
  type: string;
  sender: number;
  window: number;
  maxPacket: number;
} {
  const r = new SshReader(payload);
  r.u8();
  return { type: r.text(), sender: r.u32(), window: r.u32(), maxPacket: r.u32() };
}

export function parseOpenConfirmation(payload: Uint8Array): {
  recipient: number;
  sender: number;
  window: number;
  maxPacket: number;
} {
  const r = new SshReader(payload);
  r.u8();
  return { recipient: r.u32(), sender: r.u32(), window: r.u32(), maxPacket: r.u32() };
}

export function parseServiceName(payload: Uint8Array): string {
  const r = new SshReader(payload);
  r.u8();
  return r.text();
}
