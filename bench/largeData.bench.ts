/**
 * `npm run bench:large`: the package's own generated knowledge bases at 100k, 500k and 1M
 * terms: validate, build the index, save it and load it back instead of building it, query
 * median and p99, retained memory; and the cost of refusing a hostile upload.
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

row(['terms', 'validate ms', 'index ms', 'saved MB (v8)', 'load ms (index only)', 'retained MB', 'query median µs', 'p99 µs']);
row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
for (const size of sizes) {
  const { queries, ...data } = generateKnowledgeBase(size);
  const before = memory();
  let start = performance.now();
  const kb = pkg.createKnowledgeBase(data);
  const validate = ms(start);
  start = performance.now();
  kb.prepare();
  const index = ms(start);
  const retained = (memory() - before) / 2 ** 20;
  const bytes = v8.serialize(kb.exportIndex());
  // Load = validate + load; the validation is the same as above, so the index's share is the difference.
  const saved = v8.deserialize(bytes);
  start = performance.now();
  const loaded = pkg.createKnowledgeBase(data, { index: saved });
  loaded.prepare();
  const load = ms(start) - validate;
  const times: number[] = [];
  for (const q of queries) kb.search(q);
  for (const q of queries) {
    const t = process.hrtime.bigint();
    kb.search(q);
    times.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  times.sort((a, b) => a - b);
  row([size.toLocaleString('en'), fmt(validate), fmt(index), fmt(bytes.length / 2 ** 20), fmt(Math.max(0, load)), fmt(retained), fmt(times[times.length >> 1]!), fmt(times[Math.floor(times.length * 0.99)]!)]);
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
