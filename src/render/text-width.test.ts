import { describe, expect, it } from 'vitest';
import { clipColumns, columns, fitText, textWidth, wrapWidth } from './text-width.ts';

describe('estimated text width', () => {
  it('counts a Chinese, Japanese or Korean character as about one em, wider than a Latin letter', () => {
    expect(textWidth('防火墙', 10)).toBeCloseTo(30);
    expect(textWidth('ファイアウォール', 10)).toBeCloseTo(80);
    expect(textWidth('방화벽', 10)).toBeCloseTo(30);
    expect(textWidth('abc', 10)).toBeLessThan(textWidth('防火墙', 10));
    // Narrow letters are narrower than wide ones, and bold is wider than regular.
    expect(textWidth('illi', 10)).toBeLessThan(textWidth('mwmw', 10));
    expect(textWidth('Server', 10, true)).toBeGreaterThan(textWidth('Server', 10));
  });

  it('counts full-width characters as two columns of a monospace font', () => {
    expect(columns('a.txt')).toBe(5);
    expect(columns('報告.txt')).toBe(8);
    expect(clipColumns('報告書の最終版.txt', 8)).toBe('報告書…');
    expect(columns(clipColumns('報告書の最終版.txt', 8))).toBeLessThanOrEqual(8);
    expect(clipColumns('a.txt', 8)).toBe('a.txt');
  });
});

describe('fitText', () => {
  it('keeps a label that fits, shrinks one that nearly fits, and cuts one that cannot', () => {
    expect(fitText('PC', 100, 12, 9)).toEqual({ text: 'PC', fontSize: 12 });
    const shrunk = fitText('Firewall', textWidth('Firewall', 12) * 0.9, 12, 9);
    expect(shrunk.fontSize).toBeLessThan(12);
    expect(shrunk.fontSize).toBeGreaterThanOrEqual(9);
    expect(shrunk.full).toBeUndefined();
    const cut = fitText('Межсетевой экран', 40, 12, 9);
    expect(cut.fontSize).toBe(9);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.full).toBe('Межсетевой экран');
    expect(textWidth(cut.text, 9)).toBeLessThanOrEqual(40);
  });
});

describe('wrapWidth', () => {
  it('breaks a Japanese sentence, which has no spaces, into lines that fit', () => {
    const sentence = '外部からのこの接続の試みを許可するルールがないため、ファイアウォールが止めます。';
    const { lines, cut } = wrapWidth(sentence, 150, 12, 5);
    expect(cut).toBe(false);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(sentence);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(150);
    // Closing punctuation stays with the character before it rather than starting a line.
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。]/);
  });

  it('breaks at spaces where there are some, and inside a word only when it is longer than a line', () => {
    const { lines } = wrapWidth('Die Datenverbindungsaufbauanforderung wurde gestoppt', 90, 12, 6);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(90);
    // Words short enough for a line are never split.
    for (const word of ['Die', 'wurde', 'gestoppt']) {
      expect(
        lines.some((line) => line.split(' ').includes(word)),
        word,
      ).toBe(true);
    }
    expect(lines.join('').replace(/\s/g, '')).toBe('DieDatenverbindungsaufbauanforderungwurdegestoppt');
  });

  it('ends with an ellipsis when there are more lines than allowed', () => {
    const { lines, cut } = wrapWidth('one two three four five six seven eight nine ten', 60, 12, 2);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });
});
