/**
 * Bytes pushed in chunks of any size, read back in records. It keeps only what has not been consumed yet,
 * so memory stays at about one record plus one chunk however large the file is.
 */
export class ByteQueue {
  private buffer: Uint8Array = new Uint8Array(0);
  private start = 0;
  private end = 0;
  /** True when `buffer` is ours to write into (not a chunk the caller handed us). */
  private owned = false;
  /** File offset of the first unconsumed byte. */
  private consumedBefore = 0;

  get length(): number {
    return this.end - this.start;
  }

  /** Offset in the file of the next unconsumed byte. */
  get offset(): number {
    return this.consumedBefore;
  }

  append(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (this.length === 0) {
      // Read straight from the caller's chunk; it is copied only if part of it must wait for more.
      this.buffer = chunk;
      this.start = 0;
      this.end = chunk.length;
      this.owned = false;
      return;
    }
    const needed = this.length + chunk.length;
    if (this.owned && needed <= this.buffer.length) {
      if (this.end + chunk.length > this.buffer.length) {
        this.buffer.copyWithin(0, this.start, this.end);
        this.end -= this.start;
        this.start = 0;
      }
    } else {
      const next = new Uint8Array(Math.max(needed, 2 * this.length, 4096));
      next.set(this.buffer.subarray(this.start, this.end));
      this.end = this.length;
      this.start = 0;
      this.buffer = next;
      this.owned = true;
    }
    this.buffer.set(chunk, this.end);
    this.end += chunk.length;
  }

  /** A view of the next `n` bytes (valid until the next append or consume). */
  peek(n: number): Uint8Array {
    return this.buffer.subarray(this.start, this.start + Math.min(n, this.length));
  }

  consume(n: number): void {
    const k = Math.min(n, this.length);
    this.start += k;
    this.consumedBefore += k;
    if (this.start === this.end) {
      this.start = 0;
      this.end = 0;
      if (!this.owned) this.buffer = new Uint8Array(0);
    }
  }
}
