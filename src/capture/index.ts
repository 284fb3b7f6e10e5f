/**
 * Opening real captures: the streaming pcap/pcapng reader, and the importer that turns a capture into a
 * trace. Pure TypeScript: runs the same in the browser, in a worker and in Node.
 */
export type { CaptureError } from './errors.ts';
export { formatCaptureError } from './errors.ts';
export type { CaptureFrame } from './frame.ts';
export {
  CaptureImporter,
  captureMeta,
  type ImporterOptions,
  type ImportResult,
  importCapture,
  importCaptureStream,
} from './import.ts';
export {
  type CaptureFormat,
  CaptureReader,
  type ReadResult,
  readCapture,
  readCaptureStream,
} from './reader.ts';
