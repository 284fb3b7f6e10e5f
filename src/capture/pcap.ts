/**
 * The classic pcap format (libpcap): a 24-byte file header, then records of a 16-byte header and the
 * packet bytes. The magic number gives the byte order and whether the fraction counts micro- or nanoseconds.
 */
import type { ByteQueue } from './byte-queue.ts';
import { u16, u32 } from './bytes.ts';
import { type CaptureError, captureError } from './errors.ts';
import { MAX_PACKET_BYTES } from './frame.ts';
import { Slab } from './slab.ts';
import { type FormatParser, NEED, SKIP, type Step } from './step.ts';

export const PCAP_MAGIC_MICRO = 0xa1b2c3d4;
export const PCAP_MAGIC_NANO = 0xa1b23c4d;

const FILE_HEADER = 24;
const RECORD_HEADER = 16;

interface PcapHeader {
  littleEndian: boolean;
  nanoseconds: boolean;
  snaplen: number;
  linkType: number;
}

/** Byte order and time unit from the first four bytes, or undefined if they are not a pcap magic. */
export function pcapMagic(first4: Uint8Array): { littleEndian: boolean; nanoseconds: boolean } | undefined {
  const le = u32(first4, 0, true);
  const be = u32(first4, 0, false);
  if (le === PCAP_MAGIC_MICRO) return { littleEndian: true, nanoseconds: false };
  if (be === PCAP_MAGIC_MICRO) return { littleEndian: false, nanoseconds: false };
  if (le === PCAP_MAGIC_NANO) return { littleEndian: true, nanoseconds: true };
  if (be === PCAP_MAGIC_NANO) return { littleEndian: false, nanoseconds: true };
  return undefined;
}

export class PcapParser implements FormatParser {
  private header: PcapHeader | undefined;
  private readonly slab = new Slab();

  /** `lend`: frames view the reader's buffer (see `ReaderOptions`) rather than own a copy. */
  constructor(private readonly lend = false) {}

  private bytes(source: Uint8Array, start: number, end: number): Uint8Array {
    return this.lend ? source.subarray(start, end) : this.slab.copy(source, start, end);
  }

  step(queue: ByteQueue, index: number): Step {
    if (!this.header) return this.readFileHeader(queue);
    const h = this.header;
    if (queue.length < RECORD_HEADER) return NEED;
    const offset = queue.offset;
    const head = queue.peek(RECORD_HEADER);
    const seconds = u32(head, 0, h.littleEndian);
    const fraction = u32(head, 4, h.littleEndian);
    const captured = u32(head, 8, h.littleEndian);
    const original = u32(head, 12, h.littleEndian);
    if (captured > MAX_PACKET_BYTES) {
      return {
        kind: 'error',
        error: captureError(
          `packet record at byte ${offset} says it holds ${captured} bytes, more than the ${MAX_PACKET_BYTES}-byte limit of a pcap packet`,
          offset,
        ),
      };
    }
    if (queue.length < RECORD_HEADER + captured) return NEED;
    const data = this.bytes(queue.peek(RECORD_HEADER + captured), RECORD_HEADER, RECORD_HEADER + captured);
    queue.consume(RECORD_HEADER + captured);
    // Microseconds since 1970 fit a double exactly (seconds are 32-bit), which saves BigInt arithmetic.
    const timestampNs = h.nanoseconds
      ? BigInt(seconds) * 1_000_000_000n + BigInt(fraction)
      : BigInt(seconds * 1_000_000 + fraction) * 1000n;
    return {
      kind: 'frame',
      frame: {
        index,
        interfaceId: 0,
        linkType: h.linkType,
        timestamp: seconds + fraction / (h.nanoseconds ? 1e9 : 1e6),
        timestampNs,
        hasTimestamp: true,
        capturedLength: captured,
        originalLength: Math.max(original, captured),
        data,
        offset,
      },
    };
  }

  private readFileHeader(queue: ByteQueue): Step {
    if (queue.length < FILE_HEADER) return NEED;
    const head = queue.peek(FILE_HEADER);
    const magic = pcapMagic(head);
    if (!magic) return { kind: 'error', error: captureError('not a pcap file header', queue.offset) };
    const major = u16(head, 4, magic.littleEndian);
    const minor = u16(head, 6, magic.littleEndian);
    if (major !== 2) {
      return {
        kind: 'error',
        error: captureError(
          `pcap file header says version ${major}.${minor}; only version 2 exists`,
          queue.offset,
        ),
      };
    }
    this.header = {
      ...magic,
      snaplen: u32(head, 16, magic.littleEndian),
      // The top bits of this field carry FCS information, not the link type.
      linkType: u32(head, 20, magic.littleEndian) & 0x03ffffff,
    };
    queue.consume(FILE_HEADER);
    return SKIP;
  }

  truncated(queue: ByteQueue): CaptureError {
    const offset = queue.offset;
    if (!this.header) {
      return captureError(
        `file ends inside the pcap file header: it needs ${FILE_HEADER} bytes, the file has ${queue.length}`,
        offset,
      );
    }
    if (queue.length < RECORD_HEADER) {
      return captureError(
        `file ends in the middle of a packet record header at byte ${offset} (${queue.length} of ${RECORD_HEADER} bytes)`,
        offset,
      );
    }
    const captured = u32(queue.peek(RECORD_HEADER), 8, this.header.littleEndian);
    return captureError(
      `file ends in the middle of a packet record at byte ${offset}: the record needs ${RECORD_HEADER + captured} bytes, only ${queue.length} are left`,
      offset,
    );
  }
}
