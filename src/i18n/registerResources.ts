import { readOptions, type CreateResourcesOptions, createResources } from './createResources.js';
import type { DefaultPrefix, Namespace } from './namespaces.js';
import type { Lang } from '../enums.js';

/** What `registerResources` needs of an i18next instance (any i18next ≥ 26 `i18n` has it). */
export interface ResourceTarget {
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean, overwrite?: boolean): unknown;
}

/** Options of `registerResources`. */
export interface RegisterResourcesOptions<L extends Lang = Lang, P extends string = DefaultPrefix, N extends Namespace = Namespace>
  extends CreateResourcesOptions<L, P, N> {
  /** Replace keys the instance already has under the package's namespaces. Default: `false` (the host's keys win). */
  overwrite?: boolean;
}

/**
 * Adds the package's strings to the i18next instance given, as fresh deep copies: strings the
 * instance already has are kept (unless `overwrite`), calling it again changes nothing, and no
 * other instance, the global `i18next` included, is touched. Nothing is registered on import.
 *
 * @param i18n An i18next instance, e.g. from `createInstance()`.
 * @param options Languages, prefix, namespaces, digits, overwrite. @see RegisterResourcesOptions
 * @returns The prefixed namespace names added, e.g. for `useTranslation(namespaces)`.
 * @example
 * const i18n = createInstance();
 * await i18n.init({ lng: 'en', resources: { en: { 'owkb-ui': { title: 'My app' } } } });
 * registerResources(i18n) //=> ['owkb-entities', 'owkb-events', 'owkb-quotes', 'owkb-glossary', 'owkb-ui']
 * i18n.t('owkb-ui:title') //=> 'My app' (the host's key is kept)
 * i18n.t('owkb-ui:entity', { count: 3 }) //=> '3 entities'
 */
export function registerResources<L extends Lang = Lang, P extends string = DefaultPrefix, N extends Namespace = Namespace>(
  i18n: ResourceTarget,
  options?: RegisterResourcesOptions<L, P, N>,
): readonly `${P}${N}`[] {
  if (i18n === null || typeof i18n !== 'object' || typeof (i18n as Partial<ResourceTarget>).addResourceBundle !== 'function')
    throw new TypeError('registerResources: i18n must be an i18next instance (with addResourceBundle)');
  const { overwrite = false, ...rest } = options ?? {};
  readOptions('registerResources', options);
  if (typeof overwrite !== 'boolean') throw new TypeError(`registerResources: options.overwrite must be a boolean, got ${typeof overwrite}`);
  const resources = createResources(rest as CreateResourcesOptions<L, P, N>) as Record<string, Record<string, object>>;
  const names = new Set<string>();
  for (const [lang, bundles] of Object.entries(resources))
    for (const [ns, strings] of Object.entries(bundles)) {
      i18n.addResourceBundle(lang, ns, strings, true, overwrite);
      names.add(ns);
    }
  return Object.freeze([...names]) as readonly `${P}${N}`[];
}
