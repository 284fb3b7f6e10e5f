/**
 * The packet list as the command line prints it (`trace` and `read` share it): one row per packet seen at
 * the capture point, with sequence and acknowledgement numbers relative to each direction's first
 * sequence number, the way Wireshark shows them.
 */
import { formatFlags } from './packet.ts';
import type { Trace, WireEvent } from './trace.ts';

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

/**
 * Relative numbers follow Wireshark (4.x): a direction's base is the sequence number of its SYN, or one less
 * than that of the first segment seen when the SYN was not captured, or one less than the first
 * acknowledgement number the other side sends, if that comes first. A new SYN on the same ports with
 * another sequence number starts a new conversation; a SYN+ACK with another sequence number moves only
 * its own direction's base.
 */
export class RelativeSequencer {
  private base = new Map<string, number>();

  relative(e: Pick<WireEvent, 'ip' | 'tcp'>): { seq: number; ack: number } | null {
    const tcp = e.tcp;
    if (!tcp) return null;
    const fwd = flowKey(e.ip.src, tcp.srcPort, e.ip.dst, tcp.dstPort);
    const rev = flowKey(e.ip.dst, tcp.dstPort, e.ip.src, tcp.srcPort);
    const isSyn = (tcp.flags & 0x02) !== 0;
    const isAck = (tcp.flags & 0x10) !== 0;
    const known = this.base.get(fwd);
    if (isSyn && known !== undefined && known !== tcp.seq) {
      if (!isAck) this.base.delete(rev);
      this.base.set(fwd, tcp.seq);
    }
    if (!this.base.has(fwd)) this.base.set(fwd, isSyn ? tcp.seq : (tcp.seq - 1) >>> 0);
    if (isAck && !this.base.has(rev)) this.base.set(rev, (tcp.ack - 1) >>> 0);
    const seqBase = this.base.get(fwd) as number;
    const seq = (tcp.seq - seqBase) >>> 0;
    const ack = isAck ? (tcp.ack - (this.base.get(rev) as number)) >>> 0 : 0;
    return { seq, ack };
  }
}

export function appText(e: Pick<WireEvent, 'app'>): string {
  const app = e.app;
  if (!app || app.protocol === 'ftp-data') return '';
  return app.text;
}

export function traceToRows(trace: Trace): PacketRow[] {
  const packets = capturedPackets(trace);
  // An imported capture keeps Wireshark's frame numbers and times, which count frames that are not IP
  // packets (ARP ...) too: its events already carry both.
  const imported = trace.meta.source === 'capture';
  const node = trace.meta.captureNode;
  const first = imported || !packets[0] ? 0 : captureTime(packets[0], node);
  const seq = new RelativeSequencer();
  return packets.map((e, i) => {
    const rel = seq.relative(e);
    const ports = e.tcp ?? e.udp;
    return {
      frame: imported ? e.packet : i + 1,
      time: (captureTime(e, node) - first) / 1_000_000,
      src: e.ip.src,
      sport: ports ? ports.srcPort : null,
      dst: e.ip.dst,
      dport: ports ? ports.dstPort : null,
      flags: e.tcp ? formatFlags(e.tcp.flags) : '',
      seq: rel ? rel.seq : null,
      ack: rel ? rel.ack : null,
      len: e.tcp ? e.tcp.payloadLength : e.udp ? e.udp.payloadLength : null,
      app: appText(e),
    };
  });
}

/** TSV cells never contain a tab or a newline: they would break the columns other tools read. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  return String(value).replace(/[\t\r\n]/g, ' ');
}

export function rowsToTsv(rows: PacketRow[]): string {
  const lines = [ROW_COLUMNS.join('\t')];
  for (const r of rows) {
    lines.push(
      [r.frame, r.time.toFixed(6), r.src, r.sport, r.dst, r.dport, r.flags, r.seq, r.ack, r.len, r.app]
        .map(cell)
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
