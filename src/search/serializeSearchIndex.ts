import type { AnyRecord } from '../_lib/records.js';
import { lazy } from '../_lib/lazy.js';
import { checkKeyTable, createKeyTable } from './keyTable.js';
import { type PostingLists, postingListsOf } from './postingLists.js';
import type { SearchIndex } from './searchIndex.js';
import type { TypoIndex } from './typoIndex.js';

/** The format version of a saved search index; a saved index of another version is refused. */
export const SEARCH_INDEX_VERSION = 2;
const FORMAT = 'open-weight-kb/search-index';

/** Laid-out posting lists: see `PostingLists`. */
export interface SavedPostings {
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
}

/**
 * A search index saved ahead of time, to load instead of building it. Plain data and typed
 * arrays: it survives `structuredClone`, `v8.serialize`, IndexedDB and `postMessage`. It
 * holds everything a search reads, the hash tables of its keys, the words' sorted order and
 * the typo index among them, so that loading it is checking it, not building anything.
 */
export interface SavedSearchIndex {
  readonly format: typeof FORMAT;
  readonly version: number;
  /** How many records it indexes and a hash of their kinds and ids, in order. */
  readonly records: number;
  readonly fingerprint: number;
  readonly keys: { readonly phrases: readonly string[]; readonly words: readonly string[]; readonly skeletons: readonly string[] };
  /** Each key table's hash slots (`KeyTable.slots`). */
  readonly tables: { readonly phrases: Int32Array; readonly words: Int32Array; readonly skeletons: Int32Array };
  readonly lists: {
    readonly phrases: SavedPostings;
    readonly inNames: SavedPostings;
    readonly inTexts: SavedPostings;
    readonly bySkeleton: SavedPostings;
    readonly namesOf: SavedPostings;
  };
  /** The words' numbers in sorted order. */
  readonly sortedWords: Int32Array;
  /**
   * The typo index: the words of names as written that are not index words and their stems
   * (the index words come first, each standing for itself), and each filed deletion's hash
   * and term number, bucket after bucket.
   */
  readonly typo: { readonly terms: readonly string[]; readonly stems: readonly string[]; readonly hashes: Int32Array; readonly ids: Int32Array };
}

