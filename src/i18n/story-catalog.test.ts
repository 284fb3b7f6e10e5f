import { describe, expect, test } from 'vitest';
import { formatMessage, messageParams, storyCatalog, storyLanguages, translate } from './index.ts';

describe('story catalogs', () => {
  test('English is there, and every language has every key with the parameters English uses', () => {
    expect(storyLanguages()).toContain('en');
    const en = storyCatalog('en');
    for (const lang of storyLanguages()) {
      const catalog = storyCatalog(lang);
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        expect(catalog[key], `${lang} ${key}`).toBeDefined();
        expect(messageParams(catalog[key]), `${lang} ${key}`).toEqual(messageParams(en[key]));
      }
    }
  });

  test('parameters are filled in by name, and plural messages pick the form for the number', () => {
    expect(translate('en', 'std.data.received', { actor: 'the PC', file: 'a.txt' })).toBe(
      'the PC confirms that it has received a.txt.',
    );
    expect(
      translate('en', 'exp.command', {
        actor: 'the PC',
        text: 'X',
        sport: 1,
        dport: 21,
        seq: 1,
        ack: 1,
        count: 1,
      }),
    ).toMatch(/1 byte\)\.$/);
    expect(
      translate('en', 'exp.command', {
        actor: 'the PC',
        text: 'X',
        sport: 1,
        dport: 21,
        seq: 1,
        ack: 1,
        count: 12,
      }),
    ).toMatch(/12 bytes\)\.$/);
    // Languages with more plural forms get theirs (Russian: one, few, many, other).
    const message = {
      plural: 'count',
      one: '{count} файл',
      few: '{count} файла',
      many: '{count} файлов',
      other: '{count} файла',
    };
    expect([1, 3, 5].map((count) => formatMessage('ru', message, { count }))).toEqual([
      '1 файл',
      '3 файла',
      '5 файлов',
    ]);
  });

  test('a missing parameter stays visible instead of breaking the sentence; unknown languages are refused', () => {
    expect(translate('en', 'std.failed', { actor: 'the PC' })).toBe(
      'the PC gives up on {file} and ends the FTP session (QUIT).',
    );
    expect(() => translate('xx', 'std.failed', {})).toThrow(/available: en/);
  });
});
