/**
 * `npm run bench`: median µs per call and hit rates of this package's search against
 * Fuse.js and MiniSearch over the same records and queries, then build time, search
 * median and heap at 1k, 10k and 100k generated terms.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
// The built package, as users get it (run through a TypeScript loader, the sources would be
// timed with that loader's helpers); typed from the sources it is built from.
const { detectScript, entities, events, getEntity, getTerm, glossary, quotes, search, tokenize, translate }: typeof import('../src/index.js') =
  await import('../dist/index.js' as string);
const { createKnowledgeBase }: typeof import('../src/schema/index.js') = await import('../dist/schema.js' as string);
import { generateKnowledgeBase } from './generateKnowledgeBase.js';
import { QUERIES, TRANSLATIONS } from './queries.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median µs per call: each input timed over a batch of calls (timer overhead shared), for several rounds. */
function medianMicros<T>(fn: (input: T) => unknown, inputs: readonly T[], batch: number, rounds = 15): number {
  for (const input of inputs) fn(input); // warm up
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) fn(input);
      samples.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
    }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits).padStart(9);
const pct = (n: number) => `${(n * 100).toFixed(0).padStart(4)}%`;
const table = (rows: (string | number)[][]) => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const row of rows) console.log(row.map((cell, c) => String(cell).padEnd(widths[c]!)).join('  '));
  console.log();
};

// The same records for all three libraries: names and texts in both languages.
const docs = [
  ...entities.map((e) => ({ key: `entity:${e.id}`, id: e.id, names: [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en, ...e.handles], text: `${e.description.ar} ${e.description.en}` })),
  ...glossary.map((t) => ({
    key: `term:${t.id}`,
    id: t.id,
    names: (['ar', 'en'] as const).flatMap((l) => [t.forms[l].preferred, ...t.forms[l].admitted, ...t.forms[l].deprecated, ...t.forms[l].article]),
    text: `${t.definition.ar} ${t.definition.en}`,
  })),
  ...events.map((e) => ({ key: `event:${e.id}`, id: e.id, names: [e.title.ar, e.title.en], text: `${e.summary.ar} ${e.summary.en}` })),
  ...quotes.map((q) => ({ key: `quote:${q.id}`, id: q.id, names: [] as string[], text: `${q.text.ar} ${q.text.en} ${q.articleText}` })),
];
const fuse = new Fuse(docs, { keys: [{ name: 'names', weight: 3 }, { name: 'text', weight: 1 }], ignoreDiacritics: true });
const mini = new MiniSearch({
  idField: 'key',
  fields: ['names', 'text'],
  extractField: (doc, field) => (field === 'names' ? doc.names.join(' ') : doc[field]),
});
mini.addAll(docs);
// MiniSearch given what this package has: its normalization, prefix search on the last word
// and fuzzy matching (P01: on its defaults it folds no Arabic spelling at all).
const tuned = new MiniSearch({
  idField: 'key',
  fields: ['names', 'text'],
  extractField: (doc, field) => (field === 'names' ? doc.names.join(' ') : doc[field]),
  tokenize: (text) => tokenize(text),
  processTerm: (term) => term,
  searchOptions: { prefix: (_term, i, all) => i === all.length - 1, fuzzy: 0.2 },
});
tuned.addAll(docs);

const engines: [string, (q: string) => string[]][] = [
  ['open-weight-kb', (q) => search(q).map((h) => h.id)],
  ['Fuse.js', (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id)],
  ['MiniSearch', (q) => mini.search(q).slice(0, 10).map((r) => String(r.id).split(':')[1]!)],
  ['MiniSearch (normalized, prefix, fuzzy)', (q) => tuned.search(q).slice(0, 10).map((r) => String(r.id).split(':')[1]!)],
];
const queries = QUERIES.map(([query]) => query);
const hitRate = (run: (q: string) => string[], top: number) =>
  QUERIES.filter(([query, id]) => run(query).slice(0, top).includes(id)).length / QUERIES.length;

