/**
 * Paints a frame as SVG markup: a pure function from (frame, layout, words) to a string, so the page, a
 * test and an exporter get the very same picture. Colours come from CSS classes (`k0`…`k5` per
 * connection), so light and dark themes need no change here.
 */
import type { NodeKind } from '../core/trace.ts';
import type { Frame, FrameLane, FrameNote, FramePacket, FrameWall } from './frame.ts';
import type { Layout } from './layout.ts';
import { type FittedText, fitText, isFullWidth, textWidth, wrapWidth } from './text-width.ts';

/** The words a stage needs, in the page's language. */
export interface StageText {
  packet(p: FramePacket, from: string, to: string): string;
  firewall: string;
  lane(lane: FrameLane, expert: boolean): string;
  note(note: FrameNote): string;
}

export const COLOURS = 6;

export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** The centre of a label of `width` near `x`, moved in so that it is not cut at the stage's edges. */
function inside(x: number, width: number, stage: number): number {
  const half = width / 2 + 3;
  return stage < half * 2 ? stage / 2 : Math.min(Math.max(x, half), stage - half);
}

/** Node drawings on a 48×48 grid, centred on the node. */
const ICONS: Record<NodeKind, string> = {
  pc:
    '<rect class="ic-body" x="3" y="5" width="42" height="29" rx="3"/>' +
    '<rect class="ic-screen" x="7" y="9" width="34" height="21" rx="1"/>' +
    '<path class="ic-body" d="M19 34h10l2 7H17z"/><rect class="ic-body" x="12" y="41" width="24" height="3" rx="1.5"/>',
  server:
    '<rect class="ic-body" x="9" y="2" width="30" height="13" rx="2"/>' +
    '<rect class="ic-body" x="9" y="17.5" width="30" height="13" rx="2"/>' +
    '<rect class="ic-body" x="9" y="33" width="30" height="13" rx="2"/>' +
    '<circle class="ic-led" cx="33" cy="8.5" r="2"/><circle class="ic-led" cx="33" cy="24" r="2"/>' +
    '<circle class="ic-led" cx="33" cy="39.5" r="2"/>' +
    '<path class="ic-line" d="M14 8.5h12M14 24h12M14 39.5h12"/>',
  router:
    '<path class="ic-line" d="M13 24 9 8M35 24l4-16"/>' +
    '<rect class="ic-body" x="3" y="22" width="42" height="17" rx="5"/>' +
    '<circle class="ic-led" cx="12" cy="30.5" r="2"/><circle class="ic-led" cx="19" cy="30.5" r="2"/>' +
    '<path class="ic-line" d="M27 30.5h12"/>',
  network:
    '<path class="ic-cloud" d="M13 38a9 9 0 0 1-1.5-17.9A12 12 0 0 1 34.5 16a9.5 9.5 0 0 1 1 19A6 6 0 0 1 33 38z"/>',
  firewall:
    '<rect class="ic-wall" x="6" y="8" width="36" height="32" rx="2"/>' +
    '<path class="ic-mortar" d="M6 16h36M6 24h36M6 32h36M18 8v8M30 8v8M12 16v8M24 16v8M36 16v8M18 24v8M30 24v8M12 32v8M24 32v8M36 32v8"/>',
};

/**
 * One keyed group of the stage: its attributes and its inside apart, so that a page can keep the group's
 * element from frame to frame and touch only what moved (an envelope's `transform`, a lane's `class`).
 */
export interface StagePart {
  key: string;
  attrs: ReadonlyArray<readonly [string, string]>;
  inner: string;
}

/** Everything drawn at one moment, layer by layer, bottom to top. */
export interface StageParts {
  /** The patterns and the background: they change only with the layout. */
  base: string;
  lanes: StagePart[];
  lifelines: string;
  nodes: StagePart[];
  walls: StagePart[];
  notes: string;
  packets: StagePart[];
}

function attrMarkup(attrs: StagePart['attrs']): string {
  return attrs.map(([name, value]) => ` ${name}="${esc(value)}"`).join('');
}

export function partMarkup(part: StagePart): string {
  return `<g${attrMarkup(part.attrs)}>${part.inner}</g>`;
}

/** A node's name as drawn: its size and where its middle sits. */
interface PlacedName {
  fit: FittedText;
  x: number;
  width: number;
}

/** A tooltip with the whole text, for a label that had to be cut. */
function fullText(fit: FittedText): string {
  return fit.full ? `<title>${esc(fit.full)}</title>` : '';
}

