/**
 * TLS on the wire (RFC 8446 for 1.3, RFC 5246 and RFC 8422 for 1.2 with ECDHE): records, handshake
 * messages and their fields, laid out byte for byte as OpenSSL 3.0 lays them out (as Python's ssl module
 * and vsftpd use it), so that a capture of a simulated run dissects in Wireshark like a real one.
 * Sizes were checked against real sessions: see the tests beside this file.
 */
import type { Rng } from '../../rng.ts';
import { ByteReader, ByteWriter, base64Bytes, concatBytes, randomBytes } from './bytes.ts';

export const CONTENT_CHANGE_CIPHER_SPEC = 20;
export const CONTENT_ALERT = 21;
export const CONTENT_HANDSHAKE = 22;
export const CONTENT_APPLICATION_DATA = 23;

export const HS_CLIENT_HELLO = 1;
export const HS_SERVER_HELLO = 2;
export const HS_NEW_SESSION_TICKET = 4;
export const HS_ENCRYPTED_EXTENSIONS = 8;
export const HS_CERTIFICATE = 11;
export const HS_SERVER_KEY_EXCHANGE = 12;
export const HS_CERTIFICATE_REQUEST = 13;
export const HS_SERVER_HELLO_DONE = 14;
export const HS_CERTIFICATE_VERIFY = 15;
export const HS_CLIENT_KEY_EXCHANGE = 16;
export const HS_FINISHED = 20;

export const HANDSHAKE_NAMES: Record<number, string> = {
  [HS_CLIENT_HELLO]: 'ClientHello',
  [HS_SERVER_HELLO]: 'ServerHello',
  [HS_NEW_SESSION_TICKET]: 'NewSessionTicket',
  [HS_ENCRYPTED_EXTENSIONS]: 'EncryptedExtensions',
  [HS_CERTIFICATE]: 'Certificate',
  [HS_SERVER_KEY_EXCHANGE]: 'ServerKeyExchange',
  [HS_CERTIFICATE_REQUEST]: 'CertificateRequest',
  [HS_SERVER_HELLO_DONE]: 'ServerHelloDone',
  [HS_CERTIFICATE_VERIFY]: 'CertificateVerify',
  [HS_CLIENT_KEY_EXCHANGE]: 'ClientKeyExchange',
  [HS_FINISHED]: 'Finished',
};

export const ALERT_CLOSE_NOTIFY = 0;
export const ALERT_WARNING = 1;

export const VERSION_TLS10 = 0x0301;
export const VERSION_TLS12 = 0x0303;
export const VERSION_TLS13 = 0x0304;

/** The largest plaintext one record may carry (RFC 8446 §5.1). */
export const MAX_PLAINTEXT = 16384;
/** AES-GCM's explicit nonce in TLS 1.2 records (RFC 5288): OpenSSL puts the sequence number there. */
export const GCM_EXPLICIT_NONCE = 8;

export const GROUP_SECP256R1 = 0x0017;
export const GROUP_X25519 = 0x001d;
export type Group = 'x25519' | 'secp256r1';
export const GROUP_CODES: Record<Group, number> = { x25519: GROUP_X25519, secp256r1: GROUP_SECP256R1 };

export const SUITE_AES_256_GCM_SHA384 = 0x1302;
export const SUITE_ECDHE_ECDSA_AES_256_GCM_SHA384 = 0xc02c;

/** The random a ServerHello carries when it is a HelloRetryRequest (RFC 8446 §4.1.3). */
export const HELLO_RETRY_RANDOM = new Uint8Array([
  0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91, 0xc2, 0xa2,
  0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
]);
/** The last 8 bytes of a TLS 1.3 server's random when it settles for 1.2 (RFC 8446 §4.1.3). */
const DOWNGRADE_TLS12 = new Uint8Array([0x44, 0x4f, 0x57, 0x4e, 0x47, 0x52, 0x44, 0x01]);

