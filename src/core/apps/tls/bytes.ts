/**
 * Byte-level helpers shared by the TLS and SSH models: a big-endian writer and reader, and the simulated
 * cipher. Nothing here is real cryptography: the simulation needs ciphertext that looks random, has the
 * exact length the real cipher gives, and that the two ends (and only code that knows the exchanged
 * handshake values) can turn back into the plaintext.
 */
import { Rng } from '../../rng.ts';

export class ByteWriter {
  private parts: Uint8Array[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  bytes(b: Uint8Array): this {
    this.parts.push(b);
    this.size += b.length;
    return this;
  }

  u8(n: number): this {
    return this.bytes(new Uint8Array([n & 0xff]));
  }

  u16(n: number): this {
    return this.bytes(new Uint8Array([(n >>> 8) & 0xff, n & 0xff]));
  }

  u24(n: number): this {
    return this.bytes(new Uint8Array([(n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]));
  }

  u32(n: number): this {
    return this.bytes(new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]));
  }

  /** A 64-bit unsigned integer; the simulation never needs more than 2^53. */
  u64(n: number): this {
    const high = Math.floor(n / 0x1_0000_0000);
    return this.u32(high).u32(n >>> 0);
  }

  ascii(text: string): this {
    return this.bytes(new TextEncoder().encode(text));
  }

  done(): Uint8Array {
    return concatBytes(this.parts);
  }
}

export class ByteReader {
  private at = 0;

  constructor(private readonly data: Uint8Array) {}

  get offset(): number {
    return this.at;
  }

  get remaining(): number {
    return this.data.length - this.at;
  }

  private need(n: number): void {
    if (this.at + n > this.data.length) throw new RangeError(`truncated: need ${n} bytes at ${this.at}`);
  }

  u8(): number {
    this.need(1);
    return this.data[this.at++] as number;
  }

  u16(): number {
    return (this.u8() << 8) | this.u8();
  }

  u24(): number {
    return (this.u8() << 16) | (this.u8() << 8) | this.u8();
  }

  u32(): number {
    return ((this.u16() << 16) | this.u16()) >>> 0;
  }

  u64(): number {
    return this.u32() * 0x1_0000_0000 + this.u32();
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.data.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  rest(): Uint8Array {
    return this.bytes(this.remaining);
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function asciiBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function randomBytes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 4) {
    let v = rng.nextU32();
    for (let j = i; j < Math.min(n, i + 4); j++) {
      out[j] = v & 0xff;
      v >>>= 8;
    }
  }
  return out;
}

/** FNV-1a over several byte strings: turns exchanged handshake values into a key. */
export function fingerprint(...parts: Uint8Array[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    for (const b of p) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    h = Math.imul(h ^ 0xff, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 32-bit key for one direction and purpose, from the shared value both ends computed. */
export function deriveKey(shared: number, label: string): number {
  let h = shared ^ 0x9e3779b9;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

export const TAG_LENGTH = 16;

/**
 * A stand-in for an AEAD cipher: the plaintext XOR a keystream that depends on the key and the record's
 * sequence number, and a 16-byte tag over the ciphertext. Lengths are those of AES-GCM or
 * ChaCha20-Poly1305; the receiver checks the tag, so a record decrypted with the wrong key is noticed.
 */
export class SimCipher {
  constructor(readonly key: number) {}

  private stream(seq: number, n: number, salt: number): Uint8Array {
    return randomBytes(
      new Rng((Math.imul(this.key ^ salt, 0x85ebca6b) + Math.imul(seq, 0xc2b2ae35)) >>> 0),
      n,
    );
  }

  private xor(seq: number, data: Uint8Array): Uint8Array {
    const ks = this.stream(seq, data.length, 0x5bd1e995);
    const out = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = (data[i] as number) ^ (ks[i] as number);
    return out;
  }

  private tag(seq: number, ciphertext: Uint8Array, aad: Uint8Array): Uint8Array {
    const t = this.stream(seq, TAG_LENGTH, 0x27d4eb2f);
    const sum = fingerprint(aad, ciphertext);
    for (let i = 0; i < 4; i++) t[i] = (t[i] as number) ^ ((sum >>> (8 * i)) & 0xff);
    return t;
  }

  /** Ciphertext followed by the tag. */
  seal(seq: number, plaintext: Uint8Array, aad: Uint8Array = new Uint8Array(0)): Uint8Array {
    const c = this.xor(seq, plaintext);
    return concatBytes([c, this.tag(seq, c, aad)]);
  }

  /** The plaintext, or null when the tag does not match (wrong key, corrupted bytes). */
  open(seq: number, sealed: Uint8Array, aad: Uint8Array = new Uint8Array(0)): Uint8Array | null {
    if (sealed.length < TAG_LENGTH) return null;
    const c = sealed.subarray(0, sealed.length - TAG_LENGTH);
    const want = this.tag(seq, c, aad);
    const got = sealed.subarray(sealed.length - TAG_LENGTH);
    for (let i = 0; i < TAG_LENGTH; i++) if (want[i] !== got[i]) return null;
    return this.xor(seq, c);
  }

  /** Encryption without a tag, for the parts of a packet that carry none (SSH's length field). */
  mask(seq: number, data: Uint8Array): Uint8Array {
    const ks = this.stream(seq, data.length, 0x68e31da4);
    const out = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = (data[i] as number) ^ (ks[i] as number);
    return out;
  }
}

export function base64Bytes(text: string): Uint8Array {
  const bin = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
