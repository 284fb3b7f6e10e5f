/**
 * One end of a TLS session over a simulated TCP connection: the handshake state machines of TLS 1.2
 * (ECDHE, RFC 5246 and RFC 8422) and TLS 1.3 (RFC 8446, with the HelloRetryRequest and the middlebox
 * compatibility ChangeCipherSpec), then application data records and close_notify. Messages go out in
 * the flights OpenSSL sends them in: one TCP write per flight, several records in it.
 *
 * Keys are simulated: both ends derive them from the randoms and key shares they exchanged, and records
 * are sealed with a stand-in for AES-256-GCM that has the same lengths (see bytes.ts). An eavesdropper
 * sees each write's `text` (record types and sizes); the ends see `inner`, what they decrypted.
 */
import type { Micros } from '../../clock.ts';
import type { AppMessage, GenericAppMessage } from '../../packet.ts';
import type { Rng } from '../../rng.ts';
import type { CloseReason, TcpConnection } from '../../tcp/connection.ts';
import { ByteWriter, concatBytes, deriveKey, fingerprint, randomBytes, SimCipher } from './bytes.ts';
import {
  ALERT_CLOSE_NOTIFY,
  ALERT_WARNING,
  alert,
  CONTENT_ALERT,
  CONTENT_APPLICATION_DATA,
  CONTENT_CHANGE_CIPHER_SPEC,
  CONTENT_HANDSHAKE,
  certificate12,
  certificate13,
  certificateRequest12,
  certificateRequest13,
  certificateVerify,
  clientHello,
  clientKeyExchange,
  ecdsaSignature,
  encryptedExtensions,
  finished,
  GCM_EXPLICIT_NONCE,
  GROUP_CODES,
  type Group,
  HANDSHAKE_NAMES,
  HandshakeReader,
  HS_CERTIFICATE,
  HS_CERTIFICATE_REQUEST,
  HS_CLIENT_HELLO,
  HS_CLIENT_KEY_EXCHANGE,
  HS_FINISHED,
  HS_SERVER_HELLO,
  HS_SERVER_HELLO_DONE,
  HS_SERVER_KEY_EXCHANGE,
  helloRetryRequest,
  isHelloRetry,
  keyShareBytes,
  MAX_PLAINTEXT,
  newSessionTicket12,
  newSessionTicket13,
  parseHello,
  parseKeyExchange,
  RecordReader,
  record,
  SERVER_CERTIFICATE,
  serverHello12,
  serverHello13,
  serverHelloDone,
  serverKeyExchange,
  type TlsRecordFrame,
  VERSION_TLS10,
  VERSION_TLS12,
  VERSION_TLS13,
} from './wire.ts';

export type TlsVersion = '1.2' | '1.3';
export type TlsRole = 'client' | 'server';

export interface TlsOptions {
  role: TlsRole;
  /** The client offers up to this version; the server accepts up to it. */
  maxVersion: TlsVersion;
  /** Randoms, key shares and padding bytes: a fork of the run's generator. */
  rng: Rng;
  /**
   * Server: the groups it accepts for ECDHE. vsftpd 3.0.3 restricts OpenSSL to P-256, so a client that
   * offers an X25519 share first is sent a HelloRetryRequest.
   */
  groups?: Group[];
  /** Server: ask for a client certificate (vsftpd's ssl_request_cert, on by default). */
  requestCertificate?: boolean;
  /** Server: TLS 1.3 session tickets sent after the handshake (OpenSSL's default is two). */
  tickets?: number;
  /** Time to compute one flight (key generation, signatures). */
  computeDelay?: Micros;
}

export interface TlsHandlers {
  /** The handshake is over: application data may flow. */
  onSecure?(): void;
  /** Decrypted application data. */
  onData?(bytes: Uint8Array): void;
  /** The peer said it will send no more (close_notify). */
  onCloseNotify?(): void;
  /** The peer's FIN: the TCP stream from it ended. */
  onPeerClose?(): void;
  onClose?(reason: CloseReason): void;
}