/** OpenSSL 3.0's default cipher list as Python's client offers it (TLS 1.3 suites only when 1.3 is allowed). */
const TLS13_SUITES = [0x1302, 0x1303, 0x1301];
const TLS12_SUITES = [
  0xc02c, 0xc030, 0xc02b, 0xc02f, 0xcca9, 0xcca8, 0xc024, 0xc028, 0xc023, 0xc027, 0x009f, 0x009e, 0x006b,
  0x0067, 0x00ff,
];
const GROUPS_TLS13 = [0x001d, 0x0017, 0x001e, 0x0019, 0x0018, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104];
const GROUPS_TLS12 = [0x001d, 0x0017, 0x001e, 0x0019, 0x0018];
const SIGNATURE_ALGORITHMS = [
  0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0809, 0x080a, 0x080b, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501,
  0x0601, 0x0303, 0x0301, 0x0302, 0x0402, 0x0502, 0x0602,
];
/** What OpenSSL accepts for a client certificate in TLS 1.3: the list above without DSA. */
const SIGNATURE_ALGORITHMS_TLS13_REQUEST = SIGNATURE_ALGORITHMS.slice(0, 16);

const EXT_SERVER_NAME = 0;
const EXT_SUPPORTED_GROUPS = 10;
const EXT_EC_POINT_FORMATS = 11;
const EXT_SIGNATURE_ALGORITHMS = 13;
const EXT_PADDING = 21;
const EXT_ENCRYPT_THEN_MAC = 22;
const EXT_EXTENDED_MASTER_SECRET = 23;
const EXT_SESSION_TICKET = 35;
const EXT_SUPPORTED_VERSIONS = 43;
const EXT_PSK_KEY_EXCHANGE_MODES = 45;
const EXT_KEY_SHARE = 51;
const EXT_RENEGOTIATION_INFO = 0xff01;

/**
 * The server's certificate: a self-signed P-256 certificate for ftp.example.net, 203.0.113.10 and
 * 2001:db8:2::10 (the scenario's server), made with openssl as vsftpd administrators make theirs.
 * Its size (451 bytes) is what gives the Certificate message its realistic length.
 */
export const SERVER_CERTIFICATE = base64Bytes(`
MIIBvzCCAWWgAwIBAgIUKuzVMFaSCJ6gKODHXowEizQv0hEwCgYIKoZIzj0EAwIwGjEYMBYGA1UEAwwPZnRwLmV4YW1wbGUubmV0
MB4XDTI2MTEyNTA3NDczMloXDTM2MTEyMjA3NDczMlowGjEYMBYGA1UEAwwPZnRwLmV4YW1wbGUubmV0MFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAEQ/+0zkPRMH3+ZnIz2+pV/u5du7IXcvhtP+7q9PAHcDE89kb9nXGiKyrrAE7KGp+nNHww6aMssZl1lF0oYVjH
VaOBiDCBhTAdBgNVHQ4EFgQU6vkUju9kYxkFdsL5fF3d8fO7YvwwHwYDVR0jBBgwFoAU6vkUju9kYxkFdsL5fF3d8fO7YvwwDwYD
VR0TAQH/BAUwAwEB/zAyBgNVHREEKzApgg9mdHAuZXhhbXBsZS5uZXSHBMsAcQqHECABDbgAAgAAAAAAAAAAABAwCgYIKoZIzj0E
AwIDSAAwRQIgEVcEsdo7B8eQ+ABlnPkzwYcqmmMB1hGMCrY0MsSg3OgCIQDdlKGKjODXOA6sq9JhFwBuUfuAtlmESqVnRwPnKQIn
zA==`);

// ── Framing ────────────────────────────────────────────────────────────────

export function record(type: number, version: number, body: Uint8Array): Uint8Array {
  return new ByteWriter().u8(type).u16(version).u16(body.length).bytes(body).done();
}

