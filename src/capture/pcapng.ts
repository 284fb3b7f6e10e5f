/**
 * The pcapng format: a sequence of blocks, each `type, length, body, length`. A section header block sets
 * the byte order and starts a section; interface description blocks give each interface its link type,
 * snap length and timestamp unit; enhanced and simple packet blocks hold the packets. Every other block is
 * stepped over by its length.
 */
import type { ByteQueue } from './byte-queue.ts';
import { hex32, i64, u16, u32 } from './bytes.ts';
import { type CaptureError, captureError } from './errors.ts';
import { type CaptureFrame, LINKTYPE_NONE, MAX_PACKET_BYTES } from './frame.ts';
import { Slab } from './slab.ts';
import { type FormatParser, NEED, SKIP, type Step } from './step.ts';

export const PCAPNG_SHB = 0x0a0d0d0a;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const IDB = 1;
const OPB = 2;
const SPB = 3;
const EPB = 6;
/**
 * Blocks that Wireshark lists as frames although they hold no packet: systemd journal entries, sysdig
 * events and custom blocks. They are read as frames of link type `LINKTYPE_NONE`, so that frame numbers
 * stay Wireshark's.
 */
const RECORD_BLOCKS = new Set([
  0x00000009, 0x00000204, 0x00000208, 0x00000216, 0x00000217, 0x00000221, 0x00000222, 0x00000bad, 0x40000bad,
]);
/** Larger blocks are taken for corruption rather than waited for. */
export const MAX_BLOCK_BYTES = 16 * 1024 * 1024;

const OPT_END = 0;
const IF_TSRESOL = 9;
const IF_TSOFFSET = 14;

const MIN_LENGTH: Record<number, number> = { [PCAPNG_SHB]: 28, [IDB]: 20, [OPB]: 32, [SPB]: 16, [EPB]: 32 };

function blockName(type: number): string {
  switch (type) {
    case PCAPNG_SHB:
      return 'section header block';
    case IDB:
      return 'interface description block';
    case OPB:
      return 'packet block';
    case SPB:
      return 'simple packet block';
    case EPB:
      return 'enhanced packet block';
    default:
      return `block of type ${hex32(type)}`;
  }
}

interface Interface {
  linkType: number;
  snaplen: number;
  /** Timestamp ticks per second: 10^n or 2^n. */
  ticksPerSecond: bigint;
  /** Seconds to add to every timestamp (if_tsoffset). */
  offsetSeconds: bigint;
  /** Nanoseconds per tick when that is a whole number (micro- and nanosecond clocks), for a faster sum. */
  nsPerTick?: bigint;
}

/** Ticks that still fit a double exactly: 2^53, as the high 32-bit word goes. */
const EXACT_HIGH_WORD = 0x200000;

/** Nanoseconds since 1970 of a pcapng timestamp: the same sum either way, the first one cheaper. */
function timestampNs(iface: Interface, high: number, low: number): bigint {
  if (iface.nsPerTick !== undefined && high < EXACT_HIGH_WORD && iface.offsetSeconds === 0n) {
    return BigInt(high * 0x100000000 + low) * iface.nsPerTick;
  }
  const ticks = (BigInt(high) << 32n) | BigInt(low);
  return (ticks * 1_000_000_000n) / iface.ticksPerSecond + iface.offsetSeconds * 1_000_000_000n;
}

interface Section {
  littleEndian: boolean;
  interfaces: Interface[];
}

function fail(message: string, offset: number): Step {
  return { kind: 'error', error: captureError(message, offset) };
}

export class PcapngParser implements FormatParser {
  private section: Section | undefined;
  private readonly slab = new Slab();

  /** `lend`: frames view the reader's buffer (see `ReaderOptions`) rather than own a copy. */
  constructor(private readonly lend = false) {}

  private bytes(source: Uint8Array, start: number, end: number): Uint8Array {
    return this.lend ? source.subarray(start, end) : this.slab.copy(source, start, end);
  }

