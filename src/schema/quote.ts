import { z } from 'zod';
import { schemaRegistry } from './registry.js';
import { IdSchema, LangSchema, LocalizedSchema } from './common.js';
import { EventDateSchema } from './event.js';
import { SourcesSchema } from './source.js';

/**
 * How a quotation reached the article.
 *
 * @example
 * QuoteMediumSchema.parse('post-on-x') //=> 'post-on-x'
 */
export const QuoteMediumSchema = z
  .enum(['post-on-x', 'statement', 'report'])
  .register(schemaRegistry, { id: 'QuoteMedium' });
/** `'post-on-x' | 'statement' | 'report'`. */
export type QuoteMedium = z.infer<typeof QuoteMediumSchema>;

/**
 * Something someone said, in both languages.
 *
 * `text` is the quotation as far as the article shows it; `truncated` says whether the
 * article cuts it off. `original.lang` is the language it was said in, and
 * `original.verified` whether that wording was checked outside the article: when it was
 * not, `text[original.lang]` is a translation back from the article, not the speaker's words.
 * `articleText` is the article's own Arabic, verbatim (machine-translation errors included).
 * `fullText`, when present, is the whole quotation as checked outside the article.
 * `partOf` names the quotation this one is a piece of; the pieces carry its date.
 *
 * @example
 * getQuote('altman-delay-post')?.original //=> { lang: 'en', verified: true }
 */
export const QuoteSchema = z
  .object({
    id: IdSchema,
    /** Entity id. */
    speaker: IdSchema,
    date: EventDateSchema,
    medium: QuoteMediumSchema,
    text: LocalizedSchema,
    fullText: LocalizedSchema.optional(),
    context: LocalizedSchema,
    original: z.object({ lang: LangSchema, verified: z.boolean() }),
    truncated: z.boolean(),
    articleText: z.string().min(1),
    /** The id of the quotation this one is a piece of (a sentence of a longer post). */
    partOf: IdSchema.optional(),
    /** The X post's address, where it was checked. */
    url: z.url().optional(),
    sources: SourcesSchema,
  })
  .register(schemaRegistry, { id: 'Quote' });
/** A quotation. */
export type Quote = z.infer<typeof QuoteSchema>;
