import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled.js';
import { SEARCH_INDEX_VERSION, prepare, search } from '../../src/index.js';
import { type KnowledgeBaseData, createKnowledgeBase } from '../../src/schema/index.js';
import { generateKnowledgeBase } from '../../bench/generateKnowledgeBase.js';

const copy = (): KnowledgeBaseData => structuredClone(bundledData) as KnowledgeBaseData;
const queries = ['altman', 'وحرب المواهب', 'Zakarberg', 'سسام لتمان', 'open weigth', 'الذكاء الاصطناعى'];

describe('a saved search index', () => {
  it('answers every query as the index it was saved from, after a round trip through v8.serialize', () => {
    const built = createKnowledgeBase(copy());
    const saved = v8.deserialize(v8.serialize(built.exportIndex()));
    const loaded = createKnowledgeBase(copy(), { index: saved });
    for (const q of queries) expect(loaded.search(q), q).toEqual(built.search(q));
    expect(loaded.translate('Altman')).toBe(built.translate('Altman'));
  });

  it('is refused when it was saved from other records, is of another version, or is damaged', () => {
    const saved = createKnowledgeBase(copy()).exportIndex();
    const other = copy();
    other.glossary.reverse();
    expect(() => createKnowledgeBase(other, { index: saved })).toThrow(/options.index was saved from other records/);
    expect(() => createKnowledgeBase(copy(), { index: { ...saved, version: SEARCH_INDEX_VERSION + 1 } })).toThrow(/version/);
    expect(() => createKnowledgeBase(copy(), { index: {} as never })).toThrow(/not a saved search index/);
    const postings = saved.lists.inNames.postings.slice();
    postings[0] = 1 << 30;
    const damaged = { ...saved, lists: { ...saved.lists, inNames: { ...saved.lists.inNames, postings } } };
    expect(() => createKnowledgeBase(copy(), { index: damaged })).toThrow(/out of range/);
  });

  it('fingerprints its records as format 2 always has, so an index saved by an earlier build still loads', () => {
    // FNV-1a of `${kind}:${id}\n` per record; the value an index saved before this test was written holds.
    const { queries: _, ...data } = generateKnowledgeBase(20);
    expect(createKnowledgeBase(data).exportIndex().fingerprint).toBe(3192901460);
  });

  it('is refused when a hash table, the word order or the typo index is damaged, before any search', () => {
    const saved = createKnowledgeBase(copy()).exportIndex();
    const load = (index: unknown) => () => createKnowledgeBase(copy(), { index: index as typeof saved });
    // Two slots with the same word number.
    const repeated = saved.tables.words.slice();
    const filled = [...repeated.keys()].filter((i) => i % 2 === 1 && repeated[i]! > 0);
    repeated[filled[1]!] = repeated[filled[0]!]!;
    expect(load({ ...saved, tables: { ...saved.tables, words: repeated } })).toThrow(/bad words table/);
    // A full table would never end a probe.
    const full = new Int32Array(saved.keys.words.length * 2).map((_, i) => (i % 2 === 1 ? (i + 1) / 2 : 0));
    expect(load({ ...saved, tables: { ...saved.tables, words: full } })).toThrow(/bad words table/);
    const order = saved.sortedWords.slice().reverse();
    expect(load({ ...saved, sortedWords: order })).toThrow(/bad word order/);
    const ids = saved.typo.ids.slice();
    ids[0] = 1 << 30;
    expect(load({ ...saved, typo: { ...saved.typo, ids } })).toThrow(/bad typo index/);
    const hashes = saved.typo.hashes.slice().reverse();
    expect(load({ ...saved, typo: { ...saved.typo, hashes } })).toThrow(/bad typo index/);
    expect(load({ ...saved, keys: { ...saved.keys, phrases: [1] } })).toThrow(/bad phrases keys/);
  });

  it('survives structuredClone, and a loaded index finds typos and prefixes without building anything', () => {
    const built = createKnowledgeBase(copy());
    const loaded = createKnowledgeBase(copy(), { index: structuredClone(built.exportIndex()) });
    // بالذ completes through a word of a name as written (الذكاء), which the saved index holds too.
    for (const q of [...queries, 'Zuckerbreg', 'الأم', 'talen', 'بالذ']) expect(loaded.search(q), q).toEqual(built.search(q));
    expect(loaded.search('بالذ')[0]?.id).toBe('artificial-intelligence');
    expect(loaded.exportIndex().typo.hashes).toEqual(built.exportIndex().typo.hashes);
  });
});

describe('prepare', () => {
  it('builds the index ahead of the first search, and search answers the same after it', () => {
    const kb = createKnowledgeBase(copy());
    kb.prepare();
    kb.prepare();
    expect(kb.search('altman')[0]?.id).toBe('sam-altman');
    prepare();
    expect(search('altman')[0]?.id).toBe('sam-altman');
  });
});
