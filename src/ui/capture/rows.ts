/**
 * Reading the packed packet table the capture worker sends (typed arrays, one per column) back as rows.
 * Kept apart from the worker's code so that the page does not carry the capture reader in its bundle.
 */
import type { PackedRows } from '../../capture/stream-import.ts';
import type { PacketRow } from '../../core/rows.ts';

/** A table with no rows (for a page that has not opened anything yet). */
export function emptyRows(): PackedRows {
  return {
    count: 0,
    frame: new Uint32Array(0),
    time: new Float64Array(0),
    sport: new Int32Array(0),
    dport: new Int32Array(0),
    seq: new Float64Array(0),
    ack: new Float64Array(0),
    len: new Int32Array(0),
    src: new Uint32Array(0),
    dst: new Uint32Array(0),
    flags: new Uint32Array(0),
    strings: [],
    app: new Map(),
  };
}

/** Row `i` of a packed table, as the command line and the first page write rows. */
export function rowAt(rows: PackedRows, i: number): PacketRow {
  const small = (v: number | undefined): number | null => (v === undefined || v < 0 ? null : v);
  const big = (v: number | undefined): number | null => (v === undefined || Number.isNaN(v) ? null : v);
  return {
    frame: rows.frame[i] ?? 0,
    time: rows.time[i] ?? 0,
    src: rows.strings[rows.src[i] ?? -1] ?? '',
    sport: small(rows.sport[i]),
    dst: rows.strings[rows.dst[i] ?? -1] ?? '',
    dport: small(rows.dport[i]),
    flags: rows.strings[rows.flags[i] ?? -1] ?? '',
    seq: big(rows.seq[i]),
    ack: big(rows.ack[i]),
    len: small(rows.len[i]),
    app: rows.app.get(i) ?? '',
  };
}
