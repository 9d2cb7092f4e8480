import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/format/index.js';
import { events, getEvent, quotes } from '../../src/index.js';

describe('formatDate', () => {
  it('writes a day in Arabic with Arabic-Indic digits, or Latin digits when asked', () => {
    expect(formatDate({ precision: 'day', value: '2025-07-11' }, 'ar')).toBe('١١ يوليو ٢٠٢٥');
    expect(formatDate({ precision: 'day', value: '2025-07-11' }, 'ar', { digits: 'latn' })).toBe('11 يوليو 2025');
    expect(formatDate({ precision: 'day', value: '2025-07-11' }, 'en')).toBe('11 July 2025');
  });

  it('shows no day for a month-only date and only the year for a year', () => {
    expect(formatDate({ precision: 'month', value: '2025-07' }, 'en')).toBe('July 2025');
    expect(formatDate({ precision: 'month', value: '2025-07' }, 'ar')).toBe('يوليو ٢٠٢٥');
    expect(formatDate({ precision: 'year', value: '2025' }, 'ar')).toBe('٢٠٢٥');
    expect(formatDate('2025-07', 'en', { month: 'short' })).toBe('Jul 2025');
  });

  it('says undated, or what the caller asks', () => {
    expect(formatDate({ precision: 'undated' }, 'ar')).toBe('غير مؤرخ');
    expect(formatDate({ precision: 'undated' }, 'en', { undated: '—' })).toBe('—');
  });

  it('reads ISO strings at their precision', () => {
    expect(formatDate('2025-07-11', 'en')).toBe('11 July 2025');
    expect(formatDate('2025', 'en')).toBe('2025');
  });

  it('never shifts a calendar date, whatever the process time zone', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(formatDate('2025-07-11', 'en'), tz).toBe('11 July 2025');
        expect(formatDate({ precision: 'month', value: '2025-07' }, 'en'), tz).toBe('July 2025');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('shows an instant as the calendar day of the zone asked (UTC by default)', () => {
    // Altman's post: 11 July in California, already 12 July in UTC.
    expect(formatDate('2025-07-12T01:00:00Z', 'en')).toBe('12 July 2025');
    expect(formatDate('2025-07-12T01:00:00Z', 'en', { timeZone: 'America/Los_Angeles' })).toBe('11 July 2025');
  });

  it("names the zone a record's date was read in when asked", () => {
    const date = getEvent('altman-delay-announcement')!.date;
    expect(formatDate(date, 'en', { showTimeZone: true })).toBe('11 July 2025 (Pacific Time)');
    expect(formatDate(date, 'ar', { showTimeZone: true })).toMatch(/^١١ يوليو ٢٠٢٥ \(.+\)$/);
    expect(formatDate(date, 'en')).toBe('11 July 2025');
    expect(formatDate({ precision: 'day', value: '2025-07-13', timeZone: 'UTC' }, 'en', { showTimeZone: true })).toBe('13 July 2025 (UTC)');
    expect(formatDate({ precision: 'day', value: '2025-07-13', timeZone: 'UTC' }, 'ar', { showTimeZone: true })).toBe('١٣ يوليو ٢٠٢٥ (بالتوقيت العالمي المنسق)');
  });

  it('formats every date of the bundled records in both languages', () => {
    for (const record of [...events, ...quotes])
      for (const lang of ['ar', 'en'] as const) {
        const text = formatDate(record.date, lang);
        expect(text.length, record.id).toBeGreaterThan(0);
        if (lang === 'ar') expect(text, record.id).not.toMatch(/[0-9]/);
      }
  });

  it.each([
    [null, 'en', 'formatDate: date must be a date object or an ISO date string, got null'],
    ['11/07/2025', 'en', 'formatDate: date must be an ISO date'],
    ['2025-02-30', 'en', 'formatDate: date "2025-02-30" is not a calendar date'],
    [{ precision: 'day', value: '2025-07' }, 'en', "formatDate: date.value \"2025-07\" does not match precision 'day'"],
    [{ precision: 'week', value: '2025-07' }, 'en', 'formatDate: date.precision must be'],
    [{ precision: 'day', value: '2025-07-11', timeZone: 'Mars/Olympus' }, 'en', 'formatDate: date.timeZone must be an IANA time zone'],
    ['2025-07-11', 'fr', "formatDate: lang must be 'ar' or 'en', got \"fr\""],
  ])('throws a TypeError naming the argument for %j in %s', (date, lang, message) => {
    expect(() => formatDate(date as never, lang as never)).toThrow(TypeError);
    expect(() => formatDate(date as never, lang as never)).toThrow(message);
  });

  it('throws a TypeError naming a bad option', () => {
    expect(() => formatDate('2025', 'en', { digits: 'roman' as never })).toThrow("formatDate: options.digits must be 'arab' or 'latn'");
    expect(() => formatDate('2025', 'en', { timeZone: 'Nowhere' })).toThrow('formatDate: options.timeZone must be an IANA time zone');
  });
});
