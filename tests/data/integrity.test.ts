import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled.js';
import { KnowledgeBaseDataSchema } from '../../src/schema/knowledgeBase.js';
import { paragraphs } from '../_support/article.js';
import { walkStrings } from '../_support/walkStrings.js';

const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
const STRAY = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/;
const all = [...walkStrings(bundledData)];
const langOf = (path: (string | number)[]) => (path.includes('ar') ? 'ar' : path.includes('en') ? 'en' : undefined);
const excerpts = all.filter(([, path]) => path.at(-1) === 'excerpt');
const article = paragraphs.join('\n');

describe('bundled data', () => {
  it('parses with the knowledge-base schema (shapes, unique ids, references)', () => {
    const result = KnowledgeBaseDataSchema.safeParse(bundledData);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each([...walkStrings(bundledData)].filter(([, p]) => langOf(p) === 'ar').map(([s, p]) => [p.join('.'), s]))(
    '%s holds Arabic script',
    (_path, s) => expect(s).toMatch(ARABIC_LETTER),
  );

  it('has no Arabic script in any English string', () => {
    const bad = all.filter(([s, p]) => langOf(p) === 'en' && ARABIC_LETTER.test(s)).map(([s, p]) => `${p.join('.')}: ${s}`);
    expect(bad).toEqual([]);
  });

  it('keeps every string NFC, trimmed, without bidi or zero-width characters', () => {
    const bad = all
      .filter(([s]) => s !== s.normalize('NFC') || s !== s.trim() || STRAY.test(s))
      .map(([s, p]) => `${p.join('.')}: ${JSON.stringify(s)}`);
    expect(bad).toEqual([]);
  });

  it('quotes every excerpt verbatim from the paragraph it names', () => {
    const bad = excerpts
      .map(([excerpt, p]) => ({ excerpt, path: p, source: pathValue(p.slice(0, -1)) as { paragraph: number } }))
      .filter(({ excerpt, source }) => !(paragraphs[source.paragraph - 1] ?? '').includes(excerpt))
      .map(({ excerpt, path }) => `${path.join('.')}: ${excerpt}`);
    expect(excerpts.length).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });

  it('keeps each quotation’s article text verbatim from the article', () => {
    for (const quote of bundledData.quotes) expect(article, quote.id).toContain(quote.articleText);
  });

  it('keeps each term’s article forms verbatim from the article, in either script', () => {
    for (const term of bundledData.glossary)
      for (const form of [...term.forms.ar.article, ...term.forms.en.article]) expect(article, `${term.id}: ${form}`).toContain(form);
  });

  // The rule of TermSchema: an Arabic article form that is neither preferred nor admitted is
  // the article's error, and English left in the Arabic text is one too (D30).
  it('marks a term mistranslated exactly when the article gets it wrong, and then explains it', () => {
    for (const term of bundledData.glossary) {
      const { ar, en } = term.forms;
      const good = new Set([ar.preferred, ...ar.admitted]);
      const wrong = ar.article.some((form) => !good.has(form)) || en.article.length > 0;
      expect(term.mistranslated, term.id).toBe(wrong);
      if (term.mistranslated) expect(term.note, term.id).toBeDefined();
    }
  });

  it('lists no form of a term twice, nor a deprecated form as preferred or admitted', () => {
    for (const term of bundledData.glossary)
      for (const lang of ['ar', 'en'] as const) {
        const { preferred, admitted, deprecated } = term.forms[lang];
        const good = [preferred, ...admitted];
        expect(new Set(good).size, `${term.id} ${lang}`).toBe(good.length);
        expect(deprecated.filter((form) => good.includes(form)), `${term.id} ${lang}`).toEqual([]);
      }
  });

  // One id names one record across all four collections, so a link or an anchor by id alone is unambiguous (F01).
  it('uses each id for one record only, across entities, events, quotations and terms', () => {
    const ids = [...bundledData.entities, ...bundledData.events, ...bundledData.quotes, ...bundledData.glossary].map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('links every entity to Wikidata only with a checked external source', () => {
    for (const entity of bundledData.entities)
      for (const iri of entity.sameAs) {
        const qid = iri.split('/').at(-1)!;
        expect(entity.sources.some((s) => s.kind === 'external' && s.checked.includes(qid)), `${entity.id} ${qid}`).toBe(true);
      }
  });

  it('lists no source twice for one fact', () => {
    const lists = [...walkStrings(bundledData)]
      .map(([, path]) => path.slice(0, path.lastIndexOf('sources') + 1))
      .filter((path) => path.at(-1) === 'sources');
    for (const path of new Set(lists.map((p) => p.join('.')))) {
      const sources = (pathValue(path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))) as unknown[]).map((s) => JSON.stringify(s));
      expect(new Set(sources).size, path).toBe(sources.length);
    }
  });

  it('cites no paragraph for what happened after the article', () => {
    for (const record of [...bundledData.entities, ...bundledData.events].filter((r) => r.id.startsWith('gpt-oss')))
      expect(record.sources.every((source) => source.kind === 'external'), record.id).toBe(true);
  });

  it.each([
    ['سام ألتمان', 'sam-altman'],
    ['سام التمان', 'sam-altman'],
    ['Altman', 'sam-altman'],
    ['Openai', 'openai'],
    ['كيمي', 'kimi-k2'],
    ['ChatGpt', 'chatgpt'],
    ['يوشن جين', 'yuchen-jin'],
    ['يوتشن جين', 'yuchen-jin'],
    ['زوكربيرج', 'mark-zuckerberg'],
    ['زوكربيرغ', 'mark-zuckerberg'],
  ])('keeps the spelling %j as a name or alias of %s', (spelling, id) => {
    const entity = bundledData.entities.find((e) => e.id === id)!;
    expect([entity.name.ar, entity.name.en, ...entity.aliases.ar, ...entity.aliases.en]).toContain(spelling);
  });
});

it('keeps the article’s «التعريف» (Meta mistaken for a word) as an article form of the-meta-factor, not as a name of Meta', () => {
  const meta = bundledData.entities.find((e) => e.id === 'meta')!;
  expect(meta.aliases.ar).not.toContain('التعريف');
  expect(bundledData.glossary.find((t) => t.id === 'the-meta-factor')!.forms.ar.article).toContain('عامل التعريف');
});

function pathValue(path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], bundledData);
}
