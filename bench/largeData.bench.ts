/**
 * `npm run bench:large`: the package's own generated knowledge bases at 100k, 500k and 1M
 * terms: validate, build the index (all of it, as `prepare()` does), save it and load it back
 * instead of building it, query median and p99, retained memory; zod's own parse of the first
 * size's data beside the package's validation; and the cost of refusing a hostile upload.
 * The two bounds of #10: validate + index ≤ 1 s, or load from a saved index
 * (`createKnowledgeBase(data, { index })`, which validates the data too) + first query ≤ 0.3 s.
 * Beside them, `structuredClone` of the same data: what the platform takes to copy it, which
 * a knowledge base must do too (it keeps frozen records of its own, not the caller's objects).
 * Options: `--sizes=100000,500000,1000000`.
 */
import v8 from 'node:v8';
import { generateKnowledgeBase } from './generateKnowledgeBase.js';

const pkg: typeof import('../src/schema/index.js') = await import('../dist/schema.js' as string);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const memory = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '100000,500000,1000000').split(',').map(Number);
const ms = (start: number) => performance.now() - start;
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

row(['terms', 'validate ms', 'index ms', 'validate + index ms', 'saved MB (v8)', 'load + first query ms', 'of which not validation ms', 'structuredClone ms', 'retained MB', 'query median µs', 'p99 µs']);
row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
for (const size of sizes) {
  const { queries, ...data } = generateKnowledgeBase(size);
  const before = memory();
  let start = performance.now();
  let kb: ReturnType<typeof pkg.createKnowledgeBase> | undefined = pkg.createKnowledgeBase(data);
  const validations = [ms(start)];
  start = performance.now();
  kb.prepare();
  const index = ms(start);
  const retained = (memory() - before) / 2 ** 20;
  const times: number[] = [];
  for (const q of queries) kb.search(q);
  for (const q of queries) {
    const t = process.hrtime.bigint();
    kb.search(q);
    times.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  times.sort((a, b) => a - b);
  const bytes = v8.serialize(kb.exportIndex());
  // Loading is timed as an app starting from the data and a saved index would: without the
  // knowledge base it was saved from, which is let go first. Three runs each, the median.
  kb = undefined;
  const loads: number[] = [];
  for (let run = 0; run < 3; run++) {
    if (run > 0) {
      gc();
      start = performance.now();
      pkg.createKnowledgeBase(data);
      validations.push(ms(start));
    }
    let saved: unknown = v8.deserialize(bytes);
    gc();
    start = performance.now();
    let loaded: ReturnType<typeof pkg.createKnowledgeBase> | undefined = pkg.createKnowledgeBase(data, { index: saved as never });
    loaded.search(queries[0]!);
    loads.push(ms(start));
    start = performance.now();
    // Nothing is left to build: prepare() after a load is free.
    loaded.prepare();
    if (ms(start) > 5) console.warn(`prepare() after a load took ${fmt(ms(start))} ms`);
    saved = loaded = undefined;
  }
  // For scale: the platform's own deep copy of the same data (a load makes a frozen copy too).
  gc();
  start = performance.now();
  structuredClone(data);
  const clone = ms(start);
  const validate = median(validations);
  const load = median(loads);
  row([
    size.toLocaleString('en'),
    fmt(validate),
    fmt(index),
    fmt(validate + index),
    fmt(bytes.length / 2 ** 20),
    fmt(load),
    fmt(Math.max(0, load - validate)),
    fmt(clone),
    fmt(retained),
    fmt(times[times.length >> 1]!),
    fmt(times[Math.floor(times.length * 0.99)]!),
  ]);
}

// What the compiled checks buy: zod's own parse of the same data, against `parseKnowledgeBaseData`.
{
  const { queries: _, ...data } = generateKnowledgeBase(sizes[0]!);
  const times = { zod: [] as number[], ours: [] as number[] };
  for (let run = 0; run < 5; run++) {
    gc();
    let start = performance.now();
    pkg.KnowledgeBaseDataSchema.parse(data);
    times.zod.push(ms(start));
    gc();
    start = performance.now();
    pkg.parseKnowledgeBaseData(data);
    times.ours.push(ms(start));
  }
  console.log(`\nValidating ${sizes[0]!.toLocaleString('en')} terms, median of 5: zod's own parse ${fmt(median(times.zod))} ms, parseKnowledgeBaseData ${fmt(median(times.ours))} ms.`);
}

let start = performance.now();
try {
  pkg.createKnowledgeBase({ entities: new Array(1e6).fill(0), events: [], quotes: [], glossary: [] });
} catch (error) {
  const { issues, message } = error as { issues: unknown[]; message: string };
  console.log(`\nA million invalid entities refused in ${fmt(ms(start))} ms: ${issues.length} issues, message ${message.length} characters.`);
}
start = performance.now();
try {
  pkg.createKnowledgeBase({ entities: [], events: [], quotes: [], glossary: [{ id: `${'a-'.repeat(3_400_000)}a` }] } as never);
} catch (error) {
  console.log(`An id of 6.8M characters refused in ${fmt(ms(start))} ms: ${(error as Error).constructor.name}.`);
}
