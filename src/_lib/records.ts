import type { Localized } from '../schema/common.js';
import type { Entity } from '../schema/entity.js';
import type { KbEvent } from '../schema/event.js';
import type { Quote } from '../schema/quote.js';
import type { Term } from '../schema/term.js';
import type { Frozen } from './deepFreeze.js';

/** The kinds of record a knowledge base holds, in the order results list them on a tie. */
export const RECORD_KINDS: readonly ['entity', 'term', 'event', 'quote'] = /*@__PURE__*/ Object.freeze(['entity', 'term', 'event', 'quote'] as const);
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
