import { z } from 'zod';
import { schemaRegistry } from './registry.js';
import { EntitySchema } from './entity.js';
import { KbEventSchema } from './event.js';
import { QuoteSchema } from './quote.js';
import { TermSchema } from './term.js';

type Path = (string | number)[];

/**
 * Everything a knowledge base holds. Besides each record's own shape it checks the whole:
 * ids unique within each collection, and every reference (relation target, participant,
 * speaker, whole quotation, related term or entity) naming a record that exists. Each problem is reported
 * at its path, e.g. `['events', 3, 'participants', 0]`.
 *
 * @example
 * KnowledgeBaseDataSchema.safeParse({ entities: [], events: [], quotes: [], glossary: [] }).success //=> true
 */
export const KnowledgeBaseDataSchema = z
  .object({
    entities: z.array(EntitySchema),
    events: z.array(KbEventSchema),
    quotes: z.array(QuoteSchema),
    glossary: z.array(TermSchema),
  })
  .superRefine((data, ctx) => {
    checkReferences(data, (issue) => ctx.addIssue({ code: 'custom', ...issue }));
  })
  .register(schemaRegistry, { id: 'KnowledgeBaseData' });

/** The data a knowledge base is made from, as `createKnowledgeBase` accepts it. */
export type KnowledgeBaseData = z.input<typeof KnowledgeBaseDataSchema>;

/** The records `checkReferences` reads: ids and the ids they refer to. */
interface ReferencingData {
  readonly entities: readonly { readonly id: string; readonly relations: readonly { readonly target: string }[] }[];
  readonly events: readonly { readonly id: string; readonly participants: readonly string[] }[];
  readonly quotes: readonly { readonly id: string; readonly speaker: string; readonly partOf?: string | undefined }[];
  readonly glossary: readonly { readonly id: string; readonly relatedTerms: readonly string[]; readonly relatedEntities: readonly string[] }[];
}

/** Each collection's records by id, as `checkReferences` files them. */
export type IdMaps<D extends ReferencingData> = { readonly [K in keyof ReferencingData]: ReadonlyMap<string, D[K][number]> };

/**
 * The checks across records: ids unique within each collection, and every reference naming
 * a record that exists. Each problem goes to `report`, in data order.
 *
 * @returns each collection's records by id (the first of a repeated id), which a knowledge
 *   base keeps for its look-ups instead of filing them again
 *
 * @example
 * checkReferences({ entities: [], events: [], quotes: [{ id: 'q', speaker: 'nobody' }], glossary: [] }, console.log)
 * // logs { path: ['quotes', 0, 'speaker'], message: 'unknown entity id "nobody"' }
 */
export function checkReferences<D extends ReferencingData>(data: D, report: (issue: { path: Path; message: string }) => void): IdMaps<D> {
  // Plain loops, and a path made only for a problem: this reads every reference of a
  // knowledge base of a million records.
  const idsOf = <K extends keyof ReferencingData>(collection: K): Map<string, D[K][number]> => {
    const list: D[K] = data[collection];
    // One look-up per record when every id is new, as in valid data; a repeated id is
    // then filed again a record at a time, to report it and keep the first.
    let seen = new Map<string, D[K][number]>();
    for (let i = 0; i < list.length; i++) seen.set(list[i]!.id, list[i]!);
    if (seen.size === list.length) return seen;
    seen = new Map();
    for (let i = 0; i < list.length; i++) {
      const record: D[K][number] = list[i]!;
      if (seen.has(record.id)) report({ path: [collection, i, 'id'], message: `duplicate id "${record.id}" in ${collection}` });
      else seen.set(record.id, record);
    }
    return seen;
  };
  const entityIds = idsOf('entities');
  const termIds = idsOf('glossary');
  const eventIds = idsOf('events');
  const quoteIds = idsOf('quotes');
  const unknown = (what: string, id: string, path: Path) => report({ path, message: `unknown ${what} id "${id}"` });
  const { entities, events, quotes, glossary } = data;
  for (let i = 0; i < entities.length; i++) {
    const relations = entities[i]!.relations;
    for (let j = 0; j < relations.length; j++) {
      const id = relations[j]!.target;
      if (!entityIds.has(id)) unknown('entity', id, ['entities', i, 'relations', j, 'target']);
    }
  }
  for (let i = 0; i < events.length; i++) {
    const participants = events[i]!.participants;
    for (let j = 0; j < participants.length; j++) {
      const id = participants[j]!;
      if (!entityIds.has(id)) unknown('entity', id, ['events', i, 'participants', j]);
    }
  }
  for (let i = 0; i < quotes.length; i++) {
    const { speaker, partOf } = quotes[i]!;
    if (!entityIds.has(speaker)) unknown('entity', speaker, ['quotes', i, 'speaker']);
    if (partOf !== undefined && !quoteIds.has(partOf)) unknown('quote', partOf, ['quotes', i, 'partOf']);
  }
  for (let i = 0; i < glossary.length; i++) {
    const { relatedTerms, relatedEntities } = glossary[i]!;
    for (let j = 0; j < relatedTerms.length; j++) {
      const id = relatedTerms[j]!;
      if (!termIds.has(id)) unknown('term', id, ['glossary', i, 'relatedTerms', j]);
    }
    for (let j = 0; j < relatedEntities.length; j++) {
      const id = relatedEntities[j]!;
      if (!entityIds.has(id)) unknown('entity', id, ['glossary', i, 'relatedEntities', j]);
    }
  }
  return { entities: entityIds, events: eventIds, quotes: quoteIds, glossary: termIds };
}
