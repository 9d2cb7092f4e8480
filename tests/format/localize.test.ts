import { describe, expect, expectTypeOf, it } from 'vitest';
import { localize } from '../../src/format/index.js';
import { getEntity, getEvent, getQuote, getTerm, search } from '../../src/index.js';

describe('localize', () => {
  it('gives an entity in one language', () => {
    const entity = localize(getEntity('sam-altman')!, 'ar');
    expect(entity.name).toBe('سام ألتمان');
    expect(entity.aliases).toContain('ألتمان');
    expect(entity.id).toBe('sam-altman');
    expectTypeOf(entity.name).toEqualTypeOf<string>();
  });

  it("gives a term's forms in one language, lists as lists", () => {
    const term = localize(getTerm('open-sourcing')!, 'ar');
    expect(term.forms.preferred).toBe(getTerm('open-sourcing')!.forms.ar.preferred);
    expect(term.forms.preferred).toMatch(/^[\u0600-\u06ff ]+$/);
    expect(term.forms.deprecated).toContain('التعهيد المفتوح');
    expectTypeOf(term.forms.deprecated).toEqualTypeOf<string[]>();
  });

  it('keeps what is not a language pair: dates, sources, ids, the original language of a quote', () => {
    const quote = localize(getQuote('altman-delay-post')!, 'en');
    expect(quote.original).toEqual({ lang: 'en', verified: true });
    expect(quote.date).toEqual(getQuote('altman-delay-post')!.date);
    const event = localize(getEvent('kimi-k2-release')!, 'en');
    expect(event.title).toBe(getEvent('kimi-k2-release')!.title.en);
  });

  it('works on arrays and search hits, and does not change or freeze the record', () => {
    const hits = localize(search('Altman'), 'ar');
    expect(hits[0]!.label).toBe('سام ألتمان');
    const entity = getEntity('meta')!;
    const view = localize(entity, 'en');
    view.name = 'changed';
    expect(entity.name.en).toBe('Meta');
  });

  it('throws a TypeError naming the function and argument', () => {
    expect(() => localize(null as never, 'ar')).toThrow(new TypeError('localize: record must be an object, got null'));
    expect(() => localize({}, 'EN' as never)).toThrow("localize: lang must be 'ar' or 'en'");
  });
});
