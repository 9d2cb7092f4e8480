import { type KnowledgeBase, knowledgeBaseOf } from '../kb.js';
import { createIndex } from '../kbIndex.js';
import { type KnowledgeBaseData, KnowledgeBaseDataSchema } from './knowledgeBase.js';

/**
 * Makes a knowledge base of your own data, of the same shape as the bundled one. The data
 * is validated first: a `ZodError` names the path of every problem, duplicate ids and
 * references to records that do not exist among them. Your objects are not changed: the
 * knowledge base keeps a deep-frozen copy. This is the one helper that needs zod, so it
 * lives in `open-weight-kb/schema`.
 *
 * @param data - `{ entities, events, quotes, glossary }`, each an array of records.
 * @returns The records and every query helper over them.
 * @throws ZodError when the data is invalid.
 * @example
 * import { createKnowledgeBase } from 'open-weight-kb/schema';
 * const kb = createKnowledgeBase({ entities: [myEntity], events: [], quotes: [], glossary: [] });
 * kb.getEntity(myEntity.id)?.name.en //=> myEntity.name.en
 */
export function createKnowledgeBase(data: KnowledgeBaseData): KnowledgeBase {
  return knowledgeBaseOf(createIndex(KnowledgeBaseDataSchema.parse(data)));
}
