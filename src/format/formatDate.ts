import { assertOptions, describe } from '../_lib/assert.js';
import { type Digits, localeTag } from '../_lib/localeTag.js';
import type { Lang } from '../enums.js';

/** A date as the records hold it (`event.date`, `quote.date`): extra fields such as `sources` are ignored. */
export type DateInput =
  | { readonly precision: 'day' | 'month' | 'year'; readonly value: string; readonly timeZone?: string | undefined }
  | { readonly precision: 'undated' }
  | string;

/** Options of `formatDate`. */
export interface FormatDateOptions {
  /** `'arab'` (٠١٢٣) or `'latn'` (0123). Default: Arabic-Indic in Arabic, Latin in English. */
  digits?: Digits;
  /** How the month is written. Default: `'long'` (`July`, `يوليو`). */
  month?: 'long' | 'short' | 'numeric';
  /** The text for an undated value. Default: `'undated'` / `'غير مؤرخ'`. */
  undated?: string;
  /**
   * For a date-time string (an instant), the IANA zone whose calendar day is shown. Default:
   * `'UTC'`. A calendar date (`2025-07-11`) is never shifted: it is the same day everywhere.
   */
  timeZone?: string;
  /** Add the zone a record's date was read in, e.g. `11 July 2025 (Pacific Time)`. Default: `false`. */
  showTimeZone?: boolean;
}

const UNDATED: Record<Lang, string> = { ar: 'غير مؤرخ', en: 'undated' };
const UTC_NAME: Record<Lang, string> = { ar: 'بالتوقيت العالمي المنسق', en: 'UTC' };
const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Writes a date at the precision it is known: a day, a month (no day shown) or a year, or
 * "undated". A calendar date is formatted in UTC, so no reader sees the day before or after;
 * a date-time string is shown as the calendar day of `options.timeZone` (UTC by default).
 *
 * @param date An event's or quotation's `date`, `{ precision: 'undated' }`, or an ISO string
 *   (`2025-07-11`, `2025-07`, `2025`, or a date-time with `Z` or an offset).
 * @param lang `'ar'` or `'en'`.
 * @param options Digits, month style, undated text, time zone. @see FormatDateOptions
 * @returns The date as a reader of `lang` writes it.
 * @throws {TypeError} On a value that is not one of these shapes, an impossible date, or a `lang` other than `'ar'`/`'en'`.
 * @example
 * formatDate({ precision: 'day', value: '2025-07-11' }, 'ar') //=> '١١ يوليو ٢٠٢٥'
 * formatDate({ precision: 'month', value: '2025-07' }, 'en') //=> 'July 2025'
 * formatDate('2025-07-11', 'ar', { digits: 'latn' }) //=> '11 يوليو 2025'
 * formatDate('2025-07-12T01:00:00Z', 'en', { timeZone: 'America/Los_Angeles' }) //=> '11 July 2025'
 * formatDate({ precision: 'undated' }, 'en') //=> 'undated'
 */
export function formatDate(date: DateInput, lang: Lang, options?: FormatDateOptions): string {
  assertOptions('formatDate', 'options', options);
  const { digits, month = 'long', undated, timeZone, showTimeZone = false } = (options ?? {}) as FormatDateOptions;
  const locale = localeTag('formatDate', lang, digits);
  if (month !== 'long' && month !== 'short' && month !== 'numeric')
    throw new TypeError(`formatDate: options.month must be 'long', 'short' or 'numeric', got ${describe(month)}`);
  if (undated !== undefined && typeof undated !== 'string') throw new TypeError(`formatDate: options.undated must be a string, got ${describe(undated)}`);
  if (timeZone !== undefined) checkZone('options.timeZone', timeZone);

  if (typeof date === 'string' && INSTANT.test(date)) {
    const instant = Date.parse(date);
    if (Number.isNaN(instant)) throw new TypeError(`formatDate: date must be a valid ISO date, got ${describe(date)}`);
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month, day: 'numeric', timeZone: timeZone ?? 'UTC' }).format(instant);
  }
  const { precision, value, zone } = readDate(date);
  if (precision === 'undated') return undated ?? UNDATED[lang];
  const [, y, m, d] = CALENDAR_DATE.exec(value) ?? [];
  const expected = precision === 'day' ? d : precision === 'month' ? m && !d : y && !m;
  if (!y || !expected) throw new TypeError(`formatDate: date.value ${describe(value)} does not match precision '${precision}'`);
  const utc = Date.UTC(+y, m ? +m - 1 : 0, d ? +d : 1);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== +y || (m && back.getUTCMonth() !== +m - 1) || (d && back.getUTCDate() !== +d))
    throw new TypeError(`formatDate: date ${describe(value)} is not a calendar date`);
  const parts: Intl.DateTimeFormatOptions =
    precision === 'day' ? { year: 'numeric', month, day: 'numeric' } : precision === 'month' ? { year: 'numeric', month } : { year: 'numeric' };
  // A calendar date is not an instant: read in UTC it is the same day for every reader.
  const text = new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(utc);
  if (!showTimeZone || !zone) return text;
  // Intl names UTC "GMT+00:00" (غرينتش+٠٠:٠٠); readers know it as UTC.
  const name = /^(?:Etc\/)?(?:UTC|GMT|Zulu)$/i.test(zone)
    ? UTC_NAME[lang]
    : new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
        .formatToParts(utc + 12 * 3_600_000)
        .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${text} (${name})` : text;
}

function readDate(date: unknown): { precision: string; value: string; zone?: string } {
  if (typeof date === 'string') {
    const [, , m, d] = CALENDAR_DATE.exec(date) ?? [];
    if (!CALENDAR_DATE.test(date)) throw new TypeError(`formatDate: date must be an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time), got ${describe(date)}`);
    return { precision: d ? 'day' : m ? 'month' : 'year', value: date };
  }
  if (date === null || typeof date !== 'object' || Array.isArray(date))
    throw new TypeError(`formatDate: date must be a date object or an ISO date string, got ${describe(date)}`);
  const { precision, value, timeZone } = date as Record<string, unknown>;
  if (precision === 'undated') return { precision, value: '' };
  if (precision !== 'day' && precision !== 'month' && precision !== 'year')
    throw new TypeError(`formatDate: date.precision must be 'day', 'month', 'year' or 'undated', got ${describe(precision)}`);
  if (typeof value !== 'string') throw new TypeError(`formatDate: date.value must be a string, got ${describe(value)}`);
  if (timeZone !== undefined) checkZone('date.timeZone', timeZone);
  return { precision, value, ...(typeof timeZone === 'string' && { zone: timeZone }) };
}

function checkZone(arg: string, zone: unknown): void {
  try {
    if (typeof zone !== 'string') throw new RangeError();
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new TypeError(`formatDate: ${arg} must be an IANA time zone such as 'UTC' or 'America/Los_Angeles', got ${describe(zone)}`);
  }
}