/** One record of a flight: what Wireshark without keys calls it, and what it really is. */
interface FlightRecord {
  bytes: Uint8Array;
  outer: string;
  inner: string;
  type: number;
  sealed: boolean;
}

interface Direction {
  cipher: SimCipher | null;
  seq: number;
}

const TICKET_GAP: Micros = 70;

const RECORD_KINDS: Record<number, string> = {
  [CONTENT_HANDSHAKE]: 'handshake',
  [CONTENT_CHANGE_CIPHER_SPEC]: 'change-cipher-spec',
  [CONTENT_ALERT]: 'alert',
  [CONTENT_APPLICATION_DATA]: 'application-data',
};

export class TlsEndpoint {
  handlers: TlsHandlers = {};
  /** The version agreed on, once the ServerHello has been sent or read. */
  version: TlsVersion;
  private readonly records = new RecordReader();
  private readonly messages = new HandshakeReader();
  private readonly write_: Direction = { cipher: null, seq: 0 };
  private readonly read_: Direction = { cipher: null, seq: 0 };
  private readonly computeDelay: Micros;
  private clientRandom: Uint8Array = new Uint8Array(0);
  private serverRandom: Uint8Array = new Uint8Array(0);
  private sessionId: Uint8Array = new Uint8Array(0);
  private clientShare: Uint8Array = new Uint8Array(0);
  private serverShare: Uint8Array = new Uint8Array(0);
  private shared = 0;
  private ccsSent = false;
  private certificateRequested = false;
  private isSecure = false;
  private closeNotifySent = false;
  private ticketNonce = 0;

  constructor(
    readonly conn: TcpConnection,
    private readonly after: (delay: Micros, run: () => void) => void,
    private readonly options: TlsOptions,
  ) {
    this.version = options.maxVersion;
    this.computeDelay = options.computeDelay ?? (options.role === 'client' ? 650 : 1300);
    conn.handlers = {
      onData: (bytes) => this.receive(bytes),
      onPeerClose: () => this.handlers.onPeerClose?.(),
      onClose: (reason) => this.handlers.onClose?.(reason),
    };
  }

  get secure(): boolean {
    return this.isSecure;
  }

  get role(): TlsRole {
    return this.options.role;
  }

  /** The client opens the handshake with its ClientHello; a server waits for it. */
  start(): void {
    if (this.options.role !== 'client') return;
    const rng = this.options.rng;
    this.clientRandom = randomBytes(rng, 32);
    const tls13 = this.options.maxVersion === '1.3';
    this.sessionId = tls13 ? randomBytes(rng, 32) : new Uint8Array(0);
    this.later(() => this.sendClientHello('x25519', VERSION_TLS10));
  }

  /** Application data: records of at most 16 KiB of plaintext, all in one TCP write. */
  write(bytes: Uint8Array, inner: AppMessage): void {
    if (!this.isSecure) throw new Error('TLS: application data before the handshake is over');
    const flight: FlightRecord[] = [];
    let at = 0;
    do {
      const chunk = bytes.subarray(at, Math.min(bytes.length, at + MAX_PLAINTEXT));
      flight.push(this.sealRecord(CONTENT_APPLICATION_DATA, chunk, 'Application Data'));
      at += MAX_PLAINTEXT;
    } while (at < bytes.length);
    this.sendFlight(flight, inner);
  }

  /** The alert that says this side will send nothing more (RFC 8446 §6.1). */
  closeNotify(): void {
    if (this.closeNotifySent || !this.canWrite()) return;
    this.closeNotifySent = true;
    const r = this.sealRecord(CONTENT_ALERT, alert(ALERT_WARNING, ALERT_CLOSE_NOTIFY), 'Alert close_notify');
    this.sendFlight([r], { protocol: 'tls', kind: 'alert', text: 'TLS Alert close_notify' });
  }

