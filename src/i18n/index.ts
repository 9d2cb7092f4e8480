/**
 * `open-weight-kb/i18n`: the package's strings as i18next resources a host owns (fresh copies,
 * prefixed namespaces, standard plurals) and the types for typed keys.
 *
 * @packageDocumentation
 */
export { createResources, type CreateResourcesOptions } from './createResources.js';
export { registerResources, type RegisterResourcesOptions, type ResourceTarget } from './registerResources.js';
export { NAMESPACES, DEFAULT_PREFIX, type Namespace, type DefaultPrefix } from './namespaces.js';
export type { NamespaceStrings, OwkbResources, ResourcesByLang, UiStrings } from './types.js';
