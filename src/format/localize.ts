import { describe } from '../_lib/assert.js';
import { assertLang } from '../_lib/localeTag.js';
import type { Lang } from '../enums.js';

/**
 * The one-language view of a record type: every `{ ar, en }` pair becomes its value in one
 * language, everything else keeps its shape (read-only marks dropped).
 */
export type LocalizedView<T> = T extends string | number | boolean | bigint | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? LocalizedView<U>[]
    : T extends { readonly ar: infer A; readonly en: unknown }
      ? [Exclude<keyof T, 'ar' | 'en'>] extends [never]
        ? LocalizedView<A>
        : { -readonly [K in keyof T]: LocalizedView<T[K]> }
      : { -readonly [K in keyof T]: LocalizedView<T[K]> };

/**
 * A plain copy of a record in one language, for templates: each `{ ar, en }` pair (a name, a
 * summary, a term's forms) is replaced by its value in `lang`, at any depth. The record is
 * not changed; the copy is not frozen.
 *
 * @param record Any record (entity, event, quotation, term, search hit) or array of them.
 * @param lang `'ar'` or `'en'`.
 * @returns The copy.
 * @throws {TypeError} If `record` is not an object or `lang` is not `'ar'`/`'en'`.
 * @example
 * localize(getEntity('sam-altman'), 'ar').name //=> 'سام ألتمان'
 * localize(getTerm('open-sourcing'), 'en').forms.preferred //=> 'open-sourcing'
 * localize(getEvent('kimi-k2-release'), 'en').date.value //=> '2025-07-11'
 */
export function localize<T extends object>(record: T, lang: Lang): LocalizedView<T> {
  if (record === null || typeof record !== 'object') throw new TypeError(`localize: record must be an object, got ${describe(record)}`);
  assertLang('localize', lang);
  return pick(record, lang) as LocalizedView<T>;
}

function pick(value: unknown, lang: Lang): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => pick(item, lang));
  const keys = Object.keys(value);
  if (keys.length === 2 && 'ar' in value && 'en' in value) return pick((value as Record<Lang, unknown>)[lang], lang);
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = pick((value as Record<string, unknown>)[key], lang);
  return out;
}