  // ── Sending ───────────────────────────────────────────────────────────────

  private later(run: () => void, delay = this.computeDelay): void {
    this.after(delay, () => {
      if (this.canWrite()) run();
    });
  }

  private canWrite(): boolean {
    const s = this.conn.state;
    return s === 'ESTABLISHED' || s === 'CLOSE-WAIT';
  }

  private plain(type: number, body: Uint8Array, name: string, version = VERSION_TLS12): FlightRecord {
    return { bytes: record(type, version, body), outer: name, inner: name, type, sealed: false };
  }

  /** A record under the current write key: TLS 1.3 hides the real type inside, TLS 1.2 shows it. */
  private sealRecord(type: number, content: Uint8Array, name: string): FlightRecord {
    const dir = this.write_;
    const cipher = dir.cipher;
    if (!cipher) return this.plain(type, content, name);
    const seq = dir.seq++;
    if (this.version === '1.3') {
      const inner = concatBytes([content, new Uint8Array([type])]);
      const header = new ByteWriter()
        .u8(CONTENT_APPLICATION_DATA)
        .u16(VERSION_TLS12)
        .u16(inner.length + 16)
        .done();
      const body = cipher.seal(seq, inner, header);
      return {
        bytes: record(CONTENT_APPLICATION_DATA, VERSION_TLS12, body),
        outer: 'Application Data',
        inner: name,
        type: CONTENT_APPLICATION_DATA,
        sealed: true,
      };
    }
    const nonce = new ByteWriter().u32(0).u32(seq).done();
    const aad = new ByteWriter().bytes(nonce).u8(type).u16(VERSION_TLS12).u16(content.length).done();
    const body = concatBytes([nonce, cipher.seal(seq, content, aad)]);
    const outer =
      type === CONTENT_HANDSHAKE
        ? 'Encrypted Handshake Message'
        : type === CONTENT_ALERT
          ? 'Encrypted Alert'
          : 'Application Data';
    return { bytes: record(type, VERSION_TLS12, body), outer, inner: name, type, sealed: true };
  }

  private handshakeRecord(message: Uint8Array, version = VERSION_TLS12): FlightRecord {
    // A HelloRetryRequest is a ServerHello with a special random (RFC 8446 §4.1.3); Wireshark names it apart.
    const retry = message[0] === HS_SERVER_HELLO && isHelloRetry(message.subarray(6, 38));
    const name = retry ? 'HelloRetryRequest' : (HANDSHAKE_NAMES[message[0] as number] ?? 'Handshake');
    if (this.write_.cipher) return this.sealRecord(CONTENT_HANDSHAKE, message, name);
    return this.plain(CONTENT_HANDSHAKE, message, name, version);
  }

  private ccs(): FlightRecord {
    this.ccsSent = true;
    return this.plain(CONTENT_CHANGE_CIPHER_SPEC, new Uint8Array([1]), 'ChangeCipherSpec');
  }

  private sendFlight(flight: FlightRecord[], dataInner?: AppMessage): void {
    if (!this.canWrite()) return;
    const bytes = concatBytes(flight.map((r) => r.bytes));
    // The version shows in clear only in hello, handshake and ChangeCipherSpec records.
    const visible = flight.some((r) => r.type === CONTENT_HANDSHAKE || r.type === CONTENT_CHANGE_CIPHER_SPEC);
    const versioned = `TLS ${this.version} `;
    const first = flight[0] as FlightRecord;
    const message: GenericAppMessage = {
      protocol: 'tls',
      // Records that carry a file are `data`: the TCP model then labels every segment of them, not only the first.
      kind: dataInner?.kind === 'data' ? 'data' : (RECORD_KINDS[first.type] ?? 'record'),
      text: (visible ? versioned : 'TLS ') + summary(flight.map((r) => r.outer)),
      fields: { contentTypes: flight.map((r) => r.type).join(','), records: flight.length },
    };
    if (flight.some((r) => r.sealed)) {
      message.encrypted = true;
      message.inner = dataInner ?? {
        protocol: 'tls',
        kind: 'handshake',
        text: versioned + flight.map((r) => r.inner).join(', '),
      };
    }
    this.conn.write(bytes, message);
  }

