import { articleRecord } from '../data/article.js';
import { bundledData } from '../data/bundled.js';
import type { Frozen } from '../_lib/deepFreeze.js';
import { LANGS, type Lang } from '../enums.js';
import type { Localized } from '../schema/common.js';
import type { Entity, EntityKind, RelationType } from '../schema/entity.js';
import type { EventDate, EventStatus, KbEvent } from '../schema/event.js';
import type { Quote } from '../schema/quote.js';
import type { Term } from '../schema/term.js';

/** The article as `toJsonLd` describes it: the fields of the article record it reads. */
export interface JsonLdArticle {
  readonly title: Frozen<Localized>;
  /** The language the article is written in. */
  readonly language: Lang;
  /** The language it was translated from, if it is a translation. */
  readonly translatedFrom?: Lang | undefined;
  readonly published?: Frozen<EventDate> | undefined;
}

/** The records `toJsonLd` describes. */
export interface JsonLdData {
  readonly entities: readonly Frozen<Entity>[];
  readonly events: readonly Frozen<KbEvent>[];
  readonly quotes: readonly Frozen<Quote>[];
  readonly glossary: readonly Frozen<Term>[];
  readonly article?: JsonLdArticle | undefined;
}

/** Options of `toJsonLd`. */
export interface ToJsonLdOptions {
  /**
   * The address the document will be published at. Node ids are relative (`#sam-altman`), so
   * they resolve against it; given here, it is written into the context as `@base`.
   */
  base?: string;
}

/** A language-tagged string of JSON-LD. */
export interface LangString {
  readonly '@value': string;
  readonly '@language': Lang;
}

/** A node of the JSON-LD graph (schema.org terms). */
export type JsonLdNode = { readonly '@id': string; readonly '@type': string | readonly string[] } & { readonly [property: string]: unknown };

/** A schema.org JSON-LD document: a context and a graph of nodes. */
export interface JsonLdDocument {
  readonly '@context': string | readonly unknown[];
  readonly '@graph': readonly JsonLdNode[];
}

const TYPE: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organization',
  // schema.org has no type for an informal group of people (developers, early testers).
  group: 'Organization',
  model: 'SoftwareApplication',
  product: 'SoftwareApplication',
  platform: 'WebSite',
};

// The relations schema.org can say; rival-of, hires-from, successor-of and posted-on it cannot.
const RELATION: Partial<Record<RelationType, string>> = {
  'developed-by': 'creator',
  'ceo-of': 'worksFor',
  leads: 'worksFor',
  'member-of': 'memberOf',
};

const EVENT_STATUS: Partial<Record<EventStatus, string>> = {
  planned: 'EventScheduled',
  postponed: 'EventPostponed',
};

const AGENTS: ReadonlySet<EntityKind> = new Set(['person', 'organization', 'group']);

// Ids are unique within a kind only (an event and a quotation may share one): the kind is in the node id.
const idOf = (kind: 'entity' | 'event' | 'quote' | 'term', id: string) => `#${kind}/${id}`;
const ref = (id: string) => ({ '@id': idOf('entity', id) });
const tagged = (text: Frozen<Localized>): LangString[] => LANGS.map((lang) => ({ '@value': text[lang], '@language': lang }));
const taggedList = (lists: Frozen<Record<Lang, readonly string[]>>): LangString[] =>
  LANGS.flatMap((lang) => lists[lang].map((value) => ({ '@value': value, '@language': lang })));
const dateOf = (date: Frozen<EventDate>) => (date.precision === 'undated' ? undefined : date.value);
/** Drops the properties whose value is undefined or an empty list. */
const node = (fields: Record<string, unknown>): JsonLdNode =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as JsonLdNode;

/**
 * The knowledge base as schema.org JSON-LD: a `Person`, `Organization`, `SoftwareApplication`
 * or `WebSite` per entity (with `sameAs` for its Wikidata item), an `Event` per event
 * (`startDate` at the precision known, people and organizations as `contributor`, models and
 * products as `about`), a `Quotation` per quotation (`creator`, `dateCreated`, `isBasedOn`
 * the article), and the glossary as a `DefinedTermSet` of `DefinedTerm`s. Every text is given
 * in both languages as language-tagged values.
 *
 * @param data The records. Default: the bundled knowledge base.
 * @param options `base`: the address the document is published at.
 * @returns A JSON-LD document (a plain object; `JSON.stringify` it to publish).
 * @example
 * toJsonLd()['@graph'].find((n) => n['@id'] === '#entity/sam-altman')?.['@type'] //=> 'Person'
 */
