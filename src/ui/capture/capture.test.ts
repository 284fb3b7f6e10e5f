import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportOutcome, ImportReply, ImportRequest } from '../../capture/stream-import.ts';
import { ROW_COLUMNS } from '../../core/rows.ts';
import { isCaptureHash, PACKETS_HASH, parseCaptureHash, sceneHash } from './capture-route.ts';
import { CANCEL_GRACE_MS, type LoadHandlers, loadCapture, type WorkerLike } from './loader.ts';
import { ROW_PX, tableWindow } from './packet-table.ts';
import { emptyRows, rowAt } from './rows.ts';
import { captureWords, size } from './words.ts';

describe('the capture page address', () => {
  it('is recognised under #/capture and nowhere else', () => {
    for (const hash of ['#/capture', '#/capture/', '#/capture/play?step=2', '#/capture/packets', 'capture']) {
      expect(isCaptureHash(hash), hash).toBe(true);
    }
    for (const hash of ['', '#/', '#/ftp/active', '#/trace/ftp-active', '#/captures', '#/ftp/capture']) {
      expect(isCaptureHash(hash), hash).toBe(false);
    }
  });

  it('reads the view, the level, the language and the step, with defaults for what it does not know', () => {
    expect(parseCaptureHash('#/capture', ['en'])).toEqual({
      view: 'home',
      level: 'standard',
      lang: 'en',
      step: null,
    });
    expect(parseCaptureHash('#/capture/play?step=7&level=expert&lang=en&seed=1', ['en'])).toEqual({
      view: 'scene',
      level: 'expert',
      lang: 'en',
      step: '7',
    });
    expect(parseCaptureHash('#/capture/packets', ['en']).view).toBe('packets');
    expect(parseCaptureHash('#/capture/whatever?level=wizard&lang=tlh', ['en'])).toEqual({
      view: 'home',
      level: 'standard',
      lang: 'en',
      step: null,
    });
  });

  it('writes scene addresses that read back the same', () => {
    const hash = sceneHash('elementary', 'en', 3);
    expect(hash).toBe('#/capture/play?step=3&level=elementary&lang=en');
    expect(parseCaptureHash(hash, ['en'])).toEqual({
      view: 'scene',
      level: 'elementary',
      lang: 'en',
      step: '3',
    });
    expect(parseCaptureHash(sceneHash('expert', 'en'), ['en']).step).toBeNull();
    expect(parseCaptureHash(PACKETS_HASH, ['en']).view).toBe('packets');
  });
});

describe('the words of the capture page', () => {
  it('writes sizes the way file managers do, in powers of 1000', () => {
    expect(size(0)).toBe('0 bytes');
    expect(size(812)).toBe('812 bytes');
    expect(size(10_276)).toBe('10.3 KB');
    expect(size(50_850_210)).toBe('50.9 MB');
    expect(size(123_456_789)).toBe('123 MB');
    expect(size(2_000_000_000)).toBe('2.0 GB');
  });

  it('gives every plural message the raw number `n` to choose its form by', () => {
    for (const [key, message] of Object.entries(captureWords)) {
      if (typeof message === 'string') continue;
      expect(message.plural, key).toBe('n');
      expect(message.one, key).toBeDefined();
    }
  });
});

describe('the list of packets', () => {
  it('writes only the rows near the view, and leaves room of the right height for the rest', () => {
    const top = tableWindow(0, 10 * ROW_PX, 100_000);
    expect(top.from).toBe(0);
    expect(top.above).toBe(0);
    expect(top.to).toBeLessThan(60);
    expect(top.above + (top.to - top.from) * ROW_PX + top.below).toBe(100_000 * ROW_PX);

    const middle = tableWindow(50_000 * ROW_PX, 10 * ROW_PX, 100_000);
    expect(middle.from).toBeLessThanOrEqual(50_000);
    expect(middle.to).toBeGreaterThanOrEqual(50_010);
    expect(middle.to - middle.from).toBeLessThan(60);
    expect(middle.above).toBe(middle.from * ROW_PX);
    expect(middle.above + (middle.to - middle.from) * ROW_PX + middle.below).toBe(100_000 * ROW_PX);

    const end = tableWindow(1e12, 10 * ROW_PX, 100_000);
    expect(end.to).toBe(100_000);
    expect(end.below).toBe(0);
  });

  it('reads an empty table as no rows, and a packed row back with its nulls', () => {
    expect(emptyRows().count).toBe(0);
    const rows = emptyRows();
    rows.count = 1;
    rows.frame = new Uint32Array([9]);
    rows.time = new Float64Array([1.5]);
    rows.sport = new Int32Array([-1]);
    rows.dport = new Int32Array([-1]);
    rows.seq = new Float64Array([Number.NaN]);
    rows.ack = new Float64Array([Number.NaN]);
    rows.len = new Int32Array([-1]);
    rows.strings = ['10.0.0.1', 'ff02::1', ''];
    rows.src = new Uint32Array([0]);
    rows.dst = new Uint32Array([1]);
    rows.flags = new Uint32Array([2]);
    rows.app = new Map([[0, 'Echo (ping) request']]);
    const row = rowAt(rows, 0);
    expect(Object.keys(row).sort()).toEqual([...ROW_COLUMNS].sort());
    expect(row).toEqual({
      frame: 9,
      time: 1.5,
      src: '10.0.0.1',
      sport: null,
      dst: 'ff02::1',
      dport: null,
      flags: '',
      seq: null,
      ack: null,
      len: null,
      app: 'Echo (ping) request',
    });
  });
});