export function handshake(type: number, body: Uint8Array): Uint8Array {
  return new ByteWriter().u8(type).u24(body.length).bytes(body).done();
}

function extension(type: number, body: Uint8Array): Uint8Array {
  return new ByteWriter().u16(type).u16(body.length).bytes(body).done();
}

function u16List(values: number[]): Uint8Array {
  const w = new ByteWriter().u16(values.length * 2);
  for (const v of values) w.u16(v);
  return w.done();
}

function vector16(body: Uint8Array): Uint8Array {
  return new ByteWriter().u16(body.length).bytes(body).done();
}

/** An EC public key as ECDHE carries it: 32 bytes for X25519, an uncompressed point (65 bytes) for P-256. */
export function keyShareBytes(rng: Rng, group: Group): Uint8Array {
  if (group === 'x25519') return randomBytes(rng, 32);
  return concatBytes([new Uint8Array([0x04]), randomBytes(rng, 64)]);
}

/** A DER ECDSA-P256 signature (SEQUENCE of two INTEGERs): 70 to 72 bytes, as the leading bits fall. */
export function ecdsaSignature(rng: Rng): Uint8Array {
  const integer = () => {
    const v = randomBytes(rng, 32);
    // DER integers are signed: a high first bit needs a zero byte in front.
    return (v[0] as number) & 0x80
      ? concatBytes([new Uint8Array([0x02, 33, 0]), v])
      : concatBytes([new Uint8Array([0x02, 32]), v]);
  };
  const body = concatBytes([integer(), integer()]);
  return concatBytes([new Uint8Array([0x30, body.length]), body]);
}

// ── Handshake messages ────────────────────────────────────────────────────

export interface ClientHelloSpec {
  maxVersion: '1.2' | '1.3';
  random: Uint8Array;
  /** 32 bytes in TLS 1.3 middlebox-compatibility mode, empty for a 1.2-only client. */
  sessionId: Uint8Array;
  /** The key share offered (TLS 1.3 only). */
  keyShare?: { group: Group; key: Uint8Array };
  serverName?: string;
}

/**
 * A ClientHello as OpenSSL 3.0 writes it for Python's default client context: its cipher suites, groups
 * and signature algorithms, and the padding extension that brings a hello of 256 to 511 bytes up to 512
 * (RFC 7685, a workaround for old load balancers).
 */
export function clientHello(spec: ClientHelloSpec): Uint8Array {
  const tls13 = spec.maxVersion === '1.3';
  const exts: Uint8Array[] = [];
  if (spec.serverName) {
    const name = new ByteWriter().u8(0).u16(spec.serverName.length).ascii(spec.serverName).done();
    exts.push(extension(EXT_SERVER_NAME, vector16(name)));
  }
  exts.push(extension(EXT_EC_POINT_FORMATS, new Uint8Array([3, 0, 1, 2])));
  exts.push(extension(EXT_SUPPORTED_GROUPS, u16List(tls13 ? GROUPS_TLS13 : GROUPS_TLS12)));
  exts.push(extension(EXT_SESSION_TICKET, new Uint8Array(0)));
  exts.push(extension(EXT_ENCRYPT_THEN_MAC, new Uint8Array(0)));
  exts.push(extension(EXT_EXTENDED_MASTER_SECRET, new Uint8Array(0)));
  exts.push(extension(EXT_SIGNATURE_ALGORITHMS, u16List(SIGNATURE_ALGORITHMS)));
  if (tls13) {
    exts.push(extension(EXT_SUPPORTED_VERSIONS, new Uint8Array([4, 0x03, 0x04, 0x03, 0x03])));
    exts.push(extension(EXT_PSK_KEY_EXCHANGE_MODES, new Uint8Array([1, 1])));
    const share = spec.keyShare;
    if (share) {
      const entry = new ByteWriter()
        .u16(GROUP_CODES[share.group])
        .u16(share.key.length)
        .bytes(share.key)
        .done();
      exts.push(extension(EXT_KEY_SHARE, vector16(entry)));
    }
  }
  const suites = tls13 ? [...TLS13_SUITES, ...TLS12_SUITES] : TLS12_SUITES;
  const head = new ByteWriter()
    .u16(VERSION_TLS12)
    .bytes(spec.random)
    .u8(spec.sessionId.length)
    .bytes(spec.sessionId)
    .bytes(u16List(suites))
    .u8(1)
    .u8(0)
    .done();
  let extBytes = concatBytes(exts);
  // OpenSSL measures the hello with its 4-byte handshake header.
  const length = 4 + head.length + 2 + extBytes.length;
  if (length > 0xff && length < 0x200) {
    const pad = Math.max(0, 0x200 - length - 4);
    extBytes = concatBytes([extBytes, extension(EXT_PADDING, new Uint8Array(pad))]);
  }
  return handshake(HS_CLIENT_HELLO, concatBytes([head, vector16(extBytes)]));
}