export function toJsonLd(data: JsonLdData = { ...bundledData, article: articleRecord } as JsonLdData, options?: ToJsonLdOptions): JsonLdDocument {
  const kinds = new Map(data.entities.map((entity) => [entity.id, entity.kind]));
  const graph: JsonLdNode[] = [];
  const article = data.article;
  graph.push(
    node({
      '@id': '#article',
      '@type': 'NewsArticle',
      headline: article && { '@value': article.title[article.language], '@language': article.language },
      inLanguage: article?.language,
      datePublished: article?.published && dateOf(article.published),
      // The Arabic is a machine translation of an English article whose address is not known.
      translationOfWork: article?.translatedFrom && { '@type': 'NewsArticle', inLanguage: article.translatedFrom, headline: { '@value': article.title[article.translatedFrom], '@language': article.translatedFrom } },
      mentions: data.entities.map((entity) => ref(entity.id)),
    }),
  );
  for (const entity of data.entities) {
    const relations: Record<string, { '@id': string }[]> = {};
    for (const relation of entity.relations) {
      const property = RELATION[relation.type];
      if (property) (relations[property] ??= []).push(ref(relation.target));
    }
    graph.push(
      node({
        '@id': idOf('entity', entity.id),
        '@type': TYPE[entity.kind],
        identifier: entity.id,
        name: tagged(entity.name),
        alternateName: taggedList(entity.aliases),
        description: tagged(entity.description),
        sameAs: entity.sameAs,
        ...relations,
      }),
    );
  }
  for (const event of data.events) {
    const participants = event.participants.filter((id) => kinds.has(id));
    graph.push(
      node({
        '@id': idOf('event', event.id),
        '@type': 'Event',
        identifier: event.id,
        name: tagged(event.title),
        description: tagged(event.summary),
        startDate: dateOf(event.date),
        eventStatus: EVENT_STATUS[event.status] && { '@id': `schema:${EVENT_STATUS[event.status]}` },
        contributor: participants.filter((id) => AGENTS.has(kinds.get(id)!)).map(ref),
        about: participants.filter((id) => !AGENTS.has(kinds.get(id)!)).map(ref),
        subjectOf: { '@id': '#article' },
      }),
    );
  }
  for (const quote of data.quotes) {
    graph.push(
      node({
        '@id': idOf('quote', quote.id),
        '@type': 'Quotation',
        identifier: quote.id,
        text: tagged(quote.text),
        description: tagged(quote.context),
        creator: ref(quote.speaker),
        dateCreated: dateOf(quote.date),
        inLanguage: quote.original.lang,
        url: quote.url,
        isBasedOn: { '@id': '#article' },
      }),
    );
  }
  graph.push(
    node({
      '@id': '#glossary',
      '@type': 'DefinedTermSet',
      name: [
        { '@value': 'مسرد المقال', '@language': 'ar' },
        { '@value': 'Glossary of the article', '@language': 'en' },
      ],
      isBasedOn: { '@id': '#article' },
      hasDefinedTerm: data.glossary.map((term) => ({ '@id': idOf('term', term.id) })),
    }),
  );
  for (const term of data.glossary) {
    graph.push(
      node({
        '@id': idOf('term', term.id),
        '@type': 'DefinedTerm',
        termCode: term.id,
        name: LANGS.map((lang) => ({ '@value': term.forms[lang].preferred, '@language': lang })),
        alternateName: LANGS.flatMap((lang) => term.forms[lang].admitted.map((value) => ({ '@value': value, '@language': lang }))),
        description: tagged(term.definition),
        inDefinedTermSet: { '@id': '#glossary' },
      }),
    );
  }
  return { '@context': options?.base ? ['https://schema.org', { '@base': options.base }] : 'https://schema.org', '@graph': graph };
}
