import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaptureFrame } from '../../src/capture/frame.ts';
import { CaptureReader, readCapture, readCaptureStream } from '../../src/capture/reader.ts';
import { splitAt } from '../helpers/chunks.ts';
import { writePcap, writePcapng } from '../helpers/pcap-writer.ts';

const A = new Uint8Array([1, 2, 3, 4, 5]);
const B = new Uint8Array([6, 7, 8, 9, 10, 11, 12]);
const C = new Uint8Array([13]);

function pcapFile(littleEndian: boolean, nanoseconds: boolean): Uint8Array {
  return writePcap({
    littleEndian,
    nanoseconds,
    linkType: 101,
    snaplen: 6,
    records: [
      { seconds: 1_700_000_000, fraction: 123, data: A },
      { seconds: 1_700_000_001, fraction: 999, data: B.subarray(0, 6), originalLength: 7 },
      { seconds: 1_700_000_002, fraction: 0, data: C },
    ],
  });
}

function readChunked(parts: Uint8Array[]): {
  frames: CaptureFrame[];
  error: ReturnType<CaptureReader['end']>;
} {
  const reader = new CaptureReader();
  const frames = parts.flatMap((p) => reader.push(p));
  return { frames, error: reader.end() };
}

describe('pcap', () => {
  for (const littleEndian of [true, false]) {
    for (const nanoseconds of [false, true]) {
      it(`reads ${littleEndian ? 'little' : 'big'}-endian ${nanoseconds ? 'nanosecond' : 'microsecond'} files`, () => {
        const { frames, error, format } = readCapture(pcapFile(littleEndian, nanoseconds));
        expect(error).toBeUndefined();
        expect(format).toBe('pcap');
        const unit = nanoseconds ? 1n : 1000n;
        expect(frames.map((f) => f.timestampNs)).toEqual([
          1_700_000_000_000_000_000n + 123n * unit,
          1_700_000_001_000_000_000n + 999n * unit,
          1_700_000_002_000_000_000n,
        ]);
        expect(
          frames.map((f) => [f.index, f.interfaceId, f.linkType, f.capturedLength, f.originalLength]),
        ).toEqual([
          [0, 0, 101, 5, 5],
          [1, 0, 101, 6, 7],
          [2, 0, 101, 1, 1],
        ]);
        expect(frames.map((f) => [...f.data])).toEqual([[...A], [...B.subarray(0, 6)], [...C]]);
        // Records start after the 24-byte file header; each has a 16-byte header.
        expect(frames.map((f) => f.offset)).toEqual([24, 24 + 16 + 5, 24 + 16 + 5 + 16 + 6]);
        expect(frames[0]?.timestamp).toBeCloseTo(1_700_000_000 + 123 / (nanoseconds ? 1e9 : 1e6), 6);
      });
    }
  }

  it('gives the same frames whatever the chunk boundaries, down to single bytes', () => {
    const file = pcapFile(false, true);
    const whole = readCapture(file).frames;
    expect(readChunked([...file].map((b) => new Uint8Array([b]))).frames).toEqual(whole);
    fc.assert(
      fc.property(fc.array(fc.nat(file.length), { maxLength: 20 }), (cuts) => {
        expect(readChunked(splitAt(file, cuts)).frames).toEqual(whole);
      }),
    );
  });

  it('masks the FCS bits out of the link type field', () => {
    const file = pcapFile(true, false);
    new DataView(file.buffer).setUint32(20, 0x10000000 | 1, true);
    expect(readCapture(file).frames[0]?.linkType).toBe(1);
  });
});

