import type { SearchResult } from 'minisearch';
import type { Lang } from '../schema/common.js';
import { maxEdits } from '../text/maxEdits.js';
import { phoneticKey } from '../text/phoneticKey.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';
import { type KbIndex, RECORD_KINDS, type RecordKind } from './kbIndex.js';
import { BOOST, FIELDS, NAME_FIELDS, type SearchIndex, stemKey } from './searchIndex.js';

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

/** The longest query read, in UTF-16 code units; the rest is ignored. */
export const MAX_QUERY_LENGTH = 256;
/** The most words of a query read; the rest are ignored. */
export const MAX_QUERY_WORDS = 12;

/** A record that matched, and how well. */
export interface Candidate {
  readonly doc: number;
  /** The share of the query's words the record matched, from 0 to 1. */
  coverage: number;
  tier: number;
  /** MiniSearch's BM25+ relevance, squashed into [0, 10). */
  relevance: number;
}

export interface FindOptions {
  readonly kinds?: ReadonlySet<RecordKind> | undefined;
  readonly lang?: Lang | undefined;
  readonly limit: number;
  /** Stop as soon as a whole name matches (the lookups of `translate`). */
  readonly stopAtName?: boolean;
}

/** The score a hit shows: the words covered first, then the tier, then relevance. */
export const scoreOf = (c: Candidate): number => Math.round((c.coverage * 1000 + c.tier * 10 + c.relevance) * 1000) / 1000;
const KIND_ORDER = new Map(RECORD_KINDS.map((kind, i) => [kind, i]));

/**
 * Finds and ranks the records a query names. Cheap passes first (whole-name maps, then
 * words with prefixes); the typo pass and the cross-script fallback run only when the
 * earlier ones have not already filled `limit` with records that cover every word.
 */
export function findCandidates(index: KbIndex, query: string, options: FindOptions): Candidate[] {
  const text = query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query;
  const search = index.search();
  const found = new Map<number, Candidate>();
  const accepts = (posting: number) =>
    (options.lang === undefined || (posting & 1) === (options.lang === 'en' ? 1 : 0)) &&
    (options.kinds === undefined || options.kinds.has(search.items[posting >> 1]!.item.kind));
  const add = (doc: number, coverage: number, tier: number, relevance: number) => {
    const seen = found.get(doc);
    if (seen === undefined) found.set(doc, { doc, coverage, tier, relevance });
    else {
      seen.coverage = Math.max(seen.coverage, coverage);
      seen.tier = Math.max(seen.tier, tier);
      seen.relevance = Math.max(seen.relevance, relevance);
    }
  };
  const phrase = (map: Map<string, number[]>, key: string, tier: number) => {
    for (const posting of map.get(key) ?? []) if (accepts(posting)) add(posting >> 1, 1, tier, 0);
  };
  const ranked = () => rank(search, found);

  // A name typed exactly needs no normalization at all: the fast path of `translate`.
  phrase(search.exact, text.trim(), TIER.exactName);
  if (options.stopAtName && found.size > 0) return ranked();
  let loose = toSearchKey(text, { loose: true });
  if (loose === '') return ranked();
  let words = loose.split(' ');
  if (words.length > MAX_QUERY_WORDS) {
    words = words.slice(0, MAX_QUERY_WORDS);
    loose = words.join(' ');
  }
  phrase(search.normalized, toSearchKey(text), TIER.normalizedName);
  phrase(search.loose, loose, TIER.normalizedName);
  phrase(search.stemmed, stemKey(loose), TIER.stemmedName);
  if (options.stopAtName && found.size > 0) return ranked();

  const stems = new Set(words.map(stemWord));
  const complete = () => {
    let n = 0;
    for (const c of found.values()) if (c.coverage === 1) n++;
    return n >= options.limit;
  };
  matchWords(search, loose, stems.size, options, accepts, add, false);
  if (!complete()) matchWords(search, loose, stems.size, options, accepts, add, true);
  if (found.size < options.limit) matchSkeletons(search, words, accepts, add);
  return ranked();
}

/** Best first: score, then kind (entity, term, event, quote), then data order. */
function rank(search: SearchIndex, found: Map<number, Candidate>): Candidate[] {
  const kindOf = (c: Candidate) => KIND_ORDER.get(search.items[c.doc]!.item.kind)!;
  return [...found.values()].sort((a, b) => scoreOf(b) - scoreOf(a) || kindOf(a) - kindOf(b) || a.doc - b.doc);
}

type Add = (doc: number, coverage: number, tier: number, relevance: number) => void;

/** The ranked word pass over MiniSearch: prefixes always, typos when `fuzzy`. */
function matchWords(
  search: SearchIndex,
  loose: string,
  queryWords: number,
  options: FindOptions,
  accepts: (posting: number) => boolean,
  add: Add,
  fuzzy: boolean,
): void {
  const results = search.words.search(loose, {
    fields: [...FIELDS[options.lang ?? 'any']],
    boost: BOOST,
    prefix: (term) => term.length >= 2,
    fuzzy: fuzzy ? (term) => maxEdits(term.length) : false,
    combineWith: 'OR',
  });
  for (const result of results) {
    const doc = result.id as number;
    if (!accepts(doc * 2 + (options.lang === 'en' ? 1 : 0))) continue;
    const queryTerms = new Set(result.queryTerms);
    let tier: number = TIER.nameWord;
    for (const term of queryTerms) tier = Math.min(tier, tierOfWord(term, result));
    add(doc, queryTerms.size / queryWords, tier, (10 * result.score) / (result.score + 10));
  }
}

/** How one query word matched a result: as a whole name word, a prefix, a typo, or in text only. */
function tierOfWord(term: string, result: SearchResult): number {
  let best: number = TIER.text;
  for (const docTerm of result.terms) {
    const kind = docTerm === term ? TIER.nameWord : docTerm.startsWith(term) ? TIER.namePrefix : TIER.nameFuzzy;
    if (kind > best && result.match[docTerm]!.some((field) => NAME_FIELDS.has(field))) best = kind;
  }
  return best;
}

/** The last resort: entity names whose words share the query words' consonant skeletons. */
function matchSkeletons(search: SearchIndex, words: string[], accepts: (posting: number) => boolean, add: Add): void {
  const hits = new Map<number, number>();
  const unique = new Set(words);
  for (const word of unique) {
    const key = word.length >= 3 ? phoneticKey(word) : '';
    if (key.length < 2) continue;
    const docs = new Set<number>();
    for (const posting of search.phonetic.get(key) ?? []) if (accepts(posting)) docs.add(posting >> 1);
    for (const doc of docs) hits.set(doc, (hits.get(doc) ?? 0) + 1);
  }
  for (const [doc, count] of hits) add(doc, count / unique.size, TIER.phonetic, 0);
}