  // ── Keys ─────────────────────────────────────────────────────────────────

  private deriveShared(): void {
    this.shared = fingerprint(this.clientRandom, this.serverRandom, this.clientShare, this.serverShare);
  }

  /** Switches one direction to a new key; `label` names the traffic secret (client/server, handshake/application). */
  private setKey(which: 'read' | 'write', label: string): void {
    const dir = which === 'read' ? this.read_ : this.write_;
    dir.cipher = new SimCipher(deriveKey(this.shared, label));
    dir.seq = 0;
  }

  private peerLabel(phase: string): string {
    return `${this.options.role === 'client' ? 's' : 'c'} ${phase}`;
  }

  // ── Receiving ────────────────────────────────────────────────────────────

  private receive(bytes: Uint8Array): void {
    for (const r of this.records.push(bytes)) {
      if (this.conn.isClosed) return;
      this.receiveRecord(r);
    }
  }

  private receiveRecord(r: TlsRecordFrame): void {
    if (r.type === CONTENT_CHANGE_CIPHER_SPEC) {
      // In TLS 1.2 it switches the peer's direction to the new key; in 1.3 it is only for middleboxes.
      if (this.version === '1.2') this.setKey('read', this.peerLabel('key'));
      return;
    }
    let type = r.type;
    let content = r.body;
    const cipher = this.read_.cipher;
    if (cipher) {
      const seq = this.read_.seq++;
      if (this.version === '1.3') {
        const header = new ByteWriter().u8(r.type).u16(r.version).u16(r.body.length).done();
        const opened = cipher.open(seq, r.body, header);
        if (!opened) {
          this.fatal();
          return;
        }
        let end = opened.length - 1;
        while (end >= 0 && opened[end] === 0) end--;
        type = opened[end] as number;
        content = opened.subarray(0, end);
      } else {
        const nonce = r.body.subarray(0, GCM_EXPLICIT_NONCE);
        const sealed = r.body.subarray(GCM_EXPLICIT_NONCE);
        const aad = new ByteWriter()
          .bytes(nonce)
          .u8(r.type)
          .u16(r.version)
          .u16(sealed.length - 16)
          .done();
        const opened = cipher.open(seq, sealed, aad);
        if (!opened) {
          this.fatal();
          return;
        }
        content = opened;
      }
    }
    if (type === CONTENT_HANDSHAKE) {
      for (const m of this.messages.push(content)) {
        if (this.conn.isClosed) return;
        this.handshakeMessage(m.type, m.body);
      }
    } else if (type === CONTENT_APPLICATION_DATA) {
      if (content.length > 0) this.handlers.onData?.(content);
    } else if (type === CONTENT_ALERT) {
      if (content[1] === ALERT_CLOSE_NOTIFY) this.handlers.onCloseNotify?.();
      else this.conn.abort();
    }
  }

  /** A record that fails its check ends the connection (bad_record_mac); it never happens without faults. */
  private fatal(): void {
    this.conn.abort();
  }

  private handshakeMessage(type: number, body: Uint8Array): void {
    if (this.options.role === 'server') this.serverMessage(type, body);
    else this.clientMessage(type, body);
  }

  // ── Client ───────────────────────────────────────────────────────────────

