import type { KnowledgeBaseData } from '../src/index.js';
import { random } from './random.js';

const AR = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const EN = 'abcdefghijklmnopqrstuvwxyz';


/** One source for every made-up record: the schema asks for a sourced fact. */
const SOURCES = [{ kind: 'article' as const, paragraph: 1, excerpt: 'حرب المواهب حقيقية' }];

/**
 * A made-up glossary term for benchmarks and tests: its forms in each language (the first
 * preferred, the others admitted), its definition, and placeholders for the other facts.
 */
export function syntheticTerm(id: string, names: { readonly ar: readonly string[]; readonly en: readonly string[] }, definition: { ar: string; en: string }, relatedTerms: string[] = []) {
  const forms = ([preferred = '', ...admitted]: readonly string[]) => ({ preferred, admitted, deprecated: [], article: [] });
  return {
    id,
    forms: { ar: forms(names.ar), en: forms(names.en) },
    definition,
    mistranslated: false,
    partOfSpeech: 'noun-phrase' as const,
    domain: 'general-language' as const,
    relatedTerms,
    relatedEntities: [],
    sources: SOURCES,
  };
}

/** Distinct pseudo-words in each language's vocabulary, as in a large real glossary. */
const VOCABULARY = 40_000;

/**
 * A synthetic knowledge base of `terms` glossary terms (and one entity per hundred terms)
 * for scaling benchmarks and tests. Deterministic. Words are pseudo-words of 3–8 letters
 * in each script, drawn from a vocabulary of 40,000 per language with Zipf's law, as words
 * of natural language are: a few are very common, most are rare.
 */
export function generateKnowledgeBase(terms: number, seed = 1): KnowledgeBaseData & { queries: string[] } {
  const next = random(seed);
  const pseudoWord = (letters: string) => {
    const length = 3 + Math.floor(next() * 6);
    let out = '';
    for (let i = 0; i < length; i++) out += letters[Math.floor(next() * letters.length)];
    return out;
  };
  const vocabulary = new Map([AR, EN].map((letters) => [letters, Array.from({ length: VOCABULARY }, () => pseudoWord(letters))]));
  // Rank r is drawn with probability about 1/r: floor(V^u) for u uniform in [0, 1).
  const word = (letters: string) => vocabulary.get(letters)![Math.floor(VOCABULARY ** next()) - 1]!;
  const phrase = (letters: string, words: number) => Array.from({ length: words }, () => word(letters)).join(' ');
  const queries: string[] = [];
  const glossary = Array.from({ length: terms }, (_, i) => {
    const ar = phrase(AR, 1 + (i % 3));
    const en = phrase(EN, 1 + (i % 3));
    if (i % Math.max(1, Math.floor(terms / 50)) === 0) queries.push(ar, en, `ال${ar.split(' ')[0]}`, en.slice(0, -1));
    return syntheticTerm(`term-${i}`, { ar: [ar, phrase(AR, 1)], en: [en, phrase(EN, 1)] }, { ar: phrase(AR, 6), en: phrase(EN, 6) }, i > 0 ? [`term-${i - 1}`] : []);
  });
  const entities = Array.from({ length: Math.max(1, Math.floor(terms / 100)) }, (_, i) => ({
    id: `entity-${i}`,
    kind: 'organization' as const,
    name: { ar: phrase(AR, 2), en: phrase(EN, 2) },
    description: { ar: phrase(AR, 8), en: phrase(EN, 8) },
    aliases: { ar: [word(AR)], en: [word(EN)] },
    handles: [],
    relations: i > 0 ? [{ type: 'rival-of' as const, target: `entity-${i - 1}`, sources: SOURCES }] : [],
    sources: SOURCES,
  }));
  return { entities, events: [], quotes: [], glossary, queries };
}
