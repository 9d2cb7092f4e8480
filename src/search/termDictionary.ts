/**
 * Look-ups in a sorted array of unique index terms: the words that start with a prefix, and
 * the words within an edit distance of a word. Both walk the sorted order, so no trie is
 * built; the fuzzy walk shares distance rows between neighbouring terms (they share a
 * prefix) and jumps over every term of a prefix that is already too far.
 */

/** The first index at or after `from` whose term is not below `key`. */
function lowerBound(sorted: readonly string[], key: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index at or after `from` whose term does not share the first `length` letters of `term`. */
function pastPrefix(sorted: readonly string[], term: string, length: number, from: number): number {
  // Most runs are short: step over a few before paying for a binary search.
  for (let i = from; i < from + 8; i++) {
    const next = sorted[i];
    if (next === undefined || next.length < length) return i;
    for (let c = length - 1; c >= 0; c--) if (next.charCodeAt(c) !== term.charCodeAt(c)) return i;
  }
  // Every term that starts with the prefix sorts below prefix + U+FFFF.
  return lowerBound(sorted, `${term.slice(0, length)}\uffff`, from + 8);
}

/** Up to `cap` terms that start with `prefix` and are longer than it, in sorted order. */
export function prefixTerms(sorted: readonly string[], prefix: string, cap: number): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < cap; i++) {
    const term = sorted[i]!;
    if (!term.startsWith(prefix)) break;
    if (term.length > prefix.length) out.push(term);
  }
  return out;
}

/**
 * Up to `cap` terms other than `word` within `maxDistance` edits of it, nearest first (then in
 * sorted order). An edit is an insertion, a deletion, a substitution or the swap of two
 * adjacent letters (optimal string alignment: a swapped pair is one slip of the fingers,
 * not two, P11). Terms with the word's first letter are walked first, and the rest only
 * when none of them is near enough: readers rarely mistype a word's first letter, and the
 * walk of one letter's terms is a small share of the dictionary (P14).
 */
export function fuzzyTerms(sorted: readonly string[], word: string, maxDistance: number, cap: number): string[] {
  return nearTerms(sorted, word, maxDistance, cap).map((near) => near.term);
}

/** As `fuzzyTerms`, with each term's distance. */
export function nearTerms(sorted: readonly string[], word: string, maxDistance: number, cap: number): { term: string; distance: number }[] {
  if (maxDistance < 1 || word === '') return [];
  const first = word.charAt(0);
  const from = lowerBound(sorted, first);
  const to = lowerBound(sorted, String.fromCharCode(word.charCodeAt(0) + 1), from);
  const found: { term: string; distance: number }[] = [];
  walk(sorted, word, maxDistance, from, to, found);
  if (found.length === 0) {
    walk(sorted, word, maxDistance, 0, from, found);
    walk(sorted, word, maxDistance, to, sorted.length, found);
  }
  // Stable: equally near terms stay in sorted order.
  found.sort((a, b) => a.distance - b.distance);
  return found.slice(0, cap);
}

/** The most near terms one walk collects before it stops (a 2-letter word is near hundreds). */
const MAX_NEAR = 256;

/**
 * Pushes the terms of `sorted[from..to)` within `maxDistance` of `word` (other than `word`).
 * Rows of the distance table are shared between neighbouring terms (they share a prefix),
 * and every term of a prefix that is already too far is jumped over.
 */
function walk(sorted: readonly string[], word: string, maxDistance: number, from: number, to: number, found: { term: string; distance: number }[]): void {
  const width = word.length + 1;
  // rows[d] is the distance row of the first d letters of `prev` against `word`.
  // One flat buffer of rows: row d starts at d * width. Terms longer than it grow it.
  let rows = new Int32Array(width * 32);
  for (let j = 0; j < width; j++) rows[j] = j;
  let prev = '';
  let valid = 0;
  let i = from;
  while (i < to && found.length < MAX_NEAR) {
    const term = sorted[i]!;
    let d = 0;
    const shared = Math.min(valid, term.length);
    while (d < shared && term.charCodeAt(d) === prev.charCodeAt(d)) d++;
    let hopeless = 0;
    if ((term.length + 1) * width > rows.length) {
      const grown = new Int32Array((term.length + 1) * width * 2);
      grown.set(rows);
      rows = grown;
    }
    for (let depth = d + 1; depth <= term.length; depth++) {
      const above = (depth - 1) * width;
      const twoAbove = above - width;
      const row = depth * width;
      const letter = term.charCodeAt(depth - 1);
      const before = depth >= 2 ? term.charCodeAt(depth - 2) : -1;
      rows[row] = depth;
      let min = depth;
      for (let j = 1; j < width; j++) {
        const wordLetter = word.charCodeAt(j - 1);
        const replace = rows[above + j - 1]! + (wordLetter === letter ? 0 : 1);
        const insert = rows[above + j]! + 1;
        const remove = rows[row + j - 1]! + 1;
        let value = replace < insert ? (replace < remove ? replace : remove) : insert < remove ? insert : remove;
        // A swap of this letter and the one before it.
        if (j >= 2 && before >= 0 && letter === word.charCodeAt(j - 2) && before === wordLetter && letter !== before) {
          const swap = rows[twoAbove + j - 2]! + 1;
          if (swap < value) value = swap;
        }
        rows[row + j] = value;
        if (value < min) min = value;
      }
      // No later row can come back under the bound: each is at most one more than the one
      // above, and a swap reads the row above that, so a row above the bound ends the prefix.
      if (min > maxDistance) {
        hopeless = depth;
        break;
      }
    }
    prev = term;
    if (hopeless > 0) {
      valid = hopeless;
      i = Math.min(to, pastPrefix(sorted, term, hopeless, i + 1));
      continue;
    }
    valid = term.length;
    const distance = rows[term.length * width + word.length]!;
    if (distance <= maxDistance && term !== word) found.push({ term, distance });
    i++;
  }
}
