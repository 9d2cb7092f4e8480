/**
 * Gives the typo allowance for a word of the given length.
 *
 * @param length - Length of the query word, in code units.
 * @returns 0 for up to 3 letters, 1 for 4–6, 2 for 7 or more.
 * @example
 * maxEdits(5) //=> 1
 */
export function maxEdits(length: number): number {
  // Words of up to three letters get none: one edit turns سام into سلم.
  // Written as !(>=) so that NaN also means no edits.
  if (!(length >= 4)) return 0;
  return length >= 7 ? 2 : 1;
}
