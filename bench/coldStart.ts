/**
 * `npm run bench:cold [-- --dist <dir> [--dist <dir>…]] [--runs <n>]`: what the built package costs a fresh
 * process, and its steady-state speed. Medians over `runs` fresh Node processes (default 31),
 * interleaved with empty ones:
 * - import: `await import()` of the root entry, in-process wall time, and the whole
 *   process's CPU time over an empty Node process; beside it, the import of the records alone
 *   and of a module that does nothing (its process CPU too: Node's module loader, which any
 *   first import pays);
 * - the first `getEntity`, the first `search()` and, in other processes, the first
 *   `translate()` then the first search with a typo on the bundled article, and `await
 *   import()` of `/i18n` and of `/export`;
 * then, in fresh processes per build (builds alternating), the steady-state µs per call of search, translate, get* and timeline.
 * Give `--dist` several times (e.g. an older commit's build) to compare builds side by side. Last,
 * the bundled records' search index: its bytes packed as the root ships it and saved by
 * `exportIndex`, and a knowledge base's first search building it against loading it saved.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import v8 from 'node:v8';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packedSearchIndex } from '../scripts/bundleRecordsAsJson.js';
import { QUERIES } from './queries.js';

const { values } = parseArgs({
  options: { dist: { type: 'string', multiple: true, default: ['dist'] }, runs: { type: 'string', default: '31' } },
});

/**
 * An app for a build: its own files (`import.mjs`, `require.cjs`, each timing the load of the
 * package named on its command line), the build installed as `open-weight-kb` in its
 * `node_modules`, and a package `nothing` that exports one constant. Made in the project's
 * scratch folder, so that an older build finds the dependencies it imports.
 */
function appOf(dir: string): string {
  mkdirSync('.scratch', { recursive: true });
  const app = mkdtempSync(join('.scratch', 'cold-app-'));
  // A package of its own: in the project's, `open-weight-kb` would name the project itself.
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'cold-app', private: true }));
  const pkg = join(app, 'node_modules', 'open-weight-kb');
  cpSync(resolve(dir), join(pkg, 'dist'), { recursive: true });
  copyFileSync('package.json', join(pkg, 'package.json'));
  const nothing = join(app, 'node_modules', 'nothing');
  mkdirSync(nothing);
  writeFileSync(join(nothing, 'package.json'), JSON.stringify({ name: 'nothing', exports: { import: './index.mjs', require: './index.cjs' } }));
  writeFileSync(join(nothing, 'index.mjs'), 'export const nothing = 0;\n');
  writeFileSync(join(nothing, 'index.cjs'), 'exports.nothing = 0;\n');
  const timed = (load: string) => `const c0 = process.cpuUsage();
const t0 = performance.now();
${load};
const wall = performance.now() - t0;
console.log(JSON.stringify({ wall, cpu: ${cpu('c0')} }));
`;
  writeFileSync(join(app, 'import.mjs'), timed('await import(process.argv[2])'));
  writeFileSync(join(app, 'require.cjs'), timed('require(process.argv[2])'));
  return resolve(app);
}

/** Child scripts; each prints one JSON line. `cpu` is CPU ms (user + system) since `from`. */
const cpu = (from = '') => `((u) => (u.user + u.system) / 1000)(process.cpuUsage(${from}))`;
const scripts = (entry: string) => ({
  empty: `console.log(JSON.stringify({ cpu: ${cpu()}, now: performance.now() }))`,
  search: `const t0 = performance.now();
const m = await import(${JSON.stringify(entry)});
const t1 = performance.now();
const done = { cpu: ${cpu()}, now: performance.now() };
const g0 = performance.now(); m.getEntity('sam-altman'); const g1 = performance.now();
const c0 = process.cpuUsage(); const s0 = performance.now(); m.search('altman'); const s1 = performance.now(); const sc = ${cpu('c0')};
console.log(JSON.stringify({ ...done, import: t1 - t0, firstGetEntity: g1 - g0, firstSearch: s1 - s0, firstSearchCpu: sc }))`,
  translate: `const m = await import(${JSON.stringify(entry)});
const t0 = performance.now(); m.translate('talent war'); const t1 = performance.now();
const s0 = performance.now(); m.search('Zakarberg'); const s1 = performance.now();
console.log(JSON.stringify({ firstTranslate: t1 - t0, firstTypo: s1 - s0 }))`,
  records: importOnly(entry.replace(/index\.js$/, 'records.js')),
  nothing: importOnly(NOTHING),
  i18n: importOnly(entry.replace(/index\.js$/, 'i18n.js')),
  export: importOnly(entry.replace(/index\.js$/, 'export.js')),
});
/** A module that does nothing, to see what any import costs. */
const NOTHING = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'owkb-nothing-')), 'nothing.js');
  writeFileSync(file, 'export const nothing = 0;\n');
  return pathToFileURL(file).href;
})();
/** A child that only imports `entry`: its in-process wall time (nothing for a build without it, such as 0.1.0's). */
function importOnly(entry: string) {
  if (!existsSync(fileURLToPath(entry))) return `console.log('{}')`;
  return `const t0 = performance.now(); await import(${JSON.stringify(entry)});
console.log(JSON.stringify({ import: performance.now() - t0, cpu: ${cpu()} }))`;
}

