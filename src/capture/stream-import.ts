/**
 * Importing a capture chunk by chunk for a page, with memory bounded by what the page shows rather than by
 * the size of the file. Used by the capture worker; pure TypeScript, so it runs (and is tested) in Node too.
 *
 * Two things are kept, each up to a limit: the events of the first IP packets, with their connections and
 * hosts, as a trace a player can tell as a story; and one row per packet for the packet table, packed into
 * typed arrays (about 60 bytes a row). Past the limits only counts go on. No payload byte is kept.
 *
 * `createImportService` is the worker's message handling as a plain function: requests in, replies out.
 */
import { CaptureRowStream, type PacketRow } from '../core/rows.ts';
import type { ConnectionEvent, Trace, TraceEvent, TraceLink, TraceNode } from '../core/trace.ts';
import { type CaptureError, captureError } from './errors.ts';
import { CAPTURE_LINK } from './hosts.ts';
import { CaptureImporter, captureMeta } from './import.ts';
import { type CaptureFormat, CaptureReader } from './reader.ts';

export interface ImportLimits {
  /** IP packets whose events are kept for the scene (with their connections and hosts). */
  scenePackets: number;
  /** Packets kept as rows of the packet table. */
  tableRows: number;
}

/**
 * A story of a few thousand packets is already more than a lesson needs, and telling it takes a moment on
 * a slow machine; a table row costs little, so the table goes much further (half a million rows of a
 * list that scrolls by pixels stay well below the tallest box a browser lays out).
 */
export const DEFAULT_LIMITS: ImportLimits = { scenePackets: 5000, tableRows: 500_000 };

export interface ImportProgress {
  /** Bytes of the file read so far, and its size. */
  bytes: number;
  total: number;
  /** Records read (Wireshark's frames, IP or not). */
  frames: number;
  /** IP packets among them. */
  packets: number;
  /** TCP connections and UDP flows seen. */
  connections: number;
}

/** The packet table, one column per typed array; `null` is -1 (ports, lengths) or NaN (seq, ack). */
export interface PackedRows {
  count: number;
  frame: Uint32Array;
  time: Float64Array;
  sport: Int32Array;
  dport: Int32Array;
  seq: Float64Array;
  ack: Float64Array;
  len: Int32Array;
  /** Indexes into `strings`: addresses and flag names repeat, so each is stored once. */
  src: Uint32Array;
  dst: Uint32Array;
  flags: Uint32Array;
  strings: string[];
  /** The application text of the rows that have one, by row index. */
  app: Map<number, string>;
}

export interface ImportOutcome {
  fileName: string;
  format?: CaptureFormat;
  /** The final counts. */
  progress: ImportProgress;
  /** The first `scenePackets` packets as a trace. */
  trace: Trace;
  /** IP packets in `trace`. */
  scenePackets: number;
  rows: PackedRows;
  /** Why reading stopped before the end of the file: a damaged file, or one the browser could not read. */
  error?: CaptureError;
  /** The error is the browser's: the file could not be read on (rather than being damaged). */
  unreadable?: boolean;
  /** Reading was stopped on request; everything read before is kept. */
  cancelled: boolean;
}

const EMPTY_U32 = new Uint32Array(0);

class RowBuilder {
  count = 0;
  private capacity = 0;
  private frame = EMPTY_U32;
  private time = new Float64Array(0);
  private sport = new Int32Array(0);
  private dport = new Int32Array(0);
  private seq = new Float64Array(0);
  private ack = new Float64Array(0);
  private len = new Int32Array(0);
  private src = EMPTY_U32;
  private dst = EMPTY_U32;
  private flags = EMPTY_U32;
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly app = new Map<number, string>();

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.count >= this.limit;
  }

  private intern(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  private grow(): void {
    // Doubling keeps copies rare; the limit keeps the last step from overshooting it by much.
    const next = Math.min(Math.max(this.capacity * 2, 1024), this.limit);
    const more = <T extends Uint32Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const fresh = make(next);
      fresh.set(old);
      return fresh;
    };
    this.frame = more(this.frame, (n) => new Uint32Array(n));
    this.time = more(this.time, (n) => new Float64Array(n));
    this.sport = more(this.sport, (n) => new Int32Array(n));
    this.dport = more(this.dport, (n) => new Int32Array(n));
    this.seq = more(this.seq, (n) => new Float64Array(n));
    this.ack = more(this.ack, (n) => new Float64Array(n));
    this.len = more(this.len, (n) => new Int32Array(n));
    this.src = more(this.src, (n) => new Uint32Array(n));
    this.dst = more(this.dst, (n) => new Uint32Array(n));
    this.flags = more(this.flags, (n) => new Uint32Array(n));
    this.capacity = next;
  }

  push(row: PacketRow): void {
    if (this.full) return;
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.frame[i] = row.frame;
    this.time[i] = row.time;
    this.sport[i] = row.sport ?? -1;
    this.dport[i] = row.dport ?? -1;
    this.seq[i] = row.seq ?? Number.NaN;
    this.ack[i] = row.ack ?? Number.NaN;
    this.len[i] = row.len ?? -1;
    this.src[i] = this.intern(row.src);
    this.dst[i] = this.intern(row.dst);
    this.flags[i] = this.intern(row.flags);
    if (row.app !== '') this.app.set(i, row.app);
  }

  /** The rows, trimmed to their count (copies, so the builder's spare capacity is not sent along). */
  done(): PackedRows {
    const n = this.count;
    return {
      count: n,
      frame: this.frame.slice(0, n),
      time: this.time.slice(0, n),
      sport: this.sport.slice(0, n),
      dport: this.dport.slice(0, n),
      seq: this.seq.slice(0, n),
      ack: this.ack.slice(0, n),
      len: this.len.slice(0, n),
      src: this.src.slice(0, n),
      dst: this.dst.slice(0, n),
      flags: this.flags.slice(0, n),
      strings: this.strings,
      app: this.app,
    };
  }
}

