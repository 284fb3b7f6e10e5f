/**
 * Copies of frame bytes, carved out of large shared blocks. A frame must own its bytes (the reader's
 * buffer is reused), but one small allocation per frame costs more than the copy itself; a view into a
 * block does not. A block lives as long as any frame cut from it.
 */
const BLOCK_BYTES = 1 << 16;
/** Larger frames get a buffer of their own rather than waste the rest of a block. */
const MAX_SHARED = BLOCK_BYTES / 8;

export class Slab {
  private block = new Uint8Array(0);
  private used = 0;

  /** A copy of `source[start, end)` that no later read changes. */
  copy(source: Uint8Array, start: number, end: number): Uint8Array {
    const n = end - start;
    if (n > MAX_SHARED) return source.slice(start, end);
    if (this.used + n > this.block.length) {
      this.block = new Uint8Array(BLOCK_BYTES);
      this.used = 0;
    }
    const at = this.used;
    this.block.set(source.subarray(start, end), at);
    // Views start on 8-byte boundaries, so that nothing depends on the odd lengths of the frames before.
    this.used = (at + n + 7) & ~7;
    return this.block.subarray(at, at + n);
  }
}