function serverHelloFrame(
  random: Uint8Array,
  sessionId: Uint8Array,
  suite: number,
  exts: Uint8Array,
): Uint8Array {
  return handshake(
    HS_SERVER_HELLO,
    new ByteWriter()
      .u16(VERSION_TLS12)
      .bytes(random)
      .u8(sessionId.length)
      .bytes(sessionId)
      .u16(suite)
      .u8(0)
      .bytes(vector16(exts))
      .done(),
  );
}

/** RFC 8446 §4.1.4: a ServerHello with the special random, naming the group the server wants. */
export function helloRetryRequest(sessionId: Uint8Array, group: Group): Uint8Array {
  const exts = concatBytes([
    extension(EXT_SUPPORTED_VERSIONS, new Uint8Array([0x03, 0x04])),
    extension(EXT_KEY_SHARE, new ByteWriter().u16(GROUP_CODES[group]).done()),
  ]);
  return serverHelloFrame(HELLO_RETRY_RANDOM, sessionId, SUITE_AES_256_GCM_SHA384, exts);
}

export function serverHello13(
  random: Uint8Array,
  sessionId: Uint8Array,
  group: Group,
  key: Uint8Array,
): Uint8Array {
  const share = new ByteWriter().u16(GROUP_CODES[group]).u16(key.length).bytes(key).done();
  const exts = concatBytes([
    extension(EXT_SUPPORTED_VERSIONS, new Uint8Array([0x03, 0x04])),
    extension(EXT_KEY_SHARE, share),
  ]);
  return serverHelloFrame(random, sessionId, SUITE_AES_256_GCM_SHA384, exts);
}

/** A TLS 1.2 ServerHello from a server that could have spoken 1.3: its random ends in `DOWNGRD\x01`. */
export function serverHello12(random: Uint8Array): Uint8Array {
  const r = new Uint8Array(random);
  r.set(DOWNGRADE_TLS12, 24);
  const exts = concatBytes([
    extension(EXT_RENEGOTIATION_INFO, new Uint8Array([0])),
    extension(EXT_EC_POINT_FORMATS, new Uint8Array([3, 0, 1, 2])),
    extension(EXT_SESSION_TICKET, new Uint8Array(0)),
    extension(EXT_EXTENDED_MASTER_SECRET, new Uint8Array(0)),
  ]);
  return serverHelloFrame(r, new Uint8Array(0), SUITE_ECDHE_ECDSA_AES_256_GCM_SHA384, exts);
}

export function encryptedExtensions(): Uint8Array {
  return handshake(HS_ENCRYPTED_EXTENSIONS, new Uint8Array([0, 0]));
}

export function certificateRequest13(): Uint8Array {
  const sig = extension(EXT_SIGNATURE_ALGORITHMS, u16List(SIGNATURE_ALGORITHMS_TLS13_REQUEST));
  return handshake(HS_CERTIFICATE_REQUEST, new ByteWriter().u8(0).bytes(vector16(sig)).done());
}

