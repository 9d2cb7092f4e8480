import { assertOptions, assertString, describe } from '../_lib/assert.js';
import type { Frozen } from '../_lib/deepFreeze.js';
import type { FrozenData, RecordOf } from '../_lib/records.js';
import { EVENT_STATUSES, type EventStatus } from '../enums.js';
import type { EventDate } from '../schema/event.js';

/** Options of `timeline`. */
export interface TimelineFilter {
  /** Only events on or after this ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  from?: string;
  /** Only events on or before this ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  to?: string;
  /** Only events this entity id takes part in. */
  involving?: string;
  /** Only events of this status, or of any of these. */
  status?: EventStatus | readonly EventStatus[];
}

const ISO = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const STATUSES: readonly string[] = EVENT_STATUSES;

/** The first and last day an ISO date of any precision covers, as comparable strings. */
function span(value: string): [string, string] {
  return [value.padEnd(10, value.length === 4 ? '-01-01' : '-01').slice(0, 10), value.length === 10 ? value : `${value}-99`];
}

/** Whether a date of an event falls within [from, to], at its own precision. */
function within(date: Frozen<EventDate>, from: string, to: string): boolean {
  if (date.precision === 'undated') return false;
  const [first, last] = span(date.value);
  return last >= from && first <= to;
}

/** Events in date order, filtered; see `KnowledgeBase.timeline`. */
export function timeline(index: { readonly data: Pick<FrozenData, 'events'> }, filter?: unknown): readonly RecordOf['event'][] {
  assertOptions('timeline', 'filter', filter);
  const { from, to, involving, status } = filter ?? {};
  const bound = (name: string, value: unknown) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !ISO.test(value))
      throw new TypeError(`timeline: filter.${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${describe(value)}`);
    return span(value);
  };
  const lower = bound('from', from)?.[0];
  const upper = bound('to', to)?.[1];
  if (involving !== undefined) assertString('timeline', 'filter.involving', involving);
  const statuses = status === undefined ? undefined : new Set(Array.isArray(status) ? status : [status]);
  for (const s of statuses ?? [])
    if (!STATUSES.includes(s as string))
      throw new TypeError(`timeline: filter.status must be one of ${STATUSES.join(', ')}, got ${describe(s)}`);

  const all = inDateOrder(index.data.events);
  if (lower === undefined && upper === undefined && involving === undefined && statuses === undefined) return all;
  return Object.freeze(
    all.filter(
      (event) =>
        (involving === undefined || event.participants.includes(involving)) &&
        (statuses === undefined || statuses.has(event.status)) &&
        (lower === undefined && upper === undefined
          ? true
          : [event.date, ...event.otherDates].some((date) => within(date, lower ?? '0000', upper ?? '9999'))),
    ),
  );
}

/** Each frozen list of events in date order, sorted once (a list that can change is sorted per call). */
const SORTED = new WeakMap<readonly RecordOf['event'][], readonly RecordOf['event'][]>();

/** Dated before undated, speculation last; by date within each; data order on a tie. */
function inDateOrder(events: readonly RecordOf['event'][]): readonly RecordOf['event'][] {
  let sorted = SORTED.get(events);
  if (sorted === undefined) {
    const key = ({ status, date }: RecordOf['event']) =>
      `${status === 'speculative' ? 1 : 0}${date.precision === 'undated' ? '1' : `0${span(date.value)[0]}`}`;
    const keyed = events.map((event, order) => ({ event, order, key: key(event) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order));
    sorted = Object.freeze(keyed.map(({ event }) => event));
    if (Object.isFrozen(events)) SORTED.set(events, sorted);
  }
  return sorted;
}
