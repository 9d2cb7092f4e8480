import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, formatRows, measureAll } from '../../bench/size.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

beforeAll(() => {
  if (!existsSync(`${root}dist/index.js`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 180_000);

/**
 * The source modules and packages an app's bundle keeps when it imports `names` from the
 * entry `from`: bundled as an app would, nothing marked external (zod and i18next included),
 * so anything that reaches them shows up.
 */
async function inputsOf(names: string, from: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: names === '*' ? `export * from './${from}';` : `export { ${names} } from './${from}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output!.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input]) => input);
}
const zodOrI18next = (input: string) => /node_modules\/(zod|i18next)\//.test(input);

describe('what an app bundles (E01, E14)', () => {
  it('keeps zod and i18next out of every helper of the root entry, and out of the text and i18n entries', async () => {
    for (const [names, from] of [
      ['*', 'src/index.ts'],
      ['search, translate, getEntity, timeline, related, mentionsOf, quotesBy', 'src/index.ts'],
      ['*', 'src/text/index.ts'],
      ['*', 'src/i18n/index.ts'],
    ] as const) {
      const inputs = await inputsOf(names, from);
      expect(inputs.filter(zodOrI18next), `${names} from ${from}`).toEqual([]);
    }
  }, 60_000);

  it('reaches zod only through the schema entry', async () => {
    expect((await inputsOf('createKnowledgeBase', 'src/schema/index.ts')).some(zodOrI18next)).toBe(true);
  }, 60_000);

  it('keeps the records and the search engine out of an app that imports only a string function', async () => {
    const inputs = await inputsOf('normalizeArabic', 'src/text/index.ts');
    // The string functions and the one helper that checks their argument, nothing else.
    expect(inputs.filter((input) => !input.startsWith('src/text/'))).toEqual(['src/_lib/assert.ts']);
  }, 60_000);

  it('gives getEntity the entities and their id map only: no other records, no search engine', async () => {
    const inputs = await inputsOf('getEntity', 'src/index.ts');
    expect(inputs).toContain('locales/en/entities.json');
    expect(inputs.filter((input) => input.startsWith('src/search/') || /locales\/\w+\/(?!entities)/.test(input))).toEqual([]);
  }, 60_000);

  it('gives timeline the events only, translate no search engine, and search the engine', async () => {
    const timeline = await inputsOf('timeline', 'src/index.ts');
    expect(timeline.filter((input) => input.startsWith('src/search/') || /locales\/\w+\/(?!events)/.test(input))).toEqual([]);
    for (const names of ['translate', 'lookup, checkTerms, mentionsOf'])
      expect((await inputsOf(names, 'src/index.ts')).filter((input) => input.startsWith('src/search/')), names).toEqual([]);
    expect(await inputsOf('search', 'src/index.ts')).toContain('src/search/findCandidates.ts');
  }, 60_000);

  it('ships the packed search index with search and prepare only, and no index builder (#6)', async () => {
    const bundle = async (names: string, from = 'index') => {
      const contents = `export { ${names} } from './dist/${from}.js';`;
      const result = await build({ stdin: { contents, resolveDir: root, loader: 'js' }, bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', logLevel: 'silent' });
      return result.outputFiles[0]!.text;
    };
    // The packed index is an object literal that starts with its number of records.
    const packed = /\{"?records"?:\d+,/;
    for (const names of ['search', 'prepare']) expect(await bundle(names), names).toMatch(packed);
    // Property names survive minification: "inTexts" is in the packed index and the engine that reads it.
    const others = await bundle('translate, lookup, checkTerms, mentionsOf, getEntity');
    expect(others).not.toMatch(packed);
    expect(others).not.toContain('inTexts');
    // The builder indexes each handle as `@handle`, as nothing else does: there in the schema entry, not in search.
    const indexesHandles = /"en",`@\$\{\w+\}`\)/;
    expect(await bundle('createKnowledgeBase', 'schema')).toMatch(indexesHandles);
    expect(await bundle('search')).not.toMatch(indexesHandles);
  }, 60_000);
});

describe('the size budgets of the built package (npm run size)', () => {
  it('are all met, and no bundle contains zod or i18next', async () => {
    const rows = await measureAll(CASES);
    expect(rows.flatMap((row) => row.problems.map((problem) => `${row.case.name}: ${problem}`)), formatRows(rows)).toEqual([]);
    expect(rows.find((row) => row.case.name === 'getEntity')!.data!.gzip).toBeGreaterThan(1024);
  }, 60_000);
});
