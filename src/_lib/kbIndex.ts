import type { Localized } from '../schema/common.js';
import type { Entity } from '../schema/entity.js';
import type { KbEvent } from '../schema/event.js';
import type { Quote } from '../schema/quote.js';
import type { Term } from '../schema/term.js';
import { type Frozen, deepFreeze } from './deepFreeze.js';
import { lazy } from './lazy.js';
import { type SearchIndex, buildSearchIndex } from './searchIndex.js';

/** The kinds of record a knowledge base holds, in the order results list them on a tie. */
export const RECORD_KINDS = ['entity', 'term', 'event', 'quote'] as const;
/** `'entity' | 'term' | 'event' | 'quote'`. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The record type of each kind. */
export interface RecordOf {
  entity: Frozen<Entity>;
  event: Frozen<KbEvent>;
  quote: Frozen<Quote>;
  term: Frozen<Term>;
}
/** Any record, tagged with its kind. */
export type AnyRecord = { [K in RecordKind]: { kind: K; id: string; record: RecordOf[K] } }[RecordKind];

/** The validated data of a knowledge base, deep-frozen. */
export interface FrozenData {
  readonly entities: readonly RecordOf['entity'][];
  readonly events: readonly RecordOf['event'][];
  readonly quotes: readonly RecordOf['quote'][];
  readonly glossary: readonly RecordOf['term'][];
}

/** Everything the query helpers read: the data, id maps, and the search index built on first use. */
export interface KbIndex {
  readonly data: FrozenData;
  readonly byId: { readonly [K in RecordKind]: ReadonlyMap<string, RecordOf[K]> };
  /** Every record in one list: entities, terms, events, quotes. */
  readonly records: readonly AnyRecord[];
  readonly search: () => SearchIndex;
}

/** The short bilingual label of a record, as search hits show it. */
export function labelOf(item: AnyRecord): Frozen<Localized> {
  switch (item.kind) {
    case 'entity':
      return item.record.name;
    case 'event':
      return item.record.title;
    case 'quote':
      return item.record.text;
    case 'term':
      return Object.freeze({ ar: item.record.forms.ar.preferred, en: item.record.forms.en.preferred });
  }
}

/** Freezes valid data and builds the id maps; the search index waits for the first search. */
export function createIndex(data: {
  entities: Entity[];
  events: KbEvent[];
  quotes: Quote[];
  glossary: Term[];
}): KbIndex {
  const frozen: FrozenData = deepFreeze(data);
  const tag = <K extends RecordKind>(kind: K, list: readonly RecordOf[K][]) =>
    list.map((record) => Object.freeze({ kind, id: record.id, record }) as unknown as AnyRecord);
  const records: AnyRecord[] = [
    ...tag('entity', frozen.entities),
    ...tag('term', frozen.glossary),
    ...tag('event', frozen.events),
    ...tag('quote', frozen.quotes),
  ];
  const mapOf = <T extends { readonly id: string }>(list: readonly T[]): ReadonlyMap<string, T> =>
    new Map(list.map((record) => [record.id, record]));
  return {
    data: frozen,
    byId: {
      entity: mapOf(frozen.entities),
      event: mapOf(frozen.events),
      quote: mapOf(frozen.quotes),
      term: mapOf(frozen.glossary),
    },
    records,
    search: lazy(() => buildSearchIndex(records)),
  };
}
