import type { EntityId, EntityStrings } from '../data/entities.js';
import type { EventId, EventStrings } from '../data/events.js';
import type { TermId, TermStrings } from '../data/glossary.js';
import type { QuoteId, QuoteStrings } from '../data/quotes.js';
import type { DefaultPrefix, Namespace } from './namespaces.js';

// Each namespace is typed by hand (`id → strings`), not as the JSON's inferred type: a JSON
// `[]` infers as `never[]`, and that alone sends i18next's key types into TS2589 (E07); and a
// JSON module's type cannot be written into the published declarations.
// `Plain` turns the strings interfaces into object types: i18next only walks into a value that
// extends `{ [key: string]: any }`, which an interface never does.
type Plain<T> = { [K in keyof T]: T[K] };
/** The interface strings (`locales/<lang>/ui.json`, English keys; Arabic adds the plural forms `_zero`, `_two`, `_few`, `_many`). */
export type UiStrings = {
  title: string;
  tagline: string;
  language: {
    label: string;
    ar: string;
    en: string;
  };
  sections: {
    label: string;
    search: string;
    entities: string;
    timeline: string;
    quotes: string;
    glossary: string;
  };
  search: {
    label: string;
    placeholder: string;
    hint: string;
    results: string;
    noResults: string;
  };
  entity_one: string;
  entity_other: string;
  event_one: string;
  event_other: string;
  quote_one: string;
  quote_other: string;
  term_one: string;
  term_other: string;
  result_one: string;
  result_other: string;
  source_one: string;
  source_other: string;
  paragraph: string;
  kind: {
    entity: string;
    event: string;
    quote: string;
    term: string;
  };
  entityKind: {
    person: string;
    organization: string;
    model: string;
    product: string;
    platform: string;
    group: string;
  };
  status: {
    occurred: string;
    ongoing: string;
    planned: string;
    postponed: string;
    rumoured: string;
    speculative: string;
  };
  undated: string;
  alsoWritten: string;
  quote: {
    source: string;
    excerpt: string;
    articleWords: string;
    original: string;
    originalAr: string;
    unverified: string;
    truncated: string;
    fullText: string;
    link: string;
  };
  term: {
    preferred: string;
    admitted: string;
    deprecated: string;
    article: string;
    mistranslated: string;
    note: string;
    forms: string;
  };
  footer: string;
};

/** The strings of every namespace, keyed by record id (English keys; Arabic has the same keys and more plural forms). */
export interface NamespaceStrings {
  entities: { [Id in EntityId]: Plain<EntityStrings> };
  events: { [Id in EventId]: Plain<EventStrings> };
  quotes: { [Id in QuoteId]: Plain<QuoteStrings> };
  glossary: { [Id in TermId]: Plain<TermStrings> };
  ui: UiStrings;
}

/**
 * The namespaces of one language, each under its prefixed name. Use it as i18next's
 * `CustomTypeOptions['resources']` to type-check keys such as `'owkb-entities:sam-altman.name'`.
 *
 * @example
 * import type { OwkbResources } from 'open-weight-kb/i18n';
 * declare module 'i18next' {
 *   interface CustomTypeOptions { resources: OwkbResources & { app: typeof appStrings } }
 * }
 * i18n.t('owkb-entities:sam-altman.name') // type-checks
 * i18n.t('owkb-entities:sam-altman.nmae') // does not compile
 */
export type OwkbResources<P extends string = DefaultPrefix, N extends Namespace = Namespace> = {
  [K in N as `${P}${K}`]: NamespaceStrings[K];
};

/**
 * What `createResources` returns: for each language asked for, its prefixed namespaces,
 * ready for i18next's `init({ resources })`.
 *
 * @example
 * const resources: ResourcesByLang<'ar'> = createResources({ lang: 'ar' });
 */
export type ResourcesByLang<L extends string = 'ar' | 'en', P extends string = DefaultPrefix, N extends Namespace = Namespace> = {
  [K in L]: OwkbResources<P, N>;
};
