/**
 * The typo look-up: the index words within an edit distance of a query word, found by hash
 * look-ups instead of a walk of the dictionary (P14). Every index word is filed under each
 * string it gives when up to two of its letters are deleted (symmetric deletion, as in
 * SymSpell); a query word within k edits of an index word shares one of those strings with
 * it once up to k of its own letters are deleted too (a substitution or a swap of two
 * letters costs one deletion on each side). Only a 32-bit hash of each string is kept, so
 * the table is two Int32Arrays; every candidate is checked with the real distance.
 *
 * The words of names are filed as written too, each standing for its stem: a slip in a
 * prefix (ادتوفلو for التوفالو) leaves the stem of the typed word far from the indexed stem
 * (ادتوفلو and توفالو are three edits apart) but the written words two.
 *
 * A search index builds its typo index on first use (`deferTypoIndex`), and a small one only
 * once its look-ups have made a few passes: until then a look-up walks the filed words,
 * finding the words the index would, and a fresh process's first search with a typo does not
 * wait for the whole index in code that has not warmed up yet.
 */
import { lazy } from '../_lib/lazy.js';

/** The most deletions filed per index word: the largest typo allowance (`maxEdits`). */
const MAX_DELETIONS = 2;

/** Index words filed under the hashes of their deletions. */
export interface TypoIndex {
  /** The terms, by number (not every one need be filed): index words, and words as written… */
  readonly terms: readonly string[];
  /** …and the index word each stands for. */
  readonly stems: readonly string[];
  /** Bucket `b` (the low bits of a hash) holds entries `offsets[b]` to `offsets[b + 1]`. */
  readonly offsets: Int32Array;
  /** Each entry's full hash, to skip bucket neighbours without a distance check… */
  readonly hashes: Int32Array;
  /** …and the number of its term in `terms`. */
  readonly ids: Int32Array;
  /** For each term, the last pass of a look-up that saw it: a term is checked once per pass. */
  readonly seen: Int32Array;
  looks: number;
}

/** The terms a typo index would file, before it is built: each filed one is walked. */
export interface TypoWalk extends Pick<TypoIndex, 'terms' | 'stems' | 'seen' | 'looks'> {
  /** The numbers of the terms filed, in order. */
  readonly filed: Int32Array;
}

/** What a typo look-up reads: the index, or the filed terms walked (the words the index would find). */
export type TypoLookup = TypoIndex | TypoWalk;

/** The terms to file (see `createTypoIndex`). */
export interface TypoTerms {
  readonly terms: readonly string[];
  readonly stems: readonly string[];
  readonly files?: (id: number) => boolean;
}

/** A typo index built on first use, and what a look-up reads in the meantime. */
export interface DeferredTypoIndex {
  /** The index, built now if it is not yet. */
  readonly index: () => TypoIndex;
  /** The index once built; before, until look-ups have made `WALKS` passes, a walk of at most `MAX_WALKED` terms. */
  readonly lookup: () => TypoLookup;
}

/**
 * The most filed terms a look-up walks instead of building the index: the bundled article
 * files 872, which a walk reads in about a millisecond in cold code, where building their
 * index took ten…
 */
const MAX_WALKED = 4096;
/** …for this many passes of look-ups (a query word takes one or two): past them, the index pays. */
const WALKS = 8;

const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a's step: `hash` followed by the letter `code`. */
const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
/** FNV-1a from `hash` (the hash of what came before) on over `word` from `from` to its end. */
function fnvOn(hash: number, word: string, from: number): number {
  for (let i = from; i < word.length; i++) hash = fnvStep(hash, word.charCodeAt(i));
  return hash;
}

/** How many hashes `deletionHashes` may write for a word of `n` letters. */
const mostDeletions = (n: number, depth: number): number => 1 + (depth >= 1 ? n : 0) + (depth >= 2 ? (n * (n - 1)) / 2 : 0);

/**
 * Writes into `out` from `at` the hash of `word` and of each string it gives with up to
 * `depth` of its letters deleted, keeping at least one, and returns where it stopped.
 * Deleting either of two equal neighbours gives the same string; that one is skipped, the
 * rarer repeats are left to the `seen` check. `out` has room for `mostDeletions` more.
 */
