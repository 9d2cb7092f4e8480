import type { AnyRecord } from '../_lib/records.js';
import { lazy } from '../_lib/lazy.js';
import { createKeyTable } from './keyTable.js';
import { type PostingLists, postingListsOf } from './postingLists.js';
import { type SearchIndex, typoIndexOf } from './searchIndex.js';

/** The format version of a saved search index; a saved index of another version is refused. */
export const SEARCH_INDEX_VERSION = 1;
const FORMAT = 'open-weight-kb/search-index';

/** Laid-out posting lists: see `PostingLists`. */
export interface SavedPostings {
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
}

/**
 * A search index saved ahead of time, to load instead of building it. Plain data and typed
 * arrays: it survives `structuredClone`, `v8.serialize`, IndexedDB and `postMessage`.
 */
export interface SavedSearchIndex {
  readonly format: typeof FORMAT;
  readonly version: number;
  /** How many records it indexes and a hash of their kinds and ids, in order. */
  readonly records: number;
  readonly fingerprint: number;
  readonly keys: { readonly phrases: readonly string[]; readonly words: readonly string[]; readonly skeletons: readonly string[] };
  readonly lists: {
    readonly phrases: SavedPostings;
    readonly inNames: SavedPostings;
    readonly inTexts: SavedPostings;
    readonly bySkeleton: SavedPostings;
    readonly namesOf: SavedPostings;
  };
}

/** A hash of the records' kinds and ids in order: a saved index fits only the records it was built from. */
function fingerprintOf(records: readonly AnyRecord[]): number {
  let hash = 0x811c9dc5;
  for (const { kind, id } of records) {
    const text = `${kind}:${id}\n`;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

const save = (lists: PostingLists): SavedPostings => ({ offsets: lists.offsets, postings: lists.postings });

/** Saves a built search index. */
export function saveSearchIndex(index: SearchIndex): SavedSearchIndex {
  return {
    format: FORMAT,
    version: SEARCH_INDEX_VERSION,
    records: index.records.length,
    fingerprint: fingerprintOf(index.records),
    keys: { phrases: index.phraseKeys.keys, words: index.words.keys, skeletons: index.skeletons.keys },
    lists: {
      phrases: save(index.phrases),
      inNames: save(index.inNames),
      inTexts: save(index.inTexts),
      bySkeleton: save(index.bySkeleton),
      namesOf: save(index.namesOf),
    },
  };
}

/**
 * Loads a saved search index for `records`, after checking that it is one, of this version,
 * built from these records, and that every number in it points where it may.
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
  const table = (keys: unknown, name: string) => {
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) fail(`has bad ${name} keys`);
    const out = createKeyTable((keys as string[]).length);
    (keys as string[]).forEach((key, i) => out.intern(key) === i || fail(`repeats a ${name} key`));
    return out;
  };
  const phraseKeys = table(s.keys?.phrases, 'phrase');
  const words = table(s.keys?.words, 'word');
  const skeletons = table(s.keys?.skeletons, 'skeleton');
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
  return {
    records,
    phraseKeys,
    phrases: lists('phrases', phraseKeys.keys.length, 3, n),
    words,
    inNames: lists('inNames', words.keys.length, 1, n),
    inTexts: lists('inTexts', words.keys.length, 1, n),
    sortedWords: lazy(() => [...words.keys].sort()),
    typoIndex: lazy(() => typoIndexOf(words, phraseKeys, namesOf)),
    skeletons,
    bySkeleton: lists('bySkeleton', skeletons.keys.length, 1, n),
    namesOf,
  };
}
