import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../locales/', import.meta.url);
const read = (lang: string, file: string): unknown => JSON.parse(readFileSync(new URL(`${lang}/${file}`, dir), 'utf8'));
const namespaces = readdirSync(new URL('en/', dir)).filter((file) => file.endsWith('.json'));

/** Every key path of an object; array items are leaves (lists may differ in length between languages). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, item]) => keyPaths(item, prefix ? `${prefix}.${key}` : key));
}

// i18next plural keys: `entity_one`, `entity_few`…; Arabic has six forms, English two.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const withoutPlural = (keys: string[]) => [...new Set(keys.map((key) => key.replace(PLURAL, '')))];

describe('locale files', () => {
  it('have the same namespaces in Arabic and English', () => {
    expect(readdirSync(new URL('ar/', dir)).sort()).toEqual(namespaces.sort());
  });

  it.each(namespaces)('%s has the same keys in both languages, no more and no fewer', (file) => {
    const ar = withoutPlural(keyPaths(read('ar', file)));
    const en = withoutPlural(keyPaths(read('en', file)));
    expect(ar.filter((key) => !en.includes(key)), 'only in ar').toEqual([]);
    expect(en.filter((key) => !ar.includes(key)), 'only in en').toEqual([]);
  });

  it.each(namespaces)('%s gives each plural every form the language needs, and no other', (file) => {
    for (const lang of ['ar', 'en']) {
      const keys = keyPaths(read(lang, file)).filter((key) => PLURAL.test(key));
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of withoutPlural(keys))
        expect(keys.filter((key) => key.startsWith(`${base}_`)).map((key) => key.slice(base.length + 1)).sort(), `${lang} ${base}`).toEqual(
          [...needed].sort(),
        );
    }
  });

  it.each(namespaces)('%s has no empty string', (file) => {
    for (const lang of ['ar', 'en']) {
      const text = JSON.stringify(read(lang, file));
      expect(text, `${lang}/${file}`).not.toContain('""');
    }
  });
});
