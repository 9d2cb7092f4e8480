import { z } from 'zod';
import { IdSchema, LocalizedSchema, MAX_TEXT_LENGTH } from './common.js';
import { SourcesSchema } from './source.js';

const text = z.string().max(MAX_TEXT_LENGTH, { abort: true }).trim().min(1);

/**
 * The forms of a term in one language, with statuses modelled on TBX
 * (ISO 30042 `administrativeStatus`): one preferred form, admitted variants, deprecated
 * forms (wrong or to avoid), and the forms the article itself uses in this script,
 * verbatim, which may be any of these.
 *
 * @example
 * TermFormsSchema.parse({ preferred: 'حرب المواهب', admitted: [], deprecated: [], article: ['حرب المواهب'] })
 */
export const TermFormsSchema = z
  .object({
    preferred: text,
    admitted: z.array(text),
    deprecated: z.array(text),
    article: z.array(text),
  })
  .meta({ id: 'TermForms' });
/** The forms of a term in one language. */
export type TermForms = z.infer<typeof TermFormsSchema>;

/**
 * A TBX-style status of one form of a term.
 *
 * @example
 * TermStatusSchema.options //=> ['preferred', 'admitted', 'deprecated']
 */
export const TermStatusSchema = z.enum(['preferred', 'admitted', 'deprecated']).meta({ id: 'TermStatus' });
/** `'preferred' | 'admitted' | 'deprecated'`. */
export type TermStatus = z.infer<typeof TermStatusSchema>;

/**
 * The grammatical category of a term.
 *
 * @example
 * PartOfSpeechSchema.parse('idiom') //=> 'idiom'
 */
export const PartOfSpeechSchema = z
  .enum(['noun', 'noun-phrase', 'verb', 'verb-phrase', 'adjective', 'idiom'])
  .meta({ id: 'PartOfSpeech' });
/** The grammatical category of a term. */
export type PartOfSpeech = z.infer<typeof PartOfSpeechSchema>;

/**
 * The subject field of a term.
 *
 * @example
 * getTerm('model-leakage')?.domain //=> 'ai-safety'
 */
export const DomainSchema = z
  .enum(['artificial-intelligence', 'ai-safety', 'software', 'technology-business', 'media', 'general-language'])
  .meta({ id: 'Domain' });
/** The subject field of a term. */
export type Domain = z.infer<typeof DomainSchema>;

/**
 * A glossary entry: the article's vocabulary, with correct Arabic and English. `note` says
 * where the article's Arabic is a machine-translation error, and how to read it.
 *
 * @example
 * getTerm('talent-war')?.forms.ar.preferred //=> 'حرب المواهب'
 */
export const TermSchema = z
  .object({
    id: IdSchema,
    forms: z.object({ ar: TermFormsSchema, en: TermFormsSchema }),
    definition: LocalizedSchema,
    note: LocalizedSchema.optional(),
    /** Whether the article's Arabic for this term is a machine-translation error. */
    mistranslated: z.boolean(),
    partOfSpeech: PartOfSpeechSchema,
    domain: DomainSchema,
    /** Term ids. */
    relatedTerms: z.array(IdSchema),
    /** Entity ids. */
    relatedEntities: z.array(IdSchema),
    sources: SourcesSchema,
  })
  .meta({ id: 'Term' });
/** A glossary entry. */
export type Term = z.infer<typeof TermSchema>;