  step(queue: ByteQueue, index: number): Step {
    if (queue.length < 12) return NEED;
    const offset = queue.offset;
    const head = queue.peek(12);
    const type = u32(head, 0, this.section?.littleEndian ?? true);
    let littleEndian = this.section?.littleEndian ?? true;
    if (type === PCAPNG_SHB) {
      const bom = u32(head, 8, true);
      if (bom === BYTE_ORDER_MAGIC) littleEndian = true;
      else if (u32(head, 8, false) === BYTE_ORDER_MAGIC) littleEndian = false;
      else {
        return fail(
          `pcapng section header block at byte ${offset} has an unknown byte-order magic ${hex32(u32(head, 8, false))}`,
          offset,
        );
      }
    } else if (!this.section) {
      return fail(`pcapng file does not start with a section header block at byte ${offset}`, offset);
    }
    const length = u32(head, 4, littleEndian);
    const name = blockName(type);
    if (length < 12) {
      return fail(
        `pcapng ${name} at byte ${offset} says its length is ${length}, less than the 12-byte minimum`,
        offset,
      );
    }
    if (length % 4 !== 0) {
      return fail(
        `pcapng ${name} at byte ${offset} says its length is ${length}, which is not a multiple of 4`,
        offset,
      );
    }
    if (length > MAX_BLOCK_BYTES) {
      return fail(
        `pcapng ${name} at byte ${offset} says its length is ${length}, more than the ${MAX_BLOCK_BYTES} bytes this reader accepts`,
        offset,
      );
    }
    const min = MIN_LENGTH[type];
    if (min !== undefined && length < min) {
      return fail(
        `pcapng ${name} at byte ${offset} is ${length} bytes long, less than the ${min} bytes it needs`,
        offset,
      );
    }
    if (queue.length < length) return NEED;
    const block = queue.peek(length);
    const trailer = u32(block, length - 4, littleEndian);
    if (trailer !== length) {
      return fail(
        `pcapng ${name} at byte ${offset} ends with the length ${trailer}, which does not match the ${length} at its start`,
        offset,
      );
    }
    const result = this.parseBlock(type, block, littleEndian, offset, index);
    queue.consume(length);
    return result;
  }

  private parseBlock(type: number, block: Uint8Array, le: boolean, offset: number, index: number): Step {
    switch (type) {
      case PCAPNG_SHB: {
        const major = u16(block, 12, le);
        const minor = u16(block, 14, le);
        if (major !== 1) {
          return fail(
            `pcapng section header block at byte ${offset} says version ${major}.${minor}; this reader knows version 1`,
            offset,
          );
        }
        this.section = { littleEndian: le, interfaces: [] };
        return SKIP;
      }
      case IDB: {
        const iface = this.parseInterface(block, le, offset);
        if ('message' in iface) return { kind: 'error', error: iface };
        this.section?.interfaces.push(iface);
        return SKIP;
      }
      case EPB:
      case OPB:
        return this.parsePacket(type, block, le, offset, index);
      case SPB:
        return this.parseSimplePacket(block, le, offset, index);
      default:
        if (!RECORD_BLOCKS.has(type)) return SKIP;
        return {
          kind: 'frame',
          frame: {
            index,
            interfaceId: -1,
            linkType: LINKTYPE_NONE,
            timestamp: 0,
            timestampNs: 0n,
            hasTimestamp: false,
            capturedLength: 0,
            originalLength: 0,
            data: new Uint8Array(0),
            offset,
          },
        };
    }
  }

  private parseInterface(block: Uint8Array, le: boolean, offset: number): Interface | CaptureError {
    const iface: Interface = {
      linkType: u16(block, 8, le),
      snaplen: u32(block, 12, le),
      ticksPerSecond: 1_000_000n,
      offsetSeconds: 0n,
    };
    // Options are read while they fit; a malformed tail is ignored, as the packets do not depend on it.
    let at = 16;
    const end = block.length - 4;
    while (at + 4 <= end) {
      const code = u16(block, at, le);
      const len = u16(block, at + 2, le);
      if (code === OPT_END || at + 4 + len > end) break;
      if (code === IF_TSRESOL && len >= 1) {
        const r = block[at + 4] ?? 6;
        const exponent = r & 0x7f;
        const base2 = (r & 0x80) !== 0;
        if ((base2 && exponent > 63) || (!base2 && exponent > 18)) {
          return captureError(
            `pcapng interface description block at byte ${offset} gives a timestamp resolution of ${base2 ? 2 : 10}^-${exponent}, finer than this reader can use`,
            offset,
          );
        }
        iface.ticksPerSecond = base2 ? 1n << BigInt(exponent) : 10n ** BigInt(exponent);
      } else if (code === IF_TSOFFSET && len >= 8) {
        iface.offsetSeconds = i64(block, at + 4, le);
      }
      at += 4 + len + ((4 - (len % 4)) % 4);
    }
    if (1_000_000_000n % iface.ticksPerSecond === 0n) iface.nsPerTick = 1_000_000_000n / iface.ticksPerSecond;
    return iface;
  }

