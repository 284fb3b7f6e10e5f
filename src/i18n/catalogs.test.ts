/**
 * Every language against English: the same keys, the same parameters in every form, the plural forms its
 * grammar has (as `Intl.PluralRules` lists them), no empty value and no sentence left in English. Each
 * language is loaded the way the page and the command line load it.
 */
import { describe, expect, test } from 'vitest';
import { capture as enCapture } from './en/capture.ts';
import { story as enStory } from './en/story.ts';
import { ui as enUi } from './en/ui.ts';
import {
  captureCatalog,
  DEFAULT_LANG,
  isLanguage,
  LOCALES,
  languages,
  loadLanguage,
  locale,
  type Message,
  matchLanguage,
  storyCatalog,
  uiCatalog,
} from './index.ts';

type Catalog = Readonly<Record<string, Message>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

/** The forms of a message by plural category; a plain sentence is its own `other` form. */
function forms(message: Message): Record<string, string> {
  if (typeof message === 'string') return { other: message };
  const { plural: _plural, ...rest } = message;
  return rest as Record<string, string>;
}

function union(message: Message): string[] {
  return [...new Set(Object.values(forms(message)).flatMap(placeholders))].sort();
}

/**
 * Words that are the same in every language: protocol names, flags, commands. A sentence made only of
 * these (and parameters, digits, punctuation) may be identical to the English.
 */
const TECHNICAL = new Set(
  'TCP UDP IP IPv ICMP FTP FTPS SFTP SCP SSH HTTP HTTPS SSL TLS NAT DNS LAN DHCP VPN SYN ACK FIN RST PSH PORT PASV RETR QUIT USER PASS TYPE pcap pcapng tcpdump Wireshark'.split(
    ' ',
  ),
);
/** Keys whose English is a name, kept as it is by choice. */
const SAME_BY_NATURE = new Set(['app.name', 'top.title', 'inspector.app.ftp', 'inspector.icmp']);

/** A sentence long enough that it must read differently in another language. */
function isLongSentence(text: string): boolean {
  const words = text.replace(PLACEHOLDER, ' ').match(/\p{L}{2,}/gu) ?? [];
  return words.filter((w) => !TECHNICAL.has(w)).length >= 3;
}

/** Every problem a catalog has compared with English, as readable lines (empty when it is right). */
function problems(lang: string, english: Catalog, catalog: Catalog): string[] {
  const found: string[] = [];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
  for (const key of Object.keys(english)) {
    if (!Object.hasOwn(catalog, key)) found.push(`${key}: missing`);
  }
  for (const key of Object.keys(catalog)) {
    if (!Object.hasOwn(english, key)) found.push(`${key}: not an English key`);
  }
  for (const [key, en] of Object.entries(english)) {
    const message = catalog[key];
    if (message === undefined) continue;
    const expected = union(en);
    const countName = typeof en === 'string' ? undefined : en.plural;
    if (typeof message !== 'string') {
      if (typeof en === 'string' && !expected.includes(message.plural)) {
        found.push(`${key}: picks its form by "${message.plural}", which the sentence does not have`);
      }
      if (typeof en !== 'string' && message.plural !== en.plural) {
        found.push(`${key}: picks its form by "${message.plural}", English by "${en.plural}"`);
      }
      const have = Object.keys(forms(message)).sort();
      if (JSON.stringify(have) !== JSON.stringify(categories)) {
        found.push(`${key}: plural forms ${have.join(',')}, the language has ${categories.join(',')}`);
      }
    } else if (typeof en !== 'string' && categories.join() !== 'other') {
      found.push(`${key}: a plain sentence, but ${lang} has plural forms ${categories.join(',')}`);
    }
    for (const [category, form] of Object.entries(forms(message))) {
      const where = typeof message === 'string' ? key : `${key} (${category})`;
      if (form.trim() === '') {
        found.push(`${where}: empty`);
        continue;
      }
      const names = placeholders(form);
      const unknown = names.filter((n) => !expected.includes(n));
      if (unknown.length > 0) found.push(`${where}: parameters English does not have: ${unknown.join(', ')}`);
      // Every form names every parameter, except the number that picks the form ("one file").
      const lacking = expected.filter((n) => n !== countName && !names.includes(n));
      if (lacking.length > 0) found.push(`${where}: lacks ${lacking.join(', ')}`);
      if (category === 'other' && typeof en !== 'string') {
        const otherLacks = placeholders(en.other).filter((n) => !names.includes(n));
        if (otherLacks.length > 0) found.push(`${where}: lacks ${otherLacks.join(', ')}`);
      }
      if (
        lang !== 'en' &&
        !SAME_BY_NATURE.has(key) &&
        isLongSentence(form) &&
        Object.values(forms(en)).includes(form)
      ) {
        found.push(`${where}: still the English sentence`);
      }
    }
  }
  return found;
}

