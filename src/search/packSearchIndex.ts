import type { AnyRecord } from '../_lib/records.js';
import { lazy } from '../_lib/lazy.js';
import { sortedKeyLookup } from './keyTable.js';
import { type PostingLists, postingListsOf } from './postingLists.js';
import { type SearchIndex, typoIndexOf } from './searchIndex.js';

/**
 * The bundled article's search index, computed when the package is built and shipped in it
 * as one object literal (#6): building it at the first search cost a fresh process about
 * 100 ms of main-thread time, reading it back takes a few, for some 30 KB of gzip (`npm run
 * bench:cold` prints both).
 *
 * Every string table is packed in sorted order, numbered afresh, so a look-up is a binary
 * search and nothing is hashed on unpacking; each posting list is its length and the gaps
 * between its postings, a key's read back when a search first asks for that key. The typo
 * index is not packed (it is most of a saved index's bytes), only the words it files besides
 * the index's, which are long to find: it is built as a built index's is, after a few passes of
 * look-ups that walk those words (`deferTypoIndex`).
 *
 * Unlike a saved index (`serializeSearchIndex.ts`), a packed one is not checked on unpacking
 * beyond its number of records: it is made by the build from the very records it ships with,
 * and the tests compare what it finds with what a built index finds. It is not a public format.
 */
export interface PackedSearchIndex {
  /** How many records it indexes: a packed index fits only the records it was packed with. */
  readonly records: number;
  /** Each key table's keys, sorted, joined by line breaks. */
  readonly keys: { readonly phrases: string; readonly words: string; readonly skeletons: string };
  /** The words of names as written that are not index words, and their stems (`writtenWordsOf`), joined by line breaks. */
  readonly written: { readonly terms: string; readonly stems: string };
  /**
   * Each posting list: per key, its number of postings; then every posting less the one
   * before it in its key (a renumbered list's may be negative). Every number of a list takes
   * as many characters (`coded`), so a key's postings are read back from the text where they
   * stand when a search first asks for that key: a fresh process's first search decodes the
   * few keys it reads instead of all, and makes no arrays of numbers (as JSON numbers they
   * were 200 KB, the part of its allocation that cost it a second garbage collection).
   */
  readonly lists: Readonly<Record<ListName, readonly [counts: string, gaps: string]>>;
}

type ListName = 'phrases' | 'inNames' | 'inTexts' | 'bySkeleton' | 'namesOf';

const joined = (keys: readonly string[]) => {
  const broken = keys.find((key) => key.includes('\n'));
  if (broken !== undefined) throw new Error(`packSearchIndex: a name holds a line break: ${JSON.stringify(broken)}`);
  return keys.join('\n');
};
const split = (text: string) => (text === '' ? [] : text.split('\n'));

/** The keys in sorted order, and each old number's new one. */
function sortKeys(keys: readonly string[]): { sorted: string[]; renumber: Int32Array } {
  const order = keys.map((_, id) => id).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  const renumber = new Int32Array(keys.length);
  order.forEach((id, at) => (renumber[id] = at));
  return { sorted: order.map((id) => keys[id]!), renumber };
}

/**
 * Numbers as text, each zigzagged (0, -1, 1, -2, … as 0, 1, 2, 3, …) and written in one
 * character, or in two for a list with a larger one, after a digit that says which. The
 * characters are printable ASCII and CJK ideographs (U+4E00–U+9FFF): no Unicode
 * normalization changes them, and none is a surrogate or a control character.
 */
const ASCII = 0x7f - 0x20;
const BASE = ASCII + 0x9fff - 0x4e00 + 1;
const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);
const unit = (digit: number) => String.fromCharCode(digit < ASCII ? 0x20 + digit : 0x4e00 + digit - ASCII);
const digitOf = (code: number) => (code < 0x7f ? code - 0x20 : code - 0x4e00 + ASCII);
function coded(numbers: readonly number[]): string {
  const zigzagged = numbers.map(zigzag);
  const width = zigzagged.every((z) => z < BASE) ? 1 : 2;
  const big = zigzagged.findIndex((z) => z >= BASE * BASE);
  if (big >= 0) throw new Error(`packSearchIndex: ${numbers[big]} does not fit two characters`);
  let text = String(width);
  for (const z of zigzagged) text += width === 1 ? unit(z) : unit(Math.floor(z / BASE)) + unit(z % BASE);
  return text;
}
/**
 * The number at `at` of `coded` text. A fresh process runs it cold, in the interpreter: a
 * one-character number, the bundled index's kind, is read without a further call.
 */