function deletionHashes(word: string, depth: number, out: Int32Array, at: number): number {
  const n = word.length;
  out[at++] = fnvOn(FNV_OFFSET, word, 0);
  if (depth < 1 || n < 2) return at;
  // Each string goes on from the hash of the letters before its first deletion, which is kept
  // as the deletion moves right: a third of the letters hashed (for a small index, built in
  // cold code at a fresh process's first typo, the hashing was most of the build).
  let before = FNV_OFFSET;
  for (let i = 0; i < n; i++) {
    const code = word.charCodeAt(i);
    if (i === 0 || code !== word.charCodeAt(i - 1)) out[at++] = fnvOn(before, word, i + 1);
    before = fnvStep(before, code);
  }
  if (depth < 2 || n < 3) return at;
  before = FNV_OFFSET;
  for (let i = 0; i < n; i++) {
    const code = word.charCodeAt(i);
    if (i === 0 || code !== word.charCodeAt(i - 1)) {
      // The hash of the letters from the start to `j`, the one at `i` deleted.
      let between = before;
      for (let j = i + 1; j < n; j++) {
        if (j === i + 1 || word.charCodeAt(j) !== word.charCodeAt(j - 1)) out[at++] = fnvOn(between, word, j + 1);
        between = fnvStep(between, word.charCodeAt(j));
      }
    }
    before = fnvStep(before, code);
  }
  return at;
}

/** Calls `visit` with each hash `deletionHashes` gives, in the same order. */
function eachDeletion(word: string, depth: number, visit: (hash: number) => void): void {
  const out = new Int32Array(mostDeletions(word.length, depth));
  const end = deletionHashes(word, depth, out, 0);
  for (let i = 0; i < end; i++) visit(out[i]!);
}

/** Bits of a bucket number sorted per pass of `createTypoIndex`'s radix sort… */
const RADIX_BITS = 11;
/** …for more buckets than this; fewer are sorted in one pass. */
const DIRECT_BUCKETS = 1 << 17;

/**
 * A typo index of the terms `source` gives, built on first use, or when it files few terms,
 * once look-ups have made `WALKS` passes: until then `lookup` gives a walk of them.
 *
 * @example
 * const typos = deferTypoIndex(() => ({ terms: ['kuala', 'lumpur'], stems: ['kuala', 'lumpur'] }));
 * nearTerms(typos.lookup(), 'kaula', 1, 32) //=> [{ term: 'kuala', distance: 1 }] (walked)
 */
export function deferTypoIndex(source: () => TypoTerms): DeferredTypoIndex {
  const filing = lazy(source);
  let built: TypoIndex | undefined;
  let walk: TypoWalk | undefined;
  const index = () => {
    if (built === undefined) {
      const { terms, stems, files } = filing();
      built = createTypoIndex(terms, stems, files);
      walk = undefined;
    }
    return built;
  };
  return {
    index,
    lookup() {
      if (built !== undefined) return built;
      if (walk === undefined) {
        const { terms, stems, files } = filing();
        const filed: number[] = [];
        for (let id = 0; id < terms.length && filed.length <= MAX_WALKED; id++) if (files === undefined || files(id)) filed.push(id);
        walk = { terms, stems, filed: Int32Array.from(filed), seen: new Int32Array(terms.length), looks: 0 };
      }
      return walk.filed.length <= MAX_WALKED && walk.looks < WALKS ? walk : index();
    },
  };
}

/**
 * Files each term (each that `files` picks) under its deletions.
 *
 * @param terms - the strings to file, each once
 * @param stems - the index word each term stands for; the term itself by default
 * @param files - whether to file term number `id`; every term by default
 * @returns the typo index over them
 * @example
 * nearTerms(createTypoIndex(['kuala', 'lumpur']), 'kaula', 1, 32) //=> [{ term: 'kuala', distance: 1 }]
 */