  private sendClientHello(group: Group, recordVersion: number, withCcs = false): void {
    const rng = this.options.rng;
    const tls13 = this.options.maxVersion === '1.3';
    this.clientShare = keyShareBytes(rng, group);
    const hello = clientHello({
      maxVersion: this.options.maxVersion,
      random: this.clientRandom,
      sessionId: this.sessionId,
      ...(tls13 ? { keyShare: { group, key: this.clientShare } } : {}),
    });
    const flight = withCcs ? [this.ccs()] : [];
    flight.push(this.handshakeRecord(hello, recordVersion));
    this.sendFlight(flight);
  }

  private clientMessage(type: number, body: Uint8Array): void {
    switch (type) {
      case HS_SERVER_HELLO: {
        const hello = parseHello(type, body);
        if (isHelloRetry(hello.random)) {
          const wanted = Object.entries(GROUP_CODES).find(([, code]) => code === hello.selectedGroup);
          const group = (wanted?.[0] ?? 'secp256r1') as Group;
          this.later(() => this.sendClientHello(group, VERSION_TLS12, true), 450);
          return;
        }
        this.serverRandom = hello.random;
        this.version = hello.versions.includes(VERSION_TLS13) ? '1.3' : '1.2';
        if (this.version === '1.3') {
          this.serverShare = hello.keyShares[0]?.key ?? new Uint8Array(0);
          this.deriveShared();
          this.setKey('read', 's hs');
        }
        return;
      }
      case HS_CERTIFICATE_REQUEST:
        this.certificateRequested = true;
        return;
      case HS_SERVER_KEY_EXCHANGE:
        this.serverShare = parseKeyExchange(type, body);
        return;
      case HS_SERVER_HELLO_DONE:
        this.later(() => this.clientFinish12(), 1100);
        return;
      case HS_FINISHED:
        if (this.version === '1.3') this.later(() => this.clientFinish13(), 1000);
        else this.becomeSecure();
        return;
      default:
        return;
    }
  }

  private clientFinish13(): void {
    const flight: FlightRecord[] = [];
    if (!this.ccsSent) flight.push(this.ccs());
    this.setKey('write', 'c hs');
    if (this.certificateRequested) flight.push(this.handshakeRecord(certificate13([])));
    flight.push(this.handshakeRecord(finished(randomBytes(this.options.rng, 48))));
    this.sendFlight(flight);
    this.setKey('write', 'c ap');
    this.setKey('read', 's ap');
    this.becomeSecure();
  }

  private clientFinish12(): void {
    this.clientShare = keyShareBytes(this.options.rng, 'secp256r1');
    this.deriveShared();
    const flight: FlightRecord[] = [];
    if (this.certificateRequested) flight.push(this.handshakeRecord(certificate12([])));
    flight.push(this.handshakeRecord(clientKeyExchange(this.clientShare)));
    flight.push(this.ccs());
    this.setKey('write', 'c key');
    flight.push(this.handshakeRecord(finished(randomBytes(this.options.rng, 12))));
    this.sendFlight(flight);
  }

  private becomeSecure(): void {
    if (this.isSecure) return;
    this.isSecure = true;
    this.handlers.onSecure?.();
  }

  // ── Server ───────────────────────────────────────────────────────────────

  private serverMessage(type: number, body: Uint8Array): void {
    switch (type) {
      case HS_CLIENT_HELLO:
        this.serverHello(parseHello(type, body));
        return;
      case HS_CLIENT_KEY_EXCHANGE:
        this.clientShare = parseKeyExchange(type, body);
        this.deriveShared();
        return;
      case HS_CERTIFICATE:
        return;
      case HS_FINISHED:
        if (this.version === '1.3') {
          this.setKey('read', 'c ap');
          this.sendTickets(this.options.tickets ?? 2);
        } else this.later(() => this.serverFinish12(), 1000);
        return;
      default:
        return;
    }
  }