  private interfaceFor(id: number, offset: number, name: string): Interface | Step {
    const interfaces = this.section?.interfaces ?? [];
    const iface = interfaces[id];
    if (!iface) {
      return fail(
        `pcapng ${name} at byte ${offset} names interface ${id}, but the section describes ${interfaces.length === 0 ? 'no interface' : `only ${interfaces.length}`}`,
        offset,
      );
    }
    return iface;
  }

  private parsePacket(type: number, block: Uint8Array, le: boolean, offset: number, index: number): Step {
    const name = blockName(type);
    const interfaceId = type === EPB ? u32(block, 8, le) : u16(block, 8, le);
    const iface = this.interfaceFor(interfaceId, offset, name);
    if ('kind' in iface) return iface;
    const captured = u32(block, 20, le);
    const original = u32(block, 24, le);
    if (captured > block.length - 32) {
      return fail(
        `pcapng ${name} at byte ${offset} says it captured ${captured} bytes, more than its ${block.length}-byte block holds`,
        offset,
      );
    }
    if (captured > MAX_PACKET_BYTES) {
      return fail(
        `pcapng ${name} at byte ${offset} says it captured ${captured} bytes, more than the ${MAX_PACKET_BYTES}-byte limit of a packet`,
        offset,
      );
    }
    return {
      kind: 'frame',
      frame: this.frame(
        index,
        interfaceId,
        iface,
        timestampNs(iface, u32(block, 12, le), u32(block, 16, le)),
        true,
        this.bytes(block, 28, 28 + captured),
        original,
        offset,
      ),
    };
  }

  private parseSimplePacket(block: Uint8Array, le: boolean, offset: number, index: number): Step {
    const iface = this.interfaceFor(0, offset, 'simple packet block');
    if ('kind' in iface) return iface;
    const original = u32(block, 8, le);
    let captured = Math.min(original, block.length - 16, MAX_PACKET_BYTES);
    if (iface.snaplen > 0) captured = Math.min(captured, iface.snaplen);
    const data = this.bytes(block, 12, 12 + captured);
    return { kind: 'frame', frame: this.frame(index, 0, iface, 0n, false, data, original, offset) };
  }

  private frame(
    index: number,
    interfaceId: number,
    iface: Interface,
    timestampNs: bigint,
    hasTimestamp: boolean,
    data: Uint8Array,
    original: number,
    offset: number,
  ): CaptureFrame {
    return {
      index,
      interfaceId,
      linkType: iface.linkType,
      timestamp: Number(timestampNs) / 1e9,
      timestampNs,
      hasTimestamp,
      capturedLength: data.length,
      originalLength: Math.max(original, data.length),
      data,
      offset,
    };
  }

  truncated(queue: ByteQueue): CaptureError {
    const offset = queue.offset;
    if (queue.length < 12) {
      return captureError(
        `file ends in the middle of a pcapng block header at byte ${offset} (${queue.length} of 12 bytes)`,
        offset,
      );
    }
    const head = queue.peek(12);
    const type = u32(head, 0, this.section?.littleEndian ?? true);
    let le = this.section?.littleEndian ?? true;
    if (type === PCAPNG_SHB) le = u32(head, 8, true) === BYTE_ORDER_MAGIC;
    const length = u32(head, 4, le);
    return captureError(
      `file ends in the middle of a pcapng ${blockName(type)} at byte ${offset}: the block needs ${length} bytes, only ${queue.length} are left`,
      offset,
    );
  }
}
