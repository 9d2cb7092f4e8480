/**
 * Strips the English plural with the Harman S-stemmer.
 *
 * @param word - One lowercased word, as produced by `toSearchKey`.
 * @returns The singular form: -ies → -y (not -eies, -aies), -es → -e (not -aes, -ees,
 *   -oes), -s → '' (not -us, -ss); words of 3 letters or fewer and words with anything
 *   but a–z are returned unchanged.
 * @example
 * stemEnglish('capabilities') //=> 'capability'
 */
export function stemEnglish(word: string): string {
  const n = word.length;
  // "gas", "bus", "its": too short to tell a plural from a stem.
  if (n <= 3) return word;
  if (word.charCodeAt(n - 1) !== 0x73 /* s */) return word;
  for (let i = 0; i < n - 1; i++) {
    const c = word.charCodeAt(i);
    // Arabic words, digits ("gpt4s"), uppercase: not ours to touch.
    if (c < 0x61 || c > 0x7a) return word;
  }
  const prev = word.charCodeAt(n - 2);
  if (prev === 0x65 /* e */) {
    const before = word.charCodeAt(n - 3);
    const first = word.charCodeAt(n - 4);
    if (before === 0x69 /* i */) {
      // capabilities → capability; but -eies and -aies are not -y plurals.
      return first === 0x65 || first === 0x61 ? word : word.slice(0, n - 3) + 'y';
    }
    // -aes, -ees, -oes are left alone (as in Lucene's minimal English stemmer).
    if (before === 0x61 || before === 0x65 || before === 0x6f) return word;
    return word.slice(0, n - 1); // deepfakes → deepfake
  }
  // "status", "access" are singular.
  if (prev === 0x75 /* u */ || prev === 0x73 /* s */) return word;
  return word.slice(0, n - 1);
}
