/**
 * The search engine, in this folder. How a query flows through it:
 *
 * 1. `searchIndex.ts` builds, once per knowledge base, the index a query reads: every
 *    name's whole-name keys (as written, normalized, loosely normalized, stemmed) with the
 *    records they name; every stemmed word with the records that have it in a name or in a
 *    text; each record's names; and entity names' cross-script consonant skeletons. Strings
 *    are numbered by `keyTable.ts` (a hash table over typed arrays) and records are listed
 *    per key by `postingLists.ts` (one Int32Array, laid out by a counting sort).
 *    `serializeSearchIndex.ts` saves that index and loads it back, checked;
 *    `packSearchIndex.ts` packs the bundled records' index into the package, its strings
 *    sorted and looked up by binary search.
 * 2. `findCandidates` (here) reads a query: the whole query as a name, first as typed,
 *    then by its normalized and stemmed keys (`../text/`); if fewer than `limit` records are
 *    named whole (a name that only its stem names, an ending apart, ranks with the word
 *    matches), each word: as itself, the last also by prefix (`termDictionary.ts`: by its stem,
 *    or as typed where the stemmer took off an ending or the word starts with a proclitic), an
 *    unknown one within its typo allowance (`typoIndex.ts`: a deletion index, its words walked
 *    instead while a small one is new), and so, as written, a lone word known only by a stem
 *    that may be a slip (`stemOnly`); rarest word first under a postings budget, a common one
 *    probed in the records already found. When no record has every word, the records that
 *    have all the others are probed for a known word's typos, then their names searched for a
 *    missed word by prefix or typo; when some record has them all, a word known only by its
 *    stem has its typos as written read too; last, entity names by consonant skeleton.
 * 3. `rank` orders what was found: the share of query words covered, then how it matched
 *    (the tiers of `TIER`), then how closely a record's names read the query (`namesReading`,
 *    worked out only where it can change the hits returned), how near its words are to the
 *    typed ones and how rare, then data order. The order is total, so `limit: k` gives the
 *    first k of any larger `limit`.
 */
import type { Lang } from '../enums.js';
import { PREFIXES, hasArabic, withoutProclitic } from '../text/lightStem.js';
import { maxEdits } from '../text/maxEdits.js';
import { phoneticKey } from '../text/phoneticKey.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';
import type { RecordKind } from '../_lib/records.js';
import { PHRASE, type SearchIndex, eachNameKey, splitWords } from './searchIndex.js';
import { prefixTerms } from './termDictionary.js';
import { editDistance, filesTerm, nearTerms } from './typoIndex.js';

/** How a record matched, best first: the rank order of the search contract. */
export const TIER = {
  /** A name exactly as typed. */
  exactName: 7,
  /** A whole name after normalization (diacritics, letter forms, case, punctuation). */
  normalizedName: 6,
  /** A whole name after light stemming (prefixes such as و ب ال, plural endings). */
  stemmedName: 5,
  /** Every matched word equals a word of a name. */
  nameWord: 4,
  /** Some matched word is the start of a word of a name. */
  namePrefix: 3,
  /** Some matched word is within the typo allowance of a word of a name. */
  nameFuzzy: 2,
  /** Some matched word is only in a description, definition, summary or quotation. */
  text: 1,
  /**
   * Only the cross-script consonant skeleton of a name word matched; or a word its stem
   * explains was read as a slip of a name word, in a query some record has whole (`stemOnly`).
   */
  phonetic: 0,
} as const;

/**
 * The longest query read, in UTF-16 code units; the rest is ignored.
 *
 * @example
 * search('Altman' + ' '.repeat(300) + 'Zuckerberg')[0]?.id //=> 'sam-altman' (the tail is not read)
 */
export const MAX_QUERY_LENGTH = 256;
/**
 * The most words of a query read; the rest are ignored.
 *
 * @example
 * MAX_QUERY_WORDS //=> 12
 */
export const MAX_QUERY_WORDS = 12;
/** The longest query word looked up within its typo allowance. */
const MAX_TYPO_WORD = 32;
/** The most index words one query word expands to by prefix or by typo. */
const MAX_EXPANSIONS = 32;
/**
 * The most postings one search reads. Rarer words are read first, and a word's postings in
 * data order; a word too common to read is only looked up in the records already found.
 */
const POSTINGS_BUDGET = 768;
/** The most records a very common query word is looked up in, by binary search, instead of read. */
const MAX_PROBES = 1024;
/** The most records of one group (equal coverage and tier) whose names are read for ranking (P13). */
const MAX_READS = 128;
/**
 * Arabic proclitics a reader may write on a word: the light stemmer's prefixes (ال, ال after
 * و ب ك ف, لل, و) and ف ب ك ل alone (`stemOnly`: والشمس is الشمس as a name writes it, not a slip).
 */
const PROCLITICS = [...PREFIXES, 'ف', 'ب', 'ك', 'ل'];
/** The most records whose names are read for a word the others found without it (P12). */
const MAX_NAME_PROBES = 256;

/** A record that matched, and how well. */
export interface Candidate {
  readonly doc: number;
  /** The share of the query's words the record matched, from 0 to 1. */
  coverage: number;
  tier: number;
  /** How rare the matched words are (summed inverse document frequency), squashed into [0, 10). */
  relevance: number;
  /**
   * How the record's names read the query (see `namesReading`), still to be added to
   * `relevance`: `rank` adds it only where it can change the order of the hits returned. It is
   * at least `floor` (how the shortest name reads) and at most `bound` (the most the words the
   * record matched in names can read); both -1 when there is nothing to add.
   */
  floor: number;
  bound: number;
}

export interface FindOptions {
  readonly kinds?: ReadonlySet<RecordKind> | undefined;
  readonly lang?: Lang | undefined;
  readonly limit: number;
}

/** The score a hit shows: the words covered first, then the tier, then relevance. */
const score = (coverage: number, tier: number, relevance: number): number => Math.round((coverage * 1000 + tier * 10 + relevance) * 1000) / 1000;
export const scoreOf = (c: Candidate): number => score(c.coverage, c.tier, c.relevance);
const PHRASE_TIER = [TIER.exactName, TIER.normalizedName, TIER.stemmedName] as const;

/**
 * Finds and ranks the records a query names: whole-name maps first, then words (as they
 * are, by prefix, or, for a word the index does not know at all or knows by a stem that may
 * be a slip, within its typo allowance), and the cross-script fallback only when fewer than
 * `limit` records matched.
 */