/** A hash of the records' kinds and ids in order: a saved index fits only the records it was built from. */
function fingerprintOf(records: readonly AnyRecord[]): number {
  // FNV-1a over `${kind}:${id}\n` for each record, in one loop: it reads every id of a
  // knowledge base as it loads.
  let hash = 0x811c9dc5;
  for (let r = 0; r < records.length; r++) {
    const { kind, id } = records[r]!;
    for (let i = 0; i < kind.length; i++) hash = Math.imul(hash ^ kind.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x3a, 0x01000193);
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return hash >>> 0;
}

/** The lists' arrays, every key's postings in them (an unpacked index decodes a key at a time). */
const save = (lists: PostingLists): SavedPostings => {
  for (let key = 0; key < lists.offsets.length - 1; key++) lists.start(key);
  return { offsets: lists.offsets, postings: lists.postings };
};

/** Saves a built search index, building its sorted words and typo index first if they are not. */
export function saveSearchIndex(index: SearchIndex): SavedSearchIndex {
  const { words } = index;
  const typo = index.typoIndex();
  const own = words.keys.length;
  return {
    format: FORMAT,
    version: SEARCH_INDEX_VERSION,
    records: index.records.length,
    fingerprint: fingerprintOf(index.records),
    keys: { phrases: index.phraseKeys.keys, words: words.keys, skeletons: index.skeletons.keys },
    tables: { phrases: index.phraseKeys.slots, words: words.slots, skeletons: index.skeletons.slots },
    lists: {
      phrases: save(index.phrases),
      inNames: save(index.inNames),
      inTexts: save(index.inTexts),
      bySkeleton: save(index.bySkeleton),
      namesOf: save(index.namesOf),
    },
    sortedWords: Int32Array.from(index.sortedWords(), (word) => words.find(word)),
    typo: { terms: typo.terms.slice(own), stems: typo.stems.slice(own), hashes: typo.hashes, ids: typo.ids },
  };
}

const isStrings = (list: unknown): list is string[] => Array.isArray(list) && list.every((item) => typeof item === 'string');

/**
 * Loads a saved search index for `records`, after checking that it is one, of this version,
 * built from these records, and that every number in it points where it may: offsets rise,
 * postings and key numbers stay in range, hash tables have room to end every probe, the
 * sorted words are sorted and the typo buckets in order. Nothing is rebuilt: the check reads
 * each typed array once, in order, and the strings only to see that they are strings.
 * @throws TypeError naming what does not fit.
 */
export function loadSearchIndex(saved: unknown, records: readonly AnyRecord[], fn: string): SearchIndex {
  const fail = (why: string): never => {
    throw new TypeError(`${fn}: options.index ${why}`);
  };
  const s = saved as SavedSearchIndex;
  if (typeof saved !== 'object' || saved === null || s.format !== FORMAT) fail('is not a saved search index');
  if (s.version !== SEARCH_INDEX_VERSION) fail(`is of version ${String(s.version)}; this version reads ${SEARCH_INDEX_VERSION}`);
  if (s.records !== records.length || s.fingerprint !== fingerprintOf(records)) fail('was saved from other records');
  const table = (name: 'phrases' | 'words' | 'skeletons') => {
    const keys: unknown = s.keys?.[name];
    const slots: unknown = s.tables?.[name];
    if (!isStrings(keys)) return fail(`has bad ${name} keys`);
    if (!(slots instanceof Int32Array) || !checkKeyTable(keys, slots)) return fail(`has a bad ${name} table`);
    return createKeyTable(0, { keys, slots });
  };
  const phraseKeys = table('phrases');
  const words = table('words');
  const skeletons = table('skeletons');
  /** Offsets that rise from 0 to the postings' end, over no more keys than there are, and postings below `limit` after `shift`. */
  const lists = (name: keyof SavedSearchIndex['lists'], keyCount: number, shift: number, limit: number) => {
    const l = s.lists?.[name];
    if (!(l?.offsets instanceof Int32Array) || !(l.postings instanceof Int32Array)) return fail(`has no ${name} lists`);
    const { offsets, postings } = l;
    if (offsets.length < 1 || offsets.length - 1 > keyCount || offsets[0] !== 0 || offsets[offsets.length - 1] !== postings.length)
      fail(`has bad ${name} offsets`);
    for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) fail(`has bad ${name} offsets`);
    for (let i = 0; i < postings.length; i++) if (postings[i]! < 0 || postings[i]! >> shift >= limit) fail(`has a ${name} posting out of range`);
    return postingListsOf(offsets, postings);
  };
  const n = records.length;
  const namesOf = lists('namesOf', n, 0, phraseKeys.keys.length);
  const sortedWords = sortedWordsOf(s.sortedWords, words.keys, fail);
  const typo = typoIndexOf(s.typo, words.keys, fail);
  return {
    records,
    phraseKeys,
    phrases: lists('phrases', phraseKeys.keys.length, 3, n),
    words,
    inNames: lists('inNames', words.keys.length, 1, n),
    inTexts: lists('inTexts', words.keys.length, 1, n),
    sortedWords: () => sortedWords,
    // The typo index files the index words, then the words of names as written.
    writtenWords: lazy(() => ({ terms: typo.terms.slice(words.keys.length), stems: typo.stems.slice(words.keys.length) })),
    typoIndex: () => typo,
    typos: () => typo,
    skeletons,
    bySkeleton: lists('bySkeleton', skeletons.keys.length, 1, n),
    namesOf,
  };
}

/** The sorted words from their saved order: every word once, in ascending order. */
function sortedWordsOf(order: unknown, keys: readonly string[], fail: (why: string) => never): readonly string[] {
  if (!(order instanceof Int32Array) || order.length !== keys.length) return fail('has a bad word order');
  const seen = new Uint8Array(keys.length);
  const sorted = new Array<string>(keys.length);
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    if (id < 0 || id >= keys.length || seen[id] === 1) fail('has a bad word order');
    seen[id] = 1;
    sorted[i] = keys[id]!;
    if (i > 0 && !(sorted[i - 1]! < sorted[i]!)) fail('has a bad word order');
  }
  return sorted;
}

/** The typo index from its saved form, its buckets counted again from the hashes' low bits. */
function typoIndexOf(saved: unknown, words: readonly string[], fail: (why: string) => never): TypoIndex {
  const t = saved as SavedSearchIndex['typo'] | undefined;
  if (!isStrings(t?.terms) || !isStrings(t.stems) || t.terms.length !== t.stems.length) return fail('has bad typo terms');
  if (!(t.hashes instanceof Int32Array) || !(t.ids instanceof Int32Array) || t.hashes.length !== t.ids.length) return fail('has a bad typo index');
  const terms = words.concat(t.terms);
  const stems = words.concat(t.stems);
  const { hashes, ids } = t;
  const size = hashes.length;
  // As createTypoIndex lays them out: about one entry per bucket, buckets in order.
  let buckets = 1;
  while (buckets < size) buckets *= 2;
  const mask = buckets - 1;
  const offsets = new Int32Array(buckets + 1);
  let previous = 0;
  for (let i = 0; i < size; i++) {
    const bucket = hashes[i]! & mask;
    if (bucket < previous || ids[i]! < 0 || ids[i]! >= terms.length) fail('has a bad typo index');
    previous = bucket;
    offsets[bucket + 1]!++;
  }
  for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
  return { terms, stems, offsets, hashes, ids, seen: new Int32Array(terms.length), looks: 0 };
}
