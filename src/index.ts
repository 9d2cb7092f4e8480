/**
 * open-weight-kb: the entities, events, quotations and glossary of one July 2025 news
 * article on OpenAI delaying its first major open-weight model, in Arabic and English.
 *
 * Plain frozen data and the helpers that query it: nothing on this path loads zod (the
 * schemas and `createKnowledgeBase` are in `open-weight-kb/schema`) or i18next.
 *
 * @packageDocumentation
 */
import { type Frozen, deepFreeze } from './_lib/deepFreeze.js';
import { lazy } from './_lib/lazy.js';
import { type CheckTermsOptions, checkTerms as checkTermsIn } from './check/checkTerms.js';
import { articleRecord } from './data/article.js';
import { bundledSearchIndex } from './data/bundledSearchIndex.js';
import { entityRecords } from './data/entities.js';
import { eventRecords } from './data/events.js';
import { termRecords } from './data/glossary.js';
import { quoteRecords } from './data/quotes.js';
import type { Lang } from './enums.js';
import { type Searchable, createIndex } from './kbIndex.js';
import { paragraphOf } from './query/getParagraph.js';
import { getRecord } from './query/getRecord.js';
import { type LookupOptions, lookup as lookupIn } from './query/lookup.js';
import { mentionsOf as mentionsIn } from './query/mentionsOf.js';
import { quotesBy as quotesIn } from './query/quotesBy.js';
import { related as relatedIn } from './query/related.js';
import { type SearchOptions, search as searchIn } from './query/search.js';
import { type TimelineFilter, timeline as timelineIn } from './query/timeline.js';
import { translate as translateIn } from './query/translate.js';
import type { Article } from './schema/article.js';
import type { Entity } from './schema/entity.js';
import type { KbEvent } from './schema/event.js';
import type { Quote } from './schema/quote.js';
import type { Term } from './schema/term.js';
import { prepareSearch } from './search/findCandidates.js';

// Nothing is built on import. Each helper reaches only what it reads, so a bundler keeps
// no more: `getEntity` the entities and their id map, `timeline` the events; `translate` and
// `mentionsOf` every record; `search` also the search engine and the records' search index,
// packed when the package is built and unpacked at the first query.

/** Ids to records of one collection, built on the first lookup. */
const idMap = <T extends { readonly id: string }>(list: readonly T[]) =>
  lazy((): ReadonlyMap<string, T> => new Map(list.map((record) => [record.id, record])));

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
const entityById = /*@__PURE__*/ idMap(entities);
const eventById = /*@__PURE__*/ idMap(events);
const quoteById = /*@__PURE__*/ idMap(quotes);
const termById = /*@__PURE__*/ idMap(glossary);
// The same frozen objects as the exports above, and the same id maps: a search hit's record
// is `getEntity`'s record.
const kb = /*@__PURE__*/ lazy(() =>
  createIndex({ entities, events, quotes, glossary } as unknown as Parameters<typeof createIndex>[0], {
    entities: entityById(),
    events: eventById(),
    quotes: quoteById(),
    glossary: termById(),
  }),
);
// Apart from `kb`, so only `search` and `prepare` bring the search engine and its index.
const searchable = /*@__PURE__*/ lazy((): Searchable => {
  const { records } = kb();
  return { records, search: lazy(() => bundledSearchIndex(records)) };
});

/**
 * An entity by id, or `undefined` (also for `'__proto__'`). @see KnowledgeBase.getEntity
 * @throws TypeError when `id` is not a string.
 * @example
 * getEntity('sam-altman')?.name.ar //=> 'سام ألتمان'
 */
export const getEntity = (id: string): Frozen<Entity> | undefined => getRecord(entityById(), 'getEntity', id);
/**
 * An event by id, or `undefined`. @see KnowledgeBase.getEvent
 * @throws TypeError when `id` is not a string.
 * @example
 * getEvent('kimi-k2-release')?.date //=> { precision: 'day', value: '2025-07-11', … }
 */
export const getEvent = (id: string): Frozen<KbEvent> | undefined => getRecord(eventById(), 'getEvent', id);
/**
 * A quotation by id, or `undefined`. @see KnowledgeBase.getQuote
 * @throws TypeError when `id` is not a string.
 * @example
 * getQuote('altman-delay-post')?.truncated //=> true
 */
export const getQuote = (id: string): Frozen<Quote> | undefined => getRecord(quoteById(), 'getQuote', id);
/**
 * A glossary term by id, or `undefined`. @see KnowledgeBase.getTerm
 * @throws TypeError when `id` is not a string.
 * @example
 * getTerm('open-sourcing')?.forms.ar.deprecated.includes('التعهيد المفتوح') //=> true
 */
export const getTerm = (id: string): Frozen<Term> | undefined => getRecord(termById(), 'getTerm', id);
/**
 * Finds records as a reader types them, in either script. The first call reads the search
 * index (packed with the package), the first with a typo also builds the typo index.
 * @see KnowledgeBase.search
 * @example
 * search('زوكربيرغ')[0]?.id //=> 'mark-zuckerberg'
 */