export function findCandidates(search: SearchIndex, query: string, options: FindOptions): Candidate[] {
  return find(search, query, options, new Found(search.records.length));
}

/**
 * The records found so far, in the order found, and where each is in that order: marks and
 * positions in typed arrays that every search reuses (search is synchronous), valid where
 * stamped with this search's stamp, so nothing is left to empty. A `Map` per search grew its
 * table four or five times for a few dozen records found.
 */
class Found {
  private readonly list: Candidate[] = [];
  private readonly stamp: number;
  constructor(records: number) {
    this.stamp = nextStamp(foundStamps, records, true);
  }
  get size(): number {
    return this.list.length;
  }
  get(doc: number): Candidate | undefined {
    return foundStamps.marks[doc] === this.stamp ? this.list[foundStamps.slots[doc]!] : undefined;
  }
  add(candidate: Candidate): void {
    foundStamps.marks[candidate.doc] = this.stamp;
    foundStamps.slots[candidate.doc] = this.list.length;
    this.list.push(candidate);
  }
  values(): readonly Candidate[] {
    return this.list;
  }
}
const foundStamps = /*@__PURE__*/ newStamps();

function find(search: SearchIndex, query: string, options: FindOptions, found: Found): Candidate[] {
  const text = query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query;
  const langBit = options.lang === undefined ? -1 : options.lang === 'en' ? 1 : 0;
  /** Whether a posting (`doc << 1 | en`) passes the `lang` and `kinds` filters. */
  const accepts = (posting: number) =>
    (langBit < 0 || (posting & 1) === langBit) &&
    (options.kinds === undefined || options.kinds.has(search.records[posting >> 1]!.kind));
  const add: Add = (doc, coverage, tier, relevance, floor = -1, bound = -1) => {
    const seen = found.get(doc);
    if (seen === undefined) found.add({ doc, coverage, tier, relevance, floor, bound });
    else if (tier >= TIER.stemmedName) {
      // A record named by several keys keeps its best: an exact admitted form beats the
      // stem of its preferred form, whichever the index visited first (R02).
      if (tier > seen.tier) Object.assign(seen, { coverage: 1, tier, relevance: 0, floor: -1, bound: -1 });
    }
    // A whole-name match ranks by its tier and data order alone: no word can outrank it.
    else if (seen.tier < TIER.stemmedName) {
      seen.coverage = Math.max(seen.coverage, coverage);
      seen.relevance = Math.max(seen.relevance, relevance);
      seen.tier = Math.max(seen.tier, tier);
    }
  };
  /** Whether some record's name is the whole query, whether or not the filters let it in. */
  let named = false;
  /** How many records a whole-name key of the query named at a name tier… */
  let wholes = 0;
  /** …and those it reached by a stem that an ending tells apart (`namedByStem`). */
  const byStem: number[] = [];
  /** The query's words and their stems, once made… */
  let queryWords: readonly string[] | undefined;
  let queryStems: readonly string[] | undefined;
  /** …the words as `namedByStem` compares them, made when first needed… */
  let bareWords: string[] | undefined;
  const bareQuery = () => (bareWords ??= (queryWords ?? splitWords(toSearchKey(text, { loose: true })).slice(0, MAX_QUERY_WORDS)).map(bareWord));
  /** …and whether the stemmer took no more than proclitics off them. */
  let stemsAreBare: boolean | undefined;
  /**
   * Whether a record whose name's stem is the query's is named by it whole: one of its names
   * differs from the query by Arabic proclitics or an English plural at most (وحرب المواهب, حرب
   * المواهب; experts, expert), not by an Arabic ending (وأبيه is his father, أب a father; ثلجية
   * snowy, ثلج snow). A name that is not ranks among the records that have the query's words,
   * where one that has them as typed reads the query better.
   */
  const namedByStem = (doc: number): boolean => {
    const query = bareQuery();
    const { namesOf } = search;
    const wordsOfName = nameWordsOf(search);
    for (let i = namesOf.start(doc), end = namesOf.end(doc); i < end; i++) {
      const name = wordsOfName(namesOf.postings[i]!);
      if (name.written.length !== query.length) continue;
      const bare = (name.bare ??= name.written.map(bareWord));
      if (bare.every((word, w) => word === query[w])) return true;
    }
    return false;
  };
  /** A whole-name key of the query, itself reached as written (0), normalized (1) or stemmed (2). */
  const phrase = (key: string, queryKind: number) => {
    const id = search.phraseKeys.find(key);
    const { postings } = search.phrases;
    // Every record a key names is read, whatever `limit` is: a cap here would make the
    // best hit depend on `limit` (R02, R03).
    for (let i = search.phrases.start(id), end = search.phrases.end(id); i < end; i++) {
      const posting = postings[i]!;
      const doc = posting >> 3;
      const kind = posting & 3;
      const tier = PHRASE_TIER[Math.max(queryKind, kind)]!;
      // A name that is itself the query's stems (every posting of that key but the stemmed
      // ones) is the query but for proclitics only if the stemmer took no more off the query:
      // one answer for them all. A name reached by its own stem is read word by word.
      const whole =
        tier !== TIER.stemmedName || (kind === PHRASE.stemmed ? namedByStem(doc) : (stemsAreBare ??= bareQuery().every((word, w) => word === bareWord(queryStems![w]!))));
      named ||= whole;
      if (!accepts(posting >> 2)) continue;
      if (!whole) {
        add(doc, 1, TIER.nameWord, 0, shortestNameReading(search)(doc), MAX_READING);
        byStem.push(doc);
      } else {
        if ((found.get(doc)?.tier ?? -1) < TIER.stemmedName) wholes++;
        add(doc, 1, tier, 0);
      }
    }
  };

  const exact = text.trim();
  phrase(exact, PHRASE.exact);
  let loose = toSearchKey(text, { loose: true });
  if (loose === '') return rank(found, options.limit);
  let words = splitWords(loose);
  if (words.length > MAX_QUERY_WORDS) {
    words = words.slice(0, MAX_QUERY_WORDS);
    loose = words.join(' ');
  }
  queryWords = words;
  const wordStems = words.map(stemWord);
  queryStems = wordStems;
  const stemmed = wordStems.join(' ');
  const keys = { exact, normalized: toSearchKey(text), loose, stemmed };
  eachNameKey(keys, (key, kind) => kind !== PHRASE.exact && phrase(key, kind));
  // Records named whole rank above any other: with `limit` of them, the words need no reading.
  if (wholes >= options.limit) return rank(found, options.limit);

  const stems = [...new Set(wordStems)];
  // The typo allowance follows the word as typed, not its stem: الديثة (for الحديثة) is six
  // letters a reader may have slipped on, though its stem ديث has three (P10).
  const typed = stems.map((stem) => words.filter((_, i) => wordStems[i] === stem).reduce((a, b) => (b.length > a.length ? b : a)));
  const reached = matchWords(search, stems, typed, words, accepts, add, named, byStem);
  // Not only when few records matched: a skeleton can raise a record's coverage, so skipping
  // it for a small `limit` would change the best hit (R03). Only a one-word query with `limit`
  // records found needs none: they cover the query already and a record found by skeleton
  // alone scores below every one of them.
  if (words.length > 1 || found.size < options.limit) matchSkeletons(search, words, accepts, add);
  return rank(found, options.limit, () => namesReading(search, words, wordStems, reached));
}

