/**
 * TLS records (RFC 8446, RFC 5246) as a capture shows them without keys: the record types, the names of
 * handshake messages while they are in clear, and "Encrypted Handshake" once a side has changed cipher spec.
 * Only a record header (5 bytes) and a handshake header (4 bytes) are ever buffered.
 */
import type { AppMessage } from '../../core/packet.ts';
import type { AppSession } from './session.ts';

const CHANGE_CIPHER_SPEC = 20;
const ALERT = 21;
const HANDSHAKE = 22;
const APPLICATION_DATA = 23;
const HEARTBEAT = 24;
/** A record body may be at most 2^14 bytes plus the expansion encryption allows. */
const MAX_RECORD = 16384 + 2048;

const HANDSHAKE_NAMES: Record<number, string> = {
  0: 'HelloRequest',
  1: 'ClientHello',
  2: 'ServerHello',
  4: 'NewSessionTicket',
  5: 'EndOfEarlyData',
  8: 'EncryptedExtensions',
  11: 'Certificate',
  12: 'ServerKeyExchange',
  13: 'CertificateRequest',
  14: 'ServerHelloDone',
  15: 'CertificateVerify',
  16: 'ClientKeyExchange',
  20: 'Finished',
  24: 'KeyUpdate',
};

const ALERT_NAMES: Record<number, string> = {
  0: 'close_notify',
  10: 'unexpected_message',
  20: 'bad_record_mac',
  40: 'handshake_failure',
  42: 'bad_certificate',
  46: 'certificate_unknown',
  48: 'unknown_ca',
  70: 'protocol_version',
  80: 'internal_error',
  90: 'user_canceled',
  112: 'unrecognized_name',
};

const KINDS: Record<number, string> = {
  [CHANGE_CIPHER_SPEC]: 'change-cipher-spec',
  [ALERT]: 'alert',
  [HANDSHAKE]: 'handshake',
  [APPLICATION_DATA]: 'application-data',
  [HEARTBEAT]: 'heartbeat',
};

function validHeader(type: number, major: number, minor: number, length: number): boolean {
  return type >= CHANGE_CIPHER_SPEC && type <= HEARTBEAT && major === 3 && minor <= 4 && length <= MAX_RECORD;
}

/** True when the bytes start like a TLS record: a known content type and an SSL 3.0 to TLS 1.3 version. */
export function looksLikeTls(bytes: Uint8Array): boolean {
  if (bytes.length < 3) return false;
  const type = bytes[0] as number;
  return (
    type >= CHANGE_CIPHER_SPEC && type <= APPLICATION_DATA && bytes[1] === 3 && (bytes[2] as number) <= 4
  );
}

/** The random of a ServerHello that is really a HelloRetryRequest (RFC 8446 §4.1.3). */
const HELLO_RETRY_RANDOM = [
  0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91, 0xc2, 0xa2,
  0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
];
const SERVER_HELLO = 2;

export interface TlsRecord {
  type: number;
  description: string;
  /** Types of the handshake messages that start in this record, when they are in clear. */
  handshakeTypes: number[];
}

/** One direction's records. */
class TlsDirection {
  private header = new Uint8Array(5);
  private headerHave = 0;
  private remaining = 0;
  private length = 0;
  private type = 0;
  private inRecord = false;
  /** After ChangeCipherSpec, this side's records are encrypted, unless a handshake record proves otherwise. */
  private encrypted = false;
  /** The current record is encrypted (decided from its first bytes for a handshake record). */
  private recordEncrypted = false;
  /** A handshake record after ChangeCipherSpec whose first header is still being read. */
  private probing = false;
  private hsHeader = new Uint8Array(4);
  private hsHave = 0;
  private hsRemaining = 0;
  /** The start of a ServerHello body (version and random), to tell a HelloRetryRequest. */
  private hello: number[] | undefined;
  private helloIndex = 0;
  private names: string[] = [];
  private types: number[] = [];
  private alert: number[] = [];
  /** Record boundaries were lost: wait for a push that starts with a valid record header. */
  private lost = false;

