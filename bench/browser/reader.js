/**
 * The app's capture reader, bundled for the browser as the page bundles it, reading a file the way a page
 * reads one a learner picks: `File.stream()` in chunks, the trace kept, as a player needs it to play.
 */
import { CaptureImporter } from '../../src/capture/import.ts';
import { readCaptureStream } from '../../src/capture/reader.ts';

async function* chunks(file) {
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** Imports the chosen file and says how long it took and what it holds. */
window.benchRead = async () => {
  const input = document.getElementById('file');
  const file = input.files?.[0];
  if (!file) throw new Error('no file chosen');
  let packets = 0;
  const started = performance.now();
  const importer = new CaptureImporter(file.name, {
    onEvent: (event) => {
      if (event.type === 'wire') packets++;
    },
  });
  const error = await readCaptureStream(chunks(file), (frame) => importer.add(frame));
  const { trace } = importer.finish(error);
  const ms = performance.now() - started;
  // The trace is kept alive until the heap is measured: it is what the page would hold.
  window.benchTrace = trace;
  return {
    ms,
    bytes: file.size,
    packets,
    events: trace.events.length,
    heapMb: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null,
    error: error ? error.message : null,
  };
};
