import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTsharkTsv } from '../../tests/helpers/tshark-tsv.ts';
import type { WireEvent } from '../core/trace.ts';
import { rowAt } from '../ui/capture/rows.ts';
import { importCapture } from './import.ts';
import {
  createImportService,
  type ImportFile,
  type ImportLimits,
  type ImportOutcome,
  type ImportProgress,
  type ImportReply,
  type ImportRequest,
  rowBuffers,
  StreamImport,
} from './stream-import.ts';

const FIXTURES = new URL('../../tests/fixtures/captures/', import.meta.url);
const ACTIVE = new URL('ftp-active-firewall.pcapng', FIXTURES);
const PASSIVE = new URL('ftp-passive.pcap', FIXTURES);

function bytesOf(url: URL): Uint8Array {
  return new Uint8Array(readFileSync(url));
}

/** The file again and again: each copy is a section of its own, which pcapng allows. */
function repeated(bytes: Uint8Array, atLeast: number): Uint8Array {
  const copies = Math.ceil(atLeast / bytes.length);
  const out = new Uint8Array(copies * bytes.length);
  for (let i = 0; i < copies; i++) out.set(bytes, i * bytes.length);
  return out;
}

/** A file whose stream hands out `bytes` in chunks of the given sizes, one chunk per read, only when asked. */
function fileOf(name: string, bytes: Uint8Array, chunk = 4096, failAfter?: number): ImportFile {
  return {
    name,
    size: bytes.length,
    stream() {
      let at = 0;
      let reads = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (failAfter !== undefined && reads >= failAfter) {
            controller.error(new Error('the disk went away'));
            return;
          }
          reads++;
          if (at >= bytes.length) {
            controller.close();
            return;
          }
          // A fresh copy each time, as a browser's stream gives: the importer must not keep a view into it.
          controller.enqueue(bytes.slice(at, at + chunk));
          at += chunk;
        },
      });
    },
  };
}

interface Conversation {
  replies: ImportReply[];
  transfers: Transferable[][];
  handle: (request: ImportRequest) => Promise<void>;
}

function service(onReply?: (reply: ImportReply, c: Conversation) => void): Conversation {
  const c: Conversation = { replies: [], transfers: [], handle: async () => undefined };
  c.handle = createImportService((reply, transfer) => {
    c.replies.push(reply);
    c.transfers.push(transfer);
    onReply?.(reply, c);
  });
  return c;
}

function outcomeOf(c: Conversation): ImportOutcome {
  const done = c.replies.filter((r) => r.type === 'done');
  expect(done).toHaveLength(1);
  return (done[0] as Extract<ImportReply, { type: 'done' }>).outcome;
}

function progressOf(c: Conversation): ImportProgress[] {
  return c.replies.flatMap((r) => (r.type === 'progress' ? [r.progress] : []));
}

async function open(bytes: Uint8Array, limits?: Partial<ImportLimits>, chunk = 4096): Promise<Conversation> {
  const c = service();
  await c.handle({
    type: 'open',
    file: fileOf('capture.pcapng', bytes, chunk),
    ...(limits ? { limits } : {}),
  });
  return c;
}

/** The offsets of the pcapng blocks that end within `length` bytes, walked from their length fields. */
function pcapngBlocks(bytes: Uint8Array): Array<{ offset: number; type: number; end: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const blocks: Array<{ offset: number; type: number; end: number }> = [];
  for (let at = 0; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at + 4, true);
    blocks.push({ offset: at, type: view.getUint32(at, true), end: at + length });
    at += length;
  }
  return blocks;
}