export const search = (query: string, options?: SearchOptions) => searchIn(searchable(), query, options);
/**
 * The preferred form, in the other language, of the term or entity a text names. @see KnowledgeBase.translate
 * @example
 * translate('حرب المواهب') //=> 'talent war'
 */
export const translate = (text: string, to?: Lang) => translateIn(kb(), text, to);
/**
 * Events by date, filtered. @see KnowledgeBase.timeline
 * @example
 * timeline({ status: 'speculative' }).every((e) => e.status === 'speculative') //=> true
 */
export const timeline = (filter?: TimelineFilter) => timelineIn({ data: { events } }, filter);
/**
 * The quotations of one speaker. @see KnowledgeBase.quotesBy
 * @example
 * quotesBy('sam-altman').length > 0 //=> true
 */
export const quotesBy = (entityId: string) => quotesIn({ data: { quotes } }, entityId);
/**
 * The events, quotations and terms that refer to an entity. @see KnowledgeBase.mentionsOf
 * @example
 * mentionsOf('kimi-k2').map((m) => m.kind).includes('event') //=> true
 */
export const mentionsOf = (entityId: string) => mentionsIn(kb(), entityId);
/**
 * The entities linked to an entity, both directions. @see KnowledgeBase.related
 * @example
 * related('kimi-k2').find((r) => r.relation === 'developed-by')?.id //=> 'moonshot-ai'
 */
export const related = (entityId: string) => relatedIn({ data: { entities }, byId: { entity: entityById() } }, entityId);

export type { KnowledgeBase } from './kb.js';
export { LANGS, EVENT_STATUSES, type Lang, type EventStatus } from './enums.js';
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './search/findCandidates.js';
export type { Frozen } from './_lib/deepFreeze.js';
export type { RecordKind } from './_lib/records.js';
export type { SearchHit, SearchOptions } from './query/search.js';
export type { TimelineFilter } from './query/timeline.js';
export type { Mention } from './query/mentionsOf.js';
export type { RelatedEntity } from './query/related.js';

// The record types (erased at run time; the schemas themselves are in `open-weight-kb/schema`).
export type { Localized, LocalizedList } from './schema/common.js';
export type { ArticleSource, ExternalSource, Source } from './schema/source.js';
export type { Entity, EntityKind, Relation, RelationType } from './schema/entity.js';
export type { DatePrecision, EventDate, KbEvent } from './schema/event.js';
export type { Quote, QuoteMedium } from './schema/quote.js';
export type { Domain, PartOfSpeech, Term, TermForms, TermStatus } from './schema/term.js';
export type { KnowledgeBaseData } from './schema/knowledgeBase.js';

export { normalizeArabic, type NormalizeArabicOptions } from './text/normalizeArabic.js';
export { toSearchKey } from './text/toSearchKey.js';
export { tokenize } from './text/tokenize.js';
export { lightStem } from './text/lightStem.js';
export { detectScript } from './text/detectScript.js';
/**
 * The source article: its English headline, that the Arabic is a machine translation, when it
 * was published, every paragraph with its role and verbatim text, and the translation's errors
 * (deep-frozen).
 * @example
 * article.title.en //=> 'OpenAI Hits Pause on Its Meta Killer'
 */
export const article: Frozen<Article> = /*@__PURE__*/ deepFreeze(articleRecord);
/**
 * One paragraph of the article by number (the 1-based line every `{ kind: 'article' }` source cites).
 * @example
 * getParagraph(17) //=> { paragraph: 17, role: 'heading', text: 'عامل التعريف' }
 */
export const getParagraph = (paragraph: number) => paragraphOf(article, paragraph);
export type { Article, ArticleParagraph, ParagraphRole, TranslationNote, TranslationNoteKind } from './schema/article.js';

/**
 * What a text names among the terms and entities: the form, its status, how it matched,
 * the translation, the preferred form and the note. @see KnowledgeBase.lookup
 * @example
 * lookup('نماذج gpt-oss')?.translation //=> 'gpt-oss'
 * lookup('الذكاء') //=> undefined (part of a name is not a name)
 */
export const lookup = (text: string, options?: LookupOptions) => lookupIn(kb(), text, options);
/**
 * The deprecated and mistranslated forms of glossary terms in a text, with offsets. @see KnowledgeBase.checkTerms
 * @example
 * checkTerms('سباق AI Arms', 'ar')[0]?.preferred //=> 'سباق التسلح في مجال الذكاء الاصطناعي'
 */
export const checkTerms = (text: string, lang: Lang, options?: CheckTermsOptions) => checkTermsIn(kb(), text, lang, options);
export type { FormStatus, LookupOptions, LookupResult, MatchKind } from './query/lookup.js';
export type { CheckTermsOptions, TermFinding } from './check/checkTerms.js';

/**
 * Readies the bundled knowledge base's search index now, the typo index too, so no search
 * waits for them (e.g. call it while the page is idle). Calling it again does nothing.
 *
 * @example
 * prepare();
 * search('altman')[0]?.id //=> 'sam-altman'
 */
export const prepare = (): void => prepareSearch(searchable().search());
export type { CreateKnowledgeBaseOptions } from './kb.js';
export { SEARCH_INDEX_VERSION, type SavedSearchIndex, type SavedPostings } from './search/serializeSearchIndex.js';
