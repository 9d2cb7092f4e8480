import { describe, expect, it } from 'vitest';
import { generateKnowledgeBase } from '../../bench/generateKnowledgeBase.js';
import { bundledData } from '../../src/data/bundled.js';
import { createIndex } from '../../src/kbIndex.js';
import type { KnowledgeBaseData } from '../../src/schema/knowledgeBase.js';
import { findCandidates } from '../../src/search/findCandidates.js';
import { packSearchIndex as packToData, unpackSearchIndex } from '../../src/search/packSearchIndex.js';
import { checkKeyTable, sortedKeyLookup } from '../../src/search/keyTable.js';
import { buildSearchIndex, writtenWordsOf } from '../../src/search/searchIndex.js';
import { loadSearchIndex, saveSearchIndex } from '../../src/search/serializeSearchIndex.js';
import { readerQueries } from '../_support/readerQueries.js';

/** A packed index as the build ships it: written as JSON and read back. */
const packSearchIndex = (index: ReturnType<typeof buildSearchIndex>): ReturnType<typeof packToData> => JSON.parse(JSON.stringify(packToData(index)));
const recordsOf = (data: KnowledgeBaseData) => createIndex(structuredClone(data) as Parameters<typeof createIndex>[0]).records;

/** Every query's hits, with their scores, from a fresh copy of `index` (so the typo index is built as it would be). */
function answers(index: () => ReturnType<typeof buildSearchIndex>, queries: readonly string[]) {
  const search = index();
  return queries.map((query) => [query, findCandidates(search, query, { limit: 10 })] as const);
}

describe('a packed search index', () => {
  it('finds what the built index finds, with the same scores, for every name, word, half word and typo of the bundled records', () => {
    const records = recordsOf(bundledData);
    const built = buildSearchIndex(records);
    const packed = packSearchIndex(built);
    const queries = readerQueries(records);
    expect(queries.length).toBeGreaterThan(1000);
    expect(answers(() => unpackSearchIndex(packed, records), queries)).toEqual(answers(() => built, queries));
  });

  it('finds what the built index finds on 2,000 generated terms, where many words tie', () => {
    const records = recordsOf(generateKnowledgeBase(2000));
    const built = buildSearchIndex(records);
    const queries = readerQueries(records).slice(0, 3000);
    expect(answers(() => unpackSearchIndex(packSearchIndex(built), records), queries)).toEqual(answers(() => built, queries));
  });

  it('has its words sorted, so prefix look-ups need no sort, and looks up a word inside a longer text', () => {
    const records = recordsOf(bundledData);
    const index = unpackSearchIndex(packSearchIndex(buildSearchIndex(records)), records);
    const words = index.words.keys;
    expect(words.every((word, i) => i === 0 || words[i - 1]! < word)).toBe(true);
    expect(index.sortedWords()).toBe(words);
    const id = index.words.find('altman');
    expect(words[id]).toBe('altman');
    expect(index.words.find('sam altman ceo', 4, 10)).toBe(id);
    expect(index.words.find('no-such-word')).toBe(-1);
    // The hash slots, to save it as a knowledge base's index, are made only when asked for,
    // and a saved copy loads back to the same answers.
    for (const table of [index.words, index.phraseKeys, index.skeletons]) expect(checkKeyTable(table.keys, table.slots)).toBe(true);
    const loaded = loadSearchIndex(structuredClone(saveSearchIndex(index)), records, 'test');
    for (const query of ['altman', 'Zakarberg', 'وحرب المواهب', 'الأم']) expect(findCandidates(loaded, query, { limit: 10 }), query).toEqual(findCandidates(index, query, { limit: 10 }));
  });

  it('looks its strings up the same before and after it hashes them, a few hundred queries in', () => {
    const keys = [...new Set(readerQueries(recordsOf(bundledData)))].sort();
    const lookup = sortedKeyLookup(keys);
    const answers = () => [...keys.map((key) => lookup.find(key)), lookup.find('no such key'), lookup.find(`x${keys[7]!}x`, 1, keys[7]!.length + 1)];
    const expected = [...keys.map((_, i) => i), -1, 7];
    expect(answers()).toEqual(expected); // more finds than it makes before hashing
    expect(answers()).toEqual(expected);
    expect(checkKeyTable(keys, lookup.slots)).toBe(true);
  });

  it('reads a key’s postings back when first asked for, and has them all when read whole', () => {
    const records = recordsOf(bundledData);
    const built = buildSearchIndex(records);
    const index = unpackSearchIndex(packSearchIndex(built), records);
    // Nothing decoded yet: the written words of its names, read whole, are still the built index's.
    const words = (w: { readonly terms: readonly string[]; readonly stems: readonly string[] }) => new Map(w.terms.map((term, i) => [term, w.stems[i]]));
    expect(words(writtenWordsOf(index))).toEqual(words(writtenWordsOf(built)));
    const fresh = unpackSearchIndex(packSearchIndex(built), records);
    const id = fresh.words.find('altman');
    expect(fresh.inNames.postings.every((posting) => posting === -1)).toBe(true);
    expect([fresh.inNames.start(-1), fresh.inNames.end(-1), fresh.inNames.start(1e9), fresh.inNames.end(1e9)]).toEqual([0, 0, 0, 0]);
    const names = [...fresh.inNames.postings.subarray(fresh.inNames.start(id), fresh.inNames.end(id))];
    expect(names).toEqual([...built.inNames.postings.subarray(built.inNames.start(built.words.find('altman')), built.inNames.end(built.words.find('altman')))]);
  });

  it('codes its posting lists in characters that no Unicode normalization changes', () => {
    const packed = packSearchIndex(buildSearchIndex(recordsOf(bundledData)));
    const texts = Object.values(packed.lists).flat();
    expect(texts.join('').length).toBeGreaterThan(10_000);
    for (const text of texts) for (const form of ['NFC', 'NFD', 'NFKC', 'NFKD'] as const) expect(text.normalize(form) === text, form).toBe(true);
  });

  it('is refused for another number of records (it is checked no further: the build packs it with its records)', () => {
    const records = recordsOf(bundledData);
    const packed = packSearchIndex(buildSearchIndex(records));
    expect(() => unpackSearchIndex(packed, records.slice(1))).toThrow(/packed for \d+ records, given/);
  });
});