  private serverHello(hello: ReturnType<typeof parseHello>): void {
    const rng = this.options.rng;
    this.clientRandom = hello.random;
    this.sessionId = hello.sessionId;
    const tls13 = this.options.maxVersion === '1.3' && hello.versions.includes(VERSION_TLS13);
    this.version = tls13 ? '1.3' : '1.2';
    const groups = this.options.groups ?? ['x25519', 'secp256r1'];
    if (!tls13) {
      this.later(() => {
        this.serverRandom = randomBytes(rng, 32);
        this.serverShare = keyShareBytes(rng, 'secp256r1');
        const sh = serverHello12(this.serverRandom);
        // The random on the wire carries the downgrade marker: both ends key on what was sent.
        this.serverRandom = sh.subarray(6, 38);
        const flight = [
          this.handshakeRecord(sh),
          this.handshakeRecord(certificate12([SERVER_CERTIFICATE])),
          this.handshakeRecord(serverKeyExchange('secp256r1', this.serverShare, ecdsaSignature(rng))),
        ];
        if (this.options.requestCertificate) flight.push(this.handshakeRecord(certificateRequest12()));
        flight.push(this.handshakeRecord(serverHelloDone()));
        this.sendFlight(flight);
      }, 3 * this.computeDelay);
      return;
    }
    const share = hello.keyShares.find((s) => groups.some((g) => GROUP_CODES[g] === s.group));
    if (!share) {
      // RFC 8446 §4.1.4: no acceptable key share, ask for one in a group this server takes.
      this.later(() => {
        const group = groups[0] ?? 'secp256r1';
        this.sendFlight([this.handshakeRecord(helloRetryRequest(this.sessionId, group)), this.ccs()]);
      });
      return;
    }
    const group = (Object.entries(GROUP_CODES).find(([, c]) => c === share.group)?.[0] ??
      'secp256r1') as Group;
    this.clientShare = share.key;
    this.later(() => {
      this.serverRandom = randomBytes(rng, 32);
      this.serverShare = keyShareBytes(rng, group);
      this.deriveShared();
      const flight = [
        this.handshakeRecord(serverHello13(this.serverRandom, this.sessionId, group, this.serverShare)),
      ];
      // Middlebox compatibility (RFC 8446 §D.4): a ChangeCipherSpec after the first ServerHello.
      if (!this.ccsSent) flight.push(this.ccs());
      this.setKey('write', 's hs');
      this.setKey('read', 'c hs');
      flight.push(this.handshakeRecord(encryptedExtensions()));
      if (this.options.requestCertificate) flight.push(this.handshakeRecord(certificateRequest13()));
      flight.push(this.handshakeRecord(certificate13([SERVER_CERTIFICATE])));
      flight.push(this.handshakeRecord(certificateVerify(ecdsaSignature(rng))));
      flight.push(this.handshakeRecord(finished(randomBytes(rng, 48))));
      this.sendFlight(flight);
      this.setKey('write', 's ap');
    });
  }

  /** OpenSSL sends each ticket in its own write, right after the client's Finished. */
  private sendTickets(count: number): void {
    if (count <= 0) {
      this.becomeSecure();
      return;
    }
    this.later(
      () => {
        this.ticketNonce++;
        this.sendFlight([this.handshakeRecord(newSessionTicket13(this.options.rng, this.ticketNonce - 1))]);
        this.sendTickets(count - 1);
      },
      this.ticketNonce === 0 ? 200 : TICKET_GAP,
    );
  }

  private serverFinish12(): void {
    const flight = [this.handshakeRecord(newSessionTicket12(this.options.rng)), this.ccs()];
    this.setKey('write', 's key');
    flight.push(this.handshakeRecord(finished(randomBytes(this.options.rng, 12))));
    this.sendFlight(flight);
    this.becomeSecure();
  }
}

/** Record names with runs counted, as the capture importer writes them: `Application Data ×3`. */
function summary(names: string[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < names.length) {
    const d = names[i] as string;
    let n = 1;
    while (i + n < names.length && names[i + n] === d) n++;
    parts.push(n > 1 ? `${d} ×${n}` : d);
    i += n;
  }
  return parts.join(', ');
}
