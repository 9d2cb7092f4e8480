// The closed lists the run-time path reads. They live apart from the zod schemas (which are
// built from them) so that reading records, searching or filtering a timeline never loads zod.

/**
 * Every language of the knowledge base, Arabic first (frozen).
 *
 * @example
 * LANGS.map((lang) => getEntity('meta')?.name[lang]) //=> ['ميتا', 'Meta']
 */
export const LANGS = /*@__PURE__*/ Object.freeze(['ar', 'en'] as const);
/** `'ar' | 'en'`. */
export type Lang = (typeof LANGS)[number];

/**
 * Every status an event can have (frozen): whether it happened, is planned, was put off, or
 * is only said or guessed to have.
 *
 * @example
 * EVENT_STATUSES.includes('postponed') //=> true
 */
export const EVENT_STATUSES = /*@__PURE__*/ Object.freeze(['occurred', 'ongoing', 'planned', 'postponed', 'rumoured', 'speculative'] as const);
/** `'occurred' | 'ongoing' | 'planned' | 'postponed' | 'rumoured' | 'speculative'`. */
export type EventStatus = (typeof EVENT_STATUSES)[number];
