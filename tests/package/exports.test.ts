import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerQueries } from '../_support/readerQueries.js';

// `npm test` builds before it runs the tests; this checks what `npm run build` emitted, as a
// user's project sees it: another folder importing the package by name.
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
let consumer: string;

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: consumer, encoding: 'utf8' }).trim();

beforeAll(() => {
  if (!existsSync(join(dist, 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  consumer = mkdtempSync(join(tmpdir(), 'owkb-consumer-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(root, join(consumer, 'node_modules', 'open-weight-kb'), 'dir');
}, 120_000);
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe('the built package', () => {
  it('emits ESM, CJS and declarations for both', () => {
    for (const entry of ['index', 'text', 'schema', 'i18n'])
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(existsSync(join(dist, `${entry}.${ext}`)), `${entry}.${ext}`).toBe(true);
    expect(existsSync(join(dist, 'cli.js'))).toBe(true);
  });

  it('imports by name from ESM', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import { getEntity, search, entities } from 'open-weight-kb'; console.log(getEntity('sam-altman').name.ar, search('وحرب المواهب')[0].id, Object.isFrozen(entities))",
    ]);
    expect(out).toBe('سام ألتمان talent-war true');
  });

  it('requires by name from CommonJS', () => {
    const out = node(['-e', "const kb = require('open-weight-kb'); console.log(kb.translate('Altman'), typeof kb.createKnowledgeBase, typeof require('open-weight-kb/schema').createKnowledgeBase)"]);
    expect(out).toBe('سام ألتمان undefined function');
  });

  it('type-checks a consumer against the declarations', () => {
    writeFileSync(
      join(consumer, 'use.ts'),
      [
        "import { getEntity, search, type Entity, type SearchHit } from 'open-weight-kb';",
        "import { EntitySchema } from 'open-weight-kb/schema';",
        "const name: string | undefined = getEntity('sam-altman')?.name.ar;",
        "const hits: readonly SearchHit[] = search('x', { kinds: ['term'], limit: 3, lang: 'ar' });",
        'const parsed: Entity = EntitySchema.parse({});',
        '// @ts-expect-error: records are read-only',
        "getEntity('sam-altman')!.name.ar = 'x';",
        "// @ts-expect-error: 'fr' is not a language of the package",
        "search('x', { lang: 'fr' });",
        'export { name, hits, parsed };',
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', consumer], { encoding: 'utf8' });
  }, 60_000);

  it('runs the command line over the built library entry, not a second copy of it (E13)', () => {
    const cli = readFileSync(join(dist, 'cli.js'), 'utf8');
    expect(cli).toMatch(/from "\.\/index\.js"/);
    expect(cli).not.toContain('Mark Zuckerberg');
    expect(cli).not.toContain('buildSearchIndex');
    expect(node([join(dist, 'cli.js'), 'translate', 'Altman']).split('\n')[0]).toBe('سام ألتمان');
  });

  it('reads no file at run time, so it runs in browsers and edge runtimes', () => {
    for (const file of ['index.js', 'index.cjs', 'text.js', 'text.cjs', 'i18n.js', 'i18n.cjs']) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code).not.toMatch(/\bnode:fs\b|readFileSync|require\("fs"\)|process\.cwd/);
    }
  });

  it('searches with the index packed at build time, in ESM and CJS, finding what the source finds with the index it builds (#6)', async () => {
    const { search } = await import('../../src/index.js');
    const { bundledData } = await import('../../src/data/bundled.js');
    const { createIndex } = await import('../../src/kbIndex.js');
    const queries = readerQueries(createIndex(structuredClone(bundledData) as Parameters<typeof createIndex>[0]).records);
    writeFileSync(join(consumer, 'queries.json'), JSON.stringify(queries));
    const answer = (hits: readonly { id: string; score: number }[]) => hits.map(({ id, score }) => `${id} ${score}`).join(', ');
    const script = (load: string) =>
      `${load}; const queries = JSON.parse(require('node:fs').readFileSync('queries.json', 'utf8')); console.log(JSON.stringify(queries.map((q) => kb.search(q).map(({ id, score }) => id + ' ' + score).join(', '))))`;
    const expected = queries.map((query) => answer(search(query)));
    expect(JSON.parse(node(['-e', script("const kb = require('open-weight-kb')")]))).toEqual(expected);
    const esm = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); import * as kb from 'open-weight-kb'`;
    expect(JSON.parse(node(['--input-type=module', '-e', script(esm)]))).toEqual(expected);
    for (const file of ['index.js', 'index.cjs']) expect(readFileSync(join(dist, file), 'utf8'), file).toContain('unpackSearchIndex: packed for');
  }, 60_000);
});