/** Readies what a search builds on first use: the sorted words, the typo index, the words as written. */
export function prepareSearch(search: SearchIndex): void {
  search.sortedWords();
  search.typoIndex();
  writtenWords(search);
}

// The words of names as written that are not index words, sorted, with their stems: made
// once per index, and kept with it.
const WRITTEN = new WeakMap<SearchIndex, { sorted: readonly string[]; stemOf: ReadonlyMap<string, string> }>();
function writtenWords(search: SearchIndex): { sorted: readonly string[]; stemOf: ReadonlyMap<string, string> } {
  let written = WRITTEN.get(search);
  if (written === undefined) {
    const { terms, stems } = search.writtenWords();
    const stemOf = new Map(terms.map((term, i) => [term, stems[i]!]));
    written = { sorted: [...terms].sort(), stemOf };
    WRITTEN.set(search, written);
  }
  return written;
}

/**
 * A word as `namedByStem` compares it: an Arabic one without its proclitic (an ending may be a
 * pronoun, a derivation or the name's own letters: تالين is no plural of تال), another by its
 * stem (speculators, speculator).
 */
const bareWord = (word: string): string => (hasArabic(word) ? withoutProclitic(word) : stemWord(word));

/** Whether candidate `a` (score `sa`) ranks before `b` (score `sb`): higher score, then data order. */
const before = (sa: number, a: Candidate, sb: number, b: Candidate): boolean => sa > sb || (sa === sb && a.doc < b.doc);

/**
 * Scratch for `byKey`, grown as needed (ranking is synchronous): a new buffer per call costs
 * a small ranking more than its sort.
 */
let sortKeys = new Float64Array(256);

/**
 * Candidates in descending order of `key`: numbers packing the key (to 1e-5; callers allow for
 * that) with the position, sorted natively, for the thousands a common word finds.
 */
function byKey(candidates: readonly Candidate[], key: (c: Candidate) => number): Candidate[] {
  const n = candidates.length;
  if (n >= 1 << 17) return [...candidates].sort((a, b) => key(b) - key(a));
  if (sortKeys.length < n) sortKeys = new Float64Array(Math.max(n, sortKeys.length * 2));
  const keys = sortKeys.subarray(0, n);
  for (let i = 0; i < n; i++) keys[i] = Math.floor(key(candidates[i]!) * 1e5) * (1 << 17) + i;
  keys.sort();
  const out = new Array<Candidate>(n);
  for (let i = 0; i < n; i++) out[i] = candidates[keys[n - 1 - i]! % (1 << 17)]!;
  return out;
}

/**
 * Sorts in place, stably: a short array by insertion, a long one natively. The native sort
 * copies every array it sorts into a work array, most of what sorting the few sources of a
 * query word costs.
 */
export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, item) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
  return items;
}

/** A record before every other in data order: what a tie at the limit would need. */
const FIRST = { doc: -1 };

/** A candidate's score without its relevance: the words it covered, then its tier. */
const groupOf = (c: Candidate): number => c.coverage * 1000 + c.tier * 10;

/**
 * The best `limit` candidates, best first: score, then data order (records are numbered
 * entities, terms, events, quotes, so that is also kind order). A heap of the `limit` best
 * so far keeps any `limit` at O(n log n) (R04); the order is total, so the first k of a
 * larger `limit` are the hits of `limit: k`.
 *
 * Relevance (under 10) orders records only within a group of equal coverage and tier, so how
 * a record's names read the query (`readingOf`, the dearest part of a score) is added only in
 * the groups that reach the first `limit`: a record of a lower group is not returned, whatever
 * its names, and a returned record's score is the same for any `limit`.
 */