/** A stand-in for the worker: records what the page asks, and lets the test answer. */
class FakeWorker implements WorkerLike {
  requests: ImportRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;

  postMessage(message: ImportRequest): void {
    this.requests.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(reply: ImportReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<ImportReply>);
  }
}

function recorder(): LoadHandlers & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    progress: (p) => log.push(`progress ${p.bytes}`),
    done: (o) => log.push(`done ${o.cancelled ? 'cancelled' : 'whole'}`),
    failed: (m) => log.push(`failed ${m}`),
    stopped: () => log.push('stopped'),
  };
}

const FILE = new File([new Uint8Array(8)], 'a.pcap');
const OUTCOME = { cancelled: false } as ImportOutcome;

describe('reading in the worker, seen from the page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands the file to the worker, passes progress on, and ends the worker with the result', () => {
    const worker = new FakeWorker();
    const h = recorder();
    loadCapture(FILE, h, { makeWorker: () => worker, limits: { scenePackets: 10 } });
    expect(worker.requests).toEqual([{ type: 'open', file: FILE, limits: { scenePackets: 10 } }]);
    worker.reply({
      type: 'progress',
      progress: { bytes: 4, total: 8, frames: 0, packets: 0, connections: 0 },
    });
    expect(worker.terminated).toBe(false);
    worker.reply({ type: 'done', outcome: OUTCOME });
    expect(worker.terminated).toBe(true);
    expect(h.log).toEqual(['progress 4', 'done whole']);
  });

  it('asks the worker to stop on cancel, and takes what it sends back', () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const h = recorder();
    const loading = loadCapture(FILE, h, { makeWorker: () => worker });
    loading.cancel();
    loading.cancel();
    expect(worker.requests.filter((r) => r.type === 'cancel')).toHaveLength(1);
    worker.reply({ type: 'done', outcome: { ...OUTCOME, cancelled: true } });
    vi.advanceTimersByTime(CANCEL_GRACE_MS * 2);
    expect(h.log).toEqual(['done cancelled']);
    expect(worker.terminated).toBe(true);
  });

  it('ends a worker that does not answer a cancel in time, and says reading stopped', () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const h = recorder();
    loadCapture(FILE, h, { makeWorker: () => worker }).cancel();
    vi.advanceTimersByTime(CANCEL_GRACE_MS - 1);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(worker.terminated).toBe(true);
    // A late answer from an ended worker is not taken.
    worker.reply({ type: 'done', outcome: OUTCOME });
    expect(h.log).toEqual(['stopped']);
  });

  it('reports a worker that breaks down, or cannot start, as a failure', async () => {
    const broken = new FakeWorker();
    const h = recorder();
    loadCapture(FILE, h, { makeWorker: () => broken });
    broken.onerror?.({ message: 'script failed to load', preventDefault: () => undefined } as ErrorEvent);
    expect(broken.terminated).toBe(true);
    expect(h.log).toEqual(['failed script failed to load']);

    const refused = recorder();
    loadCapture(FILE, refused, {
      makeWorker: () => {
        throw new Error('workers are not allowed here');
      },
    });
    await Promise.resolve();
    expect(refused.log).toEqual(['failed workers are not allowed here']);
  });

  it('ends the worker silently when the page goes away', () => {
    const worker = new FakeWorker();
    const h = recorder();
    loadCapture(FILE, h, { makeWorker: () => worker }).abandon();
    expect(worker.terminated).toBe(true);
    worker.reply({ type: 'done', outcome: OUTCOME });
    expect(h.log).toEqual([]);
  });
});