/** The walls standing between two x positions. */
function wallsBetween(layout: Layout, a: number, b: number): number[] {
  return layout.nodes
    .map((node) => node.wall)
    .filter((w): w is number => w !== undefined && w > Math.min(a, b) && w < Math.max(a, b));
}

/**
 * Every node's name, as large as it can be without running into its neighbours' names or a firewall's label:
 * smaller when it must, cut with an ellipsis (and whole in a tooltip) only below a legible size.
 */
function placeNames(frame: Frame, layout: Layout): Map<string, PlacedName> {
  const size = layout.compact ? 12 : 14;
  const xs = frame.nodes.map((node) => node.x);
  const placed = new Map<string, PlacedName>();
  frame.nodes.forEach((node, i) => {
    const prev = xs[i - 1];
    const next = xs[i + 1];
    const left = prev === undefined ? node.x - 3 : (node.x - prev) / 2 - 3;
    let right = next === undefined ? layout.width - node.x - 3 : (next - node.x) / 2 - 3;
    // A firewall's label starts at its wall: the name to its left ends before that.
    for (const wall of wallsBetween(layout, node.x, next ?? layout.width)) {
      right = Math.min(right, wall - layout.wallWidth / 2 - 4 - node.x);
    }
    const fit = fitText(node.name, Math.max(left + right, 20), size, layout.compact ? 9 : 10, true);
    const width = textWidth(fit.text, fit.fontSize, true);
    const x = Math.min(Math.max(node.x, node.x - left + width / 2), node.x + right - width / 2);
    placed.set(node.id, { fit, x, width });
  });
  return placed;
}

function nodeParts(frame: Frame, layout: Layout, names: Map<string, PlacedName>): StagePart[] {
  const s = layout.icon / 48;
  const expert = layout.level === 'expert';
  return frame.nodes.map((node): StagePart => {
    const halo = node.active
      ? `<circle class="halo" cx="${n(node.x)}" cy="${n(node.y)}" r="${n(layout.icon * 0.64)}"/>`
      : '';
    const icon = `<g class="icon ${node.kind}" transform="translate(${n(node.x - 24 * s)} ${n(node.y - 24 * s)}) scale(${Math.round(s * 1000) / 1000})">${ICONS[node.kind]}</g>`;
    const placed = names.get(node.id);
    const fit = placed?.fit ?? { text: node.name, fontSize: layout.compact ? 12 : 14 };
    const name = `<text class="node-name${node.active ? ' active' : ''}" x="${n(placed?.x ?? node.x)}" y="${n(layout.nameY)}" font-size="${n(fit.fontSize)}">${esc(fit.text)}${fullText(fit)}</text>`;
    const addrSize = layout.compact ? 9.5 : 11;
    const address =
      expert && node.address
        ? `<text class="node-addr" x="${n(inside(node.x, node.address.length * addrSize * 0.6, layout.width))}" y="${n(layout.nameY + (layout.compact ? 12 : 15))}" font-size="${addrSize}">${esc(node.address)}</text>`
        : '';
    return {
      key: node.id,
      attrs: [
        ['class', 'node'],
        ['data-node', node.id],
      ],
      inner: `${halo}${icon}${name}${address}`,
    };
  });
}

function lifelines(frame: Frame, layout: Layout): string {
  const top = layout.nameY + (layout.level === 'expert' ? (layout.compact ? 16 : 20) : 6);
  const bottom = layout.laneTop + layout.slots * layout.laneHeight;
  return frame.nodes
    .map((node) => `<path class="lifeline" d="M${n(node.x)} ${n(top)}V${n(bottom)}"/>`)
    .join('');
}

/** Where a two-line label may break: between words, or between two full-width characters. */
function halves(label: string): [string, string] | null {
  const words = label.split(' ');
  if (words.length > 1) {
    let best: [string, string] | null = null;
    for (let i = 1; i < words.length; i++) {
      const pair: [string, string] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
      if (!best || Math.abs(pair[0].length - pair[1].length) < Math.abs(best[0].length - best[1].length))
        best = pair;
    }
    return best;
  }
  const chars = [...label];
  if (chars.length < 2 || !chars.every((c) => isFullWidth(c.codePointAt(0) ?? 0))) return null;
  // A line does not start with a prolonged sound mark or a small kana.
  const mid = Math.ceil(chars.length / 2);
  for (const at of [mid, mid + 1, mid - 1]) {
    if (at > 0 && at < chars.length && !/[ーァィゥェォッャュョヮヵヶ]/.test(chars[at] as string))
      return [chars.slice(0, at).join(''), chars.slice(at).join('')];
  }
  return [chars.slice(0, mid).join(''), chars.slice(mid).join('')];
}

