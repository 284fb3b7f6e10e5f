/**
 * Bytes pushed in chunks of any size, read back in records. Records are read straight from the caller's
 * chunk; only a record that straddles two chunks is copied, and only its own bytes. `settle` moves what is
 * left of a chunk into the queue's own buffer, so that a caller may reuse its chunk once `push` returns.
 * Memory stays at about one record however large the file is.
 */
export class ByteQueue {
  /** Bytes of earlier chunks not consumed yet, always before those of `chunk`. */
  private own: Uint8Array = new Uint8Array(0);
  private ownStart = 0;
  private ownEnd = 0;
  /** The caller's latest chunk, read in place from `chunkStart`. */
  private chunk: Uint8Array | undefined;
  private chunkStart = 0;
  /** File offset of the first unconsumed byte. */
  private consumedBefore = 0;

  get length(): number {
    return this.ownEnd - this.ownStart + (this.chunk ? this.chunk.length - this.chunkStart : 0);
  }

  /** Offset in the file of the next unconsumed byte. */
  get offset(): number {
    return this.consumedBefore;
  }

  append(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.settle();
    this.chunk = chunk;
    this.chunkStart = 0;
  }

  /** Copies the unconsumed rest of the caller's chunk into the queue's own buffer. */
  settle(): void {
    const chunk = this.chunk;
    if (!chunk) return;
    this.take(chunk.length - this.chunkStart);
    this.chunk = undefined;
  }

  /** A view of the next `n` bytes (valid until the next append, consume or settle). */
  peek(n: number): Uint8Array {
    const want = Math.min(n, this.length);
    const owned = this.ownEnd - this.ownStart;
    if (owned === 0 && this.chunk) return this.chunk.subarray(this.chunkStart, this.chunkStart + want);
    if (owned < want) this.take(want - owned);
    return this.own.subarray(this.ownStart, this.ownStart + want);
  }

  consume(n: number): void {
    const k = Math.min(n, this.length);
    this.consumedBefore += k;
    const fromOwn = Math.min(k, this.ownEnd - this.ownStart);
    this.ownStart += fromOwn;
    if (this.ownStart === this.ownEnd) {
      this.ownStart = 0;
      this.ownEnd = 0;
    }
    if (this.chunk) {
      this.chunkStart += k - fromOwn;
      if (this.chunkStart >= this.chunk.length) this.chunk = undefined;
    }
  }

  /** Moves the next `count` bytes of the caller's chunk to the end of the queue's own buffer. */
  private take(count: number): void {
    const chunk = this.chunk;
    if (!chunk || count <= 0) return;
    const held = this.ownEnd - this.ownStart;
    if (this.ownEnd + count > this.own.length) {
      if (held + count <= this.own.length) {
        this.own.copyWithin(0, this.ownStart, this.ownEnd);
      } else {
        const next = new Uint8Array(Math.max(held + count, 2 * held, 4096));
        next.set(this.own.subarray(this.ownStart, this.ownEnd));
        this.own = next;
      }
      this.ownStart = 0;
      this.ownEnd = held;
    }
    this.own.set(chunk.subarray(this.chunkStart, this.chunkStart + count), this.ownEnd);
    this.ownEnd += count;
    this.chunkStart += count;
    if (this.chunkStart >= chunk.length) this.chunk = undefined;
  }
}
