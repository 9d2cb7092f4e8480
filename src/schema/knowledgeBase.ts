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
    const idsOf = (collection: keyof typeof data) => {
      const seen = new Set<string>();
      data[collection].forEach((record, index) => {
        if (seen.has(record.id)) {
          ctx.addIssue({ code: 'custom', path: [collection, index, 'id'], message: `duplicate id "${record.id}" in ${collection}` });
        }
        seen.add(record.id);
      });
      return seen;
    };
    const entityIds = idsOf('entities');
    const termIds = idsOf('glossary');
    idsOf('events');
    const quoteIds = idsOf('quotes');
    const check = (ids: Set<string>, what: string, id: string, path: Path) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path, message: `unknown ${what} id "${id}"` });
    };
    data.entities.forEach((entity, i) =>
      entity.relations.forEach((relation, j) => check(entityIds, 'entity', relation.target, ['entities', i, 'relations', j, 'target'])),
    );
    data.events.forEach((event, i) =>
      event.participants.forEach((id, j) => check(entityIds, 'entity', id, ['events', i, 'participants', j])),
    );
    data.quotes.forEach((quote, i) => check(entityIds, 'entity', quote.speaker, ['quotes', i, 'speaker']));
    data.quotes.forEach((quote, i) => {
      if (quote.partOf !== undefined) check(quoteIds, 'quote', quote.partOf, ['quotes', i, 'partOf']);
    });
    data.glossary.forEach((term, i) => {
      term.relatedTerms.forEach((id, j) => check(termIds, 'term', id, ['glossary', i, 'relatedTerms', j]));
      term.relatedEntities.forEach((id, j) => check(entityIds, 'entity', id, ['glossary', i, 'relatedEntities', j]));
    });
  })
  .register(schemaRegistry, { id: 'KnowledgeBaseData' });

/** The data a knowledge base is made from, as `createKnowledgeBase` accepts it. */
export type KnowledgeBaseData = z.input<typeof KnowledgeBaseDataSchema>;