function rank(found: Found, limit: number, readingOf?: () => (doc: number) => number): Candidate[] {
  const size = Math.min(limit, found.size);
  // A min-heap on rank: heap[0] is the worst of the best `size` seen.
  const heap: Candidate[] = [];
  const scores: number[] = [];
  const swap = (i: number, j: number) => {
    const candidate = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = candidate;
    const kept = scores[i]!;
    scores[i] = scores[j]!;
    scores[j] = kept;
  };
  const down = (from: number) => {
    for (let i = from; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(scores[worst]!, heap[worst]!, scores[l]!, heap[l]!)) worst = l;
      if (r < heap.length && before(scores[worst]!, heap[worst]!, scores[r]!, heap[r]!)) worst = r;
      if (worst === i) return;
      swap(i, worst);
      i = worst;
    }
  };
  /** Whether a candidate scoring `score` would enter the best `size`. */
  const enters = (score: number, candidate: Pick<Candidate, 'doc'>) => heap.length < size || (size > 0 && before(score, candidate as Candidate, scores[0]!, heap[0]!));
  const offer = (candidate: Candidate) => {
    const value = scoreOf(candidate);
    if (!enters(value, candidate)) return;
    if (heap.length < size) {
      heap.push(candidate);
      scores.push(value);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!before(scores[parent]!, heap[parent]!, scores[i]!, heap[i]!)) break;
        swap(i, parent);
        i = parent;
      }
    } else {
      heap[0] = candidate;
      scores[0] = value;
      down(0);
    }
  };

  if (readingOf === undefined || size === 0) for (const candidate of found.values()) offer(candidate);
  else {
    let reading: ((doc: number) => number) | undefined;
    /** Adds a record's reading: all of it, or its floor only. */
    const settle = (c: Candidate, read = true) => {
      if (c.bound < 0) return;
      c.relevance += read ? Math.min((reading ??= readingOf())(c.doc), c.bound) : c.floor;
      c.floor = c.bound = -1;
    };
    // The group of the size-th best candidate, found a group at a time from the top: there are
    // at most 8 tiers for each of 13 coverages, so this stays linear in the candidates.
    let lowest = -Infinity;
    if (size < found.size)
      for (let above = 0, upper = Infinity; above < size; upper = lowest) {
        lowest = -Infinity;
        let count = 0;
        for (const c of found.values()) {
          const group = groupOf(c);
          if (group < upper && group > lowest) {
            lowest = group;
            count = 1;
          } else if (group === lowest) count++;
        }
        above += count;
      }
    // Groups below it are not returned. In each group at or above it, the records still to be
    // read are read best bound first, the first MAX_READS of them only (the rest read as their
    // shortest name): thousands of verses may share one word, and a reading is the dearest part
    // of a score. That is so in every group, whatever `limit` is, so scores do not depend on it.
    const pending: Candidate[] = [];
    for (const c of found.values()) {
      if (groupOf(c) < lowest) continue;
      if (c.bound < 0) offer(c);
      else pending.push(c);
    }
    // Group by group from the top (the group that straddles the limit last), best bound first.
    const key = (c: Candidate) => groupOf(c) * 100 + c.relevance + c.bound;
    let group = NaN;
    let reads = 0;
    for (const c of pending.length > 1 ? byKey(pending, key) : pending) {
      if (groupOf(c) !== group) {
        group = groupOf(c);
        reads = 0;
      }
      const read = reads++ < MAX_READS;
      // The group that straddles the limit stops when no bound can enter; a bound that ties the
      // worst score kept may still enter by data order, so only a bound below it stops.
      if (read && group === lowest && size < found.size) {
        const best = score(c.coverage, c.tier, c.relevance + c.bound + 2e-5);
        if (!enters(best, FIRST)) break;
        if (!enters(best, c)) continue;
      }
      settle(c, read);
      offer(c);
    }
  }
  const out = new Array<Candidate>(heap.length);
  for (let k = heap.length - 1; k >= 0; k--) {
    out[k] = heap[0]!;
    swap(0, heap.length - 1);
    heap.pop();
    scores.pop();
    down(0);
  }
  return out;
}

type Add = (doc: number, coverage: number, tier: number, relevance: number, floor?: number, bound?: number) => void;

// Scratch for `matchWords`, grown as needed (search is synchronous): per record found and
// query word, the best tier and closeness; per record, its slot in those (`docStamps`).
let tiers = new Int8Array(1024);
let close = new Float64Array(1024);
const docStamps = /*@__PURE__*/ newStamps();

/**
 * Marks of numbers 0…n-1, each valid while it equals the current use's stamp, and where a use
 * asks for them, a slot for each number marked: a new use clears nothing.
 */
interface Stamps {
  marks: Int32Array;
  slots: Int32Array;
  current: number;
}
function newStamps(): Stamps {
  return { marks: new Int32Array(0), slots: new Int32Array(0), current: 0 };
}
/** Starts a new use of `stamps` over `size` numbers (growing them, and with `slotted` their slots, if need be) and gives its stamp. */
function nextStamp(stamps: Stamps, size: number, slotted = false): number {
  if (stamps.marks.length < size) stamps.marks = new Int32Array(size);
  if (slotted && stamps.slots.length < size) stamps.slots = new Int32Array(size);
  if (++stamps.current === 0x7fffffff) {
    stamps.marks.fill(0);
    stamps.current = 1;
  }
  return stamps.current;
}

/** The index words a query's words reached (word number → a bit per query word): in all, and by typo. */
interface Reached {
  readonly any: Map<number, number>;
  readonly byTypo: Map<number, number>;
}

/** Marks index word `id` (if one: -1 is none) as reached by query word `queryWord`. */
function mark(reached: Map<number, number>, id: number, queryWord: number): void {
  if (id >= 0) reached.set(id, (reached.get(id) ?? 0) | (1 << queryWord));
}

/**
 * A source of matches for one query word: an index word's postings (`start` to `end` of
 * `postings`) in names, at the tier of how the query word reached it, or in texts.
 */
interface Source {
  readonly queryWord: number;
  readonly tier: number;
  readonly idf: number;
  /** 1 for the word itself, less for a longer completion or a farther typo. */
  readonly closeness: number;
  readonly postings: Int32Array;
  readonly start: number;
  readonly end: number;
}

/**
 * The word pass: each query word reaches index words as itself, the last one also by
 * prefix (it may still be being typed); a word that reaches none is taken for a typo and
 * reaches the words within its allowance instead, as a spell-checker would (as does, besides
 * its stem, a lone word that `stemOnly` picks). Each record keeps, per query word, its best
 * tier; its tier is the worst of those, its coverage the share of query words it matched.
 *
 * @param named - whether some record's name matched the whole query
 * @param byStem - records a whole-name key reached by a stem that an ending tells apart
 * @returns the index words the query's words reached
 */