function wallPart(
  wall: FrameWall,
  layout: Layout,
  text: StageText,
  names: Map<string, PlacedName>,
): StagePart {
  const w = layout.wallWidth;
  const top = layout.laneTop - 6;
  const height = layout.slots * layout.laneHeight + 2;
  const cls = `wall${wall.active ? ' active' : ''}${wall.changed ? ' changed' : ''}`;
  const cx = wall.x;
  // The label sits between the names of the hosts on either side of the wall.
  const others = layout.nodes.map((node) => ({ node, name: names.get(node.id) }));
  const leftOf = others.filter((o) => o.node.x < cx);
  const rightOf = others.filter((o) => o.node.x > cx);
  // Far enough from a host's name that the two do not read as one phrase ("PC Firewall").
  const gap = layout.compact ? 8 : 16;
  const from = Math.max(2, ...leftOf.map((o) => (o.name ? o.name.x + o.name.width / 2 : o.node.x) + gap));
  const to = Math.min(
    layout.width - 2,
    ...rightOf.map((o) => (o.name ? o.name.x - o.name.width / 2 : o.node.x) - gap),
  );
  const size = layout.compact ? 10.5 : 12.5;
  const label = text.firewall;
  const legible = (f: FittedText | undefined) => f !== undefined && !f.full && f.fontSize >= size * 0.8;
  const one = fitText(label, to - from, size, 8, true);
  let lines: FittedText[] = [one];
  let place = 'row';
  if (!legible(one)) {
    // Too long for one line between the names (a phone, a long word): two lines beside the icons...
    const split = halves(label);
    const iconFrom = Math.max(from, ...leftOf.map((o) => o.node.x + layout.icon / 2 + 3));
    const iconTo = Math.min(to, ...rightOf.map((o) => o.node.x - layout.icon / 2 - 3));
    const span = Math.max(iconTo - iconFrom, 0);
    const fits = split ? split.map((part) => fitText(part, span, size, 8, true)) : [];
    const common = Math.min(...fits.map((f) => f.fontSize));
    if (split && fits.every((f) => !f.full) && common >= 9) {
      lines = split.map((part) => fitText(part, span, common, common, true));
      place = 'two';
    } else {
      // ...or else one line in the strip between the names and the lanes, from the wall to the right.
      const x0 = cx + w / 2 + 4;
      const below = layout.compact ? 9 : 10.5;
      lines = [fitText(label, layout.width - 4 - x0, below, 8, true)];
      place = 'below';
    }
  }
  const widths = lines.map((l) => textWidth(l.text, l.fontSize, true));
  const widest = Math.max(...widths);
  const fontSize = lines[0]?.fontSize ?? size;
  const start =
    place === 'below'
      ? cx + w / 2 + 4
      : Math.min(Math.max(cx - widest / 2, from), Math.max(to - widest, from));
  const baseline = (i: number) =>
    place === 'below' ? layout.laneTop - 3 : layout.nameY - (lines.length - 1 - i) * fontSize * 1.1;
  const tspans = lines
    .map(
      (l, i) =>
        `<tspan x="${n(start + (place === 'below' ? 0 : (widest - (widths[i] ?? 0)) / 2))}" y="${n(baseline(i))}">${esc(l.text)}</tspan>`,
    )
    .join('');
  const cut = lines.some((l) => l.full) ? `<title>${esc(label)}</title>` : '';
  // Once its rules have changed, a green tick on the wall says it now lets the connection through.
  const tick = wall.changed
    ? `<g class="wall-tick" transform="translate(${n(cx)} ${n(top + 2)})"><circle r="${layout.compact ? 7 : 8.5}"/><path d="M-3.5 0l2.5 2.5 4.5-5"/></g>`
    : '';
  return {
    key: wall.node,
    attrs: [
      ['class', cls],
      ['data-wall', wall.node],
    ],
    inner:
      `<rect class="wall-body" x="${n(cx - w / 2)}" y="${n(top)}" width="${w}" height="${n(height)}" rx="2" fill="url(#bricks)"/>` +
      `<text class="wall-label" font-size="${n(fontSize)}">${cut}${tspans}</text>` +
      tick,
  };
}

