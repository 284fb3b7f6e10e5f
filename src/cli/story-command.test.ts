import { describe, expect, test } from 'vitest';
import { ftpPassive } from '../scenarios/ftp.ts';
import { buildStory } from '../story/build.ts';
import { STORY_COLUMNS } from '../story/tsv.ts';
import { EXIT_OK, EXIT_USAGE, UsageError } from './io.ts';
import { runStory } from './story-command.ts';

function run(argv: string[]): { code: number; out: string } {
  let out = '';
  const code = runStory(argv, { stdout: (t) => (out += t), stderr: () => {} });
  // English needs nothing loaded, so its story is told before `runStory` returns.
  if (typeof code !== 'number') throw new Error('an English story should be told at once');
  return { code, out };
}

async function runAsync(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runStory(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function rows(out: string): string[][] {
  return out
    .slice(0, -1)
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
}

describe('story command', () => {
  test('prints a TSV with the contract columns: step, actor, flags, text', () => {
    const { code, out } = run(['ftp-passive', '--files', '1']);
    expect(code).toBe(EXIT_OK);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.split('\n')[0]).toBe('step\tactor\tflags\ttext');
    expect(STORY_COLUMNS.join('\t')).toBe('step\tactor\tflags\ttext');
    const table = rows(out);
    table.forEach((r, i) => {
      expect(r).toHaveLength(4);
      expect(r[0]).toBe(String(i + 1));
      expect(['PC', 'Server', 'Firewall', 'Router']).toContain(r[1]);
      // Flags as `trace` writes them: names in the order SYN,FIN,RST,PSH,ACK, or nothing.
      expect(r[2]).toMatch(/^(SYN)?(,?FIN)?(,?RST)?(,?PSH)?(,?ACK)?$/);
      expect(r[3]?.length).toBeGreaterThan(0);
    });
    // The seed's passive story for one file: six steps, then nine for the file.
    expect(table).toHaveLength(15);
    expect(table[1]?.slice(1, 3)).toEqual(['PC', 'SYN']);
    expect(table[2]?.slice(1, 3)).toEqual(['Server', 'SYN,ACK']);
    expect(table[0]?.[2]).toBe('');
  });

  test('--level picks the level and the switches are those of trace', () => {
    const expert = rows(run(['ftp-active', '--level', 'expert', '--firewall', 'off', '--files', '1']).out);
    const elementary = rows(
      run(['ftp-active', '--level', 'elementary', '--firewall', 'off', '--files', '1']).out,
    );
    expect(expert.length).toBeGreaterThan(elementary.length);
    expect(expert.some((r) => /RETR a\.txt from port \d+ to port 21/.test(r[3] ?? ''))).toBe(true);
    for (const r of elementary) expect(r[3]).not.toMatch(/\b(SYN|ACK|FIN|PSH)\b/);
  });

  test('json is the whole story, the same as buildStory makes', () => {
    const story = JSON.parse(run(['ftp-passive', '--format', 'json', '--seed', '4', '--lang', 'en']).out);
    expect(story).toEqual(buildStory(ftpPassive.run({ seed: 4 }), 'standard', 'en'));
    expect(story.level).toBe('standard');
    expect(story.lang).toBe('en');
  });

  test('the same seed prints byte-identical output', () => {
    expect(run(['ftp-active', '--seed', '9', '--level', 'expert']).out).toBe(
      run(['ftp-active', '--seed', '9', '--level', 'expert']).out,
    );
  });

  test('--lang ja loads the Japanese catalog first and tells the same steps in Japanese', async () => {
    const ja = await runAsync(['ftp-active', '--lang', 'ja', '--files', '1']);
    const en = run(['ftp-active', '--lang', 'en', '--files', '1']);
    expect(ja.code).toBe(EXIT_OK);
    expect(ja.err).toBe('');
    const jaRows = rows(ja.out);
    const enRows = rows(en.out);
    // The same steps and packets, told in other words.
    expect(jaRows.map((r) => [r[0], r[2]])).toEqual(enRows.map((r) => [r[0], r[2]]));
    for (const [i, r] of jaRows.entries()) {
      expect(r[3]).not.toBe(enRows[i]?.[3]);
      // Kana or kanji: the sentence is written in Japanese script.
      expect(r[3]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  const OTHER_LANGUAGES = ['es', 'zh', 'ja', 'ko', 'de', 'fr', 'pt', 'it', 'ru', 'ar'];

  const FTPS_CASES = [
    ['ftps-passive', 'elementary', '1.3'],
    ['ftps-passive', 'standard', '1.3'],
    ['ftps-active', 'standard', '1.2'],
    ['ftps-active', 'expert', '1.3'],
  ] as const;

  test.each(OTHER_LANGUAGES.flatMap((lang) => FTPS_CASES.map((c) => [lang, ...c] as const)))(
    'FTPS is told in %s (%s, %s, TLS %s) step for step as in English',
    async (lang, scenario, level, tls) => {
      const argv = [scenario, '--level', level, '--tls', tls, '--files', '1'];
      const told = await runAsync([...argv, '--lang', lang]);
      const en = run([...argv, '--lang', 'en']);
      expect(told.code).toBe(EXIT_OK);
      expect(told.err).toBe('');
      const tRows = rows(told.out);
      const enRows = rows(en.out);
      expect(tRows.map((r) => [r[0], r[2]])).toEqual(enRows.map((r) => [r[0], r[2]]));
      for (const [i, r] of tRows.entries()) {
        expect(r[3], `step ${i + 1}`).not.toBe(enRows[i]?.[3]);
        expect(r[3]).not.toMatch(/\{[A-Za-z]+\}/);
      }
    },
  );

  test.each([
    [[], /needs a scenario/],
    [['nope'], /unknown scenario "nope"/],
    [['ftp-active', '--level', 'advanced'], /--level must be one of elementary, standard, expert/],
    [
      ['ftp-active', '--lang', 'xx'],
      /--lang must be one of en, es, zh, ja, ko, de, fr, pt, it, ru, ar \(got "xx"\)/,
    ],
    [['ftp-active', '--format', 'xml'], /--format must be json or tsv/],
    [['ftp-active', '--files', '0'], /--files must be from 1 to 10000/],
    [['ftp-active', '--colour', 'red'], /has no switch --colour/],
    [['ftp-active', '--level'], /--level needs a value/],
    [['ftp-active', 'extra'], /unexpected argument "extra"/],
  ])('bad arguments %j are a usage error (exit code 2)', (argv, message) => {
    expect(() => run(argv)).toThrow(UsageError);
    expect(() => run(argv)).toThrow(message);
    expect(EXIT_USAGE).toBe(2);
  });
});
