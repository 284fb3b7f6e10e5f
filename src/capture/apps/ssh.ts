/**
 * SSH (RFC 4253) as a capture shows it: each side's version string, then binary packets whose message
 * numbers are readable until that side sends NEWKEYS; after it, every segment is an encrypted packet.
 */
import type { AppMessage } from '../../core/packet.ts';
import { LineReader } from './lines.ts';
import type { AppSession } from './session.ts';

const NEWKEYS = 21;
/** OpenSSH refuses larger packets; a larger length means the framing is lost. */
const MAX_PACKET = 256 * 1024;
/** Lines a server may send before its version string (RFC 4253 §4.2); more means this is not SSH. */
const MAX_BANNER_LINES = 32;

const MESSAGE_NAMES: Record<number, string> = {
  1: 'DISCONNECT',
  2: 'IGNORE',
  3: 'UNIMPLEMENTED',
  4: 'DEBUG',
  5: 'SERVICE_REQUEST',
  6: 'SERVICE_ACCEPT',
  7: 'EXT_INFO',
  20: 'KEXINIT',
  21: 'NEWKEYS',
  30: 'KEX_ECDH_INIT',
  31: 'KEX_ECDH_REPLY',
  32: 'KEX_DH_GEX_INIT',
  33: 'KEX_DH_GEX_REPLY',
  34: 'KEX_DH_GEX_REQUEST',
};

function message(kind: string, text: string, fields?: Record<string, string | number>): AppMessage {
  const m: AppMessage = { protocol: 'ssh', kind, text };
  if (fields) m.fields = fields;
  return m;
}

class SshDirection {
  private state: 'banner' | 'binary' | 'encrypted' | 'lost' = 'banner';
  private readonly lines = new LineReader(255);
  private bannerLines = 0;
  private header = new Uint8Array(6);
  private headerHave = 0;
  private remaining = 0;
  private current = 0;

  push(bytes: Uint8Array): AppMessage[] {
    const out: AppMessage[] = [];
    let data = bytes;
    if (this.state === 'banner') {
      this.lines.feed(bytes);
      for (let line = this.lines.next(); line !== undefined; line = this.lines.next()) {
        if (line.startsWith('SSH-')) {
          out.push(message('version', line));
          this.state = 'binary';
          break;
        }
        if (++this.bannerLines > MAX_BANNER_LINES) this.state = 'lost';
      }
      if (this.state !== 'binary') return out;
      data = this.lines.rest();
    }
    const names: string[] = [];
    let at = 0;
    while (at < data.length && this.state === 'binary') {
      if (this.remaining === 0) {
        while (this.headerHave < 6 && at < data.length) this.header[this.headerHave++] = data[at++] as number;
        if (this.headerHave < 6) break;
        const h = this.header;
        const length =
          (((h[0] as number) << 24) |
            ((h[1] as number) << 16) |
            ((h[2] as number) << 8) |
            (h[3] as number)) >>>
          0;
        if (length < 5 || length > MAX_PACKET) {
          this.state = 'lost';
          break;
        }
        this.current = h[5] as number;
        // The packet is 4 + length bytes; the header read so far holds 6 of them. No MAC before NEWKEYS.
        this.remaining = 4 + length - 6;
        this.headerHave = 0;
        if (this.remaining > 0) continue;
      }
      const take = Math.min(this.remaining, data.length - at);
      at += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        names.push(MESSAGE_NAMES[this.current] ?? `message ${this.current}`);
        if (this.current === NEWKEYS) this.state = 'encrypted';
      }
    }
    if (names.length > 0) out.push(message('kex', `SSH ${names.join(', ')}`));
    if (this.state === 'encrypted' && at < data.length)
      out.push(message('encrypted', 'SSH Encrypted packet'));
    return out;
  }

  gap(): void {
    // Without the packet lengths the framing cannot be found again before NEWKEYS; after it nothing changes.
    if (this.state !== 'encrypted') this.state = 'lost';
  }
}

export class SshSession implements AppSession {
  private readonly sides = [new SshDirection(), new SshDirection()];

  data(fromClient: boolean, bytes: Uint8Array): AppMessage[] {
    return (this.sides[fromClient ? 0 : 1] as SshDirection).push(bytes);
  }

  gap(fromClient: boolean): void {
    (this.sides[fromClient ? 0 : 1] as SshDirection).gap();
  }

  end(): AppMessage[] {
    return [];
  }
}