function matchWords(
  search: SearchIndex,
  stems: readonly string[],
  typed: readonly string[],
  words: readonly string[],
  accepts: (posting: number) => boolean,
  add: Add,
  named: boolean,
  byStem: readonly number[],
): Reached {
  const sorted = search.sortedWords();
  const total = search.records.length;
  const reached: Reached = { any: new Map(), byTypo: new Map() };
  // Per query word, where its records are listed, and how many postings that is.
  const own: Source[][] = stems.map(() => []);
  const sizes = stems.map(() => 0);
  /**
   * Adds the sources of index word `word` for a query word, reached at `tier`; with `alone`,
   * not a word another query word reached.
   */
  const reach = (queryWord: number, word: string, tier: number, closeness = 1, alone = false) => {
    const id = search.words.find(word);
    if (id < 0) return;
    // A word the query word reached as itself or as a completion is not reached again by typo.
    const by = reached.any.get(id) ?? 0;
    if (tier === TIER.nameFuzzy && ((by >> queryWord) & 1 || (alone && by !== 0))) return;
    mark(reached.any, id, queryWord);
    if (tier === TIER.nameFuzzy) mark(reached.byTypo, id, queryWord);
    const { inNames, inTexts } = search;
    const count = inNames.end(id) - inNames.start(id) + inTexts.end(id) - inTexts.start(id);
    const idf = Math.log(1 + total / count);
    own[queryWord]!.push({ queryWord, tier, idf, closeness, postings: inNames.postings, start: inNames.start(id), end: inNames.end(id) });
    if (tier === TIER.nameWord) own[queryWord]!.push({ queryWord, tier: TIER.text, idf, closeness: 1, postings: inTexts.postings, start: inTexts.start(id), end: inTexts.end(id) });
    sizes[queryWord]! += tier === TIER.nameWord ? count : inNames.end(id) - inNames.start(id);
  };
  /**
   * Reaches the words within the typo allowance of query word `queryWord`: near its stem and as
   * written, or with `asWritten` as written only (for a word `stemOnly` picks: its stem is a
   * real word, whose neighbours are other words); false if it has no allowance.
   */
  const reachTypos = (queryWord: number, asWritten = false): boolean => {
    // A word longer than any a reader types (a pasted run of letters) gets no typo look-up:
    // its distance rows would be as wide as the word.
    const stem = stems[queryWord]!;
    const word = typed[queryWord]!;
    const edits = maxEdits(word.length);
    if (stem.length > MAX_TYPO_WORD || word.length > MAX_TYPO_WORD || edits === 0) return false;
    const near = asWritten ? nearTerms(search.typos(), word, edits, MAX_EXPANSIONS) : nearTerms(search.typos(), stem, edits, MAX_EXPANSIONS, word);
    // A slip of a word its stem explains may not land on another word of the query (الريحان
    // is two edits from الرحمن: الريحان الرحمن would find every verse with الرحمن complete).
    for (const { term, distance } of near) reach(queryWord, term, TIER.nameFuzzy, 1 / (1 + distance), asWritten);
    return true;
  };
  /**
   * Whether an Arabic query word that differs from its stem may be a slip that happens to stem
   * like a real word (يضيفان for يريفان, أكثره for أكثرهم, وبيين for ويبين): it is no index
   * word, no name writes it nor the word left when a proclitic is taken off (والشمس is الشمس
   * with و), and its stem is in no text (a word of running text is a real word's form). Never
   * in a query that names a record whole (وحرب المواهب): that is what the index holds.
   */
  const stemOnly = (queryWord: number): boolean => {
    const word = typed[queryWord]!;
    const stem = stems[queryWord]!;
    // Arabic only: an English word differs from its stem by a plural ending (escapes, escape).
    if (named || stem === word || !hasArabic(word) || search.words.find(word) >= 0) return false;
    const id = search.words.find(stem);
    if (search.inTexts.count(id) > 0) return false;
    const typos = search.typos();
    return !filesTerm(typos, word) && !PROCLITICS.some((clitic) => word.length > clitic.length + 1 && word.startsWith(clitic) && filesTerm(typos, word.slice(clitic.length)));
  };
  /**
   * Completes the last word as typed, to index words and words of names as written, where its
   * stem cannot: typed through an ending the stemmer took off (يكوون is no يكو being typed,
   * إلي is إليهم being typed), or an Arabic word whose stem is no index word and that starts
   * with a proclitic, which the stemmer leaves on a short word and on ف ب ك ل always (ويم, فإل,
   * بالذ as ويمحق, فإليه, بالذكاء are typed); then also without the proclitic.
   */
  const completeAsTyped = (queryWord: number, ending: boolean) => {
    const word = typed[queryWord]!;
    const clitic = hasArabic(word) && search.words.find(stems[queryWord]!) < 0 && PROCLITICS.some((c) => word.length > c.length && word.startsWith(c));
    if (!ending && !clitic) return;
    // Without the proclitic, a rest of three letters or more (two complete to too many words
    // to read) that is no index word either: بذهبي is ذهبي with ب, which its typos find.
    const rests = clitic
      ? PROCLITICS.filter((c) => word.length >= c.length + 3 && word.startsWith(c))
          .map((c) => word.slice(c.length))
          .filter((rest) => search.words.find(stemWord(rest)) < 0)
      : [];
    const written = writtenWords(search);
    const seen = new Set<string>();
    const complete = (term: string, stem: string) => {
      if (seen.has(stem)) return;
      seen.add(stem);
      reach(queryWord, stem, TIER.namePrefix, 1 / (1 + Math.max(0, term.length - word.length) / 4));
    };
    for (const prefix of [word, ...rests]) {
      for (const term of prefixTerms(written.sorted, prefix, MAX_EXPANSIONS)) complete(term, written.stemOf.get(term)!);
      for (const term of prefixTerms(sorted, prefix, MAX_EXPANSIONS)) complete(term, term);
    }
  };
  const typosLooked = stems.map((stem, queryWord) => {
    reach(queryWord, stem, TIER.nameWord);
    // Only the last word is still being typed: the words before it are whole.
    if (queryWord === stems.length - 1) {
      // It completes by its stem if the stemmer took off a proclitic at most, else as typed.
      const completesByStem = (hasArabic(stem) ? withoutProclitic(typed[queryWord]!) : typed[queryWord]) === stem;
      if (stem.length >= 2 && completesByStem)
        for (const word of prefixTerms(sorted, stem, MAX_EXPANSIONS)) reach(queryWord, word, TIER.namePrefix, 1 / (1 + (word.length - stem.length) / 4));
      completeAsTyped(queryWord, !completesByStem);
    }
    if (own[queryWord]!.length === 0) return reachTypos(queryWord);
    // Alone, a word known by its stem that may be a slip reaches its slips too (ranked below
    // the records its stem names); among other words, only if no record has them all (below).
    return stems.length === 1 && stemOnly(queryWord) && reachTypos(queryWord, true);
  });
  // Sources best tier first: names by the word itself, by completion, by typo, then texts.
  // Descriptions count whole words only: a prefix or a typo found in running text is noise.
  for (const sources of own) sortShort(sources, (a, b) => b.tier - a.tier);
  // Rarest query word first: its records are the likeliest to cover the whole query.
  const order = sortShort(
    stems.map((_, w) => w),
    (a, b) => sizes[a]! - sizes[b]!,
  );

  // Per record found, in the order found (its slot): per query word its best tier and
  // closeness, in flat arrays that grow, and the rarity and number of the words it matched.
  const n = stems.length;
  const docs: number[] = [];
  const stamp = nextStamp(docStamps, total, true);
  const { marks: stampOf, slots: slotOf } = docStamps;
  const relevance: number[] = [];
  const matched: number[] = [];
  let mostMatched = 0;
  const credit = (doc: number, source: Pick<Source, 'queryWord' | 'tier' | 'idf' | 'closeness'>) => {
    let slot = slotOf[doc]!;
    if (stampOf[doc] !== stamp) {
      slot = docs.length;
      slotOf[doc] = slot;
      stampOf[doc] = stamp;
      docs.push(doc);
      relevance.push(0);
      matched.push(0);
      if (tiers.length < docs.length * n) {
        const more = new Int8Array(tiers.length * 2);
        more.set(tiers);
        tiers = more;
        const moreClose = new Float64Array(close.length * 2);
        moreClose.set(close);
        close = moreClose;
      }
      for (let at = slot * n; at < slot * n + n; at++) {
        tiers[at] = -1;
        close[at] = 0;
      }
    }
    const at = slot * n + source.queryWord;
    if (source.closeness > close[at]!) close[at] = source.closeness;
    const before = tiers[at]!;
    if (source.tier > before) {
      if (before < 0) {
        relevance[slot]! += source.idf;
        mostMatched = Math.max(mostMatched, ++matched[slot]!);
      }
      tiers[at] = source.tier;
    }
  };
  /**
   * Credits record `doc` with `source` if the source holds it in a posting the filters let in,
   * looking from position `from` on (galloping); gives where `doc`'s postings start.
   */
  const creditIfHeld = (source: Source, doc: number, from: number): number => {
    const { postings, end } = source;
    const at = seek(postings, from, end, doc << 1);
    for (let i = at; i < end && postings[i]! >> 1 === doc; i++)
      if (accepts(postings[i]!)) {
        credit(doc, source);
        break;
      }
    return at;
  };
  /**
   * Credits the records found in `slots` with each source that holds them: the records in data
   * order, so one walk of a source's postings serves them all.
   */
  const probe = (sources: readonly Source[], slots: number[]) => {
    slots.sort((a, b) => docs[a]! - docs[b]!);
    for (const source of sources) {
      let at = source.start;
      for (const slot of slots) at = creditIfHeld(source, docs[slot]!, at);
    }
  };
  let budget = POSTINGS_BUDGET;
  for (const word of order) {
    if (sizes[word]! <= budget || docs.length === 0) {
      // Read the word's postings, in data order, while the budget lasts.
      for (const source of own[word]!)
        for (let i = source.start; i < source.end && budget > 0; i++, budget--) {
          const posting = source.postings[i]!;
          if (accepts(posting)) credit(posting >> 1, source);
        }
    } else {
      // Too common to read whole: only ask whether the records already found contain it (of
      // many, those that matched the most words: they can still cover the whole query).
      const picked: number[] = [];
      const found = docs.length;
      for (let slot = 0; slot < found && picked.length < MAX_PROBES; slot++) if (found <= MAX_PROBES || matched[slot]! >= mostMatched) picked.push(slot);
      probe(own[word]!, picked);
    }
  }
  // The records a whole-name key reached by stem have the query's stems in a name: looked up
  // in each, as the budget may have stopped before their postings (they would rank last).
  for (const doc of byStem) for (const sources of own) for (const source of sources) if (source.tier === TIER.nameWord) creditIfHeld(source, doc, source.start);

  // A known word that no record has with every other word may be a slip for another (فنس for
  // نفس): its typos are looked up in the records that have all the others. So may a word known
  // by its stem alone (`stemOnly`) when some record has them all (أكثره بالله إلا): its typos as
  // written are also read while the budget lasts, and the records they find looked up for the
  // other words (وبيين الله: الله is too common to read, so only the records بي found were
  // asked for it).
  const complete = mostMatched === n;
  /** Whether the last word completes to a word of a name: it may still be being typed (علم ميكرون). */
  const completes = (queryWord: number) => queryWord === n - 1 && own[queryWord]!.some((source) => source.tier === TIER.namePrefix);
  if (n > 1)
    stems.forEach((_, queryWord) => {
      if (typosLooked[queryWord] || (complete && (!stemOnly(queryWord) || completes(queryWord)))) return;
      const known = own[queryWord]!.length;
      if (!reachTypos(queryWord, complete)) return;
      // A slip of a word its stem explains is the weakest evidence there is: the records that
      // have the word itself, the other words perhaps only in a text, come first.
      const typos = complete ? own[queryWord]!.slice(known).map((source) => ({ ...source, tier: TIER.phonetic })) : own[queryWord]!.slice(known);
      const before = docs.length;
      if (complete)
        for (const source of typos)
          for (let i = source.start; i < source.end && budget > 0; i++, budget--) {
            const posting = source.postings[i]!;
            if (accepts(posting)) credit(posting >> 1, source);
          }
      if (docs.length > before) {
        const fresh = Array.from({ length: docs.length - before }, (_, i) => before + i);
        own.forEach((sources, other) => other !== queryWord && probe(sources, fresh));
      }
      const picked: number[] = [];
      for (let slot = 0, found = docs.length; slot < found && picked.length < MAX_PROBES; slot++)
        if (tiers[slot * n + queryWord]! < 0 && matched[slot]! >= n - 1) picked.push(slot);
      probe(typos, picked);
    });

  // A word that missed the records every other word reached is looked for in their names:
  // the last word as the start of a name word (it may still be being typed), any word within
  // its typo allowance. Expansions from the dictionary stop at the first few, and a real
  // word that is a typo (من for مع) reaches other records, so neither finds these (P12).
  // Only when no record has every word, typos included: then the query is not what the index holds as is.
  if (n > 1 && mostMatched < n)
    stems.forEach((stem, queryWord) => {
      const word = typed[queryWord]!;
      const last = queryWord === n - 1 && word.length >= 2;
      const edits = word.length <= MAX_TYPO_WORD ? maxEdits(word.length) : 0;
      if (!last && edits === 0) return;
      let probes = 0;
      const reach = (id: number, byTypo: boolean) => {
        mark(reached.any, id, queryWord);
        if (byTypo) mark(reached.byTypo, id, queryWord);
      };
      for (let slot = 0, found = docs.length; slot < found; slot++) {
        if (tiers[slot * n + queryWord]! >= 0 || matched[slot]! < n - 1) continue;
        if (probes++ === MAX_NAME_PROBES) break;
        const tier = nameWordNear(search, docs[slot]!, word, stem, last, edits, reach);
        if (tier >= 0) credit(docs[slot]!, { queryWord, tier, idf: 1, closeness: 0.5 });
      }
    });

  const shortest = shortestNameReading(search);
  for (let slot = 0; slot < docs.length; slot++) {
    let tier: number = TIER.nameWord;
    let nearness = 0;
    // The most the record's names can read the query (see `namesReading`): a run of the words
    // it matched in names (the last word may start a name word anyway), each as typed only if
    // matched whole (a completion or a typo is not as typed, and reads at most half as a typo
    // or a start). A last word matched in no name is given no half for a name word that
    // starts with it (its completions were cut, or it is one letter): clipped there, the
    // bound keeps the reading of every record that can change the hits returned.
    let named = 0;
    let asTyped = 0;
    for (let at = slot * n; at < slot * n + n; at++) {
      const t = tiers[at]!;
      if (t >= 0) tier = Math.min(tier, t);
      if (t > TIER.text) named++;
      asTyped += t === TIER.nameWord ? 1 : t > TIER.text ? 0.5 : 0;
      nearness += close[at]!;
    }
    const run = Math.min(n, named + (tiers[slot * n + n - 1]! > TIER.text ? 0 : 1));
    const bound = (n > 1 ? (4 * (run - 1)) / (n - 1) : 0) + (3 * asTyped) / n + shortest(docs[slot]!);
    // Rarity of the matched words counts least (under 0.5), then how near the index words are
    // to the typed ones (under 2: a nearer typo, a shorter completion; more than a shorter
    // name, so one slip beats two); how the record's own names read the query counts most
    // (under 7.5, `namesReading`, added by `rank`), for the records that matched the most words
    // (P13). A record that has no query word in a name reads it only by its shortest name.
    const rarity = (0.49 * relevance[slot]!) / (relevance[slot]! + 10);
    const base = rarity + (1.98 * nearness) / n;
    if (matched[slot] !== mostMatched) add(docs[slot]!, matched[slot]! / n, tier, base);
    else if (named === 0) add(docs[slot]!, matched[slot]! / n, tier, base + shortest(docs[slot]!));
    else add(docs[slot]!, matched[slot]! / n, tier, base, shortest(docs[slot]!), bound);
  }
  return reached;
}

