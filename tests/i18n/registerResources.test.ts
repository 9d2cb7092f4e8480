import i18next, { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createResources, registerResources } from '../../src/i18n/index.js';

const fresh = async (lng: 'ar' | 'en', resources = {}) => {
  const i18n = createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return i18n;
};

describe('registerResources', () => {
  it('adds the prefixed namespaces and says which', async () => {
    const i18n = await fresh('en');
    expect(registerResources(i18n)).toEqual(['owkb-entities', 'owkb-events', 'owkb-quotes', 'owkb-glossary', 'owkb-ui']);
    expect(i18n.t('owkb-entities:sam-altman.name')).toBe('Sam Altman');
    await i18n.changeLanguage('ar');
    expect(i18n.t('owkb-entities:sam-altman.name')).toBe('سام ألتمان');
  });

  it('keeps two instances apart: what one adds, changes or removes, the other never sees (E02, R01)', async () => {
    const a = await fresh('en');
    const b = await fresh('en');
    registerResources(a);
    registerResources(b);
    const title = b.t('owkb-ui:title');
    a.addResource('en', 'owkb-ui', 'greeting', 'Hello, user-A-secret');
    a.addResource('en', 'owkb-ui', 'title', 'Overwritten by request A');
    a.addResourceBundle('en', 'owkb-entities', { 'sam-altman': { aliases: ['Sammy'] } }, true, true);
    a.removeResourceBundle('en', 'owkb-glossary');
    expect(a.t('owkb-ui:title')).toBe('Overwritten by request A');
    expect(b.t('owkb-ui:greeting')).toBe('greeting');
    expect(b.t('owkb-ui:title')).toBe(title);
    expect(b.t('owkb-entities:sam-altman.aliases', { returnObjects: true })).toEqual(['Altman', 'sama']);
    expect(b.t('owkb-glossary:talent-war.preferred')).toBe('talent war');
    // A third instance registered afterwards starts clean as well.
    const c = await fresh('en');
    registerResources(c);
    expect(c.t('owkb-ui:title')).toBe(title);
    expect(createResources().en['owkb-ui']).not.toHaveProperty('greeting');
  });

  it("keeps a host's own `ui` namespace and `title` key, and adds its own beside them (E09)", async () => {
    const i18n = await fresh('en', { en: { ui: { title: 'My app', save: 'Save' }, translation: { title: 'Home' } } });
    registerResources(i18n);
    expect(i18n.t('ui:title')).toBe('My app');
    expect(i18n.t('ui:save')).toBe('Save');
    expect(i18n.t('title')).toBe('Home');
    expect(i18n.t('owkb-ui:title')).toMatch(/open-weight model/);
  });

  it("never overwrites a host's key in the package's namespace unless asked", async () => {
    const i18n = await fresh('en', { en: { 'owkb-ui': { title: 'My title' } } });
    registerResources(i18n);
    expect(i18n.t('owkb-ui:title')).toBe('My title');
    expect(i18n.t('owkb-ui:entity', { count: 2 })).toBe('2 entities');
    registerResources(i18n, { overwrite: true });
    expect(i18n.t('owkb-ui:title')).toMatch(/open-weight model/);
  });

  it('is idempotent: a second call changes nothing', async () => {
    const i18n = await fresh('ar');
    registerResources(i18n);
    const once = JSON.stringify(i18n.store.data);
    registerResources(i18n);
    expect(JSON.stringify(i18n.store.data)).toBe(once);
  });

  it('loads one language alone', async () => {
    const i18n = await fresh('ar');
    registerResources(i18n, { lang: 'ar' });
    expect(Object.keys(i18n.store.data)).toEqual(['ar']);
  });

  it('never touches the global i18next instance', async () => {
    const before = JSON.stringify(i18next.store?.data ?? null);
    registerResources(await fresh('en'));
    expect(JSON.stringify(i18next.store?.data ?? null)).toBe(before);
    expect(i18next.hasResourceBundle?.('en', 'owkb-ui') ?? false).toBe(false);
  });

  it('works with react-style namespaces lists: the names it returns are loaded', async () => {
    const i18n = await fresh('en');
    const names = registerResources(i18n, { namespaces: ['ui', 'entities'], prefix: 'kb-' });
    expect(names).toEqual(['kb-ui', 'kb-entities']);
    for (const ns of names) expect(i18n.hasLoadedNamespace(ns)).toBe(true);
  });

  it('throws a TypeError naming the function and argument on bad input', async () => {
    expect(() => registerResources({} as never)).toThrow('registerResources: i18n must be an i18next instance');
    expect(() => registerResources(null as never)).toThrow(TypeError);
    const i18n = await fresh('en');
    expect(() => registerResources(i18n, { lang: 'de' as never })).toThrow("registerResources: options.lang must be one of 'ar', 'en'");
    expect(() => registerResources(i18n, { overwrite: 'yes' as never })).toThrow('registerResources: options.overwrite must be a boolean');
  });
});
