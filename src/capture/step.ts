import type { ByteQueue } from './byte-queue.ts';
import type { CaptureError } from './errors.ts';
import type { CaptureFrame } from './frame.ts';

/** What a format parser made of the bytes at the head of the queue. */
export type Step =
  | { kind: 'frame'; frame: CaptureFrame }
  /** A record that holds no packet (a header, an interface description, a block of another kind). */
  | { kind: 'skip' }
  /** Not enough bytes yet: push more. */
  | { kind: 'need' }
  | { kind: 'error'; error: CaptureError };

export interface FormatParser {
  /** Reads at most one record from the head of the queue. `index` is the number the next frame gets. */
  step(queue: ByteQueue, index: number): Step;
  /** The input ended while the queue still holds the start of a record: say what is missing. */
  truncated(queue: ByteQueue): CaptureError;
}

export const NEED: Step = { kind: 'need' };
export const SKIP: Step = { kind: 'skip' };
