/**
 * The list of packets of an opened capture, with the first page's columns. A capture may hold hundreds of
 * thousands of packets, so only the rows near the visible part of the list are in the page: the rest is
 * empty space of the right height above and below them, and scrolling brings the next rows in.
 */
import type { PackedRows } from '../../capture/stream-import.ts';
import { ROW_COLUMNS } from '../../core/rows.ts';
import { ladderWindow } from '../../render/ladder.ts';
import { el } from '../dom.ts';
import { emptyRows, rowAt } from './rows.ts';
import { say } from './words.ts';

/** Height of a row in CSS pixels: the style sheet gives rows exactly this height. */
export const ROW_PX = 28;
/** Rows written beyond each edge of the view, so that a quick scroll does not show blanks. */
const OVERSCAN = 20;

const NUMERIC = new Set<string>(['frame', 'time', 'sport', 'dport', 'seq', 'ack', 'len']);

type Column = (typeof ROW_COLUMNS)[number];

function cellText(rows: PackedRows, i: number): string[] {
  const row = rowAt(rows, i);
  return ROW_COLUMNS.map((column: Column) => {
    const value = row[column];
    if (value === null) return '';
    if (column === 'time') return (value as number).toFixed(6);
    return String(value);
  });
}

export interface PacketTable {
  element: HTMLElement;
  setRows(rows: PackedRows): void;
  /** Writes the rows for where the list is scrolled (after it is shown again, or resized). */
  refresh(): void;
  destroy(): void;
}

/** The first and last row (exclusive) to write, and the space left above and below them. */
export function tableWindow(
  scrollTop: number,
  viewHeight: number,
  count: number,
): { from: number; to: number; above: number; below: number } {
  const { from, to } = ladderWindow(scrollTop, viewHeight, count, ROW_PX, OVERSCAN);
  return { from, to, above: from * ROW_PX, below: (count - to) * ROW_PX };
}

export function createPacketTable(): PacketTable {
  const caption = el('caption', { id: 'capture-table-caption', textContent: say('capture.tableCaption') });
  const colgroup = el('colgroup');
  const headRow = el('tr', {}, { 'aria-rowindex': '1' });
  for (const column of ROW_COLUMNS) {
    colgroup.append(el('col', { className: `c-${column}` }));
    headRow.append(
      el('th', { textContent: column, className: NUMERIC.has(column) ? 'num' : '' }, { scope: 'col' }),
    );
  }
  const thead = el('thead', {}, {}, [headRow]);
  const tbody = el('tbody');
  const table = el('table', { id: 'capture-packets', className: 'capture-table' }, { 'aria-rowcount': '1' }, [
    caption,
    colgroup,
    thead,
    tbody,
  ]);
  // Focusable, so that the list can be scrolled from the keyboard.
  const scroller = el(
    'div',
    { className: 'capture-table-scroll' },
    { role: 'region', 'aria-labelledby': caption.id, tabindex: '0' },
    [table],
  );

  let rows = emptyRows();
  let written = '';
  let frame = 0;

  function render(): void {
    frame = 0;
    const view = Math.max(scroller.clientHeight - ROW_PX, 0);
    const top = Math.max(scroller.scrollTop - ROW_PX, 0);
    // Before the list is laid out its height is 0; a screenful is written so that it never starts blank.
    const w = tableWindow(top, view > 0 ? view : 20 * ROW_PX, rows.count);
    const key = `${rows.count}:${w.from}:${w.to}`;
    if (key === written) return;
    written = key;
    const parts: HTMLTableRowElement[] = [];
    if (w.above > 0) parts.push(spacer(w.above));
    for (let i = w.from; i < w.to; i++) {
      const tr = el('tr', {}, { 'aria-rowindex': String(i + 2) });
      cellText(rows, i).forEach((value, c) => {
        const column = ROW_COLUMNS[c] as Column;
        const td = el('td', { textContent: value, className: NUMERIC.has(column) ? 'num' : column });
        // Long addresses and application lines are cut to the column; the whole text stays one hover away.
        if (value.length > 16 && !NUMERIC.has(column)) td.title = value;
        tr.append(td);
      });
      parts.push(tr);
    }
    if (w.below > 0) parts.push(spacer(w.below));
    tbody.replaceChildren(...parts);
  }

  function spacer(height: number): HTMLTableRowElement {
    const tr = el('tr', { className: 'spacer' }, { 'aria-hidden': 'true' });
    tr.style.height = `${height}px`;
    tr.append(el('td', {}, { colspan: String(ROW_COLUMNS.length) }));
    return tr;
  }

  function schedule(): void {
    if (frame === 0) frame = requestAnimationFrame(render);
  }

  scroller.addEventListener('scroll', schedule, { passive: true });
  const resize = new ResizeObserver(schedule);
  resize.observe(scroller);

  return {
    element: scroller,
    setRows(next) {
      rows = next;
      written = '';
      table.setAttribute('aria-rowcount', String(rows.count + 1));
      scroller.scrollTop = 0;
      render();
    },
    refresh() {
      written = '';
      render();
    },
    destroy() {
      if (frame !== 0) cancelAnimationFrame(frame);
      resize.disconnect();
    },
  };
}