describe('the capture worker, as a plain function', () => {
  it('gives the same trace as reading the whole file at once, and rows that match tshark', async () => {
    const bytes = bytesOf(ACTIVE);
    const c = await open(bytes);
    const outcome = outcomeOf(c);
    const whole = importCapture(bytes, 'capture.pcapng');
    expect(outcome.error).toBeUndefined();
    expect(outcome.cancelled).toBe(false);
    expect(outcome.format).toBe('pcapng');
    expect(outcome.trace).toEqual(whole.trace);

    const tshark = readTsharkTsv(new URL('ftp-active-firewall.pcapng.tshark.tsv', FIXTURES).pathname);
    const ip = tshark.filter((r) => r.src !== '');
    expect(outcome.progress.frames).toBe(tshark.length);
    expect(outcome.progress.packets).toBe(ip.length);
    expect(outcome.progress.bytes).toBe(bytes.length);
    expect(outcome.progress.total).toBe(bytes.length);
    expect(outcome.scenePackets).toBe(ip.length);
    expect(outcome.rows.count).toBe(ip.length);
    ip.forEach((t, i) => {
      const row = rowAt(outcome.rows, i);
      expect(row.frame).toBe(t.frame);
      // The trace keeps whole microseconds; tshark gives nanoseconds.
      expect(Math.abs(row.time - t.time)).toBeLessThanOrEqual(0.5e-6 + 1e-12);
      expect([row.src, row.sport, row.dst, row.dport]).toEqual([t.src, t.sport, t.dst, t.dport]);
      expect([row.flags, row.seq, row.ack, row.len]).toEqual([t.flags, t.seq, t.ack, t.len]);
      if (t.ftp !== '') expect(row.app).toContain(t.ftp);
    });
    const connections = new Set(ip.map((t) => [t.src, t.sport, t.dst, t.dport].sort().join('|')));
    expect(outcome.progress.connections).toBe(connections.size);
  });

  it('reads a pcap file in chunks of any size, down to one byte, with the same result', async () => {
    const bytes = bytesOf(PASSIVE);
    const reference = outcomeOf(await open(bytes, undefined, 1 << 20));
    for (const chunk of [1, 7, 100, 65536]) {
      const outcome = outcomeOf(await open(bytes, undefined, chunk));
      expect(outcome.format).toBe('pcap');
      expect(outcome.trace).toEqual(reference.trace);
      expect(outcome.rows).toEqual(reference.rows);
    }
  });

  it('sends growing progress while it reads, then one result whose columns are handed over', async () => {
    const bytes = bytesOf(ACTIVE);
    const c = service();
    // Small limits on reports do not apply to such a small file: one report per 256 KB at most.
    await c.handle({ type: 'open', file: fileOf('a.pcapng', bytes, 1) });
    const progress = progressOf(c);
    expect(progress).toEqual([]);
    expect(c.replies.at(-1)?.type).toBe('done');
    const outcome = outcomeOf(c);
    expect(c.transfers.at(-1)).toEqual(rowBuffers(outcome.rows));
    expect(rowBuffers(outcome.rows)).toHaveLength(10);

    const big = repeated(bytes, 3 * 1024 * 1024);
    const d = service();
    await d.handle({ type: 'open', file: fileOf('big.pcapng', big, 64 * 1024) });
    const seen = progressOf(d);
    expect(seen.length).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) {
      expect((seen[i] as ImportProgress).bytes).toBeGreaterThan((seen[i - 1] as ImportProgress).bytes);
    }
    expect(seen.every((p) => p.total === big.length)).toBe(true);
  });

  it('keeps only the first packets for the scene and the table, and counts the rest', async () => {
    const bytes = bytesOf(ACTIVE);
    const whole = importCapture(bytes, 'capture.pcapng').trace;
    const wires = whole.events.filter((e): e is WireEvent => e.type === 'wire');
    const outcome = outcomeOf(await open(bytes, { scenePackets: 10, tableRows: 20 }));
    const kept = outcome.trace.events.filter((e): e is WireEvent => e.type === 'wire');
    expect(kept).toEqual(wires.slice(0, 10));
    expect(outcome.scenePackets).toBe(10);
    expect(outcome.rows.count).toBe(20);
    expect(rowAt(outcome.rows, 19).frame).toBe(wires[19]?.packet);
    expect(outcome.progress.packets).toBe(wires.length);
    // Every connection a kept packet belongs to is in the trace, and no other one.
    const conns = outcome.trace.events.flatMap((e) => (e.type === 'connection' ? [e.conn] : []));
    expect(new Set(conns)).toEqual(new Set(kept.map((e) => e.conn)));
    const ids = new Set(outcome.trace.nodes.map((n) => n.id));
    for (const e of kept) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    for (const l of outcome.trace.links) expect(ids.has(l.a) && ids.has(l.b)).toBe(true);
  });

  it('says where a truncated file ends, and keeps every packet before it', async () => {
    const bytes = bytesOf(ACTIVE);
    const cut = 5000;
    const blocks = pcapngBlocks(bytes);
    const broken = blocks.find((b) => b.offset < cut && b.end > cut);
    const complete = blocks.filter((b) => b.end <= cut && b.type === 6).length;
    const tshark = readTsharkTsv(new URL('ftp-active-firewall.pcapng.tshark.tsv', FIXTURES).pathname);
    const ipBefore = tshark.slice(0, complete).filter((r) => r.src !== '').length;

    const outcome = outcomeOf(await open(bytes.slice(0, cut)));
    expect(outcome.error?.offset).toBe(broken?.offset);
    expect(outcome.error?.message).toContain(`byte ${broken?.offset}`);
    expect(outcome.progress.frames).toBe(complete);
    expect(outcome.progress.packets).toBe(ipBefore);
    expect(outcome.trace.events.filter((e) => e.type === 'wire')).toHaveLength(ipBefore);
    expect(outcome.rows.count).toBe(ipBefore);
    expect(outcome.cancelled).toBe(false);
  });

  it('stops at the first damaged block and says so with its offset', async () => {
    const bytes = bytesOf(ACTIVE).slice();
    const blocks = pcapngBlocks(bytes);
    const victim = blocks.filter((b) => b.type === 6)[12] as { offset: number };
    // A block length that is not a multiple of 4 is damage the reader can see at once.
    new DataView(bytes.buffer).setUint32(victim.offset + 4, 30, true);
    const outcome = outcomeOf(await open(bytes));
    expect(outcome.error?.offset).toBe(victim.offset);
    expect(outcome.unreadable).toBeUndefined();
    expect(outcome.progress.frames).toBe(12);
    expect(outcome.progress.bytes).toBeLessThan(bytes.length + 1);
  });

  it('refuses a file that is not a capture, at byte 0, and keeps nothing', async () => {
    const outcome = outcomeOf(await open(new TextEncoder().encode('GIF89a, not a capture at all')));
    expect(outcome.error?.offset).toBe(0);
    expect(outcome.error?.message).toMatch(/not a pcap or pcapng file/);
    expect(outcome.format).toBeUndefined();
    expect(outcome.trace.events).toEqual([]);
    expect(outcome.rows.count).toBe(0);
    const empty = outcomeOf(await open(new Uint8Array(0)));
    expect(empty.error).toEqual({ message: 'the file is empty', offset: 0 });
  });

  it('stops reading when asked, keeping what was read, and says it was a cancel, not damage', async () => {
    const big = repeated(bytesOf(ACTIVE), 2 * 1024 * 1024);
    const c = service((reply, conv) => {
      if (reply.type === 'progress') void conv.handle({ type: 'cancel' });
    });
    // The first report comes after 256 KB, read in four chunks; the cancel is seen before the fifth.
    await c.handle({ type: 'open', file: fileOf('big.pcapng', big, 64 * 1024) });
    const outcome = outcomeOf(c);
    const read = 256 * 1024;
    expect(outcome.cancelled).toBe(true);
    expect(outcome.error).toBeUndefined();
    expect(progressOf(c)).toHaveLength(1);
    expect(outcome.progress.bytes).toBe(read);
    expect(outcome.progress.total).toBe(big.length);
    const frames = pcapngBlocks(big).filter((b) => b.end <= read && b.type === 6).length;
    expect(outcome.progress.frames).toBe(frames);
    expect(outcome.rows.count).toBe(outcome.progress.packets);
    expect(outcome.progress.packets).toBeGreaterThan(1000);
  });

  it('hears a cancel sent as a message of its own even when every chunk is already waiting', async () => {
    const big = repeated(bytesOf(ACTIVE), 8 * 1024 * 1024);
    const chunk = 64 * 1024;
    // All chunks are queued up front, as a fast disk fills a stream: reads then answer without waiting.
    const file: ImportFile = {
      name: 'big.pcapng',
      size: big.length,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < big.length; at += chunk) controller.enqueue(big.slice(at, at + chunk));
            controller.close();
          },
        }),
    };
    let sent = false;
    const c = service((reply, conv) => {
      if (reply.type !== 'progress' || sent) return;
      sent = true;
      // The way a page's message reaches a worker: as a task of its own, not inside the current one.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        void conv.handle({ type: 'cancel' });
      };
      channel.port2.postMessage(null);
    });
    await c.handle({ type: 'open', file });
    const outcome = outcomeOf(c);
    expect(outcome.cancelled).toBe(true);
    expect(outcome.progress.bytes).toBeLessThan(big.length / 4);
  });

  it('turns a file the browser cannot read on into an error at the offset reached', async () => {
    const bytes = bytesOf(ACTIVE);
    const c = service();
    await c.handle({ type: 'open', file: fileOf('a.pcapng', bytes, 1000, 5) });
    const outcome = outcomeOf(c);
    expect(outcome.error?.offset).toBe(5000);
    expect(outcome.error?.message).toContain('the disk went away');
    expect(outcome.unreadable).toBe(true);
    const direct = new StreamImport('a.pcapng', bytes.length);
    direct.push(bytes.slice(0, 5000));
    expect(outcome.progress.packets).toBe(direct.progress().packets);
    expect(outcome.trace.events.filter((e) => e.type === 'wire')).toHaveLength(direct.progress().packets);
  });

  it('answers a request it does not know with a failure, and a cancel with nothing when idle', async () => {
    const c = service();
    await c.handle({ type: 'cancel' });
    expect(c.replies).toEqual([]);
    await c.handle({ type: 'resize' } as unknown as ImportRequest);
    expect(c.replies).toHaveLength(1);
    expect(c.replies[0]?.type).toBe('failed');
  });
});