/** The buffers of a packed table, to hand over to another thread instead of copying them. */
export function rowBuffers(rows: PackedRows): ArrayBuffer[] {
  const arrays = [
    rows.frame,
    rows.time,
    rows.sport,
    rows.dport,
    rows.seq,
    rows.ack,
    rows.len,
    rows.src,
    rows.dst,
    rows.flags,
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

export class StreamImport {
  private readonly reader = new CaptureReader();
  private readonly importer: CaptureImporter;
  private readonly rowStream: CaptureRowStream;
  private readonly rows: RowBuilder;
  private readonly limits: ImportLimits;
  private readonly kept: TraceEvent[] = [];
  /** Connection events recorded for the packet being read: kept only if that packet is. */
  private pending: ConnectionEvent[] = [];
  private keptPackets = 0;
  private packets = 0;
  private connections = 0;
  private bytes = 0;

  constructor(
    private readonly fileName: string,
    private readonly total: number,
    limits: Partial<ImportLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.rows = new RowBuilder(this.limits.tableRows);
    this.importer = new CaptureImporter(fileName, { keepEvents: false, onEvent: (e) => this.record(e) });
    this.rowStream = new CaptureRowStream(captureMeta(fileName));
  }

  private record(e: TraceEvent): void {
    if (e.type === 'connection') {
      this.connections++;
      if (this.keptPackets < this.limits.scenePackets) this.pending.push(e);
      return;
    }
    if (e.type !== 'wire') {
      if (this.keptPackets < this.limits.scenePackets) this.kept.push(e);
      return;
    }
    this.packets++;
    const row = this.rowStream.row(e);
    if (row) this.rows.push(row);
    if (this.keptPackets < this.limits.scenePackets) {
      for (const c of this.pending) this.kept.push(c);
      this.kept.push(e);
      this.keptPackets++;
    }
    this.pending = [];
  }

  /** Reads a chunk of the file. The chunk may be reused by the caller once this returns. */
  push(chunk: Uint8Array): void {
    if (this.stopped) return;
    this.bytes += chunk.length;
    this.reader.push(chunk, (frame) => this.importer.add(frame));
  }

  /** The file turned out to be damaged: reading on would find nothing more. */
  get stopped(): boolean {
    return this.reader.error !== undefined;
  }

  progress(): ImportProgress {
    return {
      bytes: this.bytes,
      total: Math.max(this.total, this.bytes),
      frames: this.reader.count,
      packets: this.packets,
      connections: this.connections,
    };
  }

  /**
   * Ends the import: at the end of the file, on request (`cancelled`), or because the file could not be
   * read any further (`readError`, said at the offset reached).
   */
  finish(how: { cancelled?: boolean; readError?: string } = {}): ImportOutcome {
    const cancelled = how.cancelled === true;
    let error: CaptureError | undefined;
    if (how.readError !== undefined) {
      error =
        this.reader.error ??
        captureError(`the file could not be read past this point (${how.readError})`, this.bytes);
    } else {
      // A stop on request leaves a record half read on purpose: that is no damage.
      error = cancelled ? this.reader.error : this.reader.end();
    }
    if (this.keptPackets < this.limits.scenePackets) this.kept.push(...this.pending);
    this.pending = [];
    const base = this.importer.finish(error).trace;
    const nodes = sceneNodes(base.nodes, this.kept);
    const trace: Trace = { ...base, nodes, links: sceneLinks(base.links, nodes), events: this.kept };
    const outcome: ImportOutcome = {
      fileName: this.fileName,
      progress: this.progress(),
      trace,
      scenePackets: this.keptPackets,
      rows: this.rows.done(),
      cancelled,
    };
    if (this.reader.format) outcome.format = this.reader.format;
    if (error) outcome.error = error;
    if (how.readError !== undefined && !this.reader.error) outcome.unreadable = true;
    return outcome;
  }
}

/** The hosts the kept events speak of, in the importer's order (a capped capture may know many more). */
function sceneNodes(nodes: TraceNode[], events: TraceEvent[]): TraceNode[] {
  const used = new Set<string>();
  for (const e of events) {
    if (e.type === 'wire') {
      used.add(e.from);
      used.add(e.to);
    } else if (e.type === 'connection') {
      used.add(e.client.node);
      used.add(e.server.node);
    }
  }
  return used.size === nodes.length ? nodes : nodes.filter((n) => used.has(n.id));
}

/**
 * The capture link joins the first client and server of the whole file; when the scene stops before them,
 * it joins the first two hosts the scene has instead, so that it never names a host the trace lacks.
 */
function sceneLinks(links: TraceLink[], nodes: TraceNode[]): TraceLink[] {
  const ids = new Set(nodes.map((n) => n.id));
  const fit = links.filter((l) => ids.has(l.a) && ids.has(l.b));
  if (fit.length === links.length) return links;
  const [a, b] = nodes;
  if (!a) return [];
  const template = links[0];
  return [{ id: template?.id ?? CAPTURE_LINK, a: a.id, b: (b ?? a).id, latency: template?.latency ?? 0 }];
}

// ---- the worker's side of the conversation ---------------------------------------------------------

/** What the worker needs of a `File`: a name, a size and a stream of its bytes. */
export interface ImportFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

export type ImportRequest =
  | { type: 'open'; file: ImportFile; limits?: Partial<ImportLimits> }
  /** Stop reading; the import ends with what was read so far. */
  | { type: 'cancel' };

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ImportOutcome }
  /** Something went wrong outside the file (a request the worker does not understand). */
  | { type: 'failed'; message: string };

/** A progress report is sent at least every this many bytes, and at most a hundred or so per file. */
const PROGRESS_MIN_BYTES = 256 * 1024;
const PROGRESS_REPORTS = 100;

/**
 * Lets the worker's other messages in. A stream whose next chunk is already there answers a read at once,
 * without ever returning to the event loop, so a `cancel` would wait for the end of the file; a message to
 * itself (not a timer, which browsers slow down when nested) gives the loop a turn.
 */
function letMessagesIn(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/**
 * The worker's message handling. Each `open` reads one file from start to end (or to a `cancel`, or to
 * damage), sending progress as it goes and one `done` with the result, whose typed arrays are transferred.
 * An `open` while another file is being read stops that one first.
 */
export function createImportService(
  post: (reply: ImportReply, transfer: Transferable[]) => void,
): (request: ImportRequest) => Promise<void> {
  let running: { cancelled: boolean } | undefined;

  async function open(file: ImportFile, limits: Partial<ImportLimits> | undefined): Promise<void> {
    const job = { cancelled: false };
    running = job;
    const total = Number.isFinite(file.size) ? file.size : 0;
    const session = new StreamImport(file.name, total, limits);
    const step = Math.max(PROGRESS_MIN_BYTES, Math.ceil(total / PROGRESS_REPORTS));
    let reported = 0;
    let readError: string | undefined;
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    try {
      reader = file.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        // A cancel arrives while the next chunk is awaited: it is honoured before that chunk is read.
        if (done || job.cancelled) break;
        session.push(value);
        if (session.stopped) break;
        const p = session.progress();
        if (p.bytes - reported >= step) {
          reported = p.bytes;
          post({ type: 'progress', progress: p }, []);
          await letMessagesIn();
        }
      }
    } catch (err) {
      readError = describe(err);
    } finally {
      // Releases the file as soon as nothing more is wanted from it; a failure to do so changes nothing.
      reader?.cancel().catch(() => undefined);
    }
    if (running === job) running = undefined;
    const outcome = session.finish(
      readError !== undefined ? { readError, cancelled: job.cancelled } : { cancelled: job.cancelled },
    );
    post({ type: 'done', outcome }, rowBuffers(outcome.rows));
  }

  return async (request) => {
    switch (request?.type) {
      case 'cancel':
        if (running) running.cancelled = true;
        return;
      case 'open':
        if (running) running.cancelled = true;
        return open(request.file, request.limits);
      default:
        post({ type: 'failed', message: `unknown request ${JSON.stringify(request)}` }, []);
    }
  };
}
