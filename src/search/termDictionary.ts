/**
 * Look-ups in a sorted array of unique index terms: the words that start with a prefix, by
 * binary search, so no trie is built. Typos are looked up in `typoIndex.ts`.
 */

/** The first index at or after `from` whose term is not below `key`. */
export function lowerBound(sorted: readonly string[], key: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most terms of a prefix read to pick the shortest completions from. */
const MAX_SCAN = 4096;

/**
 * Up to `cap` terms that start with `prefix` and are longer than it, shortest first (then in
 * sorted order): the nearest completions of a half-typed word, not the first alphabetically
 * (الأم, still being typed, is nearer الأمم than the hundreds of longer words after it).
 */
export function prefixTerms(sorted: readonly string[], prefix: string, cap: number): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < MAX_SCAN; i++) {
    const term = sorted[i]!;
    if (!term.startsWith(prefix)) break;
    if (term.length > prefix.length) out.push(term);
  }
  if (out.length <= cap) return out;
  // Stable: equally long terms stay in sorted order.
  return out.sort((a, b) => a.length - b.length).slice(0, cap);
}
