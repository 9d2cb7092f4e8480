import { type Frozen, deepFreeze } from '../_lib/deepFreeze.js';
import { createResources } from './createResources.js';
import type { ResourcesByLang } from './types.js';

export { NAMESPACES } from './namespaces.js';

/**
 * Every string of the package, unprefixed and deep-frozen, for reading. Do not hand it to
 * i18next: i18next writes into the object it is given, so one instance would change every
 * other's strings (E02). Use `createResources()` or `registerResources(i18n)` from
 * `open-weight-kb/i18n`, which give each instance its own copy.
 *
 * @deprecated Read strings from the records, or use `createResources()` for i18next.
 * @example
 * resources.ar.entities['sam-altman'].name //=> 'سام ألتمان'
 * Object.isFrozen(resources.ar.ui) //=> true
 */
export const resources: Frozen<ResourcesByLang<'ar' | 'en', ''>> = /*@__PURE__*/ deepFreeze(/*@__PURE__*/ createResources({ prefix: '' }));
