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
 * numbering system is always spelled out; the Gregorian calendar too (the article's dates).
 */
export function localeTag(fn: string, lang: unknown, digits: unknown): string {
  assertLang(fn, lang);
  const nu = digits ?? (lang === 'ar' ? 'arab' : 'latn');
  if (nu !== 'arab' && nu !== 'latn') throw new TypeError(`${fn}: options.digits must be 'arab' or 'latn', got ${describe(digits)}`);
  return `${lang}-u-ca-gregory-nu-${nu}`;
}
