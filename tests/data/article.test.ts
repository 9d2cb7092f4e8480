import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled.js';
import { article, getParagraph } from '../../src/index.js';
import { ArticleSchema } from '../../src/schema/article.js';
import { paragraphs } from '../_support/article.js';
import { walkStrings } from '../_support/walkStrings.js';

/** Every `{ kind: 'article', paragraph }` source in a value, with where it is. */
function* articleSources(value: unknown, path: string): Generator<[number, string]> {
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* articleSources(item, `${path}.${i}`);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.kind === 'article' && typeof record.paragraph === 'number') yield [record.paragraph, path];
    for (const [key, item] of Object.entries(record)) yield* articleSources(item, `${path}.${key}`);
  }
}

describe('the article record', () => {
  it('parses with ArticleSchema', () => {
    const result = ArticleSchema.safeParse(article);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has every paragraph, numbered in order, each equal to its line of the article', () => {
    expect(article.paragraphs.map((p) => p.paragraph)).toEqual(paragraphs.map((_, i) => i + 1));
    for (const p of article.paragraphs) expect(p.text, `¶${p.paragraph}`).toBe(paragraphs[p.paragraph - 1]);
  });

  it('resolves every article source of the data to a paragraph of it', () => {
    const cited = [...articleSources(bundledData, 'data'), ...articleSources(article, 'article')];
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter(([n]) => getParagraph(n) === undefined).map(([n, path]) => `${path}: ¶${n}`)).toEqual([]);
  });

  it('quotes each translation note verbatim from its paragraph, about terms that exist', () => {
    const termIds = new Set(bundledData.glossary.map((t) => t.id));
    for (const note of article.translationNotes) {
      expect(getParagraph(note.paragraph)?.text, note.id).toContain(note.excerpt);
      for (const id of note.terms) expect(termIds.has(id), `${note.id}: ${id}`).toBe(true);
    }
    const ids = article.translationNotes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the roles the article has: headings, embedded posts and their bylines', () => {
    const role = (n: number) => getParagraph(n)?.role;
    expect([8, 11, 17, 20].map(role)).toEqual(['heading', 'heading', 'heading', 'heading']);
    expect([4, 5, 6, 14, 15, 16].map(role).every((r) => r === 'embedded-post')).toBe(true);
    expect(role(7)).toBe('post-attribution');
  });

  it('returns undefined for a paragraph the article does not have', () => {
    expect([0, 23, 1.5, Number.NaN].map(getParagraph)).toEqual([undefined, undefined, undefined, undefined]);
    expect(() => getParagraph('3' as unknown as number)).toThrow(new TypeError('getParagraph: paragraph must be a number, got "3"'));
  });

  it('writes Arabic in its Arabic strings and none in its English ones', () => {
    for (const [s, path] of walkStrings({ title: article.title, note: article.note, notes: article.translationNotes.map((n) => n.note) })) {
      if (path.includes('ar')) expect(s, path.join('.')).toMatch(/[\u0621-\u064A]/);
      if (path.includes('en')) expect(s, path.join('.')).not.toMatch(/[\u0621-\u064A]/);
    }
  });
});
