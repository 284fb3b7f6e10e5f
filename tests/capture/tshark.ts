/**
 * Compares an imported trace with what tshark printed for the same capture (`tshark -T fields -E header=y`
 * with any of the fields below). Only the columns the file has are compared; the result lists every
 * disagreement, one line each, so that a failing test says exactly where and what.
 */
import { formatFlags } from '../../src/core/packet.ts';
import { capturedPackets, type PacketRow, traceToRows } from '../../src/core/rows.ts';
import type { Trace, WireEvent } from '../../src/core/trace.ts';

export type TsharkRow = Record<string, string>;

export function parseTsharkTsv(text: string): { columns: string[]; rows: TsharkRow[] } {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const columns = (lines[0] ?? '').split('\t');
  if (!columns.includes('frame.number')) throw new Error('tshark TSV has no header line with frame.number');
  const rows = lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row: TsharkRow = {};
    columns.forEach((c, i) => {
      row[c] = cells[i] ?? '';
    });
    return row;
  });
  return { columns, rows };
}

/** The first value of a field tshark printed several times (an ICMP error repeats the quoted addresses). */
function first(row: TsharkRow, ...fields: string[]): string | undefined {
  for (const f of fields) {
    const v = row[f];
    if (v !== undefined && v !== '') return v.split(',')[0];
  }
  return undefined;
}

function has(columns: string[], ...fields: string[]): boolean {
  return fields.some((f) => columns.includes(f));
}

export function compareWithTshark(trace: Trace, tsv: string): string[] {
  const { columns, rows } = parseTsharkTsv(tsv);
  const ours = new Map<number, PacketRow>(traceToRows(trace).map((r) => [r.frame, r]));
  const events = new Map<number, WireEvent>(capturedPackets(trace).map((e) => [e.packet, e]));
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const t of rows) {
    const frame = Number(t['frame.number']);
    seen.add(frame);
    const src = first(t, 'ip.src', 'ipv6.src');
    const row = ours.get(frame);
    const event = events.get(frame);
    if (src === undefined) {
      if (row) problems.push(`frame ${frame}: tshark sees no IP packet, the trace has one from ${row.src}`);
      continue;
    }
    if (!row || !event) {
      problems.push(`frame ${frame}: tshark shows an IP packet from ${src}, the trace has none`);
      continue;
    }
    const check = (what: string, mine: unknown, theirs: unknown) => {
      if (String(mine ?? '') !== String(theirs ?? '')) {
        problems.push(
          `frame ${frame}: ${what}: trace ${JSON.stringify(mine ?? '')}, tshark ${JSON.stringify(theirs ?? '')}`,
        );
      }
    };
    // A packet without a timestamp (a pcapng simple packet block) has no relative time in tshark's listing.
    if (has(columns, 'frame.time_relative') && t['frame.time_relative'] !== '') {
      const theirs = Number(t['frame.time_relative']);
      if (Math.abs(row.time - theirs) > 1.5e-6) check('time', row.time, theirs);
    }
    check('src', row.src, src);
    check('dst', row.dst, first(t, 'ip.dst', 'ipv6.dst'));
    if (has(columns, 'icmp.type', 'icmpv6.type')) {
      check('ICMP type', event.icmp?.type, first(t, 'icmp.type', 'icmpv6.type'));
    }
    // In an ICMP error tshark also decodes the quoted transport header; the trace row describes the ICMP packet.
    if (event.icmp) continue;
    if (has(columns, 'tcp.srcport', 'udp.srcport')) {
      check('sport', row.sport, first(t, 'tcp.srcport', 'udp.srcport'));
      check('dport', row.dport, first(t, 'tcp.dstport', 'udp.dstport'));
    }
    if (has(columns, 'tcp.flags')) {
      const theirs = first(t, 'tcp.flags');
      check('flags', row.flags, theirs === undefined ? '' : formatFlags(Number.parseInt(theirs, 16) & 0xff));
    }
    if (has(columns, 'tcp.seq')) check('seq', event.tcp ? row.seq : '', first(t, 'tcp.seq'));
    if (has(columns, 'tcp.ack')) check('ack', event.tcp ? row.ack : '', first(t, 'tcp.ack'));
    if (has(columns, 'tcp.len')) check('len', event.tcp ? row.len : '', first(t, 'tcp.len'));
    if (has(columns, 'udp.length')) {
      check('udp length', event.udp ? (row.len as number) + 8 : '', first(t, 'udp.length'));
    }
    if (has(columns, 'tcp.stream') && first(t, 'tcp.stream') !== undefined) {
      check('connection', event.conn, `c${Number(first(t, 'tcp.stream')) + 1}`);
    }
    if (has(columns, 'udp.stream') && first(t, 'udp.stream') !== undefined) {
      check('flow', event.conn, `u${Number(first(t, 'udp.stream')) + 1}`);
    }
    if (has(columns, 'tcp.analysis.retransmission')) {
      check(
        'retransmission',
        event.tcp?.retransmission === true,
        first(t, 'tcp.analysis.retransmission') !== undefined,
      );
    }
    if (has(columns, 'ftp.request.command', 'ftp.response.code')) {
      const app = event.app;
      const command =
        app?.protocol === 'ftp' && app.kind === 'command' && 'command' in app ? app.command : undefined;
      const code = app?.protocol === 'ftp' && app.kind === 'reply' && 'code' in app ? app.code : undefined;
      check('FTP command', command, first(t, 'ftp.request.command')?.toUpperCase());
      check('FTP reply code', code, first(t, 'ftp.response.code'));
    }
    const fields = (event.app && 'fields' in event.app ? event.app.fields : undefined) ?? {};
    if (has(columns, 'http.request.method')) {
      const method =
        event.app?.protocol === 'http' && event.app.kind === 'request' ? fields.method : undefined;
      check('HTTP request', method, first(t, 'http.request.method'));
    }
    if (has(columns, 'http.response.code')) {
      const status =
        event.app?.protocol === 'http' && event.app.kind === 'response' ? fields.status : undefined;
      check('HTTP response', status, first(t, 'http.response.code'));
    }
    if (has(columns, 'tls.record.content_type')) {
      const tls = event.app?.protocol === 'tls';
      // TLS 1.3 calls the type of an encrypted record its opaque type; those follow the records in clear.
      const types = [t['tls.record.content_type'], t['tls.record.opaque_type']].filter((v) => v).join(',');
      check('TLS records', tls ? fields.contentTypes : undefined, types);
      check('TLS handshake messages', tls ? fields.handshakeTypes : undefined, t['tls.handshake.type']);
    }
    if (has(columns, 'dns.qry.name')) {
      const dns = event.app?.protocol === 'dns';
      check('DNS name', dns ? fields.name : undefined, first(t, 'dns.qry.name'));
      check(
        'DNS response',
        dns ? (event.app?.kind === 'response' ? '1' : '0') : undefined,
        first(t, 'dns.flags.response'),
      );
    }
  }
  for (const frame of ours.keys()) {
    if (!seen.has(frame)) problems.push(`frame ${frame}: in the trace, not in tshark's output`);
  }
  return problems;
}
