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

function flowKey(src: string, sport: number, dst: string, dport: number): string {
  return `${src}|${sport}|${dst}|${dport}`;
}

/** One direction of a flow and its base; the two directions of a flow point at each other. */
interface SeqDirection {
  base: number | undefined;
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
  // Both directions are made together and linked, so that a packet costs one key and one lookup.
  private dirs = new Map<string, SeqDirection>();

  private direction(src: string, sport: number, dst: string, dport: number): SeqDirection {
    const key = flowKey(src, sport, dst, dport);
    const known = this.dirs.get(key);
    if (known) return known;
    const fwd = { base: undefined } as SeqDirection;
    const revKey = flowKey(dst, dport, src, sport);
    // A packet from an endpoint to itself has one key for both directions, hence one base.
    if (revKey === key) fwd.reverse = fwd;
    else {
      fwd.reverse = { base: undefined, reverse: fwd };
      this.dirs.set(revKey, fwd.reverse);
    }
    this.dirs.set(key, fwd);
    return fwd;
  }

  relative(e: Pick<WireEvent, 'ip' | 'tcp'>): { seq: number; ack: number } | null {
    const tcp = e.tcp;
    if (!tcp) return null;
    const fwd = this.direction(e.ip.src, tcp.srcPort, e.ip.dst, tcp.dstPort);
    const rev = fwd.reverse;
    const isSyn = (tcp.flags & 0x02) !== 0;
    const isAck = (tcp.flags & 0x10) !== 0;
    if (isSyn && fwd.base !== undefined && fwd.base !== tcp.seq) {
      if (!isAck) rev.base = undefined;
      fwd.base = tcp.seq;
    }
    if (fwd.base === undefined) fwd.base = isSyn ? tcp.seq : (tcp.seq - 1) >>> 0;
    if (isAck && rev.base === undefined) rev.base = (tcp.ack - 1) >>> 0;
    const seq = (tcp.seq - fwd.base) >>> 0;
    const ack = isAck ? (tcp.ack - (rev.base as number)) >>> 0 : 0;
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
    if (e.type !== 'wire') return undefined;
    const link = this.meta.captureLink;
    if (link !== undefined && e.link !== link) return undefined;
    return toRow(e, e.packet, e.t / 1_000_000, this.seq.relative(e));
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
