/**
 * No sentence on the page bypasses the catalogs: the sources of the page are scanned for string literals
 * that read like prose and land where a learner reads or hears them (`textContent`, `title`, `aria-label`,
 * `placeholder`, `alt`). Keys such as `'player.play'`, class names and symbols pass; words do not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const UI_DIR = new URL('./', import.meta.url).pathname;

/** Where a string becomes visible or audible: a property or an attribute of an element. */
const SINKS = [
  /\b(?:textContent|innerText|title|placeholder|alt|ariaLabel)\s*(?:=(?!=)|:)/g,
  /['"](?:aria-label|aria-description|title|placeholder|alt)['"]\s*[:,]/g,
];

/** Literals that look like words but are not sentences for a learner. */
const TECHNICAL = new Set(['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'TCP/IP Animation']);

interface BareString {
  line: number;
  text: string;
}

/** The string literals of the expression that starts at `from`, up to its end (`,` `;` or a closing bracket). */
function literalsOfExpression(source: string, from: number): Array<{ at: number; text: string }> {
  const found: Array<{ at: number; text: string }> = [];
  let depth = 0;
  let i = from;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let body = '';
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') {
          body += source.slice(j, j + 2);
          j += 2;
          continue;
        }
        if (c === '`' && source.startsWith('${', j)) {
          // An interpolation is code, not words: it is replaced by a neutral stand-in.
          let k = j + 2;
          let inner = 1;
          while (k < source.length && inner > 0) {
            if (source[k] === '{') inner++;
            else if (source[k] === '}') inner--;
            k++;
          }
          body += '\u0000';
          j = k;
          continue;
        }
        body += source[j];
        j++;
      }
      found.push({ at: i, text: body });
      i = j + 1;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if ((c === ',' || c === ';') && depth === 0) break;
    else if (c === '\n' && depth === 0 && /^\s*$/.test(source.slice(from, i)) === false) {
      // A statement may end at the line's end without a semicolon; a continued expression keeps going.
      const rest = source.slice(i + 1).trimStart();
      if (!/^[?:|&+.]/.test(rest)) break;
    }
    i++;
  }
  return found;
}

function looksLikeProse(text: string): boolean {
  const words = text.split('\u0000').join(' ');
  if (TECHNICAL.has(words.trim())) return false;
  return /\p{L}+[ \u00a0]+\p{L}+/u.test(words) || /^\s*\p{Lu}\p{Ll}+[.!?:…]?\s*$/u.test(words);
}

/** The prose literals `source` puts on the page, with their line numbers. */
function bareStrings(source: string): BareString[] {
  const found = new Map<number, BareString>();
  for (const sink of SINKS) {
    for (const m of source.matchAll(sink)) {
      for (const literal of literalsOfExpression(source, (m.index ?? 0) + m[0].length)) {
        if (!looksLikeProse(literal.text)) continue;
        const line = source.slice(0, literal.at).split('\n').length;
        found.set(literal.at, { line, text: literal.text });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('user-visible strings', () => {
  test('the scanner finds prose in every kind of place and lets keys and class names through', () => {
    const sample = [
      "const a = el('p', { textContent: 'Hello there' });",
      "b.setAttribute('aria-label', 'Close');",
      'c.title = "Next step";',
      "const d = el('button', {}, { type: 'button', title: open ? 'Hide it' : 'Show it' });",
      'e.textContent = `Step \u0024{n} of \u0024{total}`;',
      "f.placeholder = 'Search';",
      "const g = el('span', { className: 'card card-link', textContent: text('player.play') });",
      "h.setAttribute('aria-label', text('player.stage'));",
      "const i = el('button', { textContent: '−' }, { 'aria-label': label });",
      "j.title = 'SYN';",
      "const k = { title: 'scene.ftp-active.title', summary: 'scene.ftp-active.summary' };",
    ].join('\n');
    expect(bareStrings(sample)).toEqual([
      { line: 1, text: 'Hello there' },
      { line: 2, text: 'Close' },
      { line: 3, text: 'Next step' },
      { line: 4, text: 'Hide it' },
      { line: 4, text: 'Show it' },
      { line: 5, text: 'Step \u0000 of \u0000' },
      { line: 6, text: 'Search' },
    ]);
  });

  test('no sentence in the page sources escapes the catalogs', () => {
    const files = sources(UI_DIR);
    expect(files.length).toBeGreaterThan(10);
    const bare = files.flatMap((file) =>
      bareStrings(readFileSync(file, 'utf8')).map(
        (s) => `${relative(UI_DIR, file)}:${s.line}: ${JSON.stringify(s.text.split('\u0000').join('…'))}`,
      ),
    );
    expect(bare).toEqual([]);
  });
});
