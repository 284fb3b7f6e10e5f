/**
 * The capture worker: reads a file the page hands it, chunk by chunk, off the page's thread, and sends
 * back progress and the result (see `createImportService`). Only the worker's own globals are used here.
 */
import { createImportService, type ImportReply, type ImportRequest } from './stream-import.ts';

/** The part of a dedicated worker's global scope this file uses (the project's types are the page's). */
interface WorkerScope {
  postMessage(message: ImportReply, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createImportService((reply, transfer) => scope.postMessage(reply, transfer));
scope.addEventListener('message', (event) => {
  void handle(event.data);
});
