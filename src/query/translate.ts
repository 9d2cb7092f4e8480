import { assertOneOf, assertString } from '../_lib/assert.js';
import type { KbIndex } from '../kbIndex.js';
import { LANGS } from '../enums.js';
import { lookup } from './lookup.js';

/**
 * Translates the term or entity a text names; see `KnowledgeBase.translate`.
 *
 * @example
 * translate(index, 'نماذج gpt-oss') //=> 'gpt-oss'
 */
export function translate(index: KbIndex, text: unknown, to?: unknown): string | undefined {
  assertString('translate', 'text', text);
  assertOneOf('translate', 'to', to, LANGS);
  // Only a whole name is a translation (E05): `lookup` never returns part of one.
  return lookup(index, text, to === undefined ? undefined : { to }, 'translate')?.translation;
}
