import { assertOptions } from '../_lib/assert.js';
import { type CreateKnowledgeBaseOptions, type KnowledgeBase, knowledgeBaseOf } from '../kb.js';
import { lazy } from '../_lib/lazy.js';
import { createIndex } from '../kbIndex.js';
import { buildSearchIndex } from '../search/searchIndex.js';
import { loadSearchIndex } from '../search/serializeSearchIndex.js';
import type { KnowledgeBaseData } from './knowledgeBase.js';
import { parseFrozenKnowledgeBaseData } from './parseKnowledgeBaseData.js';

/**
 * Makes a knowledge base of your own data, of the same shape as the bundled one. The data
 * is validated first, in bounded time (`parseKnowledgeBaseData`): a `ZodError` names the
 * path of every problem, duplicate ids and references to records that do not exist among
 * them. Your objects are not changed: the knowledge base keeps a deep-frozen copy. This is
 * the one helper that needs zod, so it lives in `open-weight-kb/schema`.
 *
 * @param data - `{ entities, events, quotes, glossary }`, each an array of records.
 * @param options - `index`: a search index saved by `exportIndex()`, loaded instead of built.
 * @returns The records and every query helper over them.
 * @throws ZodError when the data is invalid; TypeError when a saved index does not fit it.
 * @example
 * import { createKnowledgeBase } from 'open-weight-kb/schema';
 * const kb = createKnowledgeBase({ entities: [myEntity], events: [], quotes: [], glossary: [] });
 * kb.getEntity(myEntity.id)?.name.en //=> myEntity.name.en
 */
export function createKnowledgeBase(data: KnowledgeBaseData, options?: CreateKnowledgeBaseOptions): KnowledgeBase {
  const given: unknown = options;
  assertOptions('createKnowledgeBase', 'options', given);
  const saved = options?.index;
  const { data: valid, byId } = parseFrozenKnowledgeBaseData(data);
  const index = createIndex(valid, byId);
  const { records } = index;
  if (saved === undefined) return knowledgeBaseOf({ ...index, search: lazy(() => buildSearchIndex(records)) });
  // A saved index is checked now, so a bad one fails here and not at the first search.
  const loaded = loadSearchIndex(saved, records, 'createKnowledgeBase');
  return knowledgeBaseOf({ ...index, search: () => loaded });
}
