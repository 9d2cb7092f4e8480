import type enEntities from '../../locales/en/entities.json';
import type enEvents from '../../locales/en/events.json';
import type enGlossary from '../../locales/en/glossary.json';
import type enQuotes from '../../locales/en/quotes.json';
import type enUi from '../../locales/en/ui.json';
import type { EntityStrings } from '../data/entities.js';
import type { EventStrings } from '../data/events.js';
import type { TermStrings } from '../data/glossary.js';
import type { QuoteStrings } from '../data/quotes.js';
import type { DefaultPrefix, Namespace } from './namespaces.js';

// Each record namespace is typed as `id → strings`, not as the JSON's inferred type: a JSON
// `[]` infers as `never[]`, and that alone sends i18next's key types into TS2589 (E07).
// `Plain` turns the strings interfaces into object types: i18next only walks into a value that
// extends `{ [key: string]: any }`, which an interface never does.
type Plain<T> = { [K in keyof T]: T[K] };
/** The strings of every namespace, keyed by record id (English keys; Arabic has the same keys and more plural forms). */
export interface NamespaceStrings {
  entities: { [Id in keyof typeof enEntities]: Plain<EntityStrings> };
  events: { [Id in keyof typeof enEvents]: Plain<EventStrings> };
  quotes: { [Id in keyof typeof enQuotes]: Plain<QuoteStrings> };
  glossary: { [Id in keyof typeof enGlossary]: Plain<TermStrings> };
  ui: typeof enUi;
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
