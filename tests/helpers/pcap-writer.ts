/**
 * Writes pcap and pcapng files from frames, so that reader tests can make any file shape they need: both
 * byte orders, micro- and nanosecond pcap, pcapng with several sections and interfaces, timestamp
 * resolutions and offsets, simple packet blocks and blocks the reader must skip.
 */
import { concat } from './packets.ts';

class Out {
  private parts: Uint8Array[] = [];
  constructor(readonly littleEndian: boolean) {}

  bytes(b: Uint8Array): this {
    this.parts.push(b);
    return this;
  }

  u8(n: number): this {
    return this.bytes(new Uint8Array([n & 0xff]));
  }

  u16(n: number): this {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, n, this.littleEndian);
    return this.bytes(b);
  }

  u32(n: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n >>> 0, this.littleEndian);
    return this.bytes(b);
  }

  i64(n: bigint): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigInt64(0, n, this.littleEndian);
    return this.bytes(b);
  }

  /** Zero bytes up to the next multiple of 4 of the given length. */
  pad(length: number): this {
    return this.bytes(new Uint8Array((4 - (length % 4)) % 4));
  }

  done(): Uint8Array {
    return concat(...this.parts);
  }
}

export interface PcapRecord {
  /** Seconds since 1970. */
  seconds: number;
  /** Microseconds, or nanoseconds in a nanosecond file. */
  fraction: number;
  data: Uint8Array;
  /** Length on the wire; defaults to the data length. */
  originalLength?: number;
}

export interface PcapOptions {
  littleEndian?: boolean;
  nanoseconds?: boolean;
  linkType: number;
  snaplen?: number;
  records: PcapRecord[];
}

export function writePcap(options: PcapOptions): Uint8Array {
  const out = new Out(options.littleEndian ?? true);
  out.u32(options.nanoseconds ? 0xa1b23c4d : 0xa1b2c3d4);
  out.u16(2).u16(4).u32(0).u32(0);
  out.u32(options.snaplen ?? 262144);
  out.u32(options.linkType);
  for (const r of options.records) {
    out
      .u32(r.seconds)
      .u32(r.fraction)
      .u32(r.data.length)
      .u32(r.originalLength ?? r.data.length);
    out.bytes(r.data);
  }
  return out.done();
}

export interface PcapngInterface {
  linkType: number;
  snaplen?: number;
  /** The raw if_tsresol byte: `6` for microseconds, `9` for nanoseconds, `0x80 | n` for 2^-n. */
  tsresol?: number;
  /** if_tsoffset in seconds. */
  tsoffset?: bigint;
  name?: string;
}

export type PcapngBlock =
  | {
      type: 'epb';
      interfaceId: number;
      /** The timestamp in the interface's units (the raw 64-bit value). */
      ticks: bigint;
      data: Uint8Array;
      originalLength?: number;
      /** An options section (here an `opt_comment`) the reader must step over. */
      comment?: string;
    }
  | { type: 'spb'; data: Uint8Array; originalLength?: number }
  /** The obsolete packet block (type 2) old writers produced. */
  | { type: 'opb'; interfaceId: number; ticks: bigint; data: Uint8Array; originalLength?: number }
  /** Any other block: name resolution, statistics, custom ... the reader skips it by its length. */
  | { type: 'other'; blockType: number; body: Uint8Array };

export interface PcapngSection {
  littleEndian?: boolean;
  /** Major and minor version; 1.0 unless a test needs another. */
  version?: [number, number];
  interfaces: PcapngInterface[];
  blocks: PcapngBlock[];
  /** Where in the block list each interface's description is written; all first when absent. */
  interfacesAfter?: number[];
}

function block(littleEndian: boolean, type: number, body: Uint8Array): Uint8Array {
  const total = 12 + body.length + ((4 - (body.length % 4)) % 4);
  const out = new Out(littleEndian);
  out.u32(type).u32(total).bytes(body).pad(body.length).u32(total);
  return out.done();
}

function option(out: Out, code: number, value: Uint8Array): void {
  out.u16(code).u16(value.length).bytes(value).pad(value.length);
}

function interfaceBlock(le: boolean, i: PcapngInterface): Uint8Array {
  const body = new Out(le);
  body
    .u16(i.linkType)
    .u16(0)
    .u32(i.snaplen ?? 0);
  const hasOptions = i.name !== undefined || i.tsresol !== undefined || i.tsoffset !== undefined;
  if (i.name !== undefined) option(body, 2, new TextEncoder().encode(i.name));
  if (i.tsresol !== undefined) option(body, 9, new Uint8Array([i.tsresol]));
  if (i.tsoffset !== undefined) option(body, 14, new Out(le).i64(i.tsoffset).done());
  if (hasOptions) body.u16(0).u16(0);
  return block(le, 1, body.done());
}

function packetBlock(le: boolean, b: PcapngBlock): Uint8Array {
  const body = new Out(le);
  switch (b.type) {
    case 'epb': {
      body.u32(b.interfaceId);
      body.u32(Number(b.ticks >> 32n)).u32(Number(b.ticks & 0xffffffffn));
      body.u32(b.data.length).u32(b.originalLength ?? b.data.length);
      body.bytes(b.data).pad(b.data.length);
      if (b.comment !== undefined) {
        option(body, 1, new TextEncoder().encode(b.comment));
        body.u16(0).u16(0);
      }
      return block(le, 6, body.done());
    }
    case 'opb': {
      body.u16(b.interfaceId).u16(0);
      body.u32(Number(b.ticks >> 32n)).u32(Number(b.ticks & 0xffffffffn));
      body.u32(b.data.length).u32(b.originalLength ?? b.data.length);
      body.bytes(b.data).pad(b.data.length);
      return block(le, 2, body.done());
    }
    case 'spb':
      body
        .u32(b.originalLength ?? b.data.length)
        .bytes(b.data)
        .pad(b.data.length);
      return block(le, 3, body.done());
    case 'other':
      return block(le, b.blockType, b.body);
  }
}

export function writePcapngSection(section: PcapngSection): Uint8Array {
  const le = section.littleEndian ?? true;
  const [major, minor] = section.version ?? [1, 0];
  const shbBody = new Out(le).u32(0x1a2b3c4d).u16(major).u16(minor).i64(-1n).done();
  const parts: Uint8Array[] = [block(le, 0x0a0d0d0a, shbBody)];
  const after = section.interfacesAfter ?? section.interfaces.map(() => 0);
  for (let at = 0; at <= section.blocks.length; at++) {
    section.interfaces.forEach((iface, i) => {
      if (after[i] === at) parts.push(interfaceBlock(le, iface));
    });
    const b = section.blocks[at];
    if (b) parts.push(packetBlock(le, b));
  }
  return concat(...parts);
}

export function writePcapng(sections: PcapngSection[]): Uint8Array {
  return concat(...sections.map(writePcapngSection));
}
