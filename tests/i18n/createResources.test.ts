import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFIX, NAMESPACES, createResources } from '../../src/i18n/index.js';

describe('createResources', () => {
  it('returns every namespace of both languages under the owkb- prefix', () => {
    const r = createResources();
    expect(Object.keys(r)).toEqual(['ar', 'en']);
    expect(Object.keys(r.ar)).toEqual(NAMESPACES.map((ns) => `${DEFAULT_PREFIX}${ns}`));
    expect(r.ar['owkb-entities']['sam-altman'].name).toBe('سام ألتمان');
    expect(r.en['owkb-entities']['sam-altman'].name).toBe('Sam Altman');
  });

  it('returns a fresh deep copy on every call, sharing no object or array with another call', () => {
    const a = createResources();
    const b = createResources();
    expect(a).toEqual(b);
    a.en['owkb-entities']['sam-altman'].aliases.push('Mallory');
    a.en['owkb-ui'].title = 'PWNED';
    expect(b.en['owkb-entities']['sam-altman'].aliases).not.toContain('Mallory');
    expect(createResources().en['owkb-ui'].title).not.toBe('PWNED');
    const seen = new Set<object>();
    const walk = (value: unknown) => {
      if (value === null || typeof value !== 'object') return;
      seen.add(value);
      Object.values(value).forEach(walk);
    };
    walk(b);
    const shared: object[] = [];
    const check = (value: unknown) => {
      if (value === null || typeof value !== 'object') return;
      if (seen.has(value)) shared.push(value);
      Object.values(value).forEach(check);
    };
    check(createResources());
    expect(shared).toEqual([]);
  });

  it('loads one language alone', () => {
    expect(Object.keys(createResources({ lang: 'ar' }))).toEqual(['ar']);
    expect(Object.keys(createResources({ lang: ['en'] }))).toEqual(['en']);
  });

  it('takes another prefix, or none', () => {
    expect(Object.keys(createResources({ lang: 'en', prefix: 'kb.' }).en)).toEqual(NAMESPACES.map((ns) => `kb.${ns}`));
    expect(Object.keys(createResources({ lang: 'en', prefix: '' }).en)).toEqual([...NAMESPACES]);
  });

  it('gives only the namespaces asked for', () => {
    expect(Object.keys(createResources({ namespaces: ['ui', 'glossary'] }).en)).toEqual(['owkb-ui', 'owkb-glossary']);
  });

  it('gives resources i18next can write into without throwing (nothing frozen)', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'en', resources: createResources() });
    expect(() => i18n.addResourceBundle('en', 'owkb-entities', { 'sam-altman': { aliases: ['Sammy'] } }, true, true)).not.toThrow();
    expect(i18n.t('owkb-entities:sam-altman.aliases.0')).toBe('Sammy');
  });

  it.each([
    [{ lang: 'fr' }, "createResources: options.lang must be one of 'ar', 'en', got \"fr\""],
    [{ lang: [] }, 'createResources: options.lang must name at least one language'],
    [{ prefix: 'a:b' }, "createResources: options.prefix must be a string without ':' or spaces"],
    [{ namespaces: ['translation'] }, 'createResources: options.namespaces[] must be one of'],
    [{ digits: 'arabic' }, "createResources: options.digits must be one of 'arab', 'latn'"],
    ['ar', 'createResources: options must be an object or undefined'],
  ])('throws a TypeError naming the option for %j', (options, message) => {
    expect(() => createResources(options as never)).toThrow(TypeError);
    expect(() => createResources(options as never)).toThrow(message);
  });
});