export function certificateRequest12(): Uint8Array {
  // Certificate types RSA sign, DSS sign, ECDSA sign; no distinguished names.
  const body = new ByteWriter().u8(3).u8(1).u8(2).u8(64).bytes(u16List(SIGNATURE_ALGORITHMS)).u16(0).done();
  return handshake(HS_CERTIFICATE_REQUEST, body);
}

/** TLS 1.3 Certificate: request context, then each certificate with its (empty) extensions. */
export function certificate13(certs: Uint8Array[]): Uint8Array {
  const list = new ByteWriter();
  for (const c of certs) list.u24(c.length).bytes(c).u16(0);
  const entries = list.done();
  return handshake(HS_CERTIFICATE, new ByteWriter().u8(0).u24(entries.length).bytes(entries).done());
}

export function certificate12(certs: Uint8Array[]): Uint8Array {
  const list = new ByteWriter();
  for (const c of certs) list.u24(c.length).bytes(c);
  const entries = list.done();
  return handshake(HS_CERTIFICATE, new ByteWriter().u24(entries.length).bytes(entries).done());
}

export function certificateVerify(signature: Uint8Array): Uint8Array {
  return handshake(
    HS_CERTIFICATE_VERIFY,
    new ByteWriter().u16(0x0403).u16(signature.length).bytes(signature).done(),
  );
}

/** RFC 8422 §5.4: named curve, the server's ephemeral point, and its signature over both randoms. */
export function serverKeyExchange(group: Group, key: Uint8Array, signature: Uint8Array): Uint8Array {
  const body = new ByteWriter()
    .u8(3)
    .u16(GROUP_CODES[group])
    .u8(key.length)
    .bytes(key)
    .u16(0x0403)
    .u16(signature.length)
    .bytes(signature)
    .done();
  return handshake(HS_SERVER_KEY_EXCHANGE, body);
}

export function serverHelloDone(): Uint8Array {
  return handshake(HS_SERVER_HELLO_DONE, new Uint8Array(0));
}

export function clientKeyExchange(key: Uint8Array): Uint8Array {
  return handshake(HS_CLIENT_KEY_EXCHANGE, new ByteWriter().u8(key.length).bytes(key).done());
}

/** Finished: the verify data is 48 bytes with SHA-384 in TLS 1.3, always 12 in TLS 1.2. */
export function finished(verifyData: Uint8Array): Uint8Array {
  return handshake(HS_FINISHED, verifyData);
}

/** TLS 1.3 NewSessionTicket as OpenSSL sends it: two hours of lifetime, an 8-byte nonce, a 208-byte ticket. */
export function newSessionTicket13(rng: Rng, nonce: number): Uint8Array {
  const body = new ByteWriter()
    .u32(7200)
    .bytes(randomBytes(rng, 4))
    .u8(8)
    .u32(0)
    .u32(nonce)
    .u16(208)
    .bytes(randomBytes(rng, 208))
    .u16(0)
    .done();
  return handshake(HS_NEW_SESSION_TICKET, body);
}

export function newSessionTicket12(rng: Rng): Uint8Array {
  return handshake(
    HS_NEW_SESSION_TICKET,
    new ByteWriter().u32(7200).u16(176).bytes(randomBytes(rng, 176)).done(),
  );
}

export function alert(level: number, description: number): Uint8Array {
  return new Uint8Array([level, description]);
}

// ── Reading ───────────────────────────────────────────────────────────────

export interface TlsRecordFrame {
  type: number;
  version: number;
  body: Uint8Array;
}

/** Cuts a byte stream into records, however TCP segmented it. */
export class RecordReader {
  private buffer: Uint8Array = new Uint8Array(0);

