import { z } from 'zod';
import { LANGS, type Lang } from '../enums.js';
import { schemaRegistry } from './registry.js';

/**
 * The two languages of the knowledge base.
 *
 * @example
 * LangSchema.parse('ar') //=> 'ar'
 */
export const LangSchema = z.enum(LANGS).register(schemaRegistry, { id: 'Lang' });
export type { Lang };

/** A non-empty, trimmed string. */
const text = z.string().trim().min(1);

/**
 * One string in each language.
 *
 * @example
 * LocalizedSchema.parse({ ar: 'الأوزان', en: 'weights' }) //=> { ar: 'الأوزان', en: 'weights' }
 */
export const LocalizedSchema = z.object({ ar: text, en: text }).register(schemaRegistry, { id: 'Localized' });
/** `{ ar: string; en: string }`. */
export type Localized = z.infer<typeof LocalizedSchema>;

/**
 * A list of strings in each language (either list may be empty).
 *
 * @example
 * LocalizedListSchema.parse({ ar: ['ألتمان'], en: ['Altman'] }) //=> { ar: ['ألتمان'], en: ['Altman'] }
 */
export const LocalizedListSchema = z.object({ ar: z.array(text), en: z.array(text) }).register(schemaRegistry, { id: 'LocalizedList' });
/** `{ ar: string[]; en: string[] }`. */
export type LocalizedList = z.infer<typeof LocalizedListSchema>;

/**
 * A record id: a stable kebab-case English slug.
 *
 * @example
 * IdSchema.parse('sam-altman') //=> 'sam-altman'
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug such as "sam-altman"')
  .register(schemaRegistry, { id: 'Id' });
