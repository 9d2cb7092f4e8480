import { assertString } from '../_lib/assert.js';

/** Definite article and attached conjunctions/prepositions, in the order they are tried. */
export const PREFIXES: readonly string[] = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
/** Suffixes, each stripped at most once, in this order. */
const SUFFIXES: readonly string[] = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

/** An Arabic word without the first of `PREFIXES` it starts with, as `lightStem` takes it off. */
export function withoutProclitic(word: string): string {
  for (const prefix of PREFIXES) {
    // و alone needs four letters so that ولد or وعد keep their و; the others need two
    // letters left after them, so الم stays الم.
    const min = prefix.length === 1 ? 4 : prefix.length + 2;
    if (word.length >= min && word.startsWith(prefix)) return word.slice(prefix.length);
  }
  return word;
}

/** True when the word has at least one letter of the Arabic block. */
export function hasArabic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) return true;
  }
  return false;
}

/**
 * Light-stems one Arabic word the way Lucene's ArabicStemmer does (Larkey's light10).
 *
 * @param word - One word already through `toSearchKey` (ة is ه, ى is ي, أ is ا).
 * @returns The word without one leading ال/وال/بال/كال/فال/لل/و and without the
 *   suffixes ها ان ات ون ين يه ية ه ة ي (each at most once, in that order), always
 *   leaving at least two letters; non-Arabic words unchanged.
 * @throws {TypeError} When the argument is not a string.
 * @example
 * lightStem('بالذكاء') //=> 'ذكاء'
 */
export function lightStem(word: string): string {
  assertString('lightStem', 'word', word);
  if (!hasArabic(word)) return word;
  let s = withoutProclitic(word);
  // Each suffix is tried once, in list order, so stacked endings both go
  // (تطبيقاتها → تطبيقات → تطبيق), as in Lucene.
  for (const suffix of SUFFIXES) {
    if (s.length >= suffix.length + 2 && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  }
  return s;
}