/**
 * The tier at which a word of one of the record's names is near the query word: it starts
 * with the typed word or its stem (`prefix`), or is within `edits` of the typed word; -1 if
 * none. `reach` is told the index word of the name word found, and whether by typo, for `namesReading`.
 */
function nameWordNear(
  search: SearchIndex,
  doc: number,
  word: string,
  stem: string,
  prefix: boolean,
  edits: number,
  reach: (id: number, byTypo: boolean) => void,
): number {
  const { namesOf } = search;
  const wordsOfName = nameWordsOf(search);
  let best = -1;
  for (let i = namesOf.start(doc), end = namesOf.end(doc); i < end; i++) {
    const { written, stems } = wordsOfName(namesOf.postings[i]!);
    for (let p = 0; p < written.length; p++) {
      const nameWord = written[p]!;
      if (prefix && (nameWord.startsWith(word) || nameWord.startsWith(stem))) {
        reach(stems[p]!, false);
        return TIER.namePrefix;
      }
      if (best < 0 && edits > 0 && withinEdits(nameWord, word, edits)) {
        reach(stems[p]!, true);
        best = TIER.nameFuzzy;
      }
    }
  }
  return best;
}

/** Whether `a` and `b` are within `k` edits (optimal string alignment: a swap is one edit). */
export function withinEdits(a: string, b: string, k: number): boolean {
  return editDistance(a, b, k) <= k;
}

