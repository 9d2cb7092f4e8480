import { assertString } from '../_lib/assert.js';
import type { RecordOf } from '../_lib/records.js';
import type { KbIndex } from '../kbIndex.js';

/** The quotations of one speaker; see `KnowledgeBase.quotesBy`. */
export function quotesBy(index: KbIndex, entityId: unknown): readonly RecordOf['quote'][] {
  assertString('quotesBy', 'entityId', entityId);
  return Object.freeze(index.data.quotes.filter((quote) => quote.speaker === entityId));
}
