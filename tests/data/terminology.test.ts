import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleRecord } from '../../src/data/article.js';
import { bundledData } from '../../src/data/bundled.js';
import { lightStem } from '../../src/text/lightStem.js';
import { tokenize } from '../../src/text/tokenize.js';
import { walkStrings } from '../_support/walkStrings.js';

// The package's own strings use only preferred or admitted forms (D35). Exempt, by the
// quotation rule: a form inside «…» or “…” quotes the article; and the fields that hold the
// article's forms on purpose: entity aliases, term forms and notes, quote articleText,
// source excerpts (and the article's own paragraphs and translation notes).
const EXEMPT_KEYS = new Set(['aliases', 'forms', 'articleText', 'excerpt', 'paragraphs', 'translationNotes']);
const words = (text: string) => tokenize(text).map(lightStem);
const unquoted = (text: string) => text.replace(/«[^»]*»/g, ' ').replace(/“[^”]*”/g, ' ');

/** The forms no prose may use, per language: deprecated, and the article's own wrong forms. */
const banned = bundledData.glossary.flatMap((term) =>
  (['ar', 'en'] as const).flatMap((lang) => {
    const { preferred, admitted, deprecated, article } = term.forms[lang];
    const good = new Set([preferred, ...admitted].map((f) => words(f).join(' ')));
    return [...deprecated, ...article]
      .filter((form) => lang === 'ar' || !good.has(words(form).join(' ')))
      .filter((form) => !good.has(words(form).join(' ')))
      .map((form) => ({ term: term.id, lang, form, key: words(form) }));
  }),
);

const ui = (lang: string) => JSON.parse(readFileSync(new URL(`../../locales/${lang}/ui.json`, import.meta.url), 'utf8')) as unknown;
const strings = [...walkStrings({ ...bundledData, article: articleRecord, ui: { ar: ui('ar'), en: ui('en') } })].filter(
  ([, path]) =>
    !path.some((key) => typeof key === 'string' && EXEMPT_KEYS.has(key)) &&
    !(path[0] === 'glossary' && path[2] === 'note') &&
    (path.includes('ar') || path.includes('en')),
);

function contains(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) if (needle.every((w, j) => haystack[i + j] === w)) return true;
  return false;
}

describe('the package’s own strings', () => {
  it('use no deprecated or article-only form of a term outside quotation marks', () => {
    expect(banned.length).toBeGreaterThan(30);
    const bad = strings.flatMap(([text, path]) => {
      const lang = path.includes('ar') ? 'ar' : 'en';
      const have = words(unquoted(text));
      return banned.filter((b) => b.lang === lang && contains(have, b.key)).map((b) => `${path.join('.')}: ${b.form} (${b.term})`);
    });
    expect(bad).toEqual([]);
  });

  // D36: after a definite noun the adjectival construct takes ال too («النموذج المفتوح الأوزان»).
  it('write the definite adjectival construct one way: definite noun, definite adjective', () => {
    const mixed = /(^|[\s(«])(?!(?:ال)?(?:أوزان|مصدر|خطورة|قوة) )(?:[وفبلك]?ال|لل)[\u0621-\u064A]+ (?:مفتوح|مفتوحة|مفتوحي|مفتوحا|عالية|متزايدة) (?:الأوزان|المصدر|الخطورة|القوة)/;
    const bad = strings.filter(([text, path]) => path.includes('ar') && mixed.test(unquoted(text))).map(([text, path]) => `${path.join('.')}: ${text}`);
    expect(bad).toEqual([]);
  });
});
