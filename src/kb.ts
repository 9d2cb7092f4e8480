import type { Frozen } from './_lib/deepFreeze.js';
import type { FrozenData } from './_lib/records.js';
import type { KbIndex, Searchable } from './kbIndex.js';
import { getRecord } from './query/getRecord.js';
import { type Mention, mentionsOf } from './query/mentionsOf.js';
import { quotesBy } from './query/quotesBy.js';
import { type RelatedEntity, related } from './query/related.js';
import { type SearchHit, type SearchOptions, search } from './query/search.js';
import { type TimelineFilter, timeline } from './query/timeline.js';
import { translate } from './query/translate.js';
import { type LookupOptions, type LookupResult, lookup } from './query/lookup.js';
import { type CheckTermsOptions, type TermFinding, checkTerms } from './check/checkTerms.js';
import type { Lang } from './enums.js';
import type { Entity } from './schema/entity.js';
import type { KbEvent } from './schema/event.js';
import type { Quote } from './schema/quote.js';
import type { Term } from './schema/term.js';
import { type SavedSearchIndex, saveSearchIndex } from './search/serializeSearchIndex.js';
import { prepareSearch } from './search/findCandidates.js';

/**
 * A knowledge base: deep-frozen records and the helpers that query them. Every index is
 * built once, on first use. The examples use the bundled article.
 */
export interface KnowledgeBase extends FrozenData {
  /**
   * An entity by id, or `undefined` when there is none (also for `'__proto__'`).
   * @throws TypeError when `id` is not a string.
   * @example
   * getEntity('sam-altman')?.name //=> { ar: 'سام ألتمان', en: 'Sam Altman' }
   */
  getEntity(id: string): Frozen<Entity> | undefined;
  /**
   * An event by id, or `undefined`.
   * @throws TypeError when `id` is not a string.
   * @example
   * getEvent('kimi-k2-release')?.date.precision //=> 'day'
   */
  getEvent(id: string): Frozen<KbEvent> | undefined;
  /**
   * A quotation by id, or `undefined`.
   * @throws TypeError when `id` is not a string.
   * @example
   * getQuote('altman-delay-post')?.speaker //=> 'sam-altman'
   */
  getQuote(id: string): Frozen<Quote> | undefined;
  /**
   * A glossary term by id, or `undefined`.
   * @throws TypeError when `id` is not a string.
   * @example
   * getTerm('talent-war')?.forms.en.preferred //=> 'talent war'
   */
  getTerm(id: string): Frozen<Term> | undefined;
  /**
   * Finds records as a reader types them, in either script: any spelling, with or without
   * diacritics, with a prefix such as و ب ال or لل, with a typo, or in the other script.
   * Best first: an exact name, then a normalized name, a stemmed name, whole words, word
   * prefixes, typos, words of descriptions, and last a cross-script sound-alike; a query
   * of several words ranks by how many of its words a record covers first. Ties go
   * entity, term, event, quote, then data order. A blank query gives `[]`; only the first
   * 256 characters and 12 words of a query are read. The result is frozen.
   * @throws TypeError when `query` is not a string or an option has the wrong type.
   * @example
   * search('وحرب المواهب')[0]?.id //=> 'talent-war'
   * search('altman', { kinds: ['entity'] })[0]?.label.ar //=> 'سام ألتمان'
   */
  search(query: string, options?: SearchOptions): readonly SearchHit[];
  /**
   * The preferred form, in the other language (or in `to`), of the term or entity that
   * `text` names as a whole (the `translation` of `lookup`); `undefined` when it names
   * none: part of a name is not a name. A deprecated or mistranslated form gives the
   * preferred one, so `to` the same language corrects it. Names in mixed script work.
   * @throws TypeError when `text` is not a string or `to` is not `'ar'` or `'en'`.
   * @example
   * translate('open-weight model') //=> 'نموذج مفتوح الأوزان'
   * translate('بالذكاء الاصطناعى') //=> 'artificial intelligence'
   * translate('التعهيد المفتوح', 'ar') //=> 'إتاحة مصدر النماذج'
   * translate('talent') //=> undefined
   */
  translate(text: string, to?: Lang): string | undefined;
  /**
   * What a text names among the glossary terms and entities, for a translator: the record,
   * the form that matched and its status (preferred, admitted, deprecated, the article's
   * mistranslation; an entity's name, alias or handle), how it matched (exact, normalized,
   * stemmed, one typo), the preferred form in `to` (default: the other language), the
   * preferred form in the same language when the form is deprecated or the article's, and
   * the term's note. Only a whole name matches, with the search folds, prefixes such as
   * و ب ال لل, plural endings and at most one misspelt word; part of a name never does, so
   * `talent` or `الذكاء` give `undefined`. Either script is read, mixed ones too; on a tie
   * the better status wins, then a term over an entity, then the language of the script.
   * @throws TypeError when `text` is not a string or an option is not `'ar'` or `'en'`.
   * @example
   * lookup('التعهيد المفتوح')
   * //=> { kind: 'term', id: 'open-sourcing', from: 'ar', to: 'en', match: 'exact',
   * //     matched: { form: 'التعهيد المفتوح', status: 'deprecated' }, translation: 'open-sourcing',
   * //     preferred: 'إتاحة مصدر النماذج', note: { ar: …, en: … }, record: { … } }
   * lookup('Zuckerbreg')?.match //=> 'typo'
   * lookup('talent') //=> undefined
   */
  lookup(text: string, options?: LookupOptions): LookupResult | undefined;
  /**
   * Finds, in a text of language `lang`, every deprecated form of a glossary term and every
   * form that only the article uses for a term it mistranslated, however it is spelt (case,
   * hyphens, plurals, diacritics, tatweel, letter forms, hamza seats, prefixes و ف ب ل ك ال
   * لل, the accusative alif), with its UTF-16 offsets in `text` and the preferred form to
   * use. English the article left in its Arabic (chatbots, DeepFakes, AI) is reported in an
   * Arabic text, with the Arabic preferred form, and never in an English one. A form inside
   * a longer preferred or admitted form, of any term, is not reported; an article form that
   * only inflects a good one (جدولًا زمنيًا) is never reported. Findings are in text order;
   * overlapping forms give the leftmost, then the longest.
   * @throws TypeError when `text` is not a string, `lang` is not `'ar'` or `'en'`, or an option has the wrong type.
   * @example
   * checkTerms('يجب فتح المصدر وليس بالتعهيد المفتوح', 'ar')
   * //=> [{ start: 20, end: 36, text: 'بالتعهيد المفتوح', termId: 'open-sourcing', lang: 'ar',
   * //      form: 'التعهيد المفتوح', status: 'deprecated', preferred: 'إتاحة مصدر النماذج', note: { … } }]
   */
  checkTerms(text: string, lang: Lang, options?: CheckTermsOptions): readonly TermFinding[];
  /**
   * Events by date: dated ones in order, undated ones after, speculation last, data order
   * on a tie. `from` and `to` (ISO dates at any precision) keep events with any of their
   * dates in range and drop undated ones; `involving` keeps events an entity takes part
   * in; `status` keeps one status or several.
   * @throws TypeError when a filter value has the wrong type or is not an ISO date.
   * @example
   * timeline({ from: '2025-07-12', to: '2025-07-12' }).some((e) => e.id === 'altman-delay-announcement')
   * //=> true (11 July in California is 12 July in UTC)
   */
  timeline(filter?: TimelineFilter): readonly Frozen<KbEvent>[];
  /**
   * The quotations of one speaker (an entity id), in data order; `[]` for an unknown id.
   * @throws TypeError when `entityId` is not a string.
   * @example
   * quotesBy('yuchen-jin').map((q) => q.id) //=> ['yuchen-jin-rumour-post']
   */
  quotesBy(entityId: string): readonly Frozen<Quote>[];
  /**
   * The events (as a participant), quotations (as the speaker) and terms (as a related
   * entity) that refer to an entity; `[]` for an unknown id.
   * @throws TypeError when `entityId` is not a string.
   * @example
   * mentionsOf('moonshot-ai').some((m) => m.id === 'kimi-k2-release') //=> true
   */
  mentionsOf(entityId: string): readonly Mention[];
  /**
   * The entities linked to one entity, with the relation's name, both directions; `[]`
   * for an unknown id.
   * @throws TypeError when `entityId` is not a string.
   * @example
   * related('openai').find((r) => r.id === 'sam-altman')
   * //=> { relation: 'ceo-of', direction: 'in', id: 'sam-altman', entity: { … } }
   */
  related(entityId: string): readonly RelatedEntity[];
  /**
   * Builds the search index now rather than at the first search, e.g. while the page is
   * idle, so the first keystroke does not wait for it. Calling it again does nothing.
   * @example
   * const kb = createKnowledgeBase(data);
   * requestIdleCallback(() => kb.prepare());
   */
  prepare(): void;
  /**
   * The search index, saved to load later with `createKnowledgeBase(data, { index })`
   * instead of building it: plain data and typed arrays, for `structuredClone`,
   * `v8.serialize`, IndexedDB or a build step. Builds the index if it is not built yet.
   * @example
   * const saved = createKnowledgeBase(data).exportIndex();
   * createKnowledgeBase(data, { index: saved }).search('altman')[0]?.id //=> 'sam-altman'
   */
  exportIndex(): SavedSearchIndex;
}

