/**
 * `open-weight-kb/format`: Intl-based helpers for showing the records in a UI: dates at their
 * precision, numbers with the reader's digits, direction, bidi isolation and one-language views.
 *
 * @packageDocumentation
 */
export { formatDate, type DateInput, type FormatDateOptions } from './formatDate.js';
export { formatNumber, type FormatNumberOptions } from './formatNumber.js';
export { dir } from './dir.js';
export { isolate, FSI, PDI } from './isolate.js';
export { localize, type LocalizedView } from './localize.js';
export type { Digits } from '../_lib/localeTag.js';