describe('pcapng', () => {
  const file = writePcapng([
    {
      littleEndian: true,
      interfaces: [
        { linkType: 1, tsresol: 9, name: 'eth0' },
        { linkType: 101 },
        { linkType: 113, tsresol: 0x80 | 10, tsoffset: 100n },
        { linkType: 228, tsresol: 3, snaplen: 2 },
      ],
      blocks: [
        { type: 'epb', interfaceId: 0, ticks: 1_700_000_000_123_456_789n, data: A, comment: 'first' },
        { type: 'other', blockType: 4, body: new Uint8Array(8) },
        { type: 'epb', interfaceId: 1, ticks: 1_700_000_000_000_001n, data: B, originalLength: 100 },
        { type: 'other', blockType: 0x12345678, body: new Uint8Array([1, 2, 3]) },
        { type: 'epb', interfaceId: 2, ticks: 1024n * 5n + 512n, data: C },
        { type: 'opb', interfaceId: 3, ticks: 1_700_000_000_250n, data: A },
      ],
    },
    {
      littleEndian: false,
      interfaces: [{ linkType: 229, snaplen: 3 }, { linkType: 276 }],
      blocks: [
        { type: 'spb', data: B },
        { type: 'epb', interfaceId: 1, ticks: 7n, data: C },
        { type: 'other', blockType: 0x00000bad, body: new Uint8Array([0, 0, 0, 1]) },
      ],
    },
  ]);

  it('reads sections, interfaces, timestamp units and offsets, and every packet block kind', () => {
    const { frames, error, format } = readCapture(file);
    expect(error).toBeUndefined();
    expect(format).toBe('pcapng');
    expect(frames.map((f) => [f.index, f.interfaceId, f.linkType])).toEqual([
      [0, 0, 1],
      [1, 1, 101],
      [2, 2, 113],
      [3, 3, 228],
      // The second section starts its interfaces again from 0.
      [4, 0, 229],
      [5, 1, 276],
      // A custom block is a frame without a packet, as Wireshark numbers it.
      [6, -1, -1],
    ]);
    expect(frames.map((f) => f.timestampNs)).toEqual([
      1_700_000_000_123_456_789n,
      // No if_tsresol: microseconds.
      1_700_000_000_000_001_000n,
      // 2^-10 s ticks: 5.5 s, then the 100 s offset.
      105_500_000_000n,
      1_700_000_000_250_000_000n,
      0n,
      7000n,
      0n,
    ]);
    expect(frames.map((f) => f.hasTimestamp)).toEqual([true, true, true, true, false, true, false]);
    expect(frames.map((f) => [f.capturedLength, f.originalLength])).toEqual([
      [5, 5],
      [7, 100],
      [1, 1],
      [5, 5],
      // A simple packet block keeps at most the snap length of the section's first interface.
      [3, 7],
      [1, 1],
      [0, 0],
    ]);
    expect([...(frames[4]?.data ?? [])]).toEqual([6, 7, 8]);
  });

  it('gives the same frames whatever the chunk boundaries', () => {
    const whole = readCapture(file).frames;
    expect(readChunked([...file].map((b) => new Uint8Array([b]))).frames).toEqual(whole);
    fc.assert(
      fc.property(fc.array(fc.nat(file.length), { maxLength: 30 }), (cuts) => {
        expect(readChunked(splitAt(file, cuts)).frames).toEqual(whole);
      }),
    );
  });

  it('reads a stream of chunks', async () => {
    async function* source() {
      for (const part of splitAt(file, [3, 50, 51, 200])) yield part;
    }
    const frames: CaptureFrame[] = [];
    const error = await readCaptureStream(source(), (f) => frames.push(f));
    expect(error).toBeUndefined();
    expect(frames).toEqual(readCapture(file).frames);
  });
});

