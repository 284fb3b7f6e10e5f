/** Reading integers from bytes in either byte order, without DataView (frames are small and many). */

export function u8(data: Uint8Array, offset: number): number {
  return data[offset] ?? 0;
}

// A byte past the end reads as undefined, which the bit operators below take as 0: the same as `?? 0`,
// without a test per byte on the hottest path of the reader.

export function u16(data: Uint8Array, offset: number, littleEndian = false): number {
  const a = data[offset] as number;
  const b = data[offset + 1] as number;
  return littleEndian ? (a | (b << 8)) & 0xffff : ((a << 8) | b) & 0xffff;
}

export function u32(data: Uint8Array, offset: number, littleEndian = false): number {
  const a = data[offset] as number;
  const b = data[offset + 1] as number;
  const c = data[offset + 2] as number;
  const d = data[offset + 3] as number;
  return littleEndian
    ? (a | (b << 8) | (c << 16) | (d << 24)) >>> 0
    : ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

export function i64(data: Uint8Array, offset: number, littleEndian = false): bigint {
  const first = BigInt(u32(data, offset, littleEndian));
  const second = BigInt(u32(data, offset + 4, littleEndian));
  const value = littleEndian ? (second << 32n) | first : (first << 32n) | second;
  return BigInt.asIntN(64, value);
}

export function hex32(n: number): string {
  return `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
}