export function createTypoIndex(terms: readonly string[], stems: readonly string[] = terms, files?: (id: number) => boolean): TypoIndex {
  let hashes = new Int32Array(Math.max(64, terms.length * 16));
  let ids = new Int32Array(hashes.length);
  let size = 0;
  for (let id = 0; id < terms.length; id++) {
    if (files !== undefined && !files(id)) continue;
    const term = terms[id]!;
    const room = mostDeletions(term.length, MAX_DELETIONS);
    if (size + room > hashes.length) {
      const more = new Int32Array(Math.max(2 * hashes.length, size + room));
      more.set(hashes);
      hashes = more;
      const moreIds = new Int32Array(more.length);
      moreIds.set(ids);
      ids = moreIds;
    }
    const end = deletionHashes(term, MAX_DELETIONS, hashes, size);
    ids.fill(id, size, end);
    size = end;
  }
  // About one entry per bucket, laid out bucket after bucket in filing order.
  let buckets = 1;
  while (buckets < size) buckets *= 2;
  const mask = buckets - 1;
  const offsets = new Int32Array(buckets + 1);
  for (let i = 0; i < size; i++) offsets[(hashes[i]! & mask) + 1]!++;
  for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
  let fromHashes = hashes.subarray(0, size);
  let fromIds = ids.subarray(0, size);
  let toHashes = new Int32Array(size);
  let toIds = new Int32Array(size);
  if (buckets <= DIRECT_BUCKETS) {
    // Few enough buckets for one pass straight into them, the bucket offsets its cursors: a
    // small index is built in cold code, where every pass counts (the first typo of a search).
    const cursors = offsets.slice(0, buckets);
    for (let i = 0; i < size; i++) {
      const at = cursors[fromHashes[i]! & mask]!++;
      toHashes[at] = fromHashes[i]!;
      toIds[at] = fromIds[i]!;
    }
    return typoIndexOver(terms, stems, offsets, toHashes, toIds);
  }
  // A radix sort on the bucket numbers, a few bits a pass: one pass straight into millions of
  // buckets scatters writes all over memory and took most of the build.
  const counts = new Int32Array((1 << RADIX_BITS) + 1);
  for (let shift = 0; 1 << shift < buckets; shift += RADIX_BITS) {
    const digits = Math.min(1 << RADIX_BITS, buckets >>> shift);
    const digitMask = digits - 1;
    counts.fill(0);
    for (let i = 0; i < size; i++) counts[(((fromHashes[i]! & mask) >>> shift) & digitMask) + 1]!++;
    for (let d = 0; d < digits; d++) counts[d + 1]! += counts[d]!;
    for (let i = 0; i < size; i++) {
      const at = counts[((fromHashes[i]! & mask) >>> shift) & digitMask]!++;
      toHashes[at] = fromHashes[i]!;
      toIds[at] = fromIds[i]!;
    }
    [fromHashes, toHashes] = [toHashes, fromHashes];
    [fromIds, toIds] = [toIds, fromIds];
  }
  return typoIndexOver(terms, stems, offsets, fromHashes, fromIds);
}

/** The typo index of sorted entries, each array exactly as long as its buffer, so that a saved index carries no spare room. */
function typoIndexOver(terms: readonly string[], stems: readonly string[], offsets: Int32Array, hashes: Int32Array, ids: Int32Array): TypoIndex {
  const exact = (array: Int32Array) => (array.byteLength === array.buffer.byteLength ? array : array.slice());
  return { terms, stems, offsets, hashes: exact(hashes), ids: exact(ids), seen: new Int32Array(terms.length), looks: 0 };
}

/**
 * Whether `word` is one of the terms filed (a word of a name, as indexed or as written).
 *
 * @example
 * filesTerm(createTypoIndex(['kuala', 'lumpur']), 'kuala') //=> true
 */
export function filesTerm(index: TypoLookup, word: string): boolean {
  const { terms } = index;
  if ('filed' in index) return index.filed.some((id) => terms[id] === word);
  const { offsets, hashes, ids } = index;
  const hash = fnvOn(FNV_OFFSET, word, 0);
  const bucket = hash & (offsets.length - 2);
  for (let i = offsets[bucket]!, end = offsets[bucket + 1]!; i < end; i++) if (hashes[i] === hash && terms[ids[i]!] === word) return true;
  return false;
}

/** Whether two short words have a code unit in common. */
function sharesLetter(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a.charAt(i))) return true;
  return false;
}

