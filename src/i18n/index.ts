/**
 * Translation catalogs. A catalog maps a key to a whole sentence with named parameters (`{file}`,
 * `{count}`), never to fragments glued together, so every language can order the words its own way.
 * A sentence that depends on a number is a plural message: one form per plural category of the language
 * (Unicode CLDR categories, as `Intl.PluralRules` reports them), chosen by the parameter it names.
 *
 * The English story catalog defines the keys; every other language is a sibling file
 * `<lang>/story.ts` that exports a `StoryCatalog` (the type checker then insists on every key) and is
 * registered in `STORY_CATALOGS` below.
 */
import { story as enStory } from './en/story.ts';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A sentence in several forms, picked by the plural category of the number in parameter `plural`. */
export type PluralMessage = { plural: string; other: string } & Partial<
  Record<Exclude<PluralCategory, 'other'>, string>
>;

export type Message = string | PluralMessage;

export type Params = Readonly<Record<string, string | number>>;

export type StoryKey = keyof typeof enStory;

/** What a language file for the story must provide: every key the English catalog has. */
export type StoryCatalog = Readonly<Record<StoryKey, Message>>;

const STORY_CATALOGS: Readonly<Record<string, StoryCatalog>> = {
  en: enStory,
};

export const DEFAULT_LANG = 'en';

/** Languages that have a story catalog, in a stable order. */
export function storyLanguages(): string[] {
  return Object.keys(STORY_CATALOGS).sort();
}

export function hasStoryLanguage(lang: string): boolean {
  return Object.hasOwn(STORY_CATALOGS, lang);
}

export function storyCatalog(lang: string): StoryCatalog {
  const catalog = STORY_CATALOGS[lang];
  if (!catalog) {
    throw new RangeError(
      `no story catalog for language "${lang}" (available: ${storyLanguages().join(', ')})`,
    );
  }
  return catalog;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, n: number): PluralCategory {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(n) as PluralCategory;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The parameter names a message uses, in all its forms: tests compare them across languages. */
export function messageParams(message: Message): string[] {
  const texts =
    typeof message === 'string' ? [message] : Object.entries(message).filter(([k]) => k !== 'plural');
  const names = new Set<string>();
  for (const entry of texts) {
    const text = typeof entry === 'string' ? entry : entry[1];
    for (const m of text.matchAll(PLACEHOLDER)) names.add(m[1] as string);
  }
  if (typeof message !== 'string') names.add(message.plural);
  return [...names].sort();
}

/**
 * Fills a message in. A missing parameter stays visible as `{name}` rather than failing: a player should
 * show a slightly wrong sentence, not a broken page; the catalog tests catch such slips.
 */
export function formatMessage(lang: string, message: Message, params: Params = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const n = Number(params[message.plural]);
    const category = Number.isFinite(n) ? pluralCategory(lang, n) : 'other';
    text = message[category] ?? message.other;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A story sentence in `lang`; a key a catalog lacks at run time falls back to English. */
export function translate(lang: string, key: StoryKey, params: Params = {}): string {
  const message = storyCatalog(lang)[key] ?? enStory[key];
  return formatMessage(lang, message, params);
}