describe('damaged and unknown files', () => {
  const pcap = pcapFile(true, false);
  const pcapng = writePcapng([
    {
      interfaces: [{ linkType: 1 }],
      blocks: [
        { type: 'epb', interfaceId: 0, ticks: 1n, data: A },
        { type: 'epb', interfaceId: 0, ticks: 2n, data: B },
      ],
    },
  ]);
  // Offsets of the blocks: SHB 28 bytes, IDB 20, EPB 32 + padded data.
  const secondEpb = 28 + 20 + 32 + 8;

  function patch(bytes: Uint8Array, at: number, value: number): Uint8Array {
    const copy = bytes.slice();
    new DataView(copy.buffer).setUint32(at, value, true);
    return copy;
  }

  const cases: Array<[string, Uint8Array, number, RegExp, number]> = [
    ['an empty file', new Uint8Array(0), 0, /the file is empty/, 0],
    ['two bytes', new Uint8Array([0xd4, 0xc3]), 0, /too short to tell/, 0],
    [
      'an unknown magic',
      new TextEncoder().encode('hello world, not a capture'),
      0,
      /^not a pcap or pcapng file: unknown magic 0x68656c6c at byte 0$/,
      0,
    ],
    ['a cut pcap file header', pcap.slice(0, 20), 0, /inside the pcap file header/, 0],
    [
      'a cut record header',
      pcap.slice(0, 24 + 16 + 5 + 7),
      24 + 21,
      /middle of a packet record header at byte 45/,
      1,
    ],
    [
      'a cut record',
      pcap.slice(0, 24 + 16 + 5 + 16 + 2),
      24 + 21,
      /^file ends in the middle of a packet record at byte 45: the record needs 22 bytes, only 18 are left$/,
      1,
    ],
    [
      'a huge record length',
      patch(pcap, 24 + 21 + 8, 0x7fffffff),
      45,
      /holds 2147483647 bytes, more than the 262144-byte limit/,
      1,
    ],
    ['a pcap of another version', patch(pcap, 4, 0x00000003), 0, /version 3\.0; only version 2 exists/, 0],
    [
      'a pcapng block shorter than 12 bytes',
      patch(pcapng, secondEpb + 4, 8),
      secondEpb,
      /^pcapng enhanced packet block at byte 88 says its length is 8, less than the 12-byte minimum$/,
      1,
    ],
    [
      'a pcapng block length not a multiple of 4',
      patch(pcapng, secondEpb + 4, 42),
      secondEpb,
      /not a multiple of 4/,
      1,
    ],
    [
      'a huge pcapng block',
      patch(pcapng, secondEpb + 4, 0x40000000),
      secondEpb,
      /more than the 16777216 bytes this reader accepts/,
      1,
    ],
    [
      'a short enhanced packet block',
      patch(pcapng, secondEpb + 4, 20),
      secondEpb,
      /is 20 bytes long, less than the 32 bytes it needs/,
      1,
    ],
    [
      'a trailing length that differs',
      patch(pcapng, secondEpb + 40 - 4, 44),
      secondEpb,
      /ends with the length 44, which does not match the 40/,
      1,
    ],
    [
      'a packet of an undescribed interface',
      patch(pcapng, secondEpb + 8, 3),
      secondEpb,
      /names interface 3, but the section describes only 1/,
      1,
    ],
    [
      'a captured length beyond its block',
      patch(pcapng, secondEpb + 20, 100),
      secondEpb,
      /captured 100 bytes, more than its 40-byte block holds/,
      1,
    ],
    [
      'a cut pcapng block',
      pcapng.slice(0, pcapng.length - 3),
      secondEpb,
      /^file ends in the middle of a pcapng enhanced packet block at byte 88: the block needs 40 bytes, only 37 are left$/,
      1,
    ],
    [
      'a cut pcapng block header',
      pcapng.slice(0, secondEpb + 6),
      secondEpb,
      /block header at byte 88 \(6 of 12 bytes\)/,
      1,
    ],
    [
      'an unknown byte-order magic',
      patch(pcapng, 8, 0x11223344),
      0,
      /unknown byte-order magic 0x44332211/,
      0,
    ],
    [
      'a pcapng of another version',
      patch(pcapng, 12, 2),
      0,
      /says version 2\.0; this reader knows version 1/,
      0,
    ],
  ];

  for (const [name, bytes, offset, message, kept] of cases) {
    it(`reports ${name} with its offset and keeps the frames before`, () => {
      const { frames, error } = readCapture(bytes);
      expect(error?.message).toMatch(message);
      expect(error?.offset).toBe(offset);
      expect(frames).toHaveLength(kept);
      // The same, read one byte at a time.
      const slow = readChunked([...bytes].map((b) => new Uint8Array([b])));
      expect(slow.error).toEqual(error);
      expect(slow.frames).toEqual(frames);
    });
  }

  it('stops at the first error and ignores what is pushed after it', () => {
    const reader = new CaptureReader();
    reader.push(new TextEncoder().encode('garbage!'));
    const error = reader.error;
    expect(error?.offset).toBe(0);
    expect(reader.push(pcap)).toEqual([]);
    expect(reader.end()).toBe(error);
  });
});
