import { createInstance } from 'i18next';
import { createResources } from 'open-weight-kb/i18n';
import type { Lang } from 'open-weight-kb';
import { initReactI18next } from 'react-i18next';

/** The language asked for in the address (`?lang=ar`), else the browser's, else English. */
export function initialLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'ar' || asked === 'en') return asked;
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

// An instance of the app's own, given its own copy of the package's strings.
export const i18n = createInstance();
i18n.use(initReactI18next).init({
  lng: initialLang(),
  fallbackLng: 'en',
  supportedLngs: ['ar', 'en'],
  resources: createResources(),
  defaultNS: 'owkb-ui',
  ns: ['owkb-ui', 'owkb-entities'],
  interpolation: { escapeValue: false },
  initAsync: false,
});