  push(bytes: Uint8Array): TlsRecordFrame[] {
    this.buffer = this.buffer.length === 0 ? bytes : concatBytes([this.buffer, bytes]);
    const out: TlsRecordFrame[] = [];
    let at = 0;
    while (this.buffer.length - at >= 5) {
      const b = this.buffer;
      const length = ((b[at + 3] as number) << 8) | (b[at + 4] as number);
      if (b.length - at < 5 + length) break;
      out.push({
        type: b[at] as number,
        version: ((b[at + 1] as number) << 8) | (b[at + 2] as number),
        body: b.slice(at + 5, at + 5 + length),
      });
      at += 5 + length;
    }
    this.buffer = this.buffer.slice(at);
    return out;
  }
}

export interface HandshakeMessage {
  type: number;
  body: Uint8Array;
}

/** Handshake messages may span records (RFC 8446 §5.1): this joins and splits them. */
export class HandshakeReader {
  private buffer: Uint8Array = new Uint8Array(0);

  push(bytes: Uint8Array): HandshakeMessage[] {
    this.buffer = this.buffer.length === 0 ? bytes : concatBytes([this.buffer, bytes]);
    const out: HandshakeMessage[] = [];
    let at = 0;
    while (this.buffer.length - at >= 4) {
      const b = this.buffer;
      const length = ((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number);
      if (b.length - at < 4 + length) break;
      out.push({ type: b[at] as number, body: b.slice(at + 4, at + 4 + length) });
      at += 4 + length;
    }
    this.buffer = this.buffer.slice(at);
    return out;
  }
}

export interface ParsedHello {
  random: Uint8Array;
  sessionId: Uint8Array;
  versions: number[];
  keyShares: Array<{ group: number; key: Uint8Array }>;
  /** For a ServerHello: the group a HelloRetryRequest asks for. */
  selectedGroup?: number;
  suite?: number;
}

/** The fields of a ClientHello or ServerHello the handshake needs. */
export function parseHello(type: number, body: Uint8Array): ParsedHello {
  const r = new ByteReader(body);
  r.u16();
  const random = r.bytes(32);
  const sessionId = r.bytes(r.u8());
  const hello: ParsedHello = { random, sessionId, versions: [], keyShares: [] };
  if (type === HS_CLIENT_HELLO) {
    r.bytes(r.u16());
    r.bytes(r.u8());
  } else {
    hello.suite = r.u16();
    r.u8();
  }
  if (r.remaining < 2) return hello;
  const exts = new ByteReader(r.bytes(r.u16()));
  while (exts.remaining >= 4) {
    const extType = exts.u16();
    const e = new ByteReader(exts.bytes(exts.u16()));
    if (extType === EXT_SUPPORTED_VERSIONS) {
      if (type === HS_CLIENT_HELLO) {
        const n = e.u8() / 2;
        for (let i = 0; i < n; i++) hello.versions.push(e.u16());
      } else hello.versions.push(e.u16());
    } else if (extType === EXT_KEY_SHARE) {
      if (type === HS_CLIENT_HELLO) {
        const list = new ByteReader(e.bytes(e.u16()));
        while (list.remaining >= 4) hello.keyShares.push({ group: list.u16(), key: list.bytes(list.u16()) });
      } else if (e.remaining === 2) hello.selectedGroup = e.u16();
      else hello.keyShares.push({ group: e.u16(), key: e.bytes(e.u16()) });
    }
  }
  return hello;
}

export function isHelloRetry(random: Uint8Array): boolean {
  return HELLO_RETRY_RANDOM.every((b, i) => random[i] === b);
}

/** The ephemeral key in a ServerKeyExchange (TLS 1.2) or ClientKeyExchange. */
export function parseKeyExchange(type: number, body: Uint8Array): Uint8Array {
  const r = new ByteReader(body);
  if (type === HS_SERVER_KEY_EXCHANGE) {
    r.u8();
    r.u16();
  }
  return r.bytes(r.u8());
}
