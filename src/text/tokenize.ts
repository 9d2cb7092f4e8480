import type { NormalizeArabicOptions } from './normalizeArabic.js';
import { toSearchKey } from './toSearchKey.js';
import { assertString } from '../_lib/assert.js';

/**
 * Splits text into match-key words.
 *
 * @param text - Any string, in either script.
 * @param options - `loose: true` also folds ؤ → و and ئ → ي.
 * @returns The words of {@link toSearchKey}, in order; `[]` for blank input.
 * @throws {TypeError} When the argument is not a string.
 * @example
 * tokenize('سام ألتمان، Open-Weight!') //=> ['سام', 'التمان', 'open', 'weight']
 */
export function tokenize(text: string, options?: NormalizeArabicOptions): string[] {
  assertString('tokenize', 'text', text);
  const key = toSearchKey(text, options);
  // ''.split(' ') would give [''], a phantom empty word.
  return key === '' ? [] : key.split(' ');
}
