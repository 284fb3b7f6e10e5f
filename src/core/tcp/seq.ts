/** Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): comparisons work across the wrap. */

export function seqAdd(a: number, n: number): number {
  return (a + n) >>> 0;
}

export function seqDiff(a: number, b: number): number {
  return (a - b) | 0;
}

export function seqLt(a: number, b: number): boolean {
  return seqDiff(a, b) < 0;
}

export function seqLe(a: number, b: number): boolean {
  return seqDiff(a, b) <= 0;
}

export function seqGt(a: number, b: number): boolean {
  return seqDiff(a, b) > 0;
}

export function seqGe(a: number, b: number): boolean {
  return seqDiff(a, b) >= 0;
}

/** True when `lo <= x < hi` in sequence space. */
export function seqInRange(x: number, lo: number, hi: number): boolean {
  return seqGe(x, lo) && seqLt(x, hi);
}
