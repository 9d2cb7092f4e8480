import { assertOneOf, assertOptions, describe } from '../_lib/assert.js';
import { LANGS, type Lang } from '../enums.js';
import { localeStrings } from './localeStrings.js';
import { DEFAULT_PREFIX, type DefaultPrefix, NAMESPACES, type Namespace } from './namespaces.js';
import type { ResourcesByLang } from './types.js';

/** Options of `createResources` (and of `registerResources`). */
export interface CreateResourcesOptions<L extends Lang = Lang, P extends string = DefaultPrefix, N extends Namespace = Namespace> {
  /** One language or several. Default: both, `['ar', 'en']`. */
  lang?: L | readonly L[];
  /** Put before every namespace name; `''` for none. No `:` or space. Default: `'owkb-'`. */
  prefix?: P;
  /** Only these namespaces (unprefixed names). Default: all of `NAMESPACES`. */
  namespaces?: readonly N[];
  /**
   * The digits i18next writes numbers with in the Arabic strings: `'arab'` (٠١٢٣, the
   * default) or `'latn'` (0123, as in `ar-u-nu-latn`). English always uses Latin digits.
   */
  digits?: 'arab' | 'latn';
}

/**
 * Fresh i18next resources: a new deep copy on every call, so an instance may add, change or
 * remove strings without any other instance (or the package) seeing it. Namespaces are
 * prefixed (`owkb-entities`, `owkb-ui`, …) so they cannot collide with a host's own.
 * Counted strings use i18next's `{{count}}` with every plural form of the language, and
 * i18next itself writes the digits.
 *
 * @param options Languages, prefix, namespaces and Arabic digits. @see CreateResourcesOptions
 * @returns `{ [lang]: { [prefixedNamespace]: strings } }`, for `init({ resources })`.
 * @example
 * import { createInstance } from 'i18next';
 * const i18n = createInstance();
 * await i18n.init({ lng: 'ar', resources: createResources() });
 * i18n.t('owkb-entities:sam-altman.name') //=> 'سام ألتمان'
 * i18n.t('owkb-ui:entity', { count: 11 }) //=> '١١ كيانًا'
 * createResources({ lang: 'en', namespaces: ['ui'] }) //=> { en: { 'owkb-ui': { title: 'OpenAI delays…', … } } }
 */
export function createResources<L extends Lang = Lang, P extends string = DefaultPrefix, N extends Namespace = Namespace>(
  options?: CreateResourcesOptions<L, P, N>,
): ResourcesByLang<L, P, N> {
  const { langs, prefix, namespaces, digits } = readOptions('createResources', options);
  const out: Record<string, Record<string, unknown>> = {};
  for (const lang of langs) {
    const bundle: Record<string, unknown> = {};
    for (const ns of namespaces) {
      const strings = copy(localeStrings[lang][ns]);
      bundle[`${prefix}${ns}`] = lang === 'ar' && digits === 'latn' ? latinDigits(strings) : strings;
    }
    out[lang] = bundle;
  }
  return out as ResourcesByLang<L, P, N>;
}

/** Checks the options shared with `registerResources`; throws a `TypeError` naming `fn` and the option. */
export function readOptions(fn: string, options: unknown) {
  assertOptions(fn, 'options', options);
  const { lang, prefix = DEFAULT_PREFIX, namespaces = NAMESPACES, digits = 'arab' } = options ?? {};
  const langs = lang === undefined ? LANGS : Array.isArray(lang) ? lang : [lang];
  for (const l of langs) assertOneOf(fn, 'options.lang', l, LANGS);
  if (langs.length === 0) throw new TypeError(`${fn}: options.lang must name at least one language, got an empty array`);
  if (typeof prefix !== 'string' || /[\s:]/.test(prefix))
    throw new TypeError(`${fn}: options.prefix must be a string without ':' or spaces, got ${describe(prefix)}`);
  if (!Array.isArray(namespaces) || namespaces.length === 0)
    throw new TypeError(`${fn}: options.namespaces must be a non-empty array, got ${describe(namespaces)}`);
  for (const ns of namespaces) assertOneOf(fn, 'options.namespaces[]', ns, NAMESPACES);
  assertOneOf(fn, 'options.digits', digits, ['arab', 'latn'] as const);
  return { langs: langs as readonly Lang[], prefix, namespaces: namespaces as readonly Namespace[], digits: digits as 'arab' | 'latn' };
}

// JSON in, JSON out: a plain walk is a deep copy with no shared object or array left.
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}

// The Arabic strings ask i18next for `number(numberingSystem: arab)`; Latin digits swap that one option.
function latinDigits<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('numberingSystem: arab', 'numberingSystem: latn') as T;
  if (Array.isArray(value)) return value.map(latinDigits) as T;
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = latinDigits((value as Record<string, unknown>)[key]);
  }
  return value;
}
