/**
 * How wide a label will be, estimated from its characters, so that the painters stay pure functions and the
 * picture is the same wherever it is made. The estimate leans wide: a label that is drawn a little narrower
 * than expected leaves a gap, one drawn wider would spill out of its box. Chinese, Japanese and Korean are
 * full-width (about 1 em a character); Latin, Cyrillic and Arabic letters are narrower, and vary.
 */

/** Ideographs, kana, hangul, full-width forms and their punctuation: about 1 em each. */
export function isFullWidth(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isArabic(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
}

const NARROW = new Set([..." .,:;'!|il’·ıjtfr()[]"]);
const WIDE = new Set([...'mwMW@%—']);

/** The width of one character of a proportional sans-serif, in em. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isFullWidth(code)) return 1;
  // Marks that sit on the letter before them (Arabic vowels, accents typed apart) take no room.
  if ((code >= 0x0300 && code <= 0x036f) || (code >= 0x064b && code <= 0x065f) || code === 0x0670) return 0;
  if (isArabic(code)) return 0.56;
  if (NARROW.has(ch)) return 0.32;
  if (WIDE.has(ch)) return 0.9;
  if (code >= 0x30 && code <= 0x39) return 0.64;
  // Cyrillic letters are wider than Latin ones in common fonts (DejaVu Sans most of all).
  if (code >= 0x0400 && code <= 0x04ff) return ch === ch.toLowerCase() ? 0.66 : 0.78;
  if (ch !== ch.toLowerCase()) return 0.74;
  return 0.62;
}

/** The width of `text` at `fontSize`, in the same units; bold letters are wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.08 : 1);
}

/** Columns in a monospace font: full-width characters take two. */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += isFullWidth(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return n;
}

/** `text` cut to at most `max` monospace columns, with an ellipsis when cut. */
export function clipColumns(text: string, max: number): string {
  if (columns(text) <= max) return text;
  if (max <= 1) return '…';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = isFullWidth(ch.codePointAt(0) ?? 0) ? 2 : 1;
    if (used + w > max - 1) break;
    out += ch;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** `text` cut so that it is at most `maxWidth` wide, with an ellipsis when cut. */
export function clipWidth(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const room = maxWidth - textWidth('…', fontSize, bold);
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch, fontSize, bold) > room) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

export interface FittedText {
  text: string;
  fontSize: number;
  /** The whole text, when what is written had to be cut. */
  full?: string;
}

/**
 * A label that fits `maxWidth`: at its own size if it can, else smaller down to `minSize`, else cut with an
 * ellipsis at `minSize` (the painter then keeps the whole text in a tooltip).
 */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  minSize: number,
  bold = false,
): FittedText {
  const width = textWidth(text, fontSize, bold);
  if (width <= maxWidth) return { text, fontSize };
  const size = (fontSize * maxWidth) / width;
  if (size >= minSize) return { text, fontSize: Math.floor(size * 10) / 10 };
  return { text: clipWidth(text, maxWidth, minSize, bold), fontSize: minSize, full: text };
}

/**
 * Breaks a sentence into lines at most `maxWidth` wide: at spaces where the language has them, anywhere
 * in a run of ideographs, and inside a word only when the word alone is wider than a line. More than
 * `maxLines` lines end with an ellipsis.
 */
export function wrapWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): { lines: string[]; cut: boolean } {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  // Pieces that may start a new line: words with their following space, and single full-width characters.
  const pieces =
    text.match(
      /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60][、。，．：；！？）」』】]*|[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+\s*|\s+/gu,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line + piece;
    if (fits(next.trimEnd())) {
      line = next;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = piece.trimStart();
    // A word wider than a whole line is broken where it has to be.
    while (!fits(line.trimEnd()) && [...line].length > 1) {
      let head = '';
      for (const ch of line) {
        if (!fits(head + ch)) break;
        head += ch;
      }
      if (head === '') head = [...line][0] as string;
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = clipWidth(`${kept[maxLines - 1]}…`, maxWidth, fontSize, bold);
  return { lines: kept, cut: true };
}