/** Options of `createKnowledgeBase`. */
export interface CreateKnowledgeBaseOptions {
  /**
   * A search index saved by `exportIndex()` from the same records: loaded instead of built.
   * It is checked (format, version, the records' ids, every offset) and refused with a
   * `TypeError` if it does not fit.
   */
  index?: SavedSearchIndex;
}

/** Binds the query helpers to one index and its search index. */
export function knowledgeBaseOf(index: KbIndex & Searchable): KnowledgeBase {
  return Object.freeze({
    ...index.data,
    getEntity: (id: string) => getRecord(index.byId.entity, 'getEntity', id),
    getEvent: (id: string) => getRecord(index.byId.event, 'getEvent', id),
    getQuote: (id: string) => getRecord(index.byId.quote, 'getQuote', id),
    getTerm: (id: string) => getRecord(index.byId.term, 'getTerm', id),
    search: (query: string, options?: SearchOptions) => search(index, query, options),
    translate: (text: string, to?: Lang) => translate(index, text, to),
    lookup: (text: string, options?: LookupOptions) => lookup(index, text, options),
    checkTerms: (text: string, lang: Lang, options?: CheckTermsOptions) => checkTerms(index, text, lang, options),
    timeline: (filter?: TimelineFilter) => timeline(index, filter),
    quotesBy: (entityId: string) => quotesBy(index, entityId),
    mentionsOf: (entityId: string) => mentionsOf(index, entityId),
    related: (entityId: string) => related(index, entityId),
    prepare: () => prepareSearch(index.search()),
    exportIndex: () => saveSearchIndex(index.search()),
  });
}
