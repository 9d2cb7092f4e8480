import { LANGS, type Lang } from '../enums.js';
import { describe } from './assert.js';

/** The digits a number or date is written with: Arabic-Indic (`arab`, ٠١٢٣) or Latin (`latn`, 0123). */
export type Digits = 'arab' | 'latn';

/** Throws a `TypeError` naming the function unless `lang` is `'ar'` or `'en'`. */
export function assertLang(fn: string, lang: unknown): asserts lang is Lang {
  if (!LANGS.includes(lang as Lang)) throw new TypeError(`${fn}: lang must be 'ar' or 'en', got ${describe(lang)}`);
}

/**
 * The BCP 47 tag Intl formats a language with. Plain `ar` gives Latin digits in Intl, so the
 * numbering system is always spelled out; the Gregorian calendar too (the article's dates);
 * English is British English, as the package's own strings are.
 */
export function localeTag(fn: string, lang: unknown, digits: unknown): string {
  assertLang(fn, lang);
  const nu = digits ?? (lang === 'ar' ? 'arab' : 'latn');
  if (nu !== 'arab' && nu !== 'latn') throw new TypeError(`${fn}: options.digits must be 'arab' or 'latn', got ${describe(digits)}`);
  // The package's English is British: dates read 11 July 2025, as in its records.
  return `${lang === 'en' ? 'en-GB' : lang}-u-ca-gregory-nu-${nu}`;
}
