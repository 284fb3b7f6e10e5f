/**
 * `story --lang` through the built binary: another language's catalog is loaded from its own file before
 * the story is told, and a code the app does not speak is a usage error. (`npm run test:unit` builds it.)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'dist/cli/main.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function texts(out: string): string[] {
  return out
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[3] ?? '');
}

describe('story --lang', () => {
  test('ja prints the narration in Japanese and exits 0', () => {
    const ja = cli('story', 'ftp-active', '--lang', 'ja');
    const en = cli('story', 'ftp-active', '--lang', 'en');
    expect(ja.err).toBe('');
    expect(ja.code).toBe(0);
    const jaTexts = texts(ja.out);
    expect(jaTexts).toHaveLength(texts(en.out).length);
    expect(jaTexts.length).toBeGreaterThan(0);
    for (const t of jaTexts) expect(t).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  test('an unknown code exits 2 and lists the eleven languages', () => {
    const r = cli('story', 'ftp-active', '--lang', 'xx');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/--lang must be one of en, es, zh, ja, ko, de, fr, pt, it, ru, ar \(got "xx"\)/);
    expect(r.err).toContain('[--lang en|es|zh|ja|ko|de|fr|pt|it|ru|ar]');
  });
});
