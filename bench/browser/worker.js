/**
 * The page's own capture worker, bundled as the app bundles it, given a file the way the page gives it
 * one a learner picks: the `File` in an `open` message. Timed from the worker's creation to its `done`.
 */
window.benchRead = () =>
  new Promise((resolve, reject) => {
    const file = document.getElementById('file').files?.[0];
    if (!file) {
      reject(new Error('no file chosen'));
      return;
    }
    const started = performance.now();
    const worker = new Worker(new URL('../../src/capture/worker.ts', import.meta.url), { type: 'module' });
    worker.onerror = (e) => reject(new Error(e.message || 'the worker failed'));
    worker.onmessage = (e) => {
      const reply = e.data;
      if (reply.type === 'failed') reject(new Error(reply.message));
      if (reply.type !== 'done') return;
      const ms = performance.now() - started;
      worker.terminate();
      const outcome = reply.outcome;
      window.benchOutcome = outcome;
      resolve({
        ms,
        bytes: file.size,
        packets: outcome.progress.packets,
        events: outcome.trace.events.length,
        rows: outcome.rows.count,
        heapMb: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null,
        error: outcome.error ? outcome.error.message : null,
      });
    };
    worker.postMessage({ type: 'open', file });
  });
