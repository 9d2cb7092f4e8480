import { assertOptions, describe } from '../_lib/assert.js';
import { type Digits, localeTag } from '../_lib/localeTag.js';
import type { Lang } from '../enums.js';

/** Options of `formatNumber`: any `Intl.NumberFormat` option, and the digits. */
export interface FormatNumberOptions extends Omit<Intl.NumberFormatOptions, 'numberingSystem'> {
  /** `'arab'` (٠١٢٣) or `'latn'` (0123). Default: Arabic-Indic in Arabic, Latin in English. */
  digits?: Digits;
}

/**
 * Writes a number for readers of a language: Arabic-Indic digits and Arabic separators in
 * Arabic (Latin digits when asked), Latin digits in English.
 *
 * @param value A finite number or a bigint.
 * @param lang `'ar'` or `'en'`.
 * @param options `digits` and any `Intl.NumberFormat` option. @see FormatNumberOptions
 * @returns The formatted number.
 * @throws {TypeError} If `value` is not a finite number or bigint, or `lang` is not `'ar'`/`'en'`.
 * @example
 * formatNumber(1234.5, 'ar') //=> '١٬٢٣٤٫٥'
 * formatNumber(1234.5, 'ar', { digits: 'latn' }) //=> '1,234.5'
 * formatNumber(1e12, 'en', { notation: 'compact' }) //=> '1tn'
 */
export function formatNumber(value: number | bigint, lang: Lang, options?: FormatNumberOptions): string {
  if (typeof value !== 'bigint' && (typeof value !== 'number' || !Number.isFinite(value)))
    throw new TypeError(`formatNumber: value must be a finite number or a bigint, got ${describe(value)}`);
  assertOptions('formatNumber', 'options', options);
  const { digits, ...intl } = (options ?? {}) as FormatNumberOptions;
  return new Intl.NumberFormat(localeTag('formatNumber', lang, digits), intl).format(value);
}
