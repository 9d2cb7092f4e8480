import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled.js';
import { checkTerms, glossary, type Lang } from '../../src/index.js';
import { walkStrings } from '../_support/walkStrings.js';

/**
 * The quotation rule (D35): fields that hold the article's forms on purpose are exempt —
 * entity `aliases`, term `forms` and `note`, quote `articleText`, every source `excerpt`,
 * and the article's own paragraphs; inside every other string, a form between «…» or “…”
 * quotes the article and is exempt too.
 */
const EXEMPT = new Set(['aliases', 'forms', 'note', 'articleText', 'excerpt', 'paragraphs']);
const langOf = (path: readonly (string | number)[]): Lang | undefined => (path.includes('ar') ? 'ar' : path.includes('en') ? 'en' : undefined);
const ui = (lang: Lang) => JSON.parse(readFileSync(new URL(`../../locales/${lang}/ui.json`, import.meta.url), 'utf8')) as unknown;

/** Every string of the package a reader sees, with its language and where it is. */
function* ownStrings(): Generator<{ where: string; lang: Lang; text: string }> {
  for (const [collection, records] of Object.entries(bundledData))
    for (const record of records as readonly { id: string }[])
      for (const [text, path] of walkStrings(record)) {
        const lang = langOf(path);
        if (lang !== undefined && !path.some((key) => EXEMPT.has(String(key))))
          yield { where: `${collection}/${record.id}.${path.join('.')}`, lang, text };
      }
  for (const lang of ['ar', 'en'] as const) for (const [text, path] of walkStrings(ui(lang))) yield { where: `ui.${lang}.${path.join('.')}`, lang, text };
}

/** One line per finding: record, field, the words as written, the form, what to write instead. */
function violations(): string[] {
  const lines: string[] = [];
  for (const { where, lang, text } of ownStrings())
    for (const f of checkTerms(text, lang, { skipQuoted: true }))
      lines.push(`${where} [${f.start}–${f.end}] «${f.text}»: ${f.status} form «${f.form}» of ${f.termId}; use «${f.preferred}»`);
  return lines;
}

describe('the package’s own strings (D35)', () => {
  it('reads strings in both languages from every collection and the ui', () => {
    const strings = [...ownStrings()];
    for (const collection of ['entities', 'events', 'quotes', 'glossary', 'ui.ar', 'ui.en'])
      expect(strings.some((s) => s.where.startsWith(collection)), collection).toBe(true);
    expect(strings.some((s) => s.where.includes('.aliases.') || s.where.includes('.articleText'))).toBe(false);
  });

  it('use only preferred or admitted forms outside quotations and the fields that quote the article', () => {
    expect(violations()).toEqual([]);
  });

  it('lists no form that one term reports and another prefers or admits', () => {
    const reported = glossary.flatMap((term) =>
      (['ar', 'en'] as const).flatMap((lang) =>
        [term.forms[lang].preferred, ...term.forms[lang].admitted].flatMap((form) =>
          checkTerms(form, lang)
            .filter((f) => f.termId !== term.id && f.start === 0 && f.end === form.length)
            .map((f) => `${term.id} ${lang} «${form}» is ${f.status} for ${f.termId}`),
        ),
      ),
    );
    expect(reported).toEqual([]);
  });
});
