/**
 * The SSH transport layer over one simulated TCP connection: the version exchange, binary packets, and
 * the switch to encryption at NEWKEYS, each direction on its own (RFC 4253 §7.3). Packets that OpenSSH
 * writes together leave in one TCP write, tagged with what an eavesdropper can tell (message names before
 * NEWKEYS, "Encrypted packet" after) and, for encrypted ones, what the two ends see inside.
 */
import type { AppMessage, GenericAppMessage } from '../../packet.ts';
import type { Rng } from '../../rng.ts';
import type { CloseReason, TcpConnection } from '../../tcp/connection.ts';
import { asciiBytes, concatBytes, deriveKey, SimCipher } from '../tls/bytes.ts';
import { MESSAGE_NAMES, MSG_NEWKEYS, PacketReader, plainPacket, sealedPacket } from './wire.ts';

export interface SshTransportHandlers {
  onVersion(line: string): void;
  onMessage(payload: Uint8Array): void;
  onPeerClose?(): void;
  onClose?(reason: CloseReason): void;
}

export interface OutPacket {
  payload: Uint8Array;
  /** What the message is, for the ends: `SERVICE_REQUEST ssh-userauth`, `CHANNEL_DATA` ... */
  name?: string;
  /** OpenSSH's extra padding (64 for the password request). */
  extraPad?: number;
}

export class SshTransport {
  private readonly reader: PacketReader;
  private writeCipher: SimCipher | null = null;
  private writeSeq = 0;
  private shared: number | null = null;
  private readonly own: 'c2s' | 's2c';

  constructor(
    readonly conn: TcpConnection,
    readonly role: 'client' | 'server',
    private readonly rng: Rng,
    private readonly handlers: SshTransportHandlers,
  ) {
    this.own = role === 'client' ? 'c2s' : 's2c';
    this.reader = new PacketReader(
      (line) => handlers.onVersion(line),
      (payload) => {
        if (payload[0] === MSG_NEWKEYS) this.peerNewKeys();
        else handlers.onMessage(payload);
      },
      () => conn.abort(),
    );
    conn.handlers = {
      ...conn.handlers,
      onData: (bytes) => this.reader.push(bytes),
      onPeerClose: () => handlers.onPeerClose?.(),
      onClose: (reason) => handlers.onClose?.(reason),
    };
  }

  get usable(): boolean {
    const s = this.conn.state;
    return s === 'ESTABLISHED' || s === 'CLOSE-WAIT';
  }

  /** The value both ends computed from the key exchange; keys come into use at each side's NEWKEYS. */
  setShared(shared: number): void {
    this.shared = shared;
  }

  sendVersion(line: string): void {
    if (!this.usable) return;
    this.conn.write(asciiBytes(`${line}\r\n`), { protocol: 'ssh', kind: 'version', text: line });
  }

  send(packets: OutPacket[], inner?: AppMessage): void {
    if (!this.usable || packets.length === 0) return;
    const frames: Uint8Array[] = [];
    const outer: string[] = [];
    const names: string[] = [];
    let sealed = 0;
    for (const p of packets) {
      const type = p.payload[0] as number;
      const name = p.name ?? MESSAGE_NAMES[type] ?? `message ${type}`;
      names.push(name);
      if (this.writeCipher) {
        frames.push(sealedPacket(p.payload, this.rng, this.writeCipher, this.writeSeq, p.extraPad));
        outer.push('Encrypted packet');
        sealed++;
      } else {
        frames.push(plainPacket(p.payload, this.rng));
        outer.push(name);
      }
      this.writeSeq++;
      if (type === MSG_NEWKEYS) this.ownNewKeys();
    }
    // Packets that carry a file are `data`: the TCP model then labels every segment of them, not only the first.
    const kind = inner?.kind === 'data' ? 'data' : sealed === packets.length ? 'encrypted' : 'kex';
    const message: GenericAppMessage = { protocol: 'ssh', kind, text: '' };
    // Wireshark shows one line per segment after NEWKEYS, whatever it holds; the capture importer too.
    const visible = outer.filter((o, i) => o !== 'Encrypted packet' || outer.indexOf(o) === i);
    message.text = `SSH ${visible.join(', ')}`;
    if (sealed > 0) {
      message.encrypted = true;
      message.fields = { packets: packets.length };
      message.inner = inner ?? { protocol: 'ssh', kind: 'message', text: `SSH ${names.join(', ')}` };
    }
    this.conn.write(concatBytes(frames), message);
  }

  /** Strict KEX (OpenSSH's Terrapin fix): sequence numbers start again from zero with the new keys. */
  private ownNewKeys(): void {
    if (this.shared === null) throw new Error('SSH: NEWKEYS before the key exchange');
    this.writeCipher = new SimCipher(deriveKey(this.shared, this.own));
    this.writeSeq = 0;
  }

  private peerNewKeys(): void {
    if (this.shared === null) {
      this.conn.abort();
      return;
    }
    this.reader.cipher = new SimCipher(deriveKey(this.shared, this.own === 'c2s' ? 's2c' : 'c2s'));
    this.reader.seq = 0;
  }
}
