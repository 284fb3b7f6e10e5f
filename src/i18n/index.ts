/**
 * Translation catalogs. A catalog maps a key to a whole sentence with named parameters (`{file}`,
 * `{count}`), never to fragments glued together, so every language can order the words its own way.
 * A sentence that depends on a number is a plural message: one form per plural category of the language
 * (Unicode CLDR categories, as `Intl.PluralRules` reports them), chosen by the parameter it names.
 *
 * The English catalogs define the keys and ship with the app. Every other language lives in its own folder
 * (`<lang>/story.ts`, `<lang>/ui.ts`, `<lang>/capture.ts`), gathered by `packs/<lang>.ts` and loaded on
 * demand with `loadLanguage`, so a learner downloads only the language they read. Building a story stays
 * synchronous: it uses the catalogs already loaded.
 */
import { type CaptureCatalog, capture as enCapture } from './en/capture.ts';
import { story as enStory } from './en/story.ts';
import { ui as enUi, type UiCatalog } from './en/ui.ts';

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

/** Every language the app speaks, named in its own words, with its writing direction. */
export const LOCALES = [
  { code: 'en', name: 'English', dir: 'ltr', label: 'Language' },
  { code: 'es', name: 'Español', dir: 'ltr', label: 'Idioma' },
  { code: 'zh', name: '中文', dir: 'ltr', label: '语言' },
  { code: 'ja', name: '日本語', dir: 'ltr', label: '言語' },
  { code: 'ko', name: '한국어', dir: 'ltr', label: '언어' },
  { code: 'de', name: 'Deutsch', dir: 'ltr', label: 'Sprache' },
  { code: 'fr', name: 'Français', dir: 'ltr', label: 'Langue' },
  { code: 'pt', name: 'Português', dir: 'ltr', label: 'Idioma' },
  { code: 'it', name: 'Italiano', dir: 'ltr', label: 'Lingua' },
  { code: 'ru', name: 'Русский', dir: 'ltr', label: 'Язык' },
  { code: 'ar', name: 'العربية', dir: 'rtl', label: 'اللغة' },
] as const satisfies ReadonlyArray<{ code: string; name: string; dir: 'ltr' | 'rtl'; label: string }>;

export type Lang = (typeof LOCALES)[number]['code'];
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LANG: Lang = 'en';

/** All that a language provides: the story, the page around it and the capture page. */
export interface LanguagePack {
  story: StoryCatalog;
  ui: UiCatalog;
  capture: CaptureCatalog;
}

// Each loader names its file literally: the bundler then makes one chunk per language, and the compiled
// command line rewrites the path to the `.js` it emits.
const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<LanguagePack>>> = {
  es: () => import('./packs/es.ts'),
  zh: () => import('./packs/zh.ts'),
  ja: () => import('./packs/ja.ts'),
  ko: () => import('./packs/ko.ts'),
  de: () => import('./packs/de.ts'),
  fr: () => import('./packs/fr.ts'),
  pt: () => import('./packs/pt.ts'),
  it: () => import('./packs/it.ts'),
  ru: () => import('./packs/ru.ts'),
  ar: () => import('./packs/ar.ts'),
};

const loaded = new Map<string, LanguagePack>([['en', { story: enStory, ui: enUi, capture: enCapture }]]);
const loading = new Map<string, Promise<void>>();

/** The codes of every language, in the order the picker shows them (English first). */
export function languages(): Lang[] {
  return LOCALES.map((l) => l.code);
}

export function isLanguage(code: string): code is Lang {
  return LOCALES.some((l) => l.code === code);
}

export function locale(code: string): Locale {
  return LOCALES.find((l) => l.code === code) ?? LOCALES[0];
}

export function isLoaded(lang: string): boolean {
  return loaded.has(lang);
}

/**
 * Fetches a language's catalogs once; later calls share the same promise. English is always there. An
 * unknown code is refused, so a typo cannot silently show English.
 */
export function loadLanguage(lang: string): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  if (!isLanguage(lang) || lang === 'en') {
    return Promise.reject(new RangeError(`no language "${lang}" (available: ${languages().join(', ')})`));
  }
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(
      (pack) => {
        loaded.set(lang, { story: pack.story, ui: pack.ui, capture: pack.capture });
      },
      (err: unknown) => {
        // A failed download (offline, say) may succeed on the next try.
        loading.delete(lang);
        throw err;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * The language among `tags` (BCP 47, best first, as `navigator.languages` lists them) that the app
 * speaks, matched on the primary subtag: `pt-BR` is Portuguese, `zh-Hans-CN` Chinese.
 */
export function matchLanguage(tags: readonly string[]): Lang | undefined {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return undefined;
}

/** Languages whose story can be told right now, that is, whose catalogs are loaded. */
export function storyLanguages(): string[] {
  return languages().filter((l) => loaded.has(l));
}

export function hasStoryLanguage(lang: string): boolean {
  return loaded.has(lang);
}

function pack(lang: string): LanguagePack {
  const found = loaded.get(lang);
  if (!found) {
    throw new RangeError(
      isLanguage(lang)
        ? `the catalogs of "${lang}" are not loaded yet: await loadLanguage("${lang}") first`
        : `no story catalog for language "${lang}" (available: ${languages().join(', ')})`,
    );
  }
  return found;
}

export function storyCatalog(lang: string): StoryCatalog {
  return pack(lang).story;
}

/** The page's catalog for `lang`, or English when that language is not loaded. */
export function uiCatalog(lang: string): UiCatalog {
  return loaded.get(lang)?.ui ?? enUi;
}

/** The capture page's catalog for `lang`, or English when that language is not loaded. */
export function captureCatalog(lang: string): CaptureCatalog {
  return loaded.get(lang)?.capture ?? enCapture;
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
export function formatMessage(
  lang: string,
  message: Message,
  params: Params = {},
  options: { localCount?: boolean } = {},
): string {
  let text: string;
  let count: string | undefined;
  if (typeof message === 'string') text = message;
  else {
    const raw = params[message.plural];
    const n = Number(raw);
    const category = Number.isFinite(n) ? pluralCategory(lang, n) : 'other';
    text = message[category] ?? message.other;
    // The number that picks the form is a count: the page writes it the way its language does.
    if (options.localCount && typeof raw === 'number') count = formatNumber(lang, raw);
  }
  const countName = typeof message === 'string' ? undefined : message.plural;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === countName && count !== undefined) return count;
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A quantity as `lang` writes it: `1,234.5`, `1.234,5`, `1 234,5`. */
export function formatNumber(lang: string, n: number, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(lang, options).format(n);
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/** A story sentence in `lang`; a key a catalog lacks at run time falls back to English. */
export function translate(lang: string, key: StoryKey, params: Params = {}): string {
  const message = storyCatalog(lang)[key] ?? enStory[key];
  return formatMessage(lang, message, params);
}
