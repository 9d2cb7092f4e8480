/**
 * `npm run bench:real`: this package against MiniSearch, FlexSearch, Orama and Fuse.js on
 * real bilingual records (see corpus.ts), every engine built and timed in one process.
 * Prints, per size: build ms, retained MB (heap + ArrayBuffers after GC), search median and
 * p99 µs, hit@1 and hit@10 overall and per query category, and median µs per category.
 *
 * Options: `--sizes=1000,10000,all`, `--engines=<substring>[,…]`, `--rounds=5`.
 */
import { loadCorpus, type RealRecord } from './corpus.js';
import { engines as allEngines, type Search } from './engines.js';
import { random } from '../random.js';
import { CATEGORIES, type Category, type RealQuery, deriveQueries, phraseCounts, vocabulary } from './queries.js';

// The built package, as users get it.
const pkg: typeof import('../../src/index.js') & Pick<typeof import('../../src/schema/index.js'), 'createKnowledgeBase'> = {
  ...((await import('../../dist/index.js' as string)) as typeof import('../../src/index.js')),
  // `createKnowledgeBase` lives in the schema entry.
  createKnowledgeBase: ((await import('../../dist/schema.js' as string)) as typeof import('../../src/schema/index.js')).createKnowledgeBase,
};
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const memory = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const corpus = loadCorpus();
const counts = phraseCounts(corpus);
const words = vocabulary(counts);
// One seeded shuffle: the subsets are its first 1,000, 10,000, … records.
const next = random(12398);
const shuffled = [...corpus];
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
}
const sizes = arg('sizes', '1000,10000,all')
  .split(',')
  .map((s) => (s === 'all' ? corpus.length : Number(s)));
const wanted = arg('engines', '')
  .split(',')
  .filter((s) => s !== '');
const ROUNDS = Number(arg('rounds', '5'));
const engines = allEngines(pkg).filter((e) => wanted.length === 0 || wanted.some((w) => e.name.toLowerCase().includes(w.toLowerCase())));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[(s.length - 1) >> 1]!;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const pct = (a: number, n: number) => (n === 0 ? '–' : `${Math.round((100 * a) / n)}%`);
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);

/** µs per call of `search(query)`: a batch of calls sized to about 300 µs. */
function time(search: Search, query: string): number {
  let start = process.hrtime.bigint();
  search(query);
  const once = Number(process.hrtime.bigint() - start) / 1000;
  const batch = Math.max(1, Math.min(1000, Math.floor(300 / Math.max(once, 0.01))));
  start = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) search(query);
  return Number(process.hrtime.bigint() - start) / 1000 / batch;
}

interface Result {
  name: string;
  buildMs: number;
  retainedMb: number;
  micros: Map<RealQuery, number>;
  hits: Map<RealQuery, { at1: boolean; at10: boolean }>;
}

for (const size of sizes) {
  const subset: RealRecord[] = shuffled.slice(0, size);
  const queries = deriveQueries(subset, counts, words);
  const built: { name: string; slow: boolean; search: Search; result: Result }[] = [];
  for (const engine of engines) {
    const before = memory();
    const start = performance.now();
    const search = engine.build(subset);
    const buildMs = performance.now() - start;
    const retainedMb = (memory() - before) / 2 ** 20;
    built.push({ name: engine.name, slow: engine.slow === true, search, result: { name: engine.name, buildMs, retainedMb, micros: new Map(), hits: new Map() } });
  }
  // Hit rates (a linear scan gets every 8th query from 10,000 records up).
  for (const { slow, search, result } of built)
    queries.forEach((q, i) => {
      if (slow && size >= 10_000 && i % 8 !== 0) return;
      const ids = search(q.query);
      result.hits.set(q, { at1: ids[0] === q.truth, at10: ids.slice(0, 10).includes(q.truth) });
    });
  // Speed: rounds with the engines interleaved, alternating order; per query the median of rounds.
  const samples = new Map<Result, Map<RealQuery, number[]>>(built.map((b) => [b.result, new Map()]));
  const fuseSample = queries.filter((_, i) => i % (size >= 10_000 ? 20 : 10) === 0);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? built : [...built].reverse();
    for (const { slow, search, result } of order) {
      if (slow && round > 0) continue;
      for (const q of slow ? fuseSample : queries) {
        const list = samples.get(result)!.get(q) ?? [];
        list.push(time(search, q.query));
        samples.get(result)!.set(q, list);
      }
    }
  }
  for (const [result, byQuery] of samples) for (const [q, list] of byQuery) result.micros.set(q, median(list));

  const results = built.map((b) => b.result);
  const ours = results.find((r) => r.name === 'open-weight-kb');
  console.log(`\n### ${size.toLocaleString('en')} records, ${queries.length} queries (${CATEGORIES.map((c) => `${c} ${queries.filter((q) => q.category === c).length}`).join(', ')})\n`);
  row(['engine', 'build ms', 'retained MB', 'median µs', 'p99 µs', 'median ÷ ours', 'hit@1', 'hit@10']);
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
  for (const r of results) {
    const us = [...r.micros.values()];
    const hits = [...r.hits.values()];
    const ratio = ours ? median([...r.micros].map(([q, t]) => t / ours.micros.get(q)!)) : Number.NaN;
    row([
      r.name,
      fmt(r.buildMs),
      fmt(r.retainedMb),
      fmt(median(us)),
      fmt(quantile(us, 0.99)),
      `${fmt(ratio)}×`,
      pct(hits.filter((h) => h.at1).length, hits.length) + (hits.length < queries.length ? 'ⁿ' : ''),
      pct(hits.filter((h) => h.at10).length, hits.length) + (hits.length < queries.length ? 'ⁿ' : ''),
    ]);
  }
  console.log('\nhit@1 / hit@10 by category (counts; ⁿ a subsample)\n');
  row(['engine', ...CATEGORIES]);
  row(['---', ...CATEGORIES.map(() => '---:')]);
  const hitRow = (name: string, hits: Map<RealQuery, { at1: boolean; at10: boolean }>) =>
    row([
      name,
      ...CATEGORIES.map((c) => {
        const of = [...hits].filter(([q]) => q.category === c).map(([, h]) => h);
        return `${of.filter((h) => h.at1).length}/${of.filter((h) => h.at10).length} of ${of.length}`;
      }),
    ]);
  for (const r of results) hitRow(r.name, r.hits);
  // An engine scored on a subsample is compared with this package on the same queries.
  for (const r of results)
    if (ours && r !== ours && r.hits.size < queries.length) hitRow(`${ours.name} (${r.name}'s subsample)ⁿ`, new Map([...ours.hits].filter(([q]) => r.hits.has(q))));
  console.log('\nmedian µs by category\n');
  row(['engine', ...CATEGORIES]);
  row(['---', ...CATEGORIES.map(() => '---:')]);
  const byCategory = (r: Result, c: Category) => median([...r.micros].filter(([q]) => q.category === c).map(([, t]) => t));
  for (const r of results) row([r.name, ...CATEGORIES.map((c) => fmt(byCategory(r, c)))]);
  if (ours) {
    const typo = median([...ours.micros].filter(([q]) => /typo|transpose/.test(q.category)).map(([, t]) => t));
    const exact = median([...ours.micros].filter(([q]) => /exact/.test(q.category)).map(([, t]) => t));
    console.log(`\nopen-weight-kb: typo queries ${fmt(typo)} µs median, exact ${fmt(exact)} µs: ${fmt(typo / exact)}×`);
  }
}
