import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Rng } from '../../rng.ts';
import { SimCipher } from '../tls/bytes.ts';
import { PacketReader, paddingLength, plainPacket, sealedPacket, userauthPassword } from './wire.ts';

describe('binary packet (RFC 4253 §6)', () => {
  test('padding is 4 to 255 bytes and brings the packet to a multiple of 8', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40_000 }), fc.boolean(), (payload, countLength) => {
        const pad = paddingLength(payload, countLength);
        expect(pad).toBeGreaterThanOrEqual(4);
        expect(pad).toBeLessThan(4 + 8);
        expect(((countLength ? 4 : 0) + 1 + payload + pad) % 8).toBe(0);
      }),
    );
  });

  test('the password request is padded to a multiple of 64, as OpenSSH hides the password length', () => {
    for (const password of ['a', 'secret', 'a much longer passphrase than that']) {
      const payload = userauthPassword('learner', password);
      const pad = paddingLength(payload.length, false, 64);
      expect((1 + payload.length + pad) % 64).toBe(0);
    }
    // The reference capture: user learner, password secret, 148 bytes on the wire (4 + 128 + 16).
    const payload = userauthPassword('learner', 'secret');
    expect(4 + 1 + payload.length + paddingLength(payload.length, false, 64) + 16).toBe(148);
  });

  test('packets cut anywhere by TCP are read back whole, before and after the keys', () => {
    const rng = new Rng(9);
    const cipher = new SimCipher(1234);
    const payloads = [
      new Uint8Array([20, 1, 2, 3]),
      new Uint8Array([21]),
      new Uint8Array([94, 0, 0, 0, 0, 9, 9]),
    ];
    const stream = [
      new TextEncoder().encode('SSH-2.0-Test\r\n'),
      plainPacket(payloads[0] as Uint8Array, rng),
      plainPacket(payloads[1] as Uint8Array, rng),
      sealedPacket(payloads[2] as Uint8Array, rng, cipher, 0),
    ];
    const all = new Uint8Array(stream.reduce((n, s) => n + s.length, 0));
    let at = 0;
    for (const s of stream) {
      all.set(s, at);
      at += s.length;
    }
    const got: number[][] = [];
    let version = '';
    const reader = new PacketReader(
      (line) => {
        version = line;
      },
      (p) => {
        got.push([...p]);
        if (p[0] === 21) {
          reader.cipher = cipher;
          reader.seq = 0;
        }
      },
      () => got.push([-1]),
    );
    for (let i = 0; i < all.length; i += 7) reader.push(all.subarray(i, i + 7));
    expect(version).toBe('SSH-2.0-Test');
    expect(got).toEqual(payloads.map((p) => [...p]));
  });

  test('a packet sealed with another key is refused', () => {
    const rng = new Rng(1);
    const frame = sealedPacket(new Uint8Array([94, 1]), rng, new SimCipher(1), 0);
    const bad: string[] = [];
    const reader = new PacketReader(
      () => undefined,
      () => bad.push('read'),
      () => bad.push('refused'),
    );
    reader.push(new TextEncoder().encode('SSH-2.0-x\r\n'));
    reader.cipher = new SimCipher(2);
    reader.push(frame);
    expect(bad).toEqual(['refused']);
  });
});