function lanePart(lane: FrameLane, layout: Layout, text: StageText, walls: FrameWall[]): StagePart {
  const cls = `lane k${lane.colour % COLOURS} ${lane.state}${lane.current ? ' current' : ''}`;
  const fontSize = layout.compact ? 10 : 11.5;
  // A label never hides behind a firewall near the lane's start.
  let labelX = lane.x1 + 8;
  for (const wall of walls) {
    if (wall.x > lane.x1 && wall.x - layout.wallWidth / 2 < labelX + 160)
      labelX = Math.max(labelX, wall.x + layout.wallWidth / 2 + 6);
  }
  const fit = fitText(
    text.lane(lane, layout.level === 'expert'),
    lane.x2 - 8 - labelX,
    fontSize,
    fontSize * 0.85,
    true,
  );
  return {
    key: lane.conn,
    attrs: [
      ['class', cls],
      ['data-lane', lane.conn],
    ],
    inner:
      `<rect class="lane-band" x="${n(lane.x1)}" y="${n(lane.top)}" width="${n(lane.x2 - lane.x1)}" height="${n(layout.bandHeight)}" rx="8"/>` +
      `<path class="lane-track" d="M${n(lane.x1 + 6)} ${n(lane.y)}H${n(lane.x2 - 6)}"/>` +
      `<text class="lane-label" x="${n(labelX)}" y="${n(lane.top + fontSize + 2)}" font-size="${n(fit.fontSize)}">${esc(fit.text)}${fullText(fit)}</text>`,
  };
}

/**
 * A padlock drawn around (0, 0), 16 units tall: a calm badge, not an emoji, so it looks the same on every
 * system and takes the connection's colour. `r` scales the badge's disc.
 */
export function padlock(x: number, y: number, r: number): string {
  const s = Math.round((r / 8) * 1000) / 1000;
  return (
    `<g class="lock" transform="translate(${n(x)} ${n(y)}) scale(${s})" aria-hidden="true">` +
    '<circle class="lock-disc" r="8"/>' +
    '<path class="lock-shackle" d="M-2.6 -0.5V-2.6a2.6 2.6 0 0 1 5.2 0V-0.5"/>' +
    '<rect class="lock-body" x="-4" y="-0.8" width="8" height="5.6" rx="1.2"/>' +
    '</g>'
  );
}

function packetPart(p: FramePacket, layout: Layout, text: StageText, names: Map<string, string>): StagePart {
  const e = layout.envelope;
  const cls = `pkt k${p.colour % COLOURS} ${p.state}${p.selected ? ' selected' : ''}${p.background ? ' background' : ''}${p.locked ? ' locked' : ''}`;
  const x0 = p.x - p.w / 2;
  const y0 = p.y - p.h / 2;
  const flap = Math.max(e.padY - 1, 3);
  // Lines with nothing to say are left out and the rest centred, so a bare SYN does not float at the top.
  const written = p.lines.map((line, i) => ({ line, i })).filter((l) => l.line !== '');
  const offset = ((Math.max(e.lines, p.lines.length) - written.length) * e.lineHeight) / 2;
  const lines = written
    .map(({ line, i }, row) => {
      const y = offset + e.padY + e.lineHeight * row + e.fontSize * 0.95;
      return `<text class="${i === 0 ? 'pkt-flags' : 'pkt-line'}" x="${n(p.w / 2)}" y="${n(y)}">${esc(line)}</text>`;
    })
    .join('');
  const front = p.dir === 1 ? p.w + 1.5 : -1.5;
  const tip = p.dir === 1 ? front + 6 : front - 6;
  const arrow =
    p.state === 'flying'
      ? `<path class="pkt-arrow" d="M${n(front)} ${n(p.h / 2 - 5)}L${n(tip)} ${n(p.h / 2)}L${n(front)} ${n(p.h / 2 + 5)}z"/>`
      : '';
  let mark = '';
  if (p.state === 'dropped') {
    // On the front edge, against the wall that stopped it.
    const mx = p.dir === 1 ? p.w + 3 : -3;
    const r = layout.compact ? 7 : 8.5;
    mark = `<g class="mark-drop" transform="translate(${n(mx)} ${n(p.h / 2)})"><circle r="${r}"/><path d="M-3 -3L3 3M3 -3L-3 3"/></g>`;
  } else if (p.state === 'lost') {
    mark = `<g class="mark-lost" transform="translate(${n(p.w / 2)} ${n(-4)})"><circle r="8"/><text y="4" font-size="11">?</text></g>`;
  }
  const from = names.get(p.from) ?? p.from;
  const to = names.get(p.to) ?? p.to;
  return {
    key: String(p.id),
    attrs: [
      ['class', cls],
      ['data-packet', String(p.id)],
      ['transform', `translate(${n(x0)} ${n(y0)})`],
      ['tabindex', '0'],
      ['role', 'button'],
      ['aria-label', text.packet(p, from, to)],
      ['font-size', String(e.fontSize)],
    ],
    inner:
      `<rect class="env" width="${p.w}" height="${p.h}" rx="4"/>` +
      `<path class="env-flap" d="M1 1L${n(p.w / 2)} ${n(flap)}L${n(p.w - 1)} 1"/>` +
      lines +
      arrow +
      (p.locked ? padlock(0, 0, layout.compact ? 7 : 8) : '') +
      mark,
  };
}

