import type { Lang } from '../enums.js';
import { maxEdits } from '../text/maxEdits.js';
import { phoneticKey } from '../text/phoneticKey.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';
import type { RecordKind } from '../_lib/records.js';
import type { PostingLists } from './postingLists.js';
import { PHRASE, type SearchIndex, eachNameKey, splitWords } from './searchIndex.js';
import { fuzzyTerms, prefixTerms } from './termDictionary.js';

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
  /** Only the cross-script consonant skeleton of a name word matched. */
  phonetic: 0,
} as const;

/**
 * The longest query read, in UTF-16 code units; the rest is ignored.
 *
 * @example
 * search('Altman' + ' x'.repeat(1000))[0]?.id //=> 'sam-altman' (the tail is not read)
 */
export const MAX_QUERY_LENGTH = 256;
/**
 * The most words of a query read; the rest are ignored.
 *
 * @example
 * MAX_QUERY_WORDS //=> 12
 */
export const MAX_QUERY_WORDS = 12;
/** The most index words one query word expands to by prefix or by typo. */
const MAX_EXPANSIONS = 32;
/**
 * The most postings one search reads. Rarer words are read first, and a word's postings in
 * data order; a word too common to read is only looked up in the records already found.
 */
const POSTINGS_BUDGET = 1024;
/** The most records a very common query word is looked up in, by binary search, instead of read. */
const MAX_PROBES = 256;

/** A record that matched, and how well. */
export interface Candidate {
  readonly doc: number;
  /** The share of the query's words the record matched, from 0 to 1. */
  coverage: number;
  tier: number;
  /** How rare the matched words are (summed inverse document frequency), squashed into [0, 10). */
  relevance: number;
}

export interface FindOptions {
  readonly kinds?: ReadonlySet<RecordKind> | undefined;
  readonly lang?: Lang | undefined;
  readonly limit: number;
  /** Stop as soon as a whole name matches (the look-ups of `translate`). */
  readonly stopAtName?: boolean;
}

/** The score a hit shows: the words covered first, then the tier, then relevance. */
export const scoreOf = (c: Candidate): number => Math.round((c.coverage * 1000 + c.tier * 10 + c.relevance) * 1000) / 1000;
const PHRASE_TIER = [TIER.exactName, TIER.normalizedName, TIER.stemmedName] as const;

/**
 * Finds and ranks the records a query names: whole-name maps first, then words (as they
 * are, by prefix, or, for a word the index does not know at all, within its typo
 * allowance), and the cross-script fallback only when fewer than `limit` records matched.
 */
export function findCandidates(search: SearchIndex, query: string, options: FindOptions): Candidate[] {
  const text = query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query;
  const found = new Map<number, Candidate>();
  const langBit = options.lang === undefined ? -1 : options.lang === 'en' ? 1 : 0;
  /** Whether a posting (`doc << 1 | en`) passes the `lang` and `kinds` filters. */
  const accepts = (posting: number) =>
    (langBit < 0 || (posting & 1) === langBit) &&
    (options.kinds === undefined || options.kinds.has(search.records[posting >> 1]!.kind));
  const add = (doc: number, coverage: number, tier: number, relevance: number) => {
    const seen = found.get(doc);
    if (seen === undefined) found.set(doc, { doc, coverage, tier, relevance });
    // A whole-name match ranks by its tier and data order alone: no word can outrank it.
    else if (seen.tier < TIER.stemmedName) {
      seen.coverage = Math.max(seen.coverage, coverage);
      seen.relevance = Math.max(seen.relevance, relevance);
      seen.tier = Math.max(seen.tier, tier);
    }
  };
  // A name that thousands of records share needs only its first `limit` records per tier:
  // the rest tie with them and lose on data order.
  const perTier = [0, 0, 0];
  /** A whole-name key of the query, itself reached as written (0), normalized (1) or stemmed (2). */
  const phrase = (key: string, queryKind: number) => {
    const id = search.phraseKeys.find(key);
    const { postings } = search.phrases;
    for (let i = search.phrases.start(id), end = search.phrases.end(id); i < end; i++) {
      const posting = postings[i]!;
      const kind = Math.max(queryKind, posting & 3);
      if (perTier[kind]! < options.limit && accepts(posting >> 2) && !found.has(posting >> 3)) {
        perTier[kind]!++;
        add(posting >> 3, 1, PHRASE_TIER[kind]!, 0);
      }
    }
  };

  // A name typed exactly needs no normalization at all: the fast path of `translate`.
  const exact = text.trim();
  phrase(exact, PHRASE.exact);
  if (options.stopAtName && found.size > 0) return rank(found, options.limit);
  let loose = toSearchKey(text, { loose: true });
  if (loose === '') return rank(found, options.limit);
  let words = splitWords(loose);
  if (words.length > MAX_QUERY_WORDS) {
    words = words.slice(0, MAX_QUERY_WORDS);
    loose = words.join(' ');
  }
  const wordStems = words.map(stemWord);
  const stemmed = wordStems.join(' ');
  const keys = { exact, normalized: toSearchKey(text), loose, stemmed };
  eachNameKey(keys, (key, kind) => kind !== PHRASE.exact && phrase(key, kind));
  if ((options.stopAtName && found.size > 0) || found.size >= options.limit) return rank(found, options.limit);

  const stems = [...new Set(wordStems)];
  matchWords(search, stems, accepts, add);
  if (found.size < options.limit) matchSkeletons(search, words, accepts, add);
  return rank(found, options.limit);
}

