/**
 * The namespaces of the package's strings, before any prefix: one per collection of records,
 * plus `ui` for interface labels.
 *
 * @example
 * NAMESPACES //=> ['entities', 'events', 'quotes', 'glossary', 'ui']
 */
export const NAMESPACES = Object.freeze(['entities', 'events', 'quotes', 'glossary', 'ui'] as const);
/** `'entities' | 'events' | 'quotes' | 'glossary' | 'ui'`. */
export type Namespace = (typeof NAMESPACES)[number];

/**
 * The prefix put before every namespace unless another is asked for, so that the package's
 * `ui` or `entities` never meets a host's own namespace of that name.
 *
 * @example
 * `${DEFAULT_PREFIX}entities` //=> 'owkb-entities'
 */
export const DEFAULT_PREFIX = 'owkb-';
/** The type of `DEFAULT_PREFIX`. */
export type DefaultPrefix = typeof DEFAULT_PREFIX;
