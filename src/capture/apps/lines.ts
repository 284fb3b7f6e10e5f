/** Splits a byte stream into text lines (CRLF or LF), keeping only the unfinished line between pushes. */

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Control characters would break the one-line views (TSV, ladder labels). */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '.').replace(/\t/g, ' ');
}

export class LineReader {
  private buffer: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** Inside a line longer than the limit: its bytes are dropped up to its end. */
  private discarding = false;

  constructor(private readonly maxLine = 8192) {}

  feed(bytes: Uint8Array): void {
    const rest = this.buffer.subarray(this.pos);
    if (rest.length === 0) this.buffer = bytes;
    else {
      const next = new Uint8Array(rest.length + bytes.length);
      next.set(rest);
      next.set(bytes, rest.length);
      this.buffer = next;
    }
    this.pos = 0;
  }

  /** The next complete line without its line end, or undefined when only part of one is left. */
  next(): string | undefined {
    for (;;) {
      const nl = this.buffer.indexOf(0x0a, this.pos);
      if (nl < 0) {
        if (this.buffer.length - this.pos > this.maxLine) {
          this.discarding = true;
          this.clear();
        } else {
          // Keep a copy of the unfinished line only, not the packet it came in.
          this.buffer = this.buffer.slice(this.pos);
          this.pos = 0;
        }
        return undefined;
      }
      const start = this.pos;
      this.pos = nl + 1;
      if (this.discarding) {
        this.discarding = false;
        continue;
      }
      const end = nl > start && this.buffer[nl - 1] === 0x0d ? nl - 1 : nl;
      return clean(decoder.decode(this.buffer.subarray(start, end)));
    }
  }

  /** The bytes not yet returned as lines; the reader is left empty. */
  rest(): Uint8Array {
    const r = this.buffer.subarray(this.pos);
    this.clear();
    return r;
  }

  clear(): void {
    this.buffer = new Uint8Array(0);
    this.pos = 0;
  }

  /** Forget the partial line, as after bytes lost from the capture. */
  reset(): void {
    this.clear();
    this.discarding = false;
  }
}