/**
 * How closely one of a record's names reads the query, from 0 to under 7.5: the longest run
 * of query words it has in a row, in order (4 for all of them), each as typed or as any
 * index word the query word reached (its stem, a completion, a typo) and the last also as the
 * start of a name word (it may still be being typed); the share of query words the name has
 * as written rather than only by stem or typo (3; a typo as near as written counts in part);
 * and a shorter name before a longer (under 0.5).
 * Ties between records that match the same words are common (light stems merge إني and
 * أن; a verse phrase shares its words with hundreds of verses; `مستطيل ممتلئ` and `مستطيل
 * عمودي ممتلئ`) and this settles them.
 *
 * @param wordStems - the stem of each query word
 * @param reached - the index words the query's words reached
 */
function namesReading(search: SearchIndex, words: readonly string[], wordStems: readonly string[], reached: Reached): (doc: number) => number {
  const { namesOf, phraseKeys } = search;
  const wordsOfName = nameWordsOf(search);
  const n = words.length;
  const last = words[n - 1]!;
  const typos = words.map((word) => (word.length <= MAX_TYPO_WORD ? maxEdits(word.length) : 0));
  // A name word is a query word as typed only if it has the same stem: compared first, as numbers.
  const stemIds = wordStems.map((stem) => search.words.find(stem));
  const queryScripts = scriptsOf(words);
  // The bits of each index word reached, in arrays indexed by word number (valid where
  // stamped with this search), read for every word of every name read.
  const count = search.words.keys.length;
  if (bitsOf.length < count) {
    bitsOf = new Int32Array(count);
    typoBitsOf = new Int32Array(count);
  }
  const stamp = nextStamp(wordStamps, count);
  const stampOfWord = wordStamps.marks;
  for (const [id, bits] of reached.any) {
    stampOfWord[id] = stamp;
    bitsOf[id] = bits;
    typoBitsOf[id] = reached.byTypo.get(id) ?? 0;
  }
  return (doc) => {
    let best = 0;
    for (let i = namesOf.start(doc), end = namesOf.end(doc); i < end; i++) {
      const key = namesOf.postings[i]!;
      const { written, stems, scripts } = wordsOfName(key);
      // A name in another script reads the query by its length alone: run 1, no word as typed.
      if ((scripts & queryScripts) === 0) {
        best = Math.max(best, lengthReading(phraseKeys.keys[key]!));
        continue;
      }
      if (written.length > masks.length) {
        masks = new Int32Array(written.length);
        typoMasks = new Int32Array(written.length);
      }
      // Which query words each word of the name reads: a bit per query word.
      let surface = 0;
      let typoAny = 0;
      for (let p = 0; p < written.length; p++) {
        const id = stems[p]!;
        let same = 0;
        for (let q = 0; q < n; q++) if (stemIds[q] === id && words[q] === written[p]) same |= 1 << q;
        surface |= same;
        const known = id >= 0 && stampOfWord[id] === stamp;
        masks[p] = same | (known ? bitsOf[id]! : 0) | (n > 1 && written[p]!.startsWith(last) ? 1 << (n - 1) : 0);
        typoAny |= typoMasks[p] = known ? typoBitsOf[id]! : 0;
      }
      let run = 1;
      if (n > 1)
        for (let p = 0; p < written.length && run < n; p++)
          for (let q = 0; q < n - run; q++) {
            let k = 0;
            while (p + k < written.length && q + k < n && masks[p + k]! & (1 << (q + k))) k++;
            if (k > run) run = k;
          }
      // A query word the name has only by typo counts 1 / (1 + d) if the name has it within d
      // edits as written too: وحيمم reads وحميم better than الحميم. The last word counts a half
      // if a name word starts with it as typed: القبر reads القبرصية better than قبرص.
      let asTyped = 0;
      for (let q = 0; q < n; q++) {
        const bit = 1 << q;
        if (surface & bit) asTyped++;
        else {
          let part = q === n - 1 && startsAny(written, last) ? 0.5 : 0;
          if (typoAny & bit && typos[q]! > 0) {
            let nearest = typos[q]! + 1;
            for (let p = 0; p < written.length; p++) if (typoMasks[p]! & bit) nearest = Math.min(nearest, editDistance(written[p]!, words[q]!, typos[q]!));
            if (nearest <= typos[q]!) part = Math.max(part, 1 / (1 + nearest));
          }
          asTyped += part;
        }
      }
      const reading = (n > 1 ? (4 * (run - 1)) / (n - 1) : 0) + (3 * asTyped) / n + lengthReading(phraseKeys.keys[key]!);
      if (reading > best) best = reading;
    }
    return best;
  };
}