/**
 * The best `limit` candidates, best first: score, then data order (records are numbered
 * entities, terms, events, quotes, so that is also kind order). A bounded insertion keeps
 * thousands of matches from being sorted whole.
 */
function rank(found: Map<number, Candidate>, limit: number): Candidate[] {
  const top: { candidate: Candidate; score: number }[] = [];
  for (const candidate of found.values()) {
    const score = scoreOf(candidate);
    const worse = (other: { candidate: Candidate; score: number }) =>
      score > other.score || (score === other.score && candidate.doc < other.candidate.doc);
    if (top.length === limit && !worse(top[limit - 1]!)) continue;
    let at = Math.min(top.length, limit - 1);
    while (at > 0 && worse(top[at - 1]!)) at--;
    top.splice(at, 0, { candidate, score });
    if (top.length > limit) top.pop();
  }
  return top.map(({ candidate }) => candidate);
}

type Add = (doc: number, coverage: number, tier: number, relevance: number) => void;

/** One way a query word reaches an index word. */
interface Expansion {
  readonly queryWord: number;
  readonly nameTier: number;
  readonly names: Int32Array;
  readonly texts: Int32Array;
  readonly idf: number;
}

/**
 * The word pass: each query word reaches index words as itself, the last one also by
 * prefix (it may still be being typed); a word that reaches none is taken for a typo and
 * reaches the words within its allowance instead, as a spell-checker would. Each record keeps, per query word, its best tier; its tier is the
 * worst of those, its coverage the share of query words it matched.
 */
function matchWords(search: SearchIndex, stems: readonly string[], accepts: (posting: number) => boolean, add: Add): void {
  const sorted = search.sortedWords();
  const total = search.records.length;
  const expansions: Expansion[] = [];
  stems.forEach((stem, queryWord) => {
    const reach = (word: string, nameTier: number) => {
      const id = search.words.find(word);
      if (id < 0) return;
      const slice = (lists: PostingLists) => lists.postings.subarray(lists.start(id), lists.end(id));
      const names = slice(search.inNames);
      const texts = slice(search.inTexts);
      const idf = Math.log(1 + total / (names.length + texts.length));
      expansions.push({ queryWord, nameTier, names, texts, idf });
    };
    const known = expansions.length;
    reach(stem, TIER.nameWord);
    // Only the last word is still being typed: the words before it are whole.
    if (queryWord === stems.length - 1 && stem.length >= 2)
      for (const word of prefixTerms(sorted, stem, MAX_EXPANSIONS)) reach(word, TIER.namePrefix);
    if (expansions.length === known)
      for (const word of fuzzyTerms(sorted, stem, maxEdits(stem.length), MAX_EXPANSIONS)) reach(word, TIER.nameFuzzy);
  });
  // A source of matches for one query word: an index word's postings in names (at the
  // expansion's tier) or in texts. Descriptions count whole words only: a prefix or a typo
  // found in running text is noise.
  const sources = expansions.flatMap((e) => [
    { queryWord: e.queryWord, tier: e.nameTier, idf: e.idf, postings: e.names },
    ...(e.nameTier === TIER.nameWord ? [{ queryWord: e.queryWord, tier: TIER.text as number, idf: e.idf, postings: e.texts }] : []),
  ]);
  const sizes = stems.map((_, w) => sources.reduce((n, source) => (source.queryWord === w ? n + source.postings.length : n), 0));
  // Rarest query word first: its records are the likeliest to cover the whole query.
  const order = stems.map((_, w) => w).sort((a, b) => sizes[a]! - sizes[b]!);

  const perDoc = new Map<number, { tiers: number[]; relevance: number }>();
  const credit = (doc: number, source: (typeof sources)[number]) => {
    let state = perDoc.get(doc);
    if (state === undefined) perDoc.set(doc, (state = { tiers: new Array<number>(stems.length).fill(-1), relevance: 0 }));
    const before = state.tiers[source.queryWord]!;
    if (source.tier > before) {
      if (before < 0) state.relevance += source.idf;
      state.tiers[source.queryWord] = source.tier;
    }
  };
  let budget = POSTINGS_BUDGET;
  for (const word of order) {
    const own = sources.filter((source) => source.queryWord === word).sort((a, b) => b.tier - a.tier);
    if (sizes[word]! <= budget || perDoc.size === 0) {
      // Read the word's postings, in data order, while the budget lasts.
      for (const source of own)
        for (let i = 0; i < source.postings.length && budget > 0; i++, budget--) {
          const posting = source.postings[i]!;
          if (accepts(posting)) credit(posting >> 1, source);
        }
    } else if (perDoc.size <= MAX_PROBES) {
      // Too common to read whole: only ask whether the records already found contain it.
      for (const doc of perDoc.keys())
        for (const source of own) if (contains(source.postings, doc, accepts)) credit(doc, source);
    }
  }

  for (const [doc, { tiers, relevance }] of perDoc) {
    let matched = 0;
    let tier: number = TIER.nameWord;
    for (const t of tiers)
      if (t >= 0) {
        matched++;
        tier = Math.min(tier, t);
      }
    add(doc, matched / stems.length, tier, (10 * relevance) / (relevance + 10));
  }
}

/** Whether sorted postings hold the record `doc` in an accepted language. */
function contains(postings: Int32Array, doc: number, accepts: (posting: number) => boolean): boolean {
  let lo = 0;
  let hi = postings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid]! < doc << 1) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < postings.length && postings[i]! >> 1 === doc; i++) if (accepts(postings[i]!)) return true;
  return false;
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
