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
import type { Lang } from '../enums.js';
import type { Namespace } from './namespaces.js';
import type { UiStrings } from './types.js';

/** The locale files as imported: read only, never handed out (createResources copies them). */
export const localeStrings: { readonly [L in Lang]: { readonly [N in Namespace]: object } } = {
  ar: { entities: arEntities, events: arEvents, quotes: arQuotes, glossary: arGlossary, ui: arUi },
  en: { entities: enEntities, events: enEvents, quotes: enQuotes, glossary: enGlossary, ui: enUi },
};

// ui.json and UiStrings must match exactly, both ways, or tsc fails.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const uiMatches: Same<typeof enUi, UiStrings> = true;
void uiMatches;
