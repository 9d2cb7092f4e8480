import { z } from 'zod';
import { schemaRegistry } from './registry.js';

/**
 * A fact taken from the article: the paragraph (1-based line of the Arabic article) and a
 * short Arabic span that occurs in that paragraph verbatim.
 *
 * @example
 * ArticleSourceSchema.parse({ kind: 'article', paragraph: 7, excerpt: 'سام التمان' })
 * //=> { kind: 'article', paragraph: 7, excerpt: 'سام التمان' }
 */
export const ArticleSourceSchema = z
  .object({
    kind: z.literal('article'),
    paragraph: z.int().min(1),
    excerpt: z.string().min(1),
  })
  .register(schemaRegistry, { id: 'ArticleSource' });

/**
 * A fact from outside the article: what was checked, where (a title or an address) and,
 * when known, the date of that publication.
 *
 * @example
 * ExternalSourceSchema.parse({
 *   kind: 'external',
 *   checked: 'Kimi K2 total parameter count',
 *   where: 'MoonshotAI/Kimi-K2 README',
 * }).kind //=> 'external'
 */
export const ExternalSourceSchema = z
  .object({
    kind: z.literal('external'),
    checked: z.string().trim().min(1),
    where: z.string().trim().min(1),
    date: z.iso.date().optional(),
  })
  .register(schemaRegistry, { id: 'ExternalSource' });

/**
 * Where a fact comes from: the article, or a checked source outside it.
 *
 * @example
 * SourceSchema.parse({ kind: 'article', paragraph: 1, excerpt: 'سام ألتمان' }).kind //=> 'article'
 */
export const SourceSchema = z
  .discriminatedUnion('kind', [ArticleSourceSchema, ExternalSourceSchema])
  .register(schemaRegistry, { id: 'Source' });
/** A source taken from the article. */
export type ArticleSource = z.infer<typeof ArticleSourceSchema>;
/** A source outside the article. */
export type ExternalSource = z.infer<typeof ExternalSourceSchema>;
/** Where a fact comes from. */
export type Source = z.infer<typeof SourceSchema>;

/**
 * One source at least: nothing is stated without one.
 *
 * @example
 * SourcesSchema.safeParse([]).success //=> false (nothing is stated without a source)
 */
export const SourcesSchema = z.array(SourceSchema).min(1);