/** The first letter of the text is Hebrew or Arabic. */
const RTL_FIRST = /^[^\p{L}]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

function noteSvg(frame: Frame, layout: Layout, text: StageText): string {
  const note = frame.notes[0];
  if (!note) return '';
  const { y, height, fontSize } = layout.notes;
  // Drop notes are bold, and bold letters are wider.
  const bold = note.kind === 'drop';
  const pad = 10;
  const maxWidth = layout.width - 16;
  const said = text.note(note);
  const { lines, cut } = wrapWidth(said, maxWidth - pad * 2, fontSize, layout.notes.lines, bold);
  const longest = Math.max(...lines.map((l) => textWidth(l, fontSize, bold)));
  const w = Math.min(maxWidth, Math.ceil(longest + pad * 2));
  const x = Math.min(Math.max(note.x - 24, 8), layout.width - 8 - w);
  const boxH = Math.min(height - 4, lines.length * fontSize * 1.3 + 10);
  // A sentence in a right-to-left script is set flush right in its box, as its readers expect.
  const rtl = RTL_FIRST.test(said);
  const lineX = rtl ? x + w - pad : x + pad;
  const tspans = lines
    .map(
      (l, i) => `<tspan x="${n(lineX)}" y="${n(y + 4 + 5 + fontSize * (i + 0.85) * 1.2)}">${esc(l)}</tspan>`,
    )
    .join('');
  const leader = `<path class="note-leader" d="M${n(note.x)} ${n(note.y + layout.envelope.height / 2)}V${n(y + 2)}"/>`;
  return (
    `<g class="note ${note.kind}" role="note">` +
    (cut ? `<title>${esc(said)}</title>` : '') +
    leader +
    `<rect class="note-box" x="${n(x)}" y="${n(y + 2)}" width="${n(w)}" height="${n(boxH)}" rx="6"/>` +
    `<text class="note-text" font-size="${fontSize}"${rtl ? ' text-anchor="end"' : ''}>${tspans}</text>` +
    '</g>'
  );
}

const DEFS =
  '<defs><pattern id="bricks" width="12" height="8" patternUnits="userSpaceOnUse">' +
  '<rect class="brick" width="12" height="8"/><path class="mortar" d="M0 .5H12M0 4.5H12M3 .5V4.5M9 4.5V8.5"/>' +
  '</pattern></defs>';

/** The layers of the stage at this moment, each keyed group apart (see `StagePart`). */
export function stageParts(frame: Frame, layout: Layout, text: StageText): StageParts {
  const names = new Map(frame.nodes.map((node) => [node.id, node.name]));
  const placedNames = placeNames(frame, layout);
  return {
    base: `${DEFS}<rect class="stage-bg" width="${layout.width}" height="${layout.height}"/>`,
    lanes: frame.lanes.map((l) => lanePart(l, layout, text, frame.walls)),
    lifelines: lifelines(frame, layout),
    nodes: nodeParts(frame, layout, placedNames),
    walls: frame.walls.map((w) => wallPart(w, layout, text, placedNames)),
    notes: noteSvg(frame, layout, text),
    packets: frame.packets.map((p) => packetPart(p, layout, text, names)),
  };
}

/** The layers in the order they are drawn; a page builds one `<g class="…">` for each. */
// The lifelines go under the lanes: the bands are translucent, and a lane's label must not be crossed out.
export const LAYERS = ['lifelines', 'lanes', 'nodes', 'walls', 'notes', 'packets'] as const;

/** The inside of the stage's `<svg>`: everything drawn at this moment. */
export function stageMarkup(frame: Frame, layout: Layout, text: StageText): string {
  const parts = stageParts(frame, layout, text);
  const layer = (name: (typeof LAYERS)[number]): string => {
    const content = parts[name];
    return `<g class="${name}">${typeof content === 'string' ? content : content.map(partMarkup).join('')}</g>`;
  };
  return parts.base + LAYERS.map(layer).join('');
}
