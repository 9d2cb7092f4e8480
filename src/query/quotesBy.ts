import { assertString } from '../_lib/assert.js';
import type { FrozenData, RecordOf } from '../_lib/records.js';

/** The quotations of one speaker; see `KnowledgeBase.quotesBy`. */
export function quotesBy(index: { readonly data: Pick<FrozenData, 'quotes'> }, entityId: unknown): readonly RecordOf['quote'][] {
  assertString('quotesBy', 'entityId', entityId);
  return Object.freeze(index.data.quotes.filter((quote) => quote.speaker === entityId));
}