const runChild = (script: string): Record<string, number> =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
/** Runs one of an app's files on a package name. */
const runApp = (app: string, file: string, name: string): Record<string, number> =>
  JSON.parse(execFileSync(process.execPath, [join(app, file), name], { encoding: 'utf8', cwd: app }));
const median = (xs: number[] = []) => {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

const builds = values.dist!.map((dir) => ({ dir, entry: pathToFileURL(resolve(dir, 'index.js')).href, app: appOf(dir) }));
const runs = Number(values.runs);
process.on('exit', () => builds.forEach(({ app }) => rmSync(app, { recursive: true, force: true })));
process.on('SIGINT', () => process.exit(130));

// Every build's processes interleaved with the empty ones, so load on the machine hits all alike.
const samples = builds.map(() => ({}) as Record<string, number[]>);
const add = (into: Record<string, number[]>, prefix: string, result: Record<string, number>) => {
  for (const [key, value] of Object.entries(result)) (into[`${prefix}.${key}`] ??= []).push(value);
};
for (const { entry } of builds) runChild(scripts(entry).search); // warm the file cache
for (let i = 0; i < runs; i++)
  builds.forEach(({ entry, app }, b) => {
    add(samples[b]!, 'app', runApp(app, 'import.mjs', 'open-weight-kb'));
    add(samples[b]!, 'appNothing', runApp(app, 'import.mjs', 'nothing'));
    add(samples[b]!, 'cjsApp', runApp(app, 'require.cjs', 'open-weight-kb'));
    add(samples[b]!, 'cjsNothing', runApp(app, 'require.cjs', 'nothing'));
    const s = scripts(entry);
    add(samples[b]!, 'empty', runChild(s.empty));
    add(samples[b]!, 'search', runChild(s.search));
    add(samples[b]!, 'translate', runChild(s.translate));
    add(samples[b]!, 'records', runChild(s.records));
    add(samples[b]!, 'nothing', runChild(s.nothing));
    add(samples[b]!, 'i18n', runChild(s.i18n));
    add(samples[b]!, 'export', runChild(s.export));
  });

console.log(`Medians over ${runs} fresh processes of each kind, interleaved (Node ${process.version})\n`);
const pair = (m: (key: string) => number, prefix: string) => `${ms(m(`${prefix}.wall`))} / ${ms(m(`${prefix}.cpu`))}`;
const rows: [string, (m: (key: string) => number) => string][] = [
  ["in an app of its own file: `await import('open-weight-kb')`, wall / CPU", (m) => pair(m, 'app')],
  ['…of a package that exports one constant, the same way (what any package costs)', (m) => pair(m, 'appNothing')],
  ["in a CommonJS app: `require('open-weight-kb')`, wall / CPU", (m) => pair(m, 'cjsApp')],
  ['…of a package that exports one constant', (m) => pair(m, 'cjsNothing')],
  ['from `node -e`: `await import()` of the root entry by path, in-process wall', (m) => ms(m('search.import'))],
  ['…of its records alone (`dist/records.js`), and of a module that does nothing', (m) => `${ms(m('records.import'))}, ${ms(m('nothing.import'))}`],
  ['process CPU after the import, over an empty Node process', (m) => `${ms(m('search.cpu') - m('empty.cpu'))} (empty: ${ms(m('empty.cpu'))})`],
  ['…after importing its records alone instead', (m) => ms(m('records.cpu') - m('empty.cpu'))],
  ['…after importing a module that does nothing instead (what any import costs)', (m) => ms(m('nothing.cpu') - m('empty.cpu'))],
  ['process wall after the import, over an empty Node process', (m) => `${ms(m('search.now') - m('empty.now'))} (empty: ${ms(m('empty.now'))})`],
  ["first `getEntity('sam-altman')`, wall", (m) => ms(m('search.firstGetEntity'))],
  ["first `search('altman')`, wall", (m) => ms(m('search.firstSearch'))],
  ["first `search('altman')`, CPU", (m) => ms(m('search.firstSearchCpu'))],
  ["first `translate('talent war')`, wall", (m) => ms(m('translate.firstTranslate'))],
  ["then a first search with a typo, `search('Zakarberg')`, wall", (m) => ms(m('translate.firstTypo'))],
  ['`await import()` of `open-weight-kb/i18n`, wall', (m) => ms(m('i18n.import'))],
  ['`await import()` of `open-weight-kb/export`, wall', (m) => ms(m('export.import'))],
];
console.log(`| fresh process | ${builds.map(({ dir }) => dir).join(' | ')} |`);
console.log(`| --- |${builds.map(() => ' ---: |').join('')}`);
for (const [name, show] of rows)
  console.log(`| ${name} | ${samples.map((into) => show((key) => median(into[key]!))).join(' | ')} |`);

// Steady state: each build in fresh processes of its own, the builds alternating process by
// process so that load on the machine hits all alike. Builds imported into one process share
// its JIT state, so which one leads would depend on what else that process ran.
const STEADY_PROCESSES = 9;
// Each call below is one search or look-up, but for the reader queries: a call runs all of them.
const READER_QUERIES = QUERIES.map(([query]) => query);
const CALLS: [name: string, code: string, batch: number, per?: number][] = [
  [`search, the mean over the ${READER_QUERIES.length} reader queries of bench/queries.ts`, `for (const q of ${JSON.stringify(READER_QUERIES)}) kb.search(q)`, 50, READER_QUERIES.length],
  ["search('altman')", "kb.search('altman')", 2000],
  ["search('وحرب المواهب')", "kb.search('وحرب المواهب')", 2000],
  ["search('Zakarberg')", "kb.search('Zakarberg')", 200],
  ["translate('talent war')", "kb.translate('talent war')", 2000],
  ["translate('بالذكاء الاصطناعى')", "kb.translate('بالذكاء الاصطناعى')", 2000],
  ["getEntity('sam-altman')", "kb.getEntity('sam-altman')", 20000],
  ["getTerm('open-sourcing')", "kb.getTerm('open-sourcing')", 20000],
  ['timeline()', 'kb.timeline()', 2000],
];
/** A child that gives, per call, the median µs of 7 rounds of its batch after a warm-up batch. */
const steady = (entry: string) => `const kb = await import(${JSON.stringify(entry)});
const batches = [${CALLS.map(([, code, batch]) => `[() => { ${code}; }, ${batch}]`).join(', ')}];
const out = {};
batches.forEach(([fn, batch], i) => {
  const time = () => { const t0 = performance.now(); for (let j = 0; j < batch; j++) fn(); return ((performance.now() - t0) * 1000) / batch; };
  time();
  const rounds = Array.from({ length: 7 }, time).sort((a, b) => a - b);
  out[i] = rounds[3];
});
console.log(JSON.stringify(out))`;
const steadySamples = builds.map(() => ({}) as Record<string, number[]>);
for (let i = 0; i < STEADY_PROCESSES; i++) builds.forEach(({ entry }, b) => add(steadySamples[b]!, 'call', runChild(steady(entry))));
console.log(
  `\n| steady state, µs per call (median over ${STEADY_PROCESSES} fresh processes per build, builds alternating) | ${builds.map(({ dir }) => dir).join(' | ')} |`,
);
console.log(`| --- |${builds.map(() => ' ---: |').join('')}`);
CALLS.forEach(([name, , , per = 1], i) =>
  console.log(`| \`${name}\` | ${steadySamples.map((into) => (median(into[`call.${i}`]) / per).toFixed(2)).join(' | ')} |`),
);

// The index decision (#6): the bundled records' search index as the root ships it, packed (its
// first search is in the table above), against the same index built at the first search of a
// knowledge base and saved ahead of time by `exportIndex`, then loaded. On the last build given,
// which must have the `exportIndex` of 0.2.0.
const last = builds[builds.length - 1]!;
const schemaEntry = pathToFileURL(resolve(last.dir, 'schema.js')).href;
const { entities, events, quotes, glossary }: typeof import('../src/index.js') = await import(last.entry);
const { createKnowledgeBase }: typeof import('../src/schema/index.js') = await import(schemaEntry);
const saved = createKnowledgeBase({ entities, events, quotes, glossary } as never).exportIndex();
const savedFile = join(mkdtempSync(join(tmpdir(), 'owkb-index-')), 'index.v8');
writeFileSync(savedFile, v8.serialize(saved));
const json = JSON.stringify(saved, (_, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as Int32Array) : value));
const firstSearch = (load: boolean) => `import v8 from 'node:v8'; import { readFileSync } from 'node:fs';
const { entities, events, quotes, glossary } = await import(${JSON.stringify(last.entry)});
const { createKnowledgeBase } = await import(${JSON.stringify(schemaEntry)});
const data = { entities, events, quotes, glossary };
const c0 = process.cpuUsage();
const kb = ${load ? `createKnowledgeBase(data, { index: v8.deserialize(readFileSync(${JSON.stringify(savedFile)})) })` : 'createKnowledgeBase(data)'};
kb.search('altman');
console.log(JSON.stringify({ cpu: ${cpu('c0')} }))`;
const built: number[] = [];
const loaded: number[] = [];
for (let i = 0; i < runs; i++) {
  built.push(runChild(firstSearch(false)).cpu!);
  loaded.push(runChild(firstSearch(true)).cpu!);
}
const packed = packedSearchIndex();
const kb = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`;
console.log(`\nThe bundled records' search index: packed as the root ships it, ${kb(packed)} (its first search is above);`);
console.log(`saved by exportIndex (${last.dir}), ${kb(json)} as JSON;`);
console.log(`createKnowledgeBase + first search, CPU median of ${runs} fresh processes: ${ms(median(built))} building the index, ${ms(median(loaded))} loading it.`);
