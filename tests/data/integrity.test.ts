import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled.js';
import { KnowledgeBaseDataSchema } from '../../src/schema/knowledgeBase.js';
import { paragraphs } from '../_support/article.js';
import { walkStrings } from '../_support/walkStrings.js';

const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
const STRAY = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/;
const all = [...walkStrings(bundledData)];
const langOf = (path: (string | number)[]) => (path.includes('ar') ? 'ar' : path.includes('en') ? 'en' : undefined);
const sources = all.filter(([, path]) => path.at(-1) === 'excerpt');

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
    const bad = [...walkStrings(bundledData)]
      .filter(([, p]) => p.at(-1) === 'excerpt')
      .map(([excerpt, p]) => ({ excerpt, path: p, source: pathValue(p.slice(0, -1)) as { paragraph: number } }))
      .filter(({ excerpt, source }) => !(paragraphs[source.paragraph - 1] ?? '').includes(excerpt))
      .map(({ excerpt, path }) => `${path.join('.')}: ${excerpt}`);
    expect(sources.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('keeps each quotation’s article text verbatim from the article', () => {
    const article = paragraphs.join('\n');
    for (const quote of bundledData.quotes) expect(article, quote.id).toContain(quote.articleText);
  });

  it('marks every fact with a source, and every record from outside the article with an external one', () => {
    for (const collection of Object.values(bundledData))
      for (const record of collection) expect(record.sources.length, record.id).toBeGreaterThan(0);
  });
});

function pathValue(path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], bundledData);
}
