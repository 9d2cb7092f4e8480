import ar from '../../locales/ar/glossary.json';
import en from '../../locales/en/glossary.json';
import { pairStrings } from '../_lib/pairStrings.js';
import type { Term, TermForms } from '../schema/term.js';

/** The strings of one term in one language (`locales/<lang>/glossary.json`). */
export interface TermStrings extends TermForms {
  definition: string;
  /** Where the article's form is a machine-translation error: what it should have said. */
  note?: string;
}

type TermFacts = Omit<Term, 'id' | 'forms' | 'definition' | 'note'>;

const facts = {
  'talent-war': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'technology-business',
    relatedTerms: [],
    relatedEntities: ['meta', 'openai'],
    sources: [{ kind: 'article', paragraph: 18, excerpt: 'حرب المواهب حقيقية' }],
  },
} satisfies Record<string, TermFacts>;

/** The id of a bundled glossary term. */
export type TermId = keyof typeof facts;

const strings = { ar: ar satisfies Record<TermId, TermStrings>, en: en satisfies Record<TermId, TermStrings> };

/** The bundled glossary: facts joined with their strings (not yet frozen). */
export const termRecords: Term[] = Object.entries(facts).map(([id, fact]) => {
  const a = strings.ar[id as TermId];
  const e = strings.en[id as TermId];
  const { pair, optional } = pairStrings<TermStrings>(a, e);
  const forms = (s: TermStrings): TermForms => ({ preferred: s.preferred, admitted: s.admitted, deprecated: s.deprecated, article: s.article });
  return { id, ...fact, forms: { ar: forms(a), en: forms(e) }, definition: pair('definition'), ...optional('note') };
});
