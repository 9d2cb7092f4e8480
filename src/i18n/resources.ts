import arEntities from '../../locales/ar/entities.json';
import arEvents from '../../locales/ar/events.json';
import arGlossary from '../../locales/ar/glossary.json';
import arQuotes from '../../locales/ar/quotes.json';
import arUi from '../../locales/ar/ui.json';
import enEntities from '../../locales/en/entities.json';
import enEvents from '../../locales/en/events.json';
import enGlossary from '../../locales/en/glossary.json';
import enQuotes from '../../locales/en/quotes.json';
import enUi from '../../locales/en/ui.json';

/**
 * Every string of the package as i18next resources: one namespace per collection, keyed by
 * record id, plus `ui` for interface labels (with Arabic's six plural forms). Pass it to
 * your own i18next instance; nothing is registered on import.
 *
 * @example
 * import i18next from 'i18next';
 * const t = await i18next.createInstance().init({ lng: 'ar', resources, ns: ['entities'] });
 * t('entities:sam-altman.name') //=> 'سام ألتمان'
 */
export const resources = {
  ar: { entities: arEntities, events: arEvents, quotes: arQuotes, glossary: arGlossary, ui: arUi },
  en: { entities: enEntities, events: enEvents, quotes: enQuotes, glossary: enGlossary, ui: enUi },
} as const;

/**
 * The i18next namespaces of `resources`.
 *
 * @example
 * NAMESPACES.every((ns) => ns in resources.ar && ns in resources.en) //=> true
 */
export const NAMESPACES = ['entities', 'events', 'quotes', 'glossary', 'ui'] as const;
