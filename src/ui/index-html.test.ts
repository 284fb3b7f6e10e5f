/**
 * The page before its script runs: `index.html` holds the English words the script replaces with the
 * learner's language (the title, the description, the name in the header), and a `<noscript>` that
 * cannot know the language and so says its one sentence in every language the app speaks.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, languages, loadLanguage, uiCatalog } from '../i18n/index.ts';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

beforeAll(async () => {
  await Promise.all(languages().map((l) => loadLanguage(l)));
});

describe('index.html', () => {
  it('says in every language, without JavaScript, that the page needs it', () => {
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    const said = [...noscript.matchAll(/<p lang="([a-z]+)"( dir="rtl")?>([^<]*)<\/p>/g)].map((m) => ({
      lang: m[1],
      rtl: m[2] !== undefined,
      text: m[3],
    }));
    expect(said).toEqual(
      LOCALES.map((l) => ({ lang: l.code, rtl: l.dir === 'rtl', text: uiCatalog(l.code)['app.noScript'] })),
    );
  });

  it('starts with the English catalog’s title, description and name, which the script then translates', () => {
    const en = uiCatalog('en');
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(en['app.name']);
    expect(/<meta name="description" content="([^"]*)"/.exec(html)?.[1]).toBe(en['app.tagline']);
    expect(/<span id="brand-name">([^<]*)<\/span>/.exec(html)?.[1]).toBe(en['app.name']);
    // Outside the noscript and those, the page has no words of its own.
    const body = (/<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '')
      .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .trim();
    expect(body).toBe(en['app.name']);
  });
});
