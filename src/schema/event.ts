import { z } from 'zod';
import { EVENT_STATUSES, type EventStatus } from '../enums.js';
import { schemaRegistry } from './registry.js';
import { IdSchema, LocalizedSchema } from './common.js';
import { SourcesSchema } from './source.js';

const dated = <P extends 'day' | 'month' | 'year'>(precision: P, value: z.ZodType<string>) =>
  z.object({
    precision: z.literal(precision),
    /** ISO 8601 at that precision: `2025-07-11`, `2025-07` or `2025`. */
    value,
    /** The IANA time zone the calendar date is read in, where it matters (`UTC`, `America/Los_Angeles`). */
    timeZone: z.string().min(1).optional(),
    sources: SourcesSchema,
  });

/**
 * When something happened, at the precision the sources give: a day, a month, a year, or
 * no date at all.
 *
 * @example
 * EventDateSchema.parse({
 *   precision: 'day',
 *   value: '2025-07-11',
 *   sources: [{ kind: 'article', paragraph: 3, excerpt: 'في 11 يوليو' }],
 * }).value //=> '2025-07-11'
 */
export const EventDateSchema = z
  .discriminatedUnion('precision', [
    dated('day', z.iso.date()),
    dated('month', z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM')),
    dated('year', z.string().regex(/^\d{4}$/, 'expected YYYY')),
    z.object({ precision: z.literal('undated') }),
  ])
  .register(schemaRegistry, { id: 'EventDate' });
/** A date with its precision, or `{ precision: 'undated' }`. */
export type EventDate = z.infer<typeof EventDateSchema>;
/** `'day' | 'month' | 'year' | 'undated'`. */
export type DatePrecision = EventDate['precision'];

/**
 * Whether an event happened, is planned, was put off, or is only said or guessed to have.
 *
 * @example
 * EventStatusSchema.safeParse('happened').success //=> false
 */
export const EventStatusSchema = z
  .enum(EVENT_STATUSES)
  .register(schemaRegistry, { id: 'EventStatus' });
export type { EventStatus };

/**
 * Something that happened, is planned, or is rumoured. Where the sources give one thing two
 * calendar dates (the same instant read in two time zones), `date` is the one the article's
 * text gives, `otherDates` holds the rest, and `dateNote` says why they differ.
 *
 * @example
 * KbEventSchema.parse(getEvent('kimi-k2-release')).date //=> { precision: 'day', value: '2025-07-11', … }
 */
export const KbEventSchema = z
  .object({
    id: IdSchema,
    status: EventStatusSchema,
    date: EventDateSchema,
    otherDates: z.array(EventDateSchema),
    title: LocalizedSchema,
    summary: LocalizedSchema,
    dateNote: LocalizedSchema.optional(),
    /** Entity ids. */
    participants: z.array(IdSchema),
    sources: SourcesSchema,
  })
  .register(schemaRegistry, { id: 'KbEvent' });
/** An event (named `KbEvent` so as not to clash with the DOM's `Event`). */
export type KbEvent = z.infer<typeof KbEventSchema>;