/**
 * Up to `cap` index words other than `word` within `maxDistance` edits (at most two) of `word`
 * or of `written`, each with its fewest edits. Nearest first by edits per letter of the word
 * they were counted on, then by edits, then those with the word's first letter (readers rarely
 * slip on it, but for swapping it with the second), then in sorted order. An edit is an
 * insertion, a deletion, a substitution or the swap of two adjacent letters (optimal string
 * alignment: a swapped pair is one slip of the fingers, not two, P11).
 *
 * @example
 * nearTerms(createTypoIndex(['tallinn', 'talinn']), 'tlalinn', 1, 32).map((t) => t.term) //=> ['tallinn', 'talinn']
 */
export function nearTerms(index: TypoLookup, word: string, maxDistance: number, cap: number, written?: string): { term: string; distance: number }[] {
  if (maxDistance < 1 || word === '') return [];
  const k = Math.min(maxDistance, MAX_DELETIONS);
  const { terms, stems, seen } = index;
  // Per index word found, its fewest edits, and its fewest edits per letter of the word they
  // were counted on: one edit of the five letters of وبيين (ويبين) says more than one of بي,
  // its stem (با).
  const nearest = new Map<string, number>();
  const share = new Map<string, number>();
  // Each pass checks a term once, but the second pass anew: a term the word's deletions met
  // too far from the word may be near the word as written.
  const near = (typed: string) => {
    const look = ++index.looks;
    const check = (id: number) => {
      if (seen[id] === look) return;
      seen[id] = look;
      const term = terms[id]!;
      const stem = stems[id]!;
      if (term === typed || stem === word) return;
      const distance = editDistance(term, typed, k);
      if (distance > k) return;
      if (!(nearest.get(stem)! <= distance)) nearest.set(stem, distance);
      if (!(share.get(stem)! <= distance / typed.length)) share.set(stem, distance / typed.length);
    };
    if ('filed' in index) {
      for (const id of index.filed) {
        const term = terms[id]!;
        if (Math.abs(term.length - typed.length) > k) continue;
        // The index files no word with all its letters deleted: two words of at most `k`
        // letters meet there only if they share a letter (a and b are one edit apart, unmet).
        if (term.length <= k && typed.length <= k && !sharesLetter(term, typed)) continue;
        check(id);
      }
      return;
    }
    const { offsets, hashes, ids } = index;
    const mask = offsets.length - 2;
    eachDeletion(typed, k, (hash) => {
      for (let i = offsets[hash & mask]!, end = offsets[(hash & mask) + 1]!; i < end; i++) if (hashes[i] === hash) check(ids[i]!);
    });
  };
  near(word);
  // The word as written, against the words of names as written.
  if (written !== undefined && written !== word) near(written);
  const found = [...nearest].map(([term, distance]) => ({ term, distance }));
  // A slip on the first letter is rare, unless it is swapped with the second (فنس for نفس).
  const first = word.charCodeAt(0);
  const slipsFirst = (term: string) =>
    term.charCodeAt(0) === first || (term.charCodeAt(0) === word.charCodeAt(1) && term.charCodeAt(1) === first) ? 0 : 1;
  found.sort((a, b) => share.get(a.term)! - share.get(b.term)! || a.distance - b.distance || slipsFirst(a.term) - slipsFirst(b.term) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return found.length > cap ? found.slice(0, cap) : found;
}

// Three rows of the distance table, reused by every call (the search is synchronous).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The edit distance of `a` and `b` (optimal string alignment: a swap of two adjacent letters
 * is one edit), or `max + 1` as soon as it is sure to be above `max`.
 *
 * @example
 * editDistance('يستمعون', 'يستعمون', 2) //=> 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows[0]!.length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [twoUp, up, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) up[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let min = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(up[j - 1]! + (ca === cb ? 0 : 1), up[j]! + 1, row[j - 1]! + 1);
      if (i >= 2 && j >= 2 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && ca !== cb) v = Math.min(v, twoUp[j - 2]! + 1);
      row[j] = v;
      if (v < min) min = v;
    }
    // No later row comes back under the bound: each cell is at most one more than one of
    // the row above, and a swap reads the row two up, which is then at most `max` - 1 nowhere.
    if (min > max) return max + 1;
    [twoUp, up, row] = [up, row, twoUp];
  }
  return Math.min(up[b.length]!, max + 1);
}

