import { type Frozen, deepFreeze } from './_lib/deepFreeze.js';
import type { AnyRecord, FrozenData, RecordKind, RecordOf } from './_lib/records.js';
import type { Entity } from './schema/entity.js';
import type { KbEvent } from './schema/event.js';
import type { Quote } from './schema/quote.js';
import type { Term } from './schema/term.js';
import type { SearchIndex } from './search/searchIndex.js';

/** What the query helpers read: the data, its id maps, every record in one list. */
export interface KbIndex {
  readonly data: FrozenData;
  readonly byId: { readonly [K in RecordKind]: ReadonlyMap<string, RecordOf[K]> };
  /** Every record in one list: entities, terms, events, quotes. */
  readonly records: readonly AnyRecord[];
}

/**
 * What `search` reads: the records and their search index, which the caller makes when it
 * likes (built at the first search, loaded from a saved index, unpacked) and keeps apart
 * from the `KbIndex`, so a bundle of the helpers that do not search holds no search engine.
 */
export interface Searchable {
  readonly records: readonly AnyRecord[];
  readonly search: () => SearchIndex;
}

/**
 * Freezes valid data and builds the id maps, unless the caller has them already (`byId`:
 * validation's, or the package's own; their records must be the very objects of `data`).
 */
export function createIndex(
  data: {
    entities: Entity[];
    events: KbEvent[];
    quotes: Quote[];
    glossary: Term[];
  },
  byId?: { readonly [K in keyof FrozenData]: ReadonlyMap<string, unknown> },
): KbIndex {
  const frozen: FrozenData = deepFreeze(data);
  const tag = <K extends RecordKind>(kind: K, list: readonly RecordOf[K][]) =>
    list.map((record) => Object.freeze({ kind, id: record.id, record }) as unknown as AnyRecord);
  const records: AnyRecord[] = [
    ...tag('entity', frozen.entities),
    ...tag('term', frozen.glossary),
    ...tag('event', frozen.events),
    ...tag('quote', frozen.quotes),
  ];
  const mapOf = <T extends { readonly id: string }>(list: readonly T[], filed?: ReadonlyMap<string, unknown>): ReadonlyMap<string, T> =>
    (filed as ReadonlyMap<string, T> | undefined) ?? new Map(list.map((record) => [record.id, record]));
  return {
    data: frozen,
    byId: {
      entity: mapOf(frozen.entities, byId?.entities),
      event: mapOf(frozen.events, byId?.events),
      quote: mapOf(frozen.quotes, byId?.quotes),
      term: mapOf(frozen.glossary, byId?.glossary),
    },
    records,
  };
}
