/**
 * Reading a file in the capture worker, seen from the page: the page's thread never touches the bytes.
 * The `File` itself is handed to the worker (a handle, not a copy), which streams it and answers with
 * progress and one result. One worker per file; it is ended as soon as its result is in.
 */
import type {
  ImportLimits,
  ImportOutcome,
  ImportProgress,
  ImportReply,
  ImportRequest,
} from '../../capture/stream-import.ts';

export interface LoadHandlers {
  progress(progress: ImportProgress): void;
  /** The result: the whole file, or what was read before damage or a cancel. */
  done(outcome: ImportOutcome): void;
  /** The worker could not do its work at all (it failed to start, or broke down). */
  failed(message: string): void;
  /** A cancel ended the work before the worker could send what it had read. */
  stopped(): void;
}

export interface Loading {
  /** Asks the worker to stop and send what it has read; ends it outright if it does not answer soon. */
  cancel(): void;
  /** Ends the worker without a word to the handlers (the page is going away, or another file is opened). */
  abandon(): void;
}

/** The part of a `Worker` used here, so that tests can stand in for one. */
export interface WorkerLike {
  postMessage(message: ImportRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** How long a cancelled worker may take to send what it has read before it is ended without it. */
export const CANCEL_GRACE_MS = 1500;

export function captureWorker(): WorkerLike {
  // Vite sees this exact form and bundles the worker with its imports as a module of its own.
  return new Worker(new URL('../../capture/worker.ts', import.meta.url), { type: 'module' });
}

export function loadCapture(
  file: File,
  handlers: LoadHandlers,
  options: { limits?: Partial<ImportLimits>; makeWorker?: () => WorkerLike } = {},
): Loading {
  let over = false;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let worker: WorkerLike;

  function end(): void {
    over = true;
    if (grace !== undefined) clearTimeout(grace);
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
  }

  try {
    worker = (options.makeWorker ?? captureWorker)();
  } catch (err) {
    over = true;
    const message = err instanceof Error ? err.message : String(err);
    queueMicrotask(() => handlers.failed(message));
    return { cancel: () => undefined, abandon: () => undefined };
  }

  worker.onmessage = (event) => {
    if (over) return;
    const reply = event.data;
    if (reply.type === 'progress') handlers.progress(reply.progress);
    else if (reply.type === 'done') {
      end();
      handlers.done(reply.outcome);
    } else {
      end();
      handlers.failed(reply.message);
    }
  };
  worker.onerror = (event) => {
    if (over) return;
    // An error event from a worker that failed to load says little; its message is the best there is.
    event.preventDefault?.();
    end();
    handlers.failed(event.message || 'the reader stopped unexpectedly');
  };
  worker.onmessageerror = () => {
    if (over) return;
    end();
    handlers.failed('the reader sent a result the page could not take');
  };
  worker.postMessage({ type: 'open', file, ...(options.limits ? { limits: options.limits } : {}) });

  return {
    cancel() {
      if (over || grace !== undefined) return;
      worker.postMessage({ type: 'cancel' });
      grace = setTimeout(() => {
        if (over) return;
        end();
        handlers.stopped();
      }, CANCEL_GRACE_MS);
    },
    abandon() {
      if (!over) end();
    },
  };
}
