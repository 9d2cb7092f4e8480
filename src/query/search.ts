import { assertOneOf, assertOptions, assertString, describe } from '../_lib/assert.js';
import type { Frozen } from '../_lib/deepFreeze.js';
import { findCandidates, scoreOf } from '../search/findCandidates.js';
import { RECORD_KINDS, type RecordKind, type RecordOf, labelOf } from '../_lib/records.js';
import type { Searchable } from '../kbIndex.js';
import { LANGS, type Lang } from '../enums.js';
import type { Localized } from '../schema/common.js';

/** Options of `search`. */
export interface SearchOptions {
  /** Only these kinds of record. Default: all. */
  kinds?: readonly RecordKind[];
  /** The most hits returned. Default: 10. */
  limit?: number;
  /** Match only the strings of this language. Default: both. */
  lang?: Lang;
}

/** One search result: the record, what kind it is, its label in both languages, and its score (higher is better). */
export type SearchHit = {
  [K in RecordKind]: {
    readonly kind: K;
    readonly id: string;
    readonly score: number;
    readonly label: Frozen<Localized>;
    readonly record: RecordOf[K];
  };
}[RecordKind];

const NONE: readonly SearchHit[] = Object.freeze([]);

/** Ranks the records a query names; see `KnowledgeBase.search`. */
export function search(index: Searchable, query: unknown, options?: unknown): readonly SearchHit[] {
  assertString('search', 'query', query);
  assertOptions('search', 'options', options);
  const { kinds, limit = 10, lang } = options ?? {};
  if (kinds !== undefined && (!Array.isArray(kinds) || !kinds.every((k) => RECORD_KINDS.includes(k))))
    throw new TypeError(`search: options.kinds must be an array of ${RECORD_KINDS.map((k) => `'${k}'`).join(', ')}, got ${describe(kinds)}`);
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)
    throw new TypeError(`search: options.limit must be a positive integer, got ${describe(limit)}`);
  assertOneOf('search', 'options.lang', lang, LANGS);

  const found = findCandidates(index.search(), query, { kinds: kinds && new Set(kinds as RecordKind[]), lang, limit });
  if (found.length === 0) return NONE;
  return Object.freeze(
    found.slice(0, limit).map((candidate) => {
      const item = index.records[candidate.doc]!;
      return Object.freeze({ kind: item.kind, id: item.id, score: scoreOf(candidate), label: labelOf(item), record: item.record } as SearchHit);
    }),
  );
}
