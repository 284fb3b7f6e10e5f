/**
 * The sentences of the capture page, in the page's language (English when a key is missing), in the same
 * shape as the page catalog: whole sentences, named parameters, plural messages. A plural message picks
 * its form by the raw number `n`; the number it shows comes in already written for the page's language.
 */
import { capture } from '../../i18n/en/capture.ts';
import { captureCatalog, formatMessage } from '../../i18n/index.ts';
import { uiLanguage } from '../text.ts';

export const captureWords = capture;

export type CaptureKey = keyof typeof captureWords;

export function say(key: CaptureKey, params: Readonly<Record<string, string | number>> = {}): string {
  const lang = uiLanguage();
  return formatMessage(lang, captureCatalog(lang)[key] ?? captureWords[key], params);
}

/** A count as the page's language writes it: `53,332`. */
export function count(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;
/** The same units as `Intl` names them, so that other languages get their own words for them. */
const INTL_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size as people read it: `812 bytes`, `4.9 KB`, `50.9 MB` (powers of 1000, as file managers show). */
export function size(bytes: number): string {
  let value = Math.max(bytes, 0);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const lang = uiLanguage();
  const digitOptions = { maximumFractionDigits: digits, minimumFractionDigits: digits };
  if (lang !== 'en') {
    return new Intl.NumberFormat(lang, {
      ...digitOptions,
      style: 'unit',
      unit: INTL_UNITS[unit],
      unitDisplay: unit === 0 ? 'long' : 'short',
    }).format(value);
  }
  return `${new Intl.NumberFormat(lang, digitOptions).format(value)} ${UNITS[unit]}`;
}
