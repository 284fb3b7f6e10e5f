/**
 * The page's sentences in the current language. The catalogs live in the language registry
 * (`src/i18n`); the page loads a language there before it switches to it, and a key a catalog lacks falls
 * back to English rather than showing a gap.
 */
import { ui as enUi, type UiKey, type UiParams } from '../i18n/en/ui.ts';
import { DEFAULT_LANG, formatMessage, formatNumber, isLoaded, languages, uiCatalog } from '../i18n/index.ts';

export const DEFAULT_UI_LANG = DEFAULT_LANG;

/** Every language the page can be shown in (its catalogs may still have to be loaded). */
export function uiLanguages(): string[] {
  return languages();
}

let current: string = DEFAULT_UI_LANG;

/** Switches the page's words to `lang`, which must be loaded already; anything else means English. */
export function setUiLanguage(lang: string): void {
  current = isLoaded(lang) ? lang : DEFAULT_UI_LANG;
}

export function uiLanguage(): string {
  return current;
}

type ParamArgs<K extends UiKey> = keyof UiParams<K> extends never ? [] : [UiParams<K>];

export function text<K extends UiKey>(key: K, ...params: ParamArgs<K>): string {
  const message = uiCatalog(current)[key] ?? enUi[key];
  return formatMessage(current, message, (params[0] ?? {}) as Readonly<Record<string, string | number>>, {
    localCount: true,
  });
}

/** A quantity (a count, a step number, a speed) written the way the current language writes numbers. */
export function num(n: number, options?: Intl.NumberFormatOptions): string {
  return formatNumber(current, n, options);
}

export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(enUi, key);
}

/** A key built from data, or undefined when the catalog does not have it. */
export function maybeText(
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string | undefined {
  if (!isUiKey(key)) return undefined;
  return formatMessage(current, uiCatalog(current)[key] ?? enUi[key], params, { localCount: true });
}