console.log(`Bundled article: ${docs.length} records, ${QUERIES.length} queries (article spellings, variants, prefixes, diacritics, typos, other script)\n`);
const rows: (string | number)[][] = [['engine', 'search µs (median)', 'hit@1', 'hit@3']];
const medians: Record<string, number> = {};
for (const [name, run] of engines) {
  medians[name] = medianMicros(run, queries, 20);
  rows.push([name, fmt(medians[name]), pct(hitRate(run, 1)), pct(hitRate(run, 3))]);
}
table(rows);
console.log(`search speed-up: ${(medians['Fuse.js']! / medians['open-weight-kb']!).toFixed(1)}× Fuse.js, ${(medians['MiniSearch (normalized, prefix, fuzzy)']! / medians['open-weight-kb']!).toFixed(1)}× MiniSearch given this package's normalization\n`);

// The expected answer: the record's preferred form in the other language.
const expected = TRANSLATIONS.map(([text, id]) => {
  const to = detectScript(text) === 'ar' ? 'en' : 'ar';
  return [text, getTerm(id)?.forms[to].preferred ?? getEntity(id)?.name[to]] as const;
});
const translated = expected.filter(([text, answer]) => translate(text) === answer).length;
table([
  ['call', 'µs (median)', 'correct'],
  ['translate', fmt(medianMicros((t: string) => translate(t), TRANSLATIONS.map(([t]) => t), 2000), 3), `${translated}/${TRANSLATIONS.length}`],
  ['getEntity', fmt(medianMicros((id: string) => getEntity(id), entities.map((e) => e.id), 20_000), 3), ''],
]);
for (const [text, answer] of expected)
  if (translate(text) !== answer) console.log(`  translate(${JSON.stringify(text)}) = ${JSON.stringify(translate(text))}, expected ${JSON.stringify(answer)}`);

console.log('Generated knowledge bases (build = validate + index)');
const scale: (string | number)[][] = [['terms', 'build ms', '(validate', 'index)', 'search µs (median)', 'heap MB']];
for (const size of [1_000, 10_000, 100_000]) {
  const { queries: generated, ...data } = generateKnowledgeBase(size);
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const kb = createKnowledgeBase(data);
  const validated = performance.now();
  kb.search('x'); // the index is built on first use
  const built = performance.now();
  gc();
  const heap = Math.max(0, process.memoryUsage().heapUsed - before) / 2 ** 20;
  scale.push([
    size.toLocaleString('en'),
    fmt(built - start, 0),
    fmt(validated - start, 0),
    fmt(built - validated, 0),
    fmt(medianMicros((q: string) => kb.search(q), generated, 5, 5)),
    fmt(heap, 0),
  ]);
}
table(scale);

// The peer this package's index replaces: MiniSearch given the same normalization, with
// prefix search on the last word and typos, over the same generated records.
console.log('MiniSearch over the same generated knowledge bases (tokenize of this package, prefix, fuzzy)');
const peer: (string | number)[][] = [['terms', 'build ms', 'search µs (median)']];
for (const size of [1_000, 10_000, 100_000]) {
  const { queries: generated, glossary: terms } = generateKnowledgeBase(size);
  const start = performance.now();
  const index = new MiniSearch({ idField: 'id', fields: ['names', 'text'], tokenize: (text) => tokenize(text), processTerm: (t) => t });
  index.addAll(
    terms.map((t) => ({
      id: t.id,
      names: [t.forms.ar.preferred, ...t.forms.ar.admitted, t.forms.en.preferred, ...t.forms.en.admitted].join(' '),
      text: `${t.definition.ar} ${t.definition.en}`,
    })),
  );
  const build = performance.now() - start;
  const options = { prefix: (_: string, i: number, all: string[]) => i === all.length - 1, fuzzy: 0.2 };
  peer.push([size.toLocaleString('en'), fmt(build, 0), fmt(medianMicros((q: string) => index.search(q, options).slice(0, 10), generated, 1, 3))]);
}
table(peer);
