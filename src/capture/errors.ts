/**
 * What the reader says when a file is damaged, truncated or not a capture at all. It never throws: it
 * returns one of these, naming the byte in the file where the trouble starts, and keeps what came before.
 */
export interface CaptureError {
  message: string;
  /** Offset in the file, in bytes, where the problem starts. */
  offset: number;
}

export function captureError(message: string, offset: number): CaptureError {
  return { message, offset };
}

/** `error: <message> (byte offset N)`: the form the command line prints. */
export function formatCaptureError(error: CaptureError): string {
  return `${error.message} (byte offset ${error.offset})`;
}
