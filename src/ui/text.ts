/**
 * The page's sentences in the chosen language. Only English exists so far; another language registers its
 * `UiCatalog` in `UI_CATALOGS`, and a key it lacks falls back to English rather than showing a gap.
 */
import { ui as enUi, type UiCatalog, type UiKey, type UiParams } from '../i18n/en/ui.ts';
import { formatMessage } from '../i18n/index.ts';

const UI_CATALOGS: Readonly<Record<string, UiCatalog>> = { en: enUi };

export const DEFAULT_UI_LANG = 'en';

export function uiLanguages(): string[] {
  return Object.keys(UI_CATALOGS).sort();
}

let current = DEFAULT_UI_LANG;

export function setUiLanguage(lang: string): void {
  current = Object.hasOwn(UI_CATALOGS, lang) ? lang : DEFAULT_UI_LANG;
}

export function uiLanguage(): string {
  return current;
}

type ParamArgs<K extends UiKey> = keyof UiParams<K> extends never ? [] : [UiParams<K>];

export function text<K extends UiKey>(key: K, ...params: ParamArgs<K>): string {
  const catalog = UI_CATALOGS[current] ?? enUi;
  const message = catalog[key] ?? enUi[key];
  return formatMessage(current, message, (params[0] ?? {}) as Readonly<Record<string, string | number>>);
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
  const catalog = UI_CATALOGS[current] ?? enUi;
  return formatMessage(current, catalog[key] ?? enUi[key], params);
}
