import { z } from 'zod';
import { schemaRegistry } from './registry.js';
import { IdSchema, LocalizedListSchema, LocalizedSchema } from './common.js';
import { SourcesSchema } from './source.js';

/**
 * What an entity is.
 *
 * @example
 * EntityKindSchema.options.includes('model') //=> true
 */
export const EntityKindSchema = z
  .enum(['person', 'organization', 'model', 'product', 'platform', 'group'])
  .register(schemaRegistry, { id: 'EntityKind' });
/** `'person' | 'organization' | 'model' | 'product' | 'platform' | 'group'`. */
export type EntityKind = z.infer<typeof EntityKindSchema>;

/**
 * How one entity stands to another, read "subject <type> target".
 *
 * @example
 * RelationTypeSchema.parse('developed-by') //=> 'developed-by'
 */
export const RelationTypeSchema = z
  .enum(['ceo-of', 'leads', 'developed-by', 'rival-of', 'hires-from', 'member-of', 'successor-of', 'posted-on'])
  .register(schemaRegistry, { id: 'RelationType' });
/** The name of a relation, e.g. `'ceo-of'`. */
export type RelationType = z.infer<typeof RelationTypeSchema>;

/**
 * A sourced edge from one entity to another.
 *
 * @example
 * RelationSchema.parse({
 *   type: 'ceo-of',
 *   target: 'openai',
 *   sources: [{ kind: 'article', paragraph: 1, excerpt: 'الرئيس التنفيذي' }],
 * }).type //=> 'ceo-of'
 */
export const RelationSchema = z
  .object({ type: RelationTypeSchema, target: IdSchema, sources: SourcesSchema })
  .register(schemaRegistry, { id: 'Relation' });
/** A sourced edge to another entity. */
export type Relation = z.infer<typeof RelationSchema>;

/**
 * A person, organization, model, product, platform or group the article names.
 * `aliases` holds every other spelling a reader may type, the article's own among them;
 * `sameAs` links it to Wikidata where the id was checked.
 *
 * @example
 * EntitySchema.parse(getEntity('sam-altman')).name.ar //=> 'سام ألتمان'
 */
export const EntitySchema = z
  .object({
    id: IdSchema,
    kind: EntityKindSchema,
    name: LocalizedSchema,
    description: LocalizedSchema,
    aliases: LocalizedListSchema,
    /**
     * The same entity in other knowledge bases, as absolute IRIs
     * (`https://www.wikidata.org/entity/Q…`); empty when none was checked. Each id's check is
     * an `{ kind: 'external' }` source in `sources`. May be left out of input data (read as `[]`).
     */
    sameAs: z.array(z.string().regex(/^https:\/\/www\.wikidata\.org\/entity\/Q[1-9]\d*$/, 'expected a Wikidata entity IRI')).default([]),
    /** Handles on X, without the `@`. */
    handles: z.array(z.string().regex(/^\w{1,15}$/, 'expected an X handle without @')),
    relations: z.array(RelationSchema),
    sources: SourcesSchema,
  })
  .register(schemaRegistry, { id: 'Entity' });
/** A person, organization, model, product, platform or group. */
export type Entity = z.infer<typeof EntitySchema>;
