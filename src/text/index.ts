/**
 * `open-weight-kb/text`: the string functions alone (Arabic and English normalization,
 * search keys, words, light stemming, script detection), with no records and no search engine.
 *
 * @packageDocumentation
 */
export { normalizeArabic, type NormalizeArabicOptions } from './normalizeArabic.js';
export { toSearchKey } from './toSearchKey.js';
export { tokenize } from './tokenize.js';
export { lightStem } from './lightStem.js';
export { detectScript } from './detectScript.js';
