/**
 * open-weight-kb: the entities, events, quotations and glossary of one July 2025 news
 * article on OpenAI delaying its first open-weight model, in Arabic and English.
 *
 * @packageDocumentation
 */
import { type Frozen, deepFreeze } from './_lib/deepFreeze.js';
import { createIndex } from './kbIndex.js';
import { lazy } from './_lib/lazy.js';
import { bundledData } from './data/bundled.js';
import { entityRecords } from './data/entities.js';
import { eventRecords } from './data/events.js';
import { termRecords } from './data/glossary.js';
import { quoteRecords } from './data/quotes.js';
import { knowledgeBaseOf } from './kb.js';
import type { SearchOptions } from './query/search.js';
import type { TimelineFilter } from './query/timeline.js';
import type { Lang } from './schema/common.js';
import type { Entity } from './schema/entity.js';
import type { KbEvent } from './schema/event.js';
import type { Quote } from './schema/quote.js';
import type { Term } from './schema/term.js';

// Nothing is built on import, and an app that imports only a string function or a schema
// bundles none of the records: the knowledge base is made on the first query.
const kb = /*@__PURE__*/ lazy(() => knowledgeBaseOf(createIndex(bundledData)));

/**
 * Every person, organization, model, product, platform and group of the article (deep-frozen).
 * @example
 * entities.find((e) => e.id === 'kimi-k2')?.kind //=> 'model'
 */
export const entities: readonly Frozen<Entity>[] = /*@__PURE__*/ deepFreeze(entityRecords);
/**
 * Every event of the article, dated or not, in data order (deep-frozen); `timeline()` sorts them.
 * @example
 * events.some((e) => e.status === 'postponed') //=> true
 */
export const events: readonly Frozen<KbEvent>[] = /*@__PURE__*/ deepFreeze(eventRecords);
/**
 * Every quotation of the article (deep-frozen).
 * @example
 * quotes.filter((q) => q.truncated).length > 0 //=> true
 */
export const quotes: readonly Frozen<Quote>[] = /*@__PURE__*/ deepFreeze(quoteRecords);
/**
 * The glossary: the article's vocabulary with correct Arabic and English (deep-frozen).
 * @example
 * glossary.filter((t) => t.mistranslated).map((t) => t.id).includes('open-sourcing') //=> true
 */
export const glossary: readonly Frozen<Term>[] = /*@__PURE__*/ deepFreeze(termRecords);
/**
 * An entity by id, or `undefined`. @see KnowledgeBase.getEntity
 * @example
 * getEntity('sam-altman')?.name.ar //=> 'سام ألتمان'
 */
export const getEntity = (id: string) => kb().getEntity(id);
/**
 * An event by id, or `undefined`. @see KnowledgeBase.getEvent
 * @example
 * getEvent('kimi-k2-release')?.date //=> { precision: 'day', value: '2025-07-11', … }
 */
export const getEvent = (id: string) => kb().getEvent(id);
/**
 * A quotation by id, or `undefined`. @see KnowledgeBase.getQuote
 * @example
 * getQuote('altman-delay-post')?.truncated //=> true
 */
export const getQuote = (id: string) => kb().getQuote(id);
/**
 * A glossary term by id, or `undefined`. @see KnowledgeBase.getTerm
 * @example
 * getTerm('open-sourcing')?.forms.ar.deprecated.includes('التعهيد المفتوح') //=> true
 */
export const getTerm = (id: string) => kb().getTerm(id);
/**
 * Finds records as a reader types them, in either script. @see KnowledgeBase.search
 * @example
 * search('زوكربيرغ')[0]?.id //=> 'mark-zuckerberg'
 */
export const search = (query: string, options?: SearchOptions) => kb().search(query, options);
/**
 * The preferred form, in the other language, of the term or entity a text names. @see KnowledgeBase.translate
 * @example
 * translate('حرب المواهب') //=> 'talent war'
 */
export const translate = (text: string, to?: Lang) => kb().translate(text, to);
/**
 * Events by date, filtered. @see KnowledgeBase.timeline
 * @example
 * timeline({ status: 'speculative' }).every((e) => e.status === 'speculative') //=> true
 */
export const timeline = (filter?: TimelineFilter) => kb().timeline(filter);
/**
 * The quotations of one speaker. @see KnowledgeBase.quotesBy
 * @example
 * quotesBy('sam-altman').length > 0 //=> true
 */
export const quotesBy = (entityId: string) => kb().quotesBy(entityId);
/**
 * The events, quotations and terms that refer to an entity. @see KnowledgeBase.mentionsOf
 * @example
 * mentionsOf('kimi-k2').map((m) => m.kind).includes('event') //=> true
 */
export const mentionsOf = (entityId: string) => kb().mentionsOf(entityId);
/**
 * The entities linked to an entity, both directions. @see KnowledgeBase.related
 * @example
 * related('kimi-k2').find((r) => r.relation === 'developed-by')?.id //=> 'moonshot-ai'
 */
export const related = (entityId: string) => kb().related(entityId);

export { createKnowledgeBase, type KnowledgeBase } from './kb.js';
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './search/findCandidates.js';
export type { Frozen } from './_lib/deepFreeze.js';
export type { RecordKind } from './_lib/records.js';
export type { SearchHit, SearchOptions } from './query/search.js';
export type { TimelineFilter } from './query/timeline.js';
export type { Mention } from './query/mentionsOf.js';
export type { RelatedEntity } from './query/related.js';

export * from './schema/common.js';
export * from './schema/source.js';
export * from './schema/entity.js';
export * from './schema/event.js';
export * from './schema/quote.js';
export * from './schema/term.js';
export * from './schema/knowledgeBase.js';

export { normalizeArabic, type NormalizeArabicOptions } from './text/normalizeArabic.js';
export { toSearchKey } from './text/toSearchKey.js';
export { tokenize } from './text/tokenize.js';
export { lightStem } from './text/lightStem.js';
export { detectScript } from './text/detectScript.js';

export { resources, NAMESPACES } from './i18n/resources.js';

// --- i18n ---
export * from './format/index.js';