function decoded(text: string, at: number): number {
  let z: number;
  if (text.charCodeAt(0) === 0x31) {
    const code = text.charCodeAt(1 + at);
    z = code < 0x7f ? code - 0x20 : code - 0x4e00 + ASCII;
  } else z = digitOf(text.charCodeAt(1 + 2 * at)) * BASE + digitOf(text.charCodeAt(2 + 2 * at));
  return z & 1 ? -(z + 1) / 2 : z / 2;
}
/** How many numbers `coded` text holds. */
const codedLength = (text: string) => (text.length - 1) / (text.charCodeAt(0) - 0x30);

/** A posting list packed with its keys renumbered (`byKey`) and, for `namesOf`, its postings too. */
function packList(lists: PostingLists, keyCount: number, byKey?: Int32Array, posting?: Int32Array): PackedSearchIndex['lists'][ListName] {
  const oldKey = new Int32Array(keyCount).map((_, key) => key);
  if (byKey) byKey.forEach((at, id) => (oldKey[at] = id));
  const counts: number[] = [];
  const gaps: number[] = [];
  for (const key of oldKey) {
    const start = lists.start(key);
    const end = lists.end(key);
    counts.push(end - start);
    for (let i = start, previous = 0; i < end; i++) {
      const value = posting ? posting[lists.postings[i]!]! : lists.postings[i]!;
      gaps.push(value - previous);
      previous = value;
    }
  }
  return [coded(counts), coded(gaps)];
}

/** Packs a built search index into plain data, strings and numbers, that the build writes into the package as JSON. */
export function packSearchIndex(index: SearchIndex): PackedSearchIndex {
  const phrases = sortKeys(index.phraseKeys.keys);
  const words = sortKeys(index.words.keys);
  const skeletons = sortKeys(index.skeletons.keys);
  const written = index.writtenWords();
  const packed: PackedSearchIndex = {
    records: index.records.length,
    keys: { phrases: joined(phrases.sorted), words: joined(words.sorted), skeletons: joined(skeletons.sorted) },
    written: { terms: joined(written.terms), stems: joined(written.stems) },
    lists: {
      phrases: packList(index.phrases, phrases.sorted.length, phrases.renumber),
      inNames: packList(index.inNames, words.sorted.length, words.renumber),
      inTexts: packList(index.inTexts, words.sorted.length, words.renumber),
      bySkeleton: packList(index.bySkeleton, skeletons.sorted.length, skeletons.renumber),
      namesOf: packList(index.namesOf, index.records.length, undefined, phrases.renumber),
    },
  };
  return packed;
}

/** Posting lists whose keys are decoded from their gaps one at a time, at a key's first `start`. */
function unpackList([counts, gaps]: PackedSearchIndex['lists'][ListName]): PostingLists {
  const keyCount = codedLength(counts);
  const offsets = new Int32Array(keyCount + 1);
  for (let key = 0; key < keyCount; key++) offsets[key + 1] = offsets[key]! + decoded(counts, key);
  // -1 until decoded: a posting read before its key's `start` fails loudly, not as record 0.
  const postings = new Int32Array(codedLength(gaps)).fill(-1);
  const ready = new Uint8Array(keyCount);
  const decode = (key: number) => {
    ready[key] = 1;
    for (let at = offsets[key]!, end = offsets[key + 1]!, previous = 0; at < end; at++) postings[at] = previous += decoded(gaps, at);
  };
  return {
    ...postingListsOf(offsets, postings),
    start: (key) => {
      if (!(key >= 0 && key < keyCount)) return 0;
      if (ready[key] === 0) decode(key);
      return offsets[key]!;
    },
  };
}

/**
 * The search index of `records` from what `packSearchIndex` gave, as the build ships it: its
 * JSON read as a JavaScript object literal, so nothing is parsed at run time.
 * @throws Error when it was packed from another number of records.
 */
export function unpackSearchIndex(packed: PackedSearchIndex, records: readonly AnyRecord[]): SearchIndex {
  if (packed.records !== records.length) throw new Error(`unpackSearchIndex: packed for ${packed.records} records, given ${records.length}`);
  const phraseKeys = sortedKeyLookup(split(packed.keys.phrases));
  const words = sortedKeyLookup(split(packed.keys.words));
  const { lists } = packed;
  const typo = typoIndexOf(() => index);
  const index: SearchIndex = {
    records,
    phraseKeys,
    phrases: unpackList(lists.phrases),
    words,
    inNames: unpackList(lists.inNames),
    inTexts: unpackList(lists.inTexts),
    sortedWords: () => words.keys,
    writtenWords: lazy(() => ({ terms: split(packed.written.terms), stems: split(packed.written.stems) })),
    typoIndex: typo.index,
    typos: typo.lookup,
    namesOf: unpackList(lists.namesOf),
    skeletons: sortedKeyLookup(split(packed.keys.skeletons)),
    bySkeleton: unpackList(lists.bySkeleton),
  };
  return index;
}
