/**
 * The streaming capture reader: push chunks of a pcap or pcapng file (any sizes, down to one byte) and get
 * back the frames they complete. It holds only the unfinished record, never the whole file. A damaged or
 * unknown file never throws: the reader stops with a `CaptureError` naming the byte offset, and the frames
 * before it stand.
 */
import { ByteQueue } from './byte-queue.ts';
import { hex32, u32 } from './bytes.ts';
import { type CaptureError, captureError } from './errors.ts';
import type { CaptureFrame } from './frame.ts';
import { PcapParser, pcapMagic } from './pcap.ts';
import { PCAPNG_SHB, PcapngParser } from './pcapng.ts';
import type { FormatParser } from './step.ts';

export type CaptureFormat = 'pcap' | 'pcapng';

export interface ReaderOptions {
  /**
   * Hand out frames whose `data` is a view of the reader's buffers, valid only until the frame callback
   * returns, instead of a copy. For a consumer that copies whatever it keeps (the importer does): it saves
   * copying every byte of the file.
   */
  lend?: boolean;
}

export class CaptureReader {
  private readonly queue = new ByteQueue();
  private readonly lend: boolean;
  private parser: FormatParser | undefined;
  private failure: CaptureError | undefined;
  private ended = false;
  private frameCount = 0;
  private bytesSeen = 0;
  private kind: CaptureFormat | undefined;

  constructor(options: ReaderOptions = {}) {
    this.lend = options.lend ?? false;
  }

  /**
   * Adds bytes; returns the frames they complete, in file order. With `onFrame`, each frame goes to it as
   * soon as it is read and none are collected (for a whole file pushed at once). The reader keeps no
   * reference to `chunk` once this returns, so the caller may read the next part of the file into it.
   */
  push(chunk: Uint8Array, onFrame?: (frame: CaptureFrame) => void): CaptureFrame[] {
    const frames: CaptureFrame[] = [];
    if (this.failure || this.ended) return frames;
    this.bytesSeen += chunk.length;
    this.queue.append(chunk);
    this.drain(onFrame ?? ((frame) => frames.push(frame)));
    this.queue.settle();
    return frames;
  }

  /** Says the input is over. Returns the error, if the file was damaged, cut short or not a capture. */
  end(): CaptureError | undefined {
    if (!this.ended && !this.failure) {
      this.ended = true;
      if (this.bytesSeen === 0) this.failure = captureError('the file is empty', 0);
      else if (!this.parser) {
        this.failure = captureError(
          `file ends after ${this.bytesSeen} bytes, too short to tell whether it is a pcap or pcapng file`,
          0,
        );
      } else if (this.queue.length > 0) this.failure = this.parser.truncated(this.queue);
    }
    return this.failure;
  }

  get error(): CaptureError | undefined {
    return this.failure;
  }

  get format(): CaptureFormat | undefined {
    return this.kind;
  }

  /** Frames read so far. */
  get count(): number {
    return this.frameCount;
  }

  private drain(sink: (frame: CaptureFrame) => void): void {
    if (!this.parser && !this.detect()) return;
    const parser = this.parser as FormatParser;
    for (;;) {
      const step = parser.step(this.queue, this.frameCount);
      if (step.kind === 'need') return;
      if (step.kind === 'error') {
        this.failure = step.error;
        return;
      }
      if (step.kind === 'frame') {
        this.frameCount++;
        sink(step.frame);
      }
    }
  }

  private detect(): boolean {
    if (this.queue.length < 4) return false;
    const head = this.queue.peek(4);
    if (u32(head, 0, false) === PCAPNG_SHB) {
      this.parser = new PcapngParser(this.lend);
      this.kind = 'pcapng';
      return true;
    }
    if (pcapMagic(head)) {
      this.parser = new PcapParser(this.lend);
      this.kind = 'pcap';
      return true;
    }
    this.failure = captureError(
      `not a pcap or pcapng file: unknown magic ${hex32(u32(head, 0, false))} at byte 0`,
      0,
    );
    return false;
  }
}

export interface ReadResult {
  frames: CaptureFrame[];
  format?: CaptureFormat;
  error?: CaptureError;
}

/** Reads a whole file held in memory. */
export function readCapture(bytes: Uint8Array): ReadResult {
  const reader = new CaptureReader();
  const frames = reader.push(bytes);
  const error = reader.end();
  const result: ReadResult = { frames };
  if (reader.format) result.format = reader.format;
  if (error) result.error = error;
  return result;
}

/**
 * Reads a file chunk by chunk, handing each frame to `onFrame` as soon as it is complete. Resolves with
 * the error that stopped reading, if any. Errors of the chunk source itself (an unreadable file) reject.
 */
export async function readCaptureStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onFrame: (frame: CaptureFrame) => void,
  options: ReaderOptions = {},
): Promise<CaptureError | undefined> {
  const reader = new CaptureReader(options);
  for await (const chunk of chunks) {
    reader.push(chunk, onFrame);
    if (reader.error) return reader.error;
  }
  return reader.end();
}