// Scratch for `namesReading`, grown as needed (search is synchronous): a bit per query word
// for each word of a name, by any way the query word reached it and by typo; the same for each
// index word reached, valid where stamped.
let masks = new Int32Array(64);
let typoMasks = new Int32Array(64);
let bitsOf = new Int32Array(0);
let typoBitsOf = new Int32Array(0);
const wordStamps = /*@__PURE__*/ newStamps();

/** Whether one of `words` starts with `prefix`. */
function startsAny(words: readonly string[], prefix: string): boolean {
  for (let i = 0; i < words.length; i++) if (words[i]!.startsWith(prefix)) return true;
  return false;
}

/** The most `namesReading` gives: a run of every word (4), all as typed (3), a name's length (under 0.5). */
const MAX_READING = 7.5;
/** How a name's length reads in `namesReading`: a shorter name before a longer, under 0.5. */
const lengthReading = (key: string): number => 0.49 / (1 + (key.length + 2) / 32);

// A record's best `lengthReading`, made once per record and kept with the index: all that
// `namesReading` gives a record with no query word in its names.
const SHORTEST = new WeakMap<SearchIndex, (doc: number) => number>();
function shortestNameReading(search: SearchIndex): (doc: number) => number {
  let shortest = SHORTEST.get(search);
  if (shortest === undefined) {
    const cache = new Float64Array(search.records.length).fill(-1);
    const { namesOf, phraseKeys } = search;
    shortest = (doc) => {
      if (cache[doc]! < 0) {
        let best = 0;
        for (let i = namesOf.start(doc), end = namesOf.end(doc); i < end; i++) best = Math.max(best, lengthReading(phraseKeys.keys[namesOf.postings[i]!]!));
        cache[doc] = best;
      }
      return cache[doc]!;
    };
    SHORTEST.set(search, shortest);
  }
  return shortest;
}

/** A name's words as written, and the index word each stems to (-1 if none). */
interface NameWords {
  readonly written: readonly string[];
  readonly stems: Int32Array;
  /** The scripts of its letters (see `scriptsOf`). */
  readonly scripts: number;
  /** Its words as `bareWord` gives them, made when first needed. */
  bare: readonly string[] | undefined;
}

/**
 * The scripts of some words, a bit each: Arabic letters 1, Latin letters 2, anything else
 * (digits, other scripts) 4. A word can read a query word only if they share a bit: any two
 * words within an edit or two of each other share characters.
 */
function scriptsOf(words: readonly string[]): number {
  let bits = 0;
  for (const word of words)
    for (let i = 0; i < word.length && bits !== 7; i++) {
      const c = word.charCodeAt(i);
      bits |= c >= 0x600 && c <= 0x6ff ? 1 : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 2 : 4;
    }
  return bits;
}

// Each name's words, split and stemmed once per name and kept with the index, not on every
// query: ranking reads them for every candidate that can reach the hits returned.
const NAME_WORDS = new WeakMap<SearchIndex, (key: number) => NameWords>();
function nameWordsOf(search: SearchIndex): (key: number) => NameWords {
  let wordsOf = NAME_WORDS.get(search);
  if (wordsOf === undefined) {
    const { phraseKeys, words } = search;
    // Sized up front: an array filled at scattered indices would fall back to a dictionary.
    const cache = new Array<NameWords | undefined>(phraseKeys.keys.length);
    wordsOf = (key) => {
      let known = cache[key];
      if (known === undefined) {
        const written = splitWords(phraseKeys.keys[key]!);
        cache[key] = known = { written, stems: Int32Array.from(written, (word) => words.find(stemWord(word))), scripts: scriptsOf(written), bare: undefined };
      }
      return known;
    };
    NAME_WORDS.set(search, wordsOf);
  }
  return wordsOf;
}

/** The first position from `from` on (before `end`) whose posting is not below `value`: galloping, then binary search. */
function seek(postings: Int32Array, from: number, end: number, value: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < end && postings[lo + step]! < value) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, end);
  if (lo < end && postings[lo]! >= value) return lo;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last resort: entity names whose words share the query words' consonant skeletons. */
function matchSkeletons(search: SearchIndex, words: string[], accepts: (posting: number) => boolean, add: Add): void {
  const hits = new Map<number, number>();
  const unique = new Set(words);
  for (const word of unique) {
    const key = word.length >= 3 ? phoneticKey(word) : '';
    if (key.length < 2) continue;
    const docs = new Set<number>();
    const id = search.skeletons.find(key);
    const { postings } = search.bySkeleton;
    for (let i = search.bySkeleton.start(id), end = search.bySkeleton.end(id); i < end; i++)
      if (accepts(postings[i]!)) docs.add(postings[i]! >> 1);
    for (const doc of docs) hits.set(doc, (hits.get(doc) ?? 0) + 1);
  }
  for (const [doc, count] of hits) add(doc, count / unique.size, TIER.phonetic, 0);
}
