import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled.js';
import { getEntity, getTerm, lookup } from '../../src/index.js';
import { createKnowledgeBase, type KnowledgeBaseData } from '../../src/schema/index.js';

const summary = (text: string, options?: Parameters<typeof lookup>[1]) => {
  const r = lookup(text, options);
  return r && { id: r.id, form: r.matched.form, status: r.matched.status, match: r.match, from: r.from, to: r.to, translation: r.translation, preferred: r.preferred };
};

describe('lookup', () => {
  it.each([
    ['talent', 'a word of the alias “OpenAI talent”'],
    ['الذكاء', 'the first word of «الذكاء الاصطناعي» and of «مجتمع الذكاء الاصطناعي»'],
    ['weights open', 'the words of “open weights”, in another order'],
    ['open', 'the first word of many names'],
    ['سام', 'the first name of سام ألتمان'],
    ['OpenAI researchers today', 'a name followed by another word'],
    ['نموذج مفتوح المصدر', 'a phrase that no record lists'],
  ])('never presents part of a name as a translation: %s (%s)', (text) => {
    expect(lookup(text)).toBeUndefined();
  });

  it('gives the record, the form, its status and the translation of a preferred term', () => {
    const result = lookup('talent war');
    expect(result).toMatchObject({ kind: 'term', id: 'talent-war', from: 'en', to: 'ar', match: 'exact', translation: 'حرب المواهب' });
    expect(result?.matched).toEqual({ form: 'talent war', status: 'preferred' });
    expect(result?.record).toBe(getTerm('talent-war'));
    expect(result?.preferred).toBeUndefined();
  });

  it('corrects a deprecated form with the preferred form of both languages and the note', () => {
    const result = lookup('التعهيد المفتوح');
    expect(summary('التعهيد المفتوح')).toEqual({
      id: 'open-sourcing', form: 'التعهيد المفتوح', status: 'deprecated', match: 'exact', from: 'ar', to: 'en',
      translation: 'open-sourcing', preferred: 'فتح المصدر',
    });
    expect(result?.note).toBe(getTerm('open-sourcing')!.note);
  });

  it('gives the corrected Arabic when asked for Arabic (E11)', () => {
    expect(summary('عامل التعريف', { to: 'ar' })).toMatchObject({ from: 'ar', to: 'ar', translation: 'عامل ميتا', preferred: 'عامل ميتا', status: 'deprecated' });
  });

  it('marks a form only the article uses as the article’s', () => {
    expect(summary('AI Arms')).toMatchObject({ id: 'ai-arms-race', status: 'article', from: 'en', translation: getTerm('ai-arms-race')!.forms.ar.preferred, preferred: 'AI arms race' });
  });

  it('gives an entity’s name for its alias or handle, with the status', () => {
    expect(summary('Altman')).toMatchObject({ id: 'sam-altman', status: 'alias', match: 'exact', translation: 'سام ألتمان' });
    expect(summary('@Yuchenj_UW')).toMatchObject({ id: 'yuchen-jin', status: 'handle', translation: 'يوشن جين' });
    expect(summary('أوبن إيه آي')).toMatchObject({ id: 'openai', status: 'name', translation: 'OpenAI' });
    expect(lookup('Altman')?.record).toBe(getEntity('sam-altman'));
  });

  it('translates a name written in two scripts (R08)', () => {
    expect(summary('نماذج gpt-oss')).toMatchObject({ id: 'gpt-oss', from: 'ar', to: 'en', translation: 'gpt-oss', match: 'exact' });
    expect(summary('نموذج gpt-oss', { to: 'en' })).toMatchObject({ id: 'gpt-oss', translation: 'gpt-oss' });
    expect(summary('سباق AI Arms')).toMatchObject({ id: 'ai-arms-race', from: 'ar', translation: 'AI arms race' });
    expect(summary('AI الصيني AI Moonshot AI')).toMatchObject({ id: 'startup', from: 'ar', translation: 'startup' });
  });

  it('says the match was normalized for case, diacritics, tatweel, ى and hyphens', () => {
    expect(summary('open weight models')).toMatchObject({ id: 'open-weight-model', form: 'open-weight models', match: 'normalized' });
    expect(summary('حَرْبُ المـواهب')).toMatchObject({ id: 'talent-war', form: 'حرب المواهب', match: 'normalized' });
    expect(summary('سام التمان')?.match).toBe('exact');
    expect(summary('سام آلتمان')?.match).toBe('exact');
    expect(summary('سَام ألتمان')).toMatchObject({ id: 'sam-altman', match: 'normalized' });
  });

  it('says the match was stemmed for a prefix or a plural', () => {
    expect(summary('بالذكاء الاصطناعى')).toMatchObject({ id: 'artificial-intelligence', match: 'stemmed', translation: 'artificial intelligence' });
    expect(summary('وحرب المواهب')).toMatchObject({ id: 'talent-war', match: 'stemmed' });
    expect(summary('safety test')).toMatchObject({ id: 'safety-tests', match: 'stemmed' });
  });

  it('accepts one misspelt word and says so', () => {
    expect(summary('Zuckerbreg')).toMatchObject({ id: 'mark-zuckerberg', form: 'Zuckerberg', match: 'typo', translation: 'مارك زوكربيرغ' });
    expect(summary('talent wor')).toBeUndefined(); // three letters: no typo allowance
    expect(summary('tallent war')).toMatchObject({ id: 'talent-war', match: 'typo' });
  });

  it('accepts no typo in a short word, nor two misspelt words', () => {
    expect(lookup('beta')).toBeUndefined();
    expect(lookup('same')).toBeUndefined();
    expect(lookup('tallent warr')).toBeUndefined();
  });

  it('prefers the better status, then a term, when two records share a form', () => {
    // “developer” is the term’s preferred form and an alias of the entity “Developers”.
    expect(summary('developer')).toMatchObject({ id: 'developer', status: 'preferred' });
    expect(summary('Developers')).toMatchObject({ id: 'developers', status: 'name' });
  });

  it('matches only the language asked for with `from`', () => {
    expect(lookup('Altman', { from: 'ar' })).toBeUndefined();
    expect(summary('Altman', { from: 'en', to: 'en' })).toMatchObject({ translation: 'Sam Altman', to: 'en' });
  });

  it('returns a frozen result', () => {
    const result = lookup('Altman')!;
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.matched)).toBe(true);
  });

  it.each(['', '   ', '2025', '?!', 'x'.repeat(100_000)])('returns undefined when no name matches: %j', (text) => {
    expect(lookup(text)).toBeUndefined();
  });

  it('works on a knowledge base of your own data', () => {
    const kb = createKnowledgeBase(structuredClone(bundledData) as KnowledgeBaseData);
    expect(kb.lookup('التعهيد المفتوح')?.preferred).toBe('فتح المصدر');
    expect(kb.lookup('talent')).toBeUndefined();
  });

  it('throws a TypeError naming the function and the argument', () => {
    expect(() => lookup(5 as unknown as string)).toThrow(new TypeError('lookup: text must be a string, got number 5'));
    expect(() => lookup('x', 'ar' as never)).toThrow(/^lookup: options must be an object or undefined/);
    expect(() => lookup('x', { to: 'fr' as 'ar' })).toThrow(/^lookup: options\.to must be one of 'ar', 'en', got "fr"/);
    expect(() => lookup('x', { from: 1 as unknown as 'ar' })).toThrow(/^lookup: options\.from must be one of/);
  });
});
