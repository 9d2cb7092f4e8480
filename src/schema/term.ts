import { z } from 'zod';
import { schemaRegistry } from './registry.js';
import { IdSchema, LocalizedSchema } from './common.js';
import { SourcesSchema } from './source.js';

const text = z.string().trim().min(1);

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
  .register(schemaRegistry, { id: 'TermForms' });
/** The forms of a term in one language. */
export type TermForms = z.infer<typeof TermFormsSchema>;

/**
 * A TBX-style status of one form of a term.
 *
 * @example
 * TermStatusSchema.options //=> ['preferred', 'admitted', 'deprecated']
 */
export const TermStatusSchema = z.enum(['preferred', 'admitted', 'deprecated']).register(schemaRegistry, { id: 'TermStatus' });
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
  .register(schemaRegistry, { id: 'PartOfSpeech' });
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
  .register(schemaRegistry, { id: 'Domain' });
/** The subject field of a term. */
export type Domain = z.infer<typeof DomainSchema>;

/**
 * A glossary entry: the article's vocabulary, with correct Arabic and English.
 *
 * `mistranslated` follows one rule: it is `true` exactly when the article's Arabic renders
 * this term wrongly in at least one place: a word with the wrong sense, a word-for-word
 * calque that does not carry the meaning in Arabic, a grammatical error inside the term, or
 * the English left untranslated or garbled in the Arabic text. Each such Arabic form is
 * listed in both `forms.ar.article` and `forms.ar.deprecated`; English left in the Arabic
 * text is listed in `forms.en.article`; and `note` says what the article's Arabic says and
 * what it should say. A literal but correct and attested rendering (e.g. «نموذج الوزن
 * المفتوح», or «الذكاء الاصطناعى» written with ى) is admitted, not a mistranslation. An error
 * in the sentence around a term (grammar, a dropped phrase) is recorded on the article
 * (`article.translationNotes`), not on the term. `note` may also appear on a term that is
 * not mistranslated, to explain a choice between forms.
 *
 * @example
 * getTerm('talent-war')?.forms.ar.preferred //=> 'حرب المواهب'
 */
export const TermSchema = z
  .object({
    id: IdSchema,
    forms: z.object({ ar: TermFormsSchema, en: TermFormsSchema }),
    definition: LocalizedSchema,
    /** What the article's Arabic says and what it should say; or why one form is preferred. */
    note: LocalizedSchema.optional(),
    /** Whether the article's Arabic renders this term wrongly somewhere (the rule is above). */
    mistranslated: z.boolean(),
    partOfSpeech: PartOfSpeechSchema,
    domain: DomainSchema,
    /** Term ids. */
    relatedTerms: z.array(IdSchema),
    /** Entity ids. */
    relatedEntities: z.array(IdSchema),
    sources: SourcesSchema,
  })
  .register(schemaRegistry, { id: 'Term' });
/** A glossary entry. */
export type Term = z.infer<typeof TermSchema>;
