/**
 * The ladder: every packet of the trace as one row of a sequence diagram, left host on the left, right host
 * on the right. A trace can hold hundreds of thousands of packets, so only the rows near the visible window
 * are ever written; `ladderWindow` says which, and `ladderRows` writes them.
 */
import type { Micros } from '../core/clock.ts';
import type { Level } from '../story/types.ts';
import { carriedHint, clip, flagsLabel, isLocked, type PayloadOptions, sealedLine } from './labels.ts';
import type { Layout } from './layout.ts';
import type { Scene } from './scene.ts';
import { COLOURS, esc, padlock } from './svg.ts';

export const LADDER_ROW = 30;
/** The stage's padlock, small enough to sit before a row's label. */
const LOCK_ICON = `<svg class="ll-lock" viewBox="-8 -8 16 16" width="13" height="13" aria-hidden="true" focusable="false">${padlock(0, 0, 8)}</svg>`;
/** Rows written beyond each edge of the view, so a quick scroll does not show blanks. */
export const LADDER_OVERSCAN = 12;

export function ladderWindow(
  scrollTop: number,
  viewHeight: number,
  rows: number,
  rowHeight = LADDER_ROW,
  overscan = LADDER_OVERSCAN,
): { from: number; to: number } {
  const first = Math.floor(Math.max(scrollTop, 0) / rowHeight);
  const count = Math.ceil(Math.max(viewHeight, 0) / rowHeight) + 1;
  const from = Math.max(first - overscan, 0);
  const to = Math.min(first + count + overscan, rows);
  return { from: Math.min(from, to), to };
}

export interface LadderState {
  /** Packets of the step being told. */
  current: ReadonlySet<number>;
  /** The trace time on the stage: later packets are not sent yet. */
  tau: Micros;
  selected?: number;
  /** Whose eyes encrypted payloads are shown through; the wire when absent. */
  payload?: PayloadOptions;
}

export function ladderLabel(scene: Scene, id: number, level: Level, payload?: PayloadOptions): string {
  const p = scene.packets.get(id);
  const e = p?.hops[0];
  if (!p || !e) return '';
  const parts = [flagsLabel(e)];
  if (level === 'expert' && e.tcp) {
    parts.push(`seq=${p.rel?.seq ?? e.tcp.seq}`);
    if ((e.tcp.flags & 0x10) !== 0) parts.push(`ack=${p.rel?.ack ?? e.tcp.ack}`);
    if (e.tcp.payloadLength > 0) parts.push(`len=${e.tcp.payloadLength}`);
  }
  const hint = carriedHint(e, level, payload);
  if (hint !== '') parts.push(clip(hint, 28));
  const sealed = sealedLine(e, payload);
  if (sealed !== '') parts.push(`· ${sealed}`);
  return parts.join(' ');
}

/** The rows `from` (inclusive) to `to` (exclusive) as HTML, each absolutely placed in a tall list. */
export function ladderRows(
  scene: Scene,
  layout: Layout,
  from: number,
  to: number,
  state: LadderState,
  describe: (label: string, fromName: string, toName: string) => string,
): string {
  const order = layout.nodes.map((node) => node.id);
  const column = (id: string) => order.indexOf(id);
  const name = (id: string) => layout.place[id]?.name ?? id;
  const start = scene.order.length > 0 ? (scene.packets.get(scene.order[0] as number)?.sent ?? 0) : 0;
  const out: string[] = [];
  for (let row = from; row < to; row++) {
    const id = scene.order[row];
    if (id === undefined) break;
    const p = scene.packets.get(id);
    const first = p?.hops[0];
    const last = p?.hops[p.hops.length - 1];
    if (!p || !first || !last) continue;
    const target = p.drop ? p.drop.node : last.to;
    const dir = column(target) >= column(first.from) ? 'r' : 'l';
    const colour = (scene.conns.get(p.lane)?.colour ?? 0) % COLOURS;
    const status = p.drop ? ' dropped' : p.hops.some((h) => h.lost) ? ' lost' : '';
    const when = state.current.has(id) ? ' current' : p.sent > state.tau ? ' future' : '';
    const selected = state.selected === id ? ' selected' : '';
    const label = ladderLabel(scene, id, layout.level, state.payload);
    const locked = isLocked(first.app);
    const time = ((p.sent - start) / 1_000_000).toFixed(3);
    out.push(
      `<button type="button" class="lrow k${colour} ${dir}${status}${when}${selected}${locked ? ' locked' : ''}" style="top:${row * LADDER_ROW}px" data-packet="${id}" aria-label="${esc(describe(label, name(first.from), name(target)))}">` +
        `<span class="lt">${time}</span><span class="la"><span class="ll">${locked ? LOCK_ICON : ''}${esc(label)}</span></span></button>`,
    );
  }
  return out.join('');
}
