/**
 * The engines compared on the real-data corpus, each given the same strings: names (name +
 * aliases, both languages) and a text (both languages). Each `build` returns a search that
 * gives up to 10 ids, best first.
 */
import { Document, Encoder } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { create, insert, search as oramaSearch } from '@orama/orama';
import type { RealRecord } from './corpus.js';
import { syntheticTerm } from '../generateKnowledgeBase.js';

type Pkg = typeof import('../../src/index.js') & Pick<typeof import('../../src/schema/index.js'), 'createKnowledgeBase'>;
export type Search = (query: string) => string[];
export interface Engine {
  readonly name: string;
  /** Linear scans: timed and scored on a subsample only. */
  readonly slow?: boolean;
  build(records: readonly RealRecord[]): Search;
}

const namesOf = (r: RealRecord) => [r.name.ar, r.name.en, ...r.aliases.ar, ...r.aliases.en];
const textOf = (r: RealRecord) => `${r.text.ar} ${r.text.en}`;
const LIMIT = 10;

/** The knowledge base's shape for a record: one glossary term, names as its forms. */
export function toTerm(r: RealRecord) {
  const names = (lang: 'ar' | 'en') => [r.name[lang], ...r.aliases[lang]].map((name) => name.trim());
  return syntheticTerm(r.id, { ar: names('ar'), en: names('en') }, { ar: r.text.ar, en: r.text.en });
}

export function engines(pkg: Pkg): Engine[] {
  const loose = (s: string) => pkg.toSearchKey(s, { loose: true });
  const words = (s: string) => pkg.tokenize(s, { loose: true });
  return [
    {
      name: 'open-weight-kb',
      build(records) {
        const kb = pkg.createKnowledgeBase({ entities: [], events: [], quotes: [], glossary: records.map(toTerm) });
        const prepare = (kb as { prepare?: () => void }).prepare;
        // The whole build, as a reader's first typo would force it.
        if (prepare) prepare.call(kb);
        else kb.search('zqxjvw');
        return (q) => kb.search(q, { limit: LIMIT }).map((h) => h.id);
      },
    },
    {
      name: 'MiniSearch (defaults)',
      build(records) {
        const mini = new MiniSearch<RealRecord>({
          fields: ['names', 'text'],
          extractField: (doc, field) => (field === 'names' ? namesOf(doc).join(' ') : field === 'text' ? textOf(doc) : (doc as never)[field]),
        });
        mini.addAll(records);
        return (q) => mini.search(q).slice(0, LIMIT).map((r) => r.id as string);
      },
    },
    {
      name: 'MiniSearch (norm+prefix+fuzzy)',
      build(records) {
        const mini = new MiniSearch<RealRecord>({
          fields: ['names', 'text'],
          extractField: (doc, field) => (field === 'names' ? namesOf(doc).join(' ') : field === 'text' ? textOf(doc) : (doc as never)[field]),
          tokenize: words,
          processTerm: (t) => t,
          searchOptions: { prefix: (_t, i, terms) => i === terms.length - 1, fuzzy: 0.2, boost: { names: 3 } },
        });
        mini.addAll(records);
        return (q) => mini.search(q).slice(0, LIMIT).map((r) => r.id as string);
      },
    },
    ...(['forward', 'tolerant'] as const).map(
      (tokenize): Engine => ({
        name: `FlexSearch (norm, ${tokenize})`,
        build(records) {
          // FlexSearch ships no Arabic encoder: it gets this package's normalization.
          const encoder = () => new Encoder({ normalize: loose, dedupe: false });
          const index = new Document({
            document: {
              id: 'id',
              index: [
                { field: 'names', tokenize, encoder: encoder() },
                { field: 'text', tokenize: 'strict', encoder: encoder() },
              ],
            },
          } as never);
          records.forEach((r, i) => index.add({ id: i, names: namesOf(r).join(' '), text: textOf(r) } as never));
          return (q) => {
            const out: string[] = [];
            const seen = new Set<number>();
            // Names' hits first, then texts'.
            const results = index.search(q, { limit: LIMIT, suggest: true } as never) as unknown as { field: string; result: number[] }[];
            results.sort((a, b) => (a.field === 'names' ? -1 : 1) - (b.field === 'names' ? -1 : 1));
            for (const { result } of results)
              for (const i of result)
                if (!seen.has(i) && out.length < LIMIT) {
                  seen.add(i);
                  out.push(records[i]!.id);
                }
            return out;
          };
        },
      }),
    ),
    {
      name: 'Orama (tuned)',
      build(records) {
        const db = create({
          schema: { rid: 'string', names: 'string', text: 'string' } as const,
          components: {
            tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (raw: string) => words(raw).map(pkg.lightStem) },
          },
        } as never);
        for (const r of records) insert(db as never, { rid: r.id, names: namesOf(r).join(' '), text: textOf(r) } as never);
        const run = (q: string, tolerance: number, threshold: number) =>
          (oramaSearch(db as never, { term: q, properties: ['names', 'text'], tolerance, threshold, boost: { names: 3 }, limit: LIMIT } as never) as unknown as {
            hits: { document: { rid: string } }[];
          }).hits.map((h) => h.document.rid);
        return (q) => {
          // Every word exactly first, then any word within one edit to fill the ten.
          const out = run(q, 0, 0);
          if (out.length < LIMIT) for (const id of run(q, 1, 1)) if (!out.includes(id) && out.length < LIMIT) out.push(id);
          return out;
        };
      },
    },
    {
      name: 'Fuse.js (tuned)',
      slow: true,
      build(records) {
        const docs = records.map((r) => ({ id: r.id, names: namesOf(r).map(loose), text: loose(textOf(r)) }));
        const fuse = new Fuse(docs, {
          keys: [
            { name: 'names', weight: 3 },
            { name: 'text', weight: 1 },
          ],
          ignoreLocation: true,
          useTokenSearch: true,
          threshold: 0.35,
        } as never);
        return (q) => fuse.search(loose(q), { limit: LIMIT }).map((r) => r.item.id);
      },
    },
  ];
}
