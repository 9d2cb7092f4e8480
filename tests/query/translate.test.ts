import { describe, expect, it } from 'vitest';
import { getEntity, getTerm, lookup, translate } from '../../src/index.js';

const term = (id: string) => getTerm(id)!.forms;

describe('translate', () => {
  it('gives the Arabic name of an entity typed in English, and back', () => {
    expect(translate('Sam Altman')).toBe('سام ألتمان');
    expect(translate('Altman')).toBe('سام ألتمان');
    expect(translate('سام التمان')).toBe('Sam Altman');
    expect(translate('ألتمان')).toBe('Sam Altman');
  });

  it('gives the preferred term, whatever form the reader typed', () => {
    expect(translate('talent war')).toBe('حرب المواهب');
    expect(translate('وحرب المواهب')).toBe('talent war');
    expect(translate('open-weight model')).toBe(term('open-weight-model').ar.preferred);
    expect(translate('Open Weight Models')).toBe(term('open-weight-model').ar.preferred);
  });

  it('finds الذكاء الاصطناعى written with ى and a ب prefix', () => {
    expect(translate('بالذكاء الاصطناعى')).toBe(term('artificial-intelligence').en.preferred);
  });

  it('corrects the article’s machine-translation errors to the preferred term', () => {
    expect(translate('التعهيد المفتوح')).toBe(term('open-sourcing').en.preferred);
    expect(translate('عامل التعريف')).toBe(term('the-meta-factor').en.preferred);
  });

  it('reads diacritics and tatweel as the bare word', () => {
    expect(translate('حَرْبُ المـواهب')).toBe('talent war');
  });

  it('accepts one misspelt word of a whole name', () => {
    expect(translate('Zuckerbreg')).toBe(getEntity('mark-zuckerberg')!.name.ar);
  });

  it('translates into the language asked for, even the same script', () => {
    expect(translate('altman', 'en')).toBe('Sam Altman');
    expect(translate('Altman', 'ar')).toBe('سام ألتمان');
  });

  it.each([
    ['talent', undefined],
    ['الذكاء', undefined],
    ['weights open', undefined],
    ['نماذج gpt-oss', 'gpt-oss'],
    ['نموذج gpt-oss', 'gpt-oss'],
    ['سباق AI Arms', 'AI arms race'],
  ])('answers only for a whole name, in any script (E05, R08): %s', (text, expected) => {
    expect(translate(text)).toBe(expected);
  });

  it('gives the same answer as lookup’s translation', () => {
    for (const text of ['Altman', 'التعهيد المفتوح', 'talent', 'Zuckerbreg', 'نماذج gpt-oss'])
      for (const to of [undefined, 'ar', 'en'] as const) expect(translate(text, to)).toBe(lookup(text, to && { to })?.translation);
  });

  it.each(['', '   ', '2025', 'xyzzy plugh', 'ثثثثثث', '?!'])('returns undefined when nothing matches well enough: %j', (text) => {
    expect(translate(text)).toBeUndefined();
  });

  it('throws a TypeError naming the function for a non-string text or an unknown language', () => {
    expect(() => translate(5 as unknown as string)).toThrow(/^translate: text must be a string/);
    expect(() => translate('Altman', 'fr' as 'ar')).toThrow(/^translate: to must be one of 'ar', 'en'/);
  });
});