  push(bytes: Uint8Array): TlsRecord[] {
    const done: TlsRecord[] = [];
    let at = 0;
    if (this.lost) {
      const length = ((bytes[3] ?? 0) << 8) | (bytes[4] ?? 0);
      if (
        bytes.length < 5 ||
        !validHeader(bytes[0] as number, bytes[1] as number, bytes[2] as number, length)
      ) {
        return done;
      }
      this.lost = false;
    }
    while (at < bytes.length) {
      if (!this.inRecord) {
        while (this.headerHave < 5 && at < bytes.length)
          this.header[this.headerHave++] = bytes[at++] as number;
        if (this.headerHave < 5) break;
        const h = this.header;
        const length = ((h[3] as number) << 8) | (h[4] as number);
        if (!validHeader(h[0] as number, h[1] as number, h[2] as number, length)) {
          this.gap();
          break;
        }
        this.startRecord(h[0] as number, length);
      }
      const take = Math.min(this.remaining, bytes.length - at);
      this.body(bytes, at, take);
      at += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.inRecord = false;
        done.push({ type: this.type, description: this.describe(), handshakeTypes: this.types });
        if (this.type === CHANGE_CIPHER_SPEC) this.encrypted = true;
      }
    }
    return done;
  }

  private startRecord(type: number, length: number): void {
    this.type = type;
    this.remaining = length;
    this.length = length;
    this.inRecord = true;
    this.headerHave = 0;
    this.names = [];
    this.types = [];
    this.alert = [];
    this.recordEncrypted = this.encrypted && type !== CHANGE_CIPHER_SPEC && type !== APPLICATION_DATA;
    this.probing = this.encrypted && type === HANDSHAKE;
    if (this.probing) {
      this.hsHave = 0;
      this.hsRemaining = 0;
    }
  }

  private body(bytes: Uint8Array, start: number, count: number): void {
    if (this.type === ALERT && !this.recordEncrypted) {
      for (let i = 0; i < count && this.alert.length < 2; i++) this.alert.push(bytes[start + i] as number);
      return;
    }
    if (this.type !== HANDSHAKE) return;
    let at = start;
    const end = start + count;
    while (at < end) {
      if (this.recordEncrypted && !this.probing) return;
      if (this.hsRemaining > 0) {
        const skip = Math.min(this.hsRemaining, end - at);
        this.helloBytes(bytes, at, skip);
        this.hsRemaining -= skip;
        at += skip;
        continue;
      }
      this.hsHeader[this.hsHave++] = bytes[at++] as number;
      if (this.hsHave === 4) this.handshakeHeader();
    }
  }

  private handshakeHeader(): void {
    const h = this.hsHeader;
    const type = h[0] as number;
    const length = ((h[1] as number) << 16) | ((h[2] as number) << 8) | (h[3] as number);
    this.hsHave = 0;
    if (this.probing) {
      this.probing = false;
      // Encrypted bytes pass for a handshake header only by a fluke of about one in a million.
      if (HANDSHAKE_NAMES[type] === undefined || length + 4 > this.length) return;
      this.recordEncrypted = false;
    }
    this.names.push(HANDSHAKE_NAMES[type] ?? `Handshake type ${type}`);
    this.types.push(type);
    this.hsRemaining = length;
    this.hello = type === SERVER_HELLO ? [] : undefined;
    this.helloIndex = this.names.length - 1;
  }

  private helloBytes(bytes: Uint8Array, start: number, count: number): void {
    const hello = this.hello;
    if (!hello) return;
    for (let i = 0; i < count && hello.length < 34; i++) hello.push(bytes[start + i] as number);
    if (hello.length < 34) return;
    this.hello = undefined;
    if (HELLO_RETRY_RANDOM.every((b, i) => hello[i + 2] === b))
      this.names[this.helloIndex] = 'HelloRetryRequest';
  }

  private describe(): string {
    switch (this.type) {
      case CHANGE_CIPHER_SPEC:
        return 'ChangeCipherSpec';
      case ALERT:
        if (this.recordEncrypted || this.alert.length < 2) return 'Encrypted Alert';
        return `Alert (${ALERT_NAMES[this.alert[1] as number] ?? `description ${this.alert[1]}`})`;
      case HANDSHAKE:
        if (this.recordEncrypted) return 'Encrypted Handshake';
        return this.names.length > 0 ? this.names.join(', ') : 'Handshake (continued)';
      case APPLICATION_DATA:
        return 'Application Data';
      default:
        return 'Heartbeat';
    }
  }

  gap(): void {
    this.lost = true;
    this.inRecord = false;
    this.headerHave = 0;
    this.hsHave = 0;
    this.hsRemaining = 0;
    this.hello = undefined;
  }
}

/** Record descriptions with runs of the same one counted: `Application Data ×3`. */
function summary(records: TlsRecord[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < records.length) {
    const d = (records[i] as TlsRecord).description;
    let n = 1;
    while (i + n < records.length && (records[i + n] as TlsRecord).description === d) n++;
    parts.push(n > 1 ? `${d} ×${n}` : d);
    i += n;
  }
  return parts.join(', ');
}

function tlsMessage(records: TlsRecord[]): AppMessage[] {
  if (records.length === 0) return [];
  const first = records[0] as TlsRecord;
  const fields: Record<string, string | number> = { contentTypes: records.map((r) => r.type).join(',') };
  const handshake = records.flatMap((r) => r.handshakeTypes);
  if (handshake.length > 0) fields.handshakeTypes = handshake.join(',');
  return [{ protocol: 'tls', kind: KINDS[first.type] ?? 'record', text: `TLS ${summary(records)}`, fields }];
}

export class TlsSession implements AppSession {
  private readonly sides = [new TlsDirection(), new TlsDirection()];

  data(fromClient: boolean, bytes: Uint8Array): AppMessage[] {
    return tlsMessage((this.sides[fromClient ? 0 : 1] as TlsDirection).push(bytes));
  }

  gap(fromClient: boolean): void {
    (this.sides[fromClient ? 0 : 1] as TlsDirection).gap();
  }

  end(): AppMessage[] {
    return [];
  }
}
