import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import arUi from '../../locales/ar/ui.json';
import enUi from '../../locales/en/ui.json';
import { createResources } from '../../src/i18n/index.js';

// Counts that reach every Arabic category several times: 0 zero, 1 one, 2 two, 3–10 few,
// 11–99 many, 100–102 other, and the same again past each hundred and thousand.
const COUNTS = [...Array.from({ length: 130 }, (_, i) => i), 200, 201, 202, 203, 211, 299, 1000, 1001, 1002, 1003, 1011, 1099, 1100, 100_000, 1_000_000, 1_234_567];
const counted = (ui: Record<string, unknown>) => [...new Set(Object.keys(ui).filter((k) => /_other$/.test(k)).map((k) => k.replace(/_other$/, '')))];

async function tOf(lng: 'ar' | 'en', digits?: 'arab' | 'latn') {
  const i18n = createInstance();
  await i18n.init({ lng, resources: createResources({ lang: lng, namespaces: ['ui'], ...(digits && { digits }) }) });
  return i18n.t;
}

describe('counted strings in ui.json', () => {
  it('exist, and the Arabic ones have all six forms Intl.PluralRules("ar") names', () => {
    const bases = counted(arUi);
    expect(bases.length).toBeGreaterThanOrEqual(6);
    expect(counted(enUi)).toEqual(bases);
    const categories = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
    expect([...categories].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    for (const base of bases)
      for (const category of categories) expect(arUi, `${base}_${category}`).toHaveProperty(`${base}_${category}`);
  });

  it('interpolate {{count}} (never a caller-formatted {{n}}) wherever a form shows the number', () => {
    for (const ui of [arUi, enUi])
      for (const [key, text] of Object.entries(ui))
        if (typeof text === 'string') expect(text, key).not.toMatch(/\{\{n\}\}/);
  });

  it.each(counted(arUi))('Arabic %s picks the form Intl.PluralRules("ar") selects, with Arabic-Indic digits from i18next', async (base) => {
    const t = await tOf('ar');
    const rules = new Intl.PluralRules('ar');
    const digits = new Intl.NumberFormat('ar-u-nu-arab');
    for (const count of COUNTS) {
      const form = (arUi as unknown as Record<string, string>)[`${base}_${rules.select(count)}`]!;
      const expected = form.replace(/\{\{count[^}]*\}\}/, digits.format(count));
      const got = t(`owkb-ui:${base}`, { count });
      expect(got, `${base} ${count}`).toBe(expected);
      expect(got, `${base} ${count}`).not.toMatch(/[0-9{}]/);
    }
  });

  it('Arabic plurals take Latin digits when asked (digits: "latn")', async () => {
    const t = await tOf('ar', 'latn');
    expect(t('owkb-ui:entity', { count: 11 })).toBe('11 كيانًا');
    expect(t('owkb-ui:entity', { count: 1000 })).toBe('1,000 كيان');
    expect(t('owkb-ui:entity', { count: 2 })).toBe('كيانان');
  });

  it.each(counted(enUi))('English %s picks one or other, with Latin digits and grouping', async (base) => {
    const t = await tOf('en');
    const rules = new Intl.PluralRules('en');
    for (const count of COUNTS) {
      const form = (enUi as unknown as Record<string, string>)[`${base}_${rules.select(count)}`]!;
      expect(t(`owkb-ui:${base}`, { count })).toBe(form.replace(/\{\{count[^}]*\}\}/, count.toLocaleString('en')));
    }
  });

  it('formats other numbers through i18next too', async () => {
    expect((await tOf('ar'))('owkb-ui:paragraph', { paragraph: 18 })).toBe('الفقرة ١٨');
    expect((await tOf('en'))('owkb-ui:paragraph', { paragraph: 18 })).toBe('Paragraph 18');
  });
});
