/**
 * Damaged files, found by fast-check: the real fixtures cut short, with bits flipped and bytes and words
 * overwritten, read whole or in chunks of any size. Whatever the damage, nothing throws, reading ends, the
 * work stays proportional to the file, every error names an offset inside the file, and the frames read
 * before a cut are exactly the frames of the intact file.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaptureError } from '../../src/capture/errors.ts';
import { importCapture, importCaptureStream } from '../../src/capture/import.ts';
import { readCapture } from '../../src/capture/reader.ts';
import { splitAt } from '../helpers/chunks.ts';
import { writePcap, writePcapng } from '../helpers/pcap-writer.ts';
import { findFixtures } from './fixtures.ts';

const files = [...findFixtures('tests/fixtures/captures'), ...findFixtures('tests/capture/fixtures')].map(
  (f) => ({
    name: f.name,
    bytes: new Uint8Array(readFileSync(f.capture)),
  }),
);

/** Every record needs at least 12 bytes of file, so a file cannot hold more frames than this. */
const maxFrames = (length: number) => Math.floor(length / 12) + 1;

function expectErrorInside(error: CaptureError | undefined, length: number): void {
  if (!error) return;
  expect(Number.isInteger(error.offset)).toBe(true);
  expect(error.offset).toBeGreaterThanOrEqual(0);
  if (length === 0) expect(error.offset).toBe(0);
  else expect(error.offset).toBeLessThan(length);
  expect(error.message.length).toBeGreaterThan(10);
}

type Damage =
  | { at: number; kind: 'flip'; bit: number }
  | { at: number; kind: 'byte'; value: number }
  | { at: number; kind: 'word'; value: number };

function damage(length: number): fc.Arbitrary<Damage[]> {
  const at = fc.nat(Math.max(0, length - 1));
  return fc.array(
    fc.oneof(
      fc.record({ at, kind: fc.constant('flip' as const), bit: fc.nat(7) }),
      fc.record({ at, kind: fc.constant('byte' as const), value: fc.nat(255) }),
      // Lengths and counts are 32-bit words: small, huge and off-by-a-little values matter most.
      fc.record({
        at,
        kind: fc.constant('word' as const),
        value: fc.oneof(fc.nat(64), fc.constant(0xffffffff), fc.nat()),
      }),
    ),
    { minLength: 1, maxLength: 8 },
  );
}

function apply(bytes: Uint8Array, changes: Damage[]): Uint8Array {
  const out = bytes.slice();
  for (const c of changes) {
    if (c.kind === 'flip') out[c.at] = (out[c.at] as number) ^ (1 << c.bit);
    else if (c.kind === 'byte') out[c.at] = c.value;
    else for (let i = 0; i < 4 && c.at + i < out.length; i++) out[c.at + i] = (c.value >>> (8 * i)) & 0xff;
  }
  return out;
}

// Each property re-reads a whole capture many times: seconds of work on a busy two-core machine, which is
// not what these tests measure, so they get time enough not to fail for it.
describe('damaged captures', { timeout: 60_000 }, () => {
  it('has real captures to damage', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    describe(file.name, () => {
      const intact = readCapture(file.bytes);

      it('keeps every frame before a cut and names where the file ends', () => {
        fc.assert(
          fc.property(fc.nat(file.bytes.length), (n) => {
            const cut = file.bytes.subarray(0, n);
            const { frames, error } = readCapture(cut);
            expectErrorInside(error, n);
            expect(frames).toEqual(intact.frames.slice(0, frames.length));
            // Every frame whose record ends before the cut is there; none that starts after it.
            const surelyComplete = intact.frames.filter(
              (_, i) => (intact.frames[i + 1]?.offset ?? file.bytes.length) <= n,
            );
            const started = intact.frames.filter((f) => f.offset < n);
            expect(frames.length).toBeGreaterThanOrEqual(surelyComplete.length);
            expect(frames.length).toBeLessThanOrEqual(started.length);
            if (n === file.bytes.length) expect(error).toBeUndefined();
            const imported = importCapture(cut, file.name);
            expect(imported.error).toEqual(error);
          }),
          { numRuns: 60 },
        );
      });

      it('never throws on flipped bits and overwritten bytes, and ends with an error inside the file', () => {
        fc.assert(
          fc.property(damage(file.bytes.length), (changes) => {
            const bytes = apply(file.bytes, changes);
            const read = readCapture(bytes);
            expectErrorInside(read.error, bytes.length);
            expect(read.frames.length).toBeLessThanOrEqual(maxFrames(bytes.length));
            const { trace, error } = importCapture(bytes, file.name);
            expect(error).toEqual(read.error);
            expect(trace.events.length).toBeLessThanOrEqual(2 * read.frames.length);
          }),
          { numRuns: 80 },
        );
      });

      it('reads a damaged file the same whatever the chunk boundaries', async () => {
        await fc.assert(
          fc.asyncProperty(
            damage(file.bytes.length),
            fc.array(fc.nat(file.bytes.length), { maxLength: 25 }),
            async (changes, cuts) => {
              const bytes = apply(file.bytes, changes);
              const whole = importCapture(bytes, file.name);
              const streamed = await importCaptureStream(splitAt(bytes, cuts), file.name);
              expect(streamed).toEqual(whole);
            },
          ),
          { numRuns: 25 },
        );
      });
    });
  }

  it('never throws on random bytes behind a valid file header', () => {
    const heads = [
      writePcap({ linkType: 1, records: [] }),
      writePcap({ linkType: 0, littleEndian: false, nanoseconds: true, records: [] }),
      writePcapng([{ interfaces: [{ linkType: 1 }, { linkType: 113 }, { linkType: 0 }], blocks: [] }]),
    ];
    fc.assert(
      fc.property(fc.nat(heads.length - 1), fc.uint8Array({ maxLength: 600 }), (h, tail) => {
        const bytes = new Uint8Array([...(heads[h] as Uint8Array), ...tail]);
        const { trace, error } = importCapture(bytes, 'random');
        expectErrorInside(error, bytes.length);
        expect(trace.events.length).toBeLessThanOrEqual(2 * maxFrames(bytes.length));
      }),
      { numRuns: 300 },
    );
  });
});
