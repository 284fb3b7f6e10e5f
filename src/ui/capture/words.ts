/**
 * The sentences of the capture page, in English, in the same shape as the page catalog (whole sentences,
 * named parameters, plural messages), so that they can move into it as they are. A plural message picks
 * its form by the raw number `n`; the number it shows comes in already written for the page's language.
 */
import { capture } from '../../i18n/en/capture.ts';
import { formatMessage } from '../../i18n/index.ts';
import { uiLanguage } from '../text.ts';

export const captureWords = capture;

export type CaptureKey = keyof typeof captureWords;

export function say(key: CaptureKey, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(uiLanguage(), captureWords[key], params);
}

/** A count as the page's language writes it: `53,332`. */
export function count(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** A size as people read it: `812 bytes`, `4.9 KB`, `50.9 MB` (powers of 1000, as file managers show). */
export function size(bytes: number): string {
  let value = Math.max(bytes, 0);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(uiLanguage(), {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
  return `${number.format(value)} ${UNITS[unit]}`;
}
