import { z } from 'zod';
import { LangSchema, LocalizedSchema } from './common.js';
import { EventDateSchema } from './event.js';
import { SourcesSchema } from './source.js';
import { schemaRegistry } from './registry.js';

/**
 * What a paragraph of the article is: a heading, running text, a line of a post embedded
 * in the article, or the byline under an embedded post.
 *
 * @example
 * ParagraphRoleSchema.parse('embedded-post') //=> 'embedded-post'
 */
export const ParagraphRoleSchema = z
  .enum(['heading', 'body', 'embedded-post', 'post-attribution'])
  .register(schemaRegistry, { id: 'ParagraphRole' });
/** `'heading' | 'body' | 'embedded-post' | 'post-attribution'`. */
export type ParagraphRole = z.infer<typeof ParagraphRoleSchema>;

/**
 * One paragraph of the article: its number (the 1-based line of the Arabic text), its role
 * and its text, verbatim, machine-translation errors included.
 *
 * @example
 * ArticleParagraphSchema.parse({ paragraph: 17, role: 'heading', text: 'عامل التعريف' }).role //=> 'heading'
 */
export const ArticleParagraphSchema = z
  .object({
    paragraph: z.int().min(1),
    role: ParagraphRoleSchema,
    text: z.string().min(1),
  })
  .register(schemaRegistry, { id: 'ArticleParagraph' });
/** One paragraph of the article. */
export type ArticleParagraph = z.infer<typeof ArticleParagraphSchema>;

/**
 * What the article's machine translation did wrong around the terms: a mistranslated
 * phrase, a grammatical error, or something of the English original it dropped.
 *
 * @example
 * TranslationNoteKindSchema.options //=> ['mistranslation', 'grammar', 'omission']
 */
export const TranslationNoteKindSchema = z
  .enum(['mistranslation', 'grammar', 'omission'])
  .register(schemaRegistry, { id: 'TranslationNoteKind' });
/** `'mistranslation' | 'grammar' | 'omission'`. */
export type TranslationNoteKind = z.infer<typeof TranslationNoteKindSchema>;

/**
 * One machine-translation error of the article: where it is (a verbatim span of the
 * paragraph; for an omission, the place where the English original had more), and what the
 * English original said and the Arabic should say.
 *
 * @example
 * article.translationNotes.find((n) => n.kind === 'omission')?.paragraph //=> 1
 */
export const TranslationNoteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    paragraph: z.int().min(1),
    kind: TranslationNoteKindSchema,
    /** The span of the paragraph, verbatim. */
    excerpt: z.string().min(1),
    note: LocalizedSchema,
    /** Term ids this error concerns, where a glossary entry covers it too. */
    terms: z.array(z.string()),
  })
  .register(schemaRegistry, { id: 'TranslationNote' });
/** One machine-translation error of the article. */
export type TranslationNote = z.infer<typeof TranslationNoteSchema>;

/**
 * The source article as a record: what is known about it (English headline, that the Arabic
 * is a machine translation, when it was published, that its first publisher is unknown),
 * every paragraph with its role and verbatim text, and the machine-translation errors
 * found in it. Every `{ kind: 'article', paragraph }` source resolves to one of its paragraphs.
 *
 * @example
 * article.paragraphs[16] //=> { paragraph: 17, role: 'heading', text: 'عامل التعريف' }
 */
export const ArticleSchema = z
  .object({
    id: z.literal('article'),
    /** The Arabic headline is not in the text; `ar` renders the English headline. */
    title: LocalizedSchema,
    language: LangSchema,
    translatedFrom: LangSchema,
    machineTranslated: z.boolean(),
    published: EventDateSchema,
    /** The first publisher, when known; `null` when it was not established. */
    publisher: z.string().min(1).nullable(),
    note: LocalizedSchema,
    paragraphs: z.array(ArticleParagraphSchema).min(1),
    translationNotes: z.array(TranslationNoteSchema),
    sources: SourcesSchema,
  })
  .register(schemaRegistry, { id: 'Article' });
/** The source article. */
export type Article = z.infer<typeof ArticleSchema>;
