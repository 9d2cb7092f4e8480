import { assertLang } from '../_lib/localeTag.js';
import type { Lang } from '../enums.js';

/**
 * The writing direction of a language, for `<html dir>` or a `dir` attribute.
 *
 * @param lang `'ar'` or `'en'`.
 * @returns `'rtl'` for Arabic, `'ltr'` for English.
 * @throws {TypeError} If `lang` is not `'ar'` or `'en'`.
 * @example
 * dir('ar') //=> 'rtl'
 * dir('en') //=> 'ltr'
 */
export function dir(lang: Lang): 'rtl' | 'ltr' {
  assertLang('dir', lang);
  return lang === 'ar' ? 'rtl' : 'ltr';
}
