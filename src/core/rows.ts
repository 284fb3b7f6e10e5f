/**
 * The packet list as the command line prints it (`trace` and `read` share it): one row per packet seen at
 * the capture point, with sequence and acknowledgement numbers relative to each direction's first
 * sequence number, the way Wireshark shows them.
 */
import { formatFlags } from './packet.ts';
import type { Trace, TraceEvent, TraceMeta, WireEvent } from './trace.ts';

export interface PacketRow {
  frame: number;
  /** Seconds since the first row, as Wireshark's relative time. */
  time: number;
  src: string;
  sport: number | null;
  dst: string;
  dport: number | null;
  flags: string;
  seq: number | null;
  ack: number | null;
  len: number | null;
  app: string;
}

export const ROW_COLUMNS = [
  'frame',
  'time',
  'src',
  'sport',
  'dst',
  'dport',
  'flags',
  'seq',
  'ack',
  'len',
  'app',
] as const;

/**
 * When a capture taken on `node` sees a packet of its link: as it leaves, for the node's own packets, and
 * as it arrives, for the others (a capture on a PC timestamps incoming frames on reception).
 */
export function captureTime(e: WireEvent, node: string | undefined): number {
  return node !== undefined && e.to === node ? e.arrive : e.t;
}

/** The wire events a capture at the trace's capture point would contain, in the order it would see them. */
export function capturedPackets(trace: Trace): WireEvent[] {
  const link = trace.meta.captureLink;
  const node = trace.meta.captureNode;
  const wire = trace.events.filter(
    (e): e is WireEvent => e.type === 'wire' && (link === undefined || e.link === link),
  );
  if (node === undefined) return wire;
  // A stable sort keeps the recorded order for packets seen at the same instant.
  return wire
    .map((e, i) => ({ e, i, at: captureTime(e, node) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.e);
}

/** Marks a direction whose base is not known yet (bases are 32-bit unsigned). */
const NO_BASE = -1;

/**
 * One direction of a flow and its base; the two directions of a flow point at each other. The base is a
 * number even when unknown, so that the engine stores it in place rather than boxing every new value.
 */
interface SeqDirection {
  base: number;
  reverse: SeqDirection;
}

/**
 * Relative numbers follow Wireshark (4.x): a direction's base is the sequence number of its SYN, or one less
 * than that of the first segment seen when the SYN was not captured, or one less than the first
 * acknowledgement number the other side sends, if that comes first. A new SYN on the same ports with
 * another sequence number starts a new conversation; a SYN+ACK with another sequence number moves only
 * its own direction's base.
 */
export class RelativeSequencer {
  // By source, destination, then both ports: lookups on the strings and numbers a packet already has
  // rather than a key built for each. Both directions are made together and linked.
  private dirs = new Map<string, Map<string, Map<number, SeqDirection>>>();

  private lookup(src: string, sport: number, dst: string, dport: number): SeqDirection | undefined {
    return this.dirs
      .get(src)
      ?.get(dst)
      ?.get(sport * 0x10000 + dport);
  }

  private store(src: string, sport: number, dst: string, dport: number, dir: SeqDirection): void {
    let byDst = this.dirs.get(src);
    if (!byDst) {
      byDst = new Map();
      this.dirs.set(src, byDst);
    }
    let byPorts = byDst.get(dst);
    if (!byPorts) {
      byPorts = new Map();
      byDst.set(dst, byPorts);
    }
    byPorts.set(sport * 0x10000 + dport, dir);
  }

  private direction(src: string, sport: number, dst: string, dport: number): SeqDirection {
    const known = this.lookup(src, sport, dst, dport);
    if (known) return known;
    const fwd = { base: NO_BASE } as SeqDirection;
    // A packet from an endpoint to itself has one entry for both directions, hence one base.
    if (src === dst && sport === dport) fwd.reverse = fwd;
    else {
      fwd.reverse = { base: NO_BASE, reverse: fwd };
      this.store(dst, dport, src, sport, fwd.reverse);
    }
    this.store(src, sport, dst, dport, fwd);
    return fwd;
  }

  relative(e: Pick<WireEvent, 'ip' | 'tcp'>): { seq: number; ack: number } | null {
    const tcp = e.tcp;
    if (!tcp) return null;
    const fwd = this.direction(e.ip.src, tcp.srcPort, e.ip.dst, tcp.dstPort);
    const rev = fwd.reverse;
    const isSyn = (tcp.flags & 0x02) !== 0;
    const isAck = (tcp.flags & 0x10) !== 0;
    if (isSyn && fwd.base !== NO_BASE && fwd.base !== tcp.seq) {
      if (!isAck) rev.base = NO_BASE;
      fwd.base = tcp.seq;
    }
    if (fwd.base === NO_BASE) fwd.base = isSyn ? tcp.seq : (tcp.seq - 1) >>> 0;
    if (isAck && rev.base === NO_BASE) rev.base = (tcp.ack - 1) >>> 0;
    const seq = (tcp.seq - fwd.base) >>> 0;
    const ack = isAck ? (tcp.ack - rev.base) >>> 0 : 0;
    return { seq, ack };
  }
}

export function appText(e: Pick<WireEvent, 'app'>): string {
  const app = e.app;
  if (!app || app.protocol === 'ftp-data') return '';
  return app.text;
}

/** Flag names for every value of the flags byte, worked out once: a capture has millions of packets. */
const FLAG_TEXT: readonly string[] = Array.from({ length: 256 }, (_, flags) => formatFlags(flags));

function toRow(
  e: WireEvent,
  frame: number,
  time: number,
  rel: { seq: number; ack: number } | null,
): PacketRow {
  const ports = e.tcp ?? e.udp;
  return {
    frame,
    time,
    src: e.ip.src,
    sport: ports ? ports.srcPort : null,
    dst: e.ip.dst,
    dport: ports ? ports.dstPort : null,
    // The names cover the eight flag bits only, so the byte's table holds every answer.
    flags: e.tcp ? (FLAG_TEXT[e.tcp.flags & 0xff] as string) : '',
    seq: rel ? rel.seq : null,
    ack: rel ? rel.ack : null,
    len: e.tcp ? e.tcp.payloadLength : e.udp ? e.udp.payloadLength : null,
    app: appText(e),
  };
}

export function traceToRows(trace: Trace): PacketRow[] {
  const packets = capturedPackets(trace);
  // An imported capture keeps Wireshark's frame numbers and times, which count frames that are not IP
  // packets (ARP ...) too: its events already carry both.
  const imported = trace.meta.source === 'capture';
  const node = trace.meta.captureNode;
  const first = imported || !packets[0] ? 0 : captureTime(packets[0], node);
  const seq = new RelativeSequencer();
  return packets.map((e, i) =>
    toRow(e, imported ? e.packet : i + 1, (captureTime(e, node) - first) / 1_000_000, seq.relative(e)),
  );
}

/**
 * The rows of an imported capture one wire event at a time, as the importer makes them, so that a large
 * capture is printed without being held in memory. Gives the same rows as `traceToRows` on the finished
 * trace.
 */
export class CaptureRowStream {
  private readonly seq = new RelativeSequencer();

  constructor(private readonly meta: TraceMeta) {
    if (meta.source !== 'capture' || meta.captureNode !== undefined) {
      throw new Error('rows can be streamed only from an imported capture');
    }
  }

  /** The row of an event, or undefined for an event that is not a packet at the capture point. */
  row(e: TraceEvent): PacketRow | undefined {
    if (!this.captured(e)) return undefined;
    return toRow(e, e.packet, e.t / 1_000_000, this.seq.relative(e));
  }

  /**
   * Writes the TSV line of an event (the bytes of what `rowToTsv` makes of its row) and returns true, or
   * returns false for an event that is not a packet at the capture point. Made straight from the event
   * into bytes, for the command line's millions of packets.
   */
  writeTsv(e: TraceEvent, out: TsvWriter): boolean {
    if (!this.captured(e)) return false;
    const rel = this.seq.relative(e);
    const tcp = e.tcp;
    const ports = tcp ?? e.udp;
    out.number(e.packet);
    out.tab();
    out.seconds(e.t);
    out.tab();
    out.cell(e.ip.src);
    out.tab();
    if (ports) out.number(ports.srcPort);
    out.tab();
    out.cell(e.ip.dst);
    out.tab();
    if (ports) out.number(ports.dstPort);
    out.tab();
    if (tcp) out.cell(FLAG_TEXT[tcp.flags & 0xff] as string);
    out.tab();
    if (rel) out.number(rel.seq);
    out.tab();
    if (rel) out.number(rel.ack);
    out.tab();
    if (tcp) out.number(tcp.payloadLength);
    else if (e.udp) out.number(e.udp.payloadLength);
    out.tab();
    out.cell(appText(e));
    out.newline();
    return true;
  }

  private captured(e: TraceEvent): e is WireEvent {
    if (e.type !== 'wire') return false;
    const link = this.meta.captureLink;
    return link === undefined || e.link === link;
  }
}

/** Below this many microseconds (about 31 years) a double divided by 10^6 keeps every digit of the six. */
const EXACT_MICROS = 1e15;
const TAB = 0x09;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const ZERO = 0x30;
const DOT = 0x2e;

/**
 * TSV written as UTF-8 bytes into a buffer that is handed to `flush` whenever it fills up (and by `end`),
 * the same bytes `rowToTsv` gives once encoded. No string is made per line or per cell, which matters at
 * millions of lines. `flush` gets a view of the buffer, valid until it returns.
 */
export class TsvWriter {
  private readonly buffer: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly flush: (bytes: Uint8Array) => void,
    size = 64 * 1024,
  ) {
    this.buffer = new Uint8Array(Math.max(size, 64));
  }

  /** Hands over what is buffered. */
  end(): void {
    if (this.at > 0) this.flush(this.buffer.subarray(0, this.at));
    this.at = 0;
  }

  private room(n: number): void {
    if (this.at + n > this.buffer.length) this.end();
  }

  tab(): void {
    this.room(1);
    this.buffer[this.at++] = TAB;
  }

  newline(): void {
    this.room(1);
    this.buffer[this.at++] = NEWLINE;
  }

  /** A number as `String(n)` writes it; whole numbers from their digits. */
  number(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) {
      this.ascii(String(n));
      return;
    }
    this.room(16);
    this.digits(n, 1);
  }

  /** Microseconds as seconds with six decimals: the text of `(micros / 1e6).toFixed(6)`. */
  seconds(micros: number): void {
    if (!Number.isInteger(micros) || micros < 0 || micros >= EXACT_MICROS) {
      this.ascii((micros / 1_000_000).toFixed(6));
      return;
    }
    const whole = Math.floor(micros / 1_000_000);
    this.room(24);
    this.digits(whole, 1);
    this.buffer[this.at++] = DOT;
    this.digits(micros - whole * 1_000_000, 6);
  }

  /** Text as a TSV cell: tabs and line ends become spaces. */
  cell(text: string): void {
    const b = this.buffer;
    this.room(text.length);
    if (text.length <= b.length - this.at) {
      let at = this.at;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) {
          this.at = at;
          this.unicode(text.slice(i));
          return;
        }
        b[at++] = c === TAB || c === NEWLINE || c === 0x0d ? SPACE : c;
      }
      this.at = at;
      return;
    }
    this.unicode(text);
  }

  /** ASCII text as it is, tabs and newlines included (a header line). */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.at++] = text.charCodeAt(i);
  }

  /** The rest of a cell that is not all ASCII, through the encoder (at most 3 bytes a UTF-16 unit). */
  private unicode(text: string): void {
    const clean = BREAKS.test(text) ? text.replace(BREAKS_ALL, ' ') : text;
    if (clean.length * 3 > this.buffer.length) {
      this.end();
      this.flush(this.encoder.encode(clean));
      return;
    }
    this.room(clean.length * 3);
    this.at += this.encoder.encodeInto(clean, this.buffer.subarray(this.at)).written;
  }

  /** The decimal digits of a whole number, padded with zeros to `width`; room must have been made. */
  private digits(n: number, width: number): void {
    let count = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) count++;
    const size = Math.max(count, width);
    let at = this.at + size - 1;
    let x = n;
    for (let i = 0; i < size; i++) {
      this.buffer[at--] = ZERO + (x % 10);
      x = Math.floor(x / 10);
    }
    this.at += size;
  }
}

const BREAKS = /[\t\r\n]/;
const BREAKS_ALL = /[\t\r\n]/g;

/** TSV cells never contain a tab or a newline: they would break the columns other tools read. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  // A number's text never holds one; most strings do not either, and testing is cheaper than replacing.
  if (typeof value === 'number') return String(value);
  return BREAKS.test(value) ? value.replace(BREAKS_ALL, ' ') : value;
}

export const TSV_HEADER = `${ROW_COLUMNS.join('\t')}\n`;

/** One row as a TSV line, with its newline. */
export function rowToTsv(r: PacketRow): string {
  return `${r.frame}\t${r.time.toFixed(6)}\t${cell(r.src)}\t${cell(r.sport)}\t${cell(r.dst)}\t${cell(r.dport)}\t${cell(r.flags)}\t${cell(r.seq)}\t${cell(r.ack)}\t${cell(r.len)}\t${cell(r.app)}\n`;
}

export function rowsToTsv(rows: PacketRow[]): string {
  let out = TSV_HEADER;
  for (const r of rows) out += rowToTsv(r);
  return out;
}