const CATALOGS = [
  { name: 'story', english: enStory as Catalog, of: (lang: string) => storyCatalog(lang) as Catalog },
  { name: 'ui', english: enUi as Catalog, of: (lang: string) => uiCatalog(lang) as Catalog },
  { name: 'capture', english: enCapture as Catalog, of: (lang: string) => captureCatalog(lang) as Catalog },
];

describe('the language registry', () => {
  test('lists the eleven languages, named in their own words, Arabic right to left', () => {
    expect(languages()).toEqual(['en', 'es', 'zh', 'ja', 'ko', 'de', 'fr', 'pt', 'it', 'ru', 'ar']);
    expect(DEFAULT_LANG).toBe('en');
    for (const l of LOCALES) {
      expect(l.name.trim(), l.code).not.toBe('');
      expect(l.label.trim(), l.code).not.toBe('');
      expect(l.dir, l.code).toBe(l.code === 'ar' ? 'rtl' : 'ltr');
      // The name is written in the language itself: the browser's own name for it, in it.
      const own = new Intl.DisplayNames([l.code], { type: 'language' }).of(l.code) ?? '';
      expect(own.toLocaleLowerCase(l.code)).toContain(l.name.toLocaleLowerCase(l.code).slice(0, 2));
    }
    expect(new Set(LOCALES.map((l) => l.name)).size).toBe(LOCALES.length);
    expect(isLanguage('xx')).toBe(false);
    expect(locale('ar').dir).toBe('rtl');
  });

  test('matches browser languages on their primary subtag', () => {
    expect(matchLanguage(['pt-BR'])).toBe('pt');
    expect(matchLanguage(['zh-CN'])).toBe('zh');
    expect(matchLanguage(['zh-Hans'])).toBe('zh');
    expect(matchLanguage(['zh-Hant-TW'])).toBe('zh');
    expect(matchLanguage(['EN-us'])).toBe('en');
    expect(matchLanguage(['nl-NL', 'de-AT', 'fr'])).toBe('de');
    expect(matchLanguage(['ar_EG'])).toBe('ar');
    expect(matchLanguage(['nl', 'sv'])).toBeUndefined();
    expect(matchLanguage([])).toBeUndefined();
  });

  test('refuses to load a language it does not have', async () => {
    await expect(loadLanguage('xx')).rejects.toThrow(/no language "xx" \(available: en, es/);
  });

  test('the checks below catch what they are meant to catch', () => {
    const english: Catalog = {
      a: 'The PC sends {file} to {peer}.',
      b: { plural: 'count', one: 'one file', other: '{count} files' },
      c: 'SYN',
    };
    expect(problems('en', english, english)).toEqual([]);
    const bad: Catalog = {
      a: 'The PC sends {file} to {peer}.',
      b: { plural: 'count', one: 'un fichier', other: '{n} fichiers' },
      c: 'SYN',
      d: ' ',
    };
    expect(problems('fr', english, bad)).toEqual([
      'd: not an English key',
      'a: still the English sentence',
      'b: plural forms one,other, the language has many,one,other',
      'b (other): parameters English does not have: n',
      'b (other): lacks count',
    ]);
    expect(problems('fr', english, { a: 'Le PC envoie {file}.', c: '' })).toEqual([
      'b: missing',
      'a: lacks peer',
      'c: empty',
    ]);
  });
});

describe.each(languages())('the %s catalogs', (lang) => {
  test.each(CATALOGS)(
    '$name has every English key, the same parameters and its plural forms',
    async ({ english, of }) => {
      await loadLanguage(lang);
      expect(problems(lang, english, of(lang))).toEqual([]);
    },
  );
});
