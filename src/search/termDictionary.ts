/**
 * Look-ups in a sorted array of unique index terms: the words that start with a prefix, and
 * the words within an edit distance of a word. Both walk the sorted order, so no trie is
 * built; the fuzzy walk shares Levenshtein rows between neighbouring terms (they share a
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

/** Up to `cap` terms other than `word` within Levenshtein distance `maxDistance` of it, in sorted order. */
export function fuzzyTerms(sorted: readonly string[], word: string, maxDistance: number, cap: number): string[] {
  const out: string[] = [];
  if (maxDistance < 1) return out;
  const width = word.length + 1;
  // rows[d] is the Levenshtein row of the first d letters of `prev` against `word`.
  // One flat buffer of rows: row d starts at d * width. Terms longer than it grow it.
  let rows = new Int32Array(width * 32);
  for (let j = 0; j < width; j++) rows[j] = j;
  let prev = '';
  let valid = 0;
  let i = 0;
  while (i < sorted.length && out.length < cap) {
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
      const row = depth * width;
      const letter = term.charCodeAt(depth - 1);
      rows[row] = depth;
      let min = depth;
      for (let j = 1; j < width; j++) {
        const replace = rows[above + j - 1]! + (word.charCodeAt(j - 1) === letter ? 0 : 1);
        const insert = rows[above + j]! + 1;
        const remove = rows[row + j - 1]! + 1;
        const value = replace < insert ? (replace < remove ? replace : remove) : insert < remove ? insert : remove;
        rows[row + j] = value;
        if (value < min) min = value;
      }
      if (min > maxDistance) {
        hopeless = depth;
        break;
      }
    }
    prev = term;
    if (hopeless > 0) {
      valid = hopeless;
      i = pastPrefix(sorted, term, hopeless, i + 1);
      continue;
    }
    valid = term.length;
    if (rows[term.length * width + word.length]! <= maxDistance && term !== word) out.push(term);
    i++;
  }
  return out;
}
