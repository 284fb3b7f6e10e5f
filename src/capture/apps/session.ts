/**
 * An application protocol's view of one TCP connection: the bytes of each direction arrive in order (new
 * bytes only, never a retransmitted copy), and it answers with the messages those bytes complete.
 * Implementations keep only what an unfinished message needs: a line, a record header, a count of bytes to skip.
 */
import type { AppMessage } from '../../core/packet.ts';

export interface AppSession {
  data(fromClient: boolean, bytes: Uint8Array): AppMessage[];
  /** Bytes of this direction are missing from the capture: forget the message in progress. */
  gap(fromClient: boolean): void;
  /** The direction is closed (FIN): messages that end with the stream itself. */
  end(fromClient: boolean): AppMessage[];
}

export function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}
