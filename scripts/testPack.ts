/**
 * `npm run test:pack`: the package as a user meets it. Packs it (`prepack` builds), lints the
 * tarball (publint --strict, attw), installs it into a fresh project and checks there: ESM
 * import and CJS require of every subpath, `tsc` under node16 (ESM and CJS) and bundler, an
 * esbuild browser bundle run in a bare realm, the bin, zod's global registry, and the root
 * running with zod absent.
 */
import { build } from 'esbuild';
import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import assert from 'node:assert/strict';

const execFile = promisify(execFileCb);
const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const SUBPATHS = Object.keys(pkg.exports).filter((key) => key !== './package.json').map((key) => pkg.name + key.slice(1));
const bin = (dir: string, name: string) => join(dir, 'node_modules', '.bin', name);
const npm = (cwd: string, args: string[]) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const node = (cwd: string, args: string[]) =>
  execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

let work: string;
let tarball: string;
let files: string[];
/** A project with the tarball and zod installed, as the README says. */
let app: string;
/** A project with the tarball alone: no zod. */
let bare: string;
/** A project with the oldest zod the peer range allows. */
let oldest: string;
const OLDEST_ZOD = pkg.peerDependencies.zod!.replace(/^\^/, '');

before(() => {
  work = mkdtempSync(join(tmpdir(), 'owkb-pack-'));
  // From no build at all: `prepack` must build what the tarball ships (E04).
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const out = npm(root, ['pack', '--json', '--pack-destination', work]);
  // The build's log comes first on stdout; the JSON report is last.
  const [packed] = JSON.parse(out.slice(out.search(/^\[$/m))) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed!.filename);
  files = packed!.files.map((file) => file.path);
  const project = (name: string, deps: string[], flags: string[] = []) => {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
    npm(dir, ['install', '--no-audit', '--no-fund', '--prefer-offline', ...flags, tarball, ...deps]);
    return dir;
  };
  app = project('app', [`zod@${pkg.devDependencies.zod}`]);
  bare = project('bare', [], ['--legacy-peer-deps']);
  oldest = project('oldest', [`zod@${OLDEST_ZOD}`]);
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('the tarball', () => {
  it('holds the built entries, the licence and the changelog, and nothing unusable', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'dist/cli.js'])
      assert.ok(files.includes(file), `${file} is packed`);
    for (const entry of SUBPATHS.map((sub) => sub.slice(pkg.name.length + 1) || 'index'))
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) assert.ok(files.includes(`dist/${entry}.${ext}`), `dist/${entry}.${ext} is packed`);
    assert.deepEqual(files.filter((file) => !/^(dist\/|LICENSE$|CHANGELOG\.md$|README\.md$|package\.json$)/.test(file)), []);
  });

  it('passes publint --strict', () => {
    execFileSync(bin(root, 'publint'), ['run', tarball, '--strict'], { cwd: root, stdio: 'pipe' });
  });

  it('passes attw (are the types wrong) in every resolution mode', () => {
    execFileSync(bin(root, 'attw'), [tarball, '--format', 'table-flipped'], { cwd: root, stdio: 'pipe' });
  });
});

describe('installed in a fresh project', () => {
  // One probe per subpath: expressions over its module `m`, and what they give.
  const probes: Record<string, [expression: string, expected: unknown][]> = {
    '': [
      ["m.getEntity('sam-altman').name.ar", 'سام ألتمان'],
      ["m.search('وحرب المواهب')[0].id", 'talent-war'],
      ["m.translate('Altman')", 'سام ألتمان'],
      ['Object.isFrozen(m.entities[0].name)', true],
    ],
    '/text': [
      ["m.normalizeArabic('الذكاء الاصطناعى')", 'الذكاء الاصطناعي'],
      ["m.toSearchKey('Altman')", 'altman'],
    ],
    '/schema': [
      ['m.EntitySchema.safeParse({}).success', false],
      ['m.createKnowledgeBase({ entities: [], events: [], quotes: [], glossary: [] }).entities.length', 0],
    ],
    '/i18n': [
      ["m.createResources({ lang: 'ar' }).ar['owkb-entities']['sam-altman'].name", 'سام ألتمان'],
      ['m.createResources() !== m.createResources()', true],
    ],
    '/format': [
      ["m.formatDate('2025-07-11', 'ar')", '١١ يوليو ٢٠٢٥'],
      ["m.dir('ar')", 'rtl'],
    ],
    '/export': [
      ["m.toCsv('entities').split('\\r\\n')[0].startsWith('id,')", true],
      ["m.toTbx().includes('<conceptEntry id=\"talent-war\"')", true],
    ],
  };
  const run = (load: string, exprs: [string, unknown][]) => `const m = ${load}; console.log(JSON.stringify([${exprs.map(([e]) => e).join(', ')}]))`;

  it('imports every subpath from ESM', () => {
    for (const [sub, exprs] of Object.entries(probes)) {
      const out = node(app, ['--input-type=module', '-e', run(`await import('${pkg.name}${sub}')`, exprs)]);
      assert.deepEqual(JSON.parse(out), exprs.map(([, value]) => value), `import '${pkg.name}${sub}'`);
    }
  });

  it('requires every subpath from CommonJS', () => {
    for (const [sub, exprs] of Object.entries(probes)) {
      const out = node(app, ['--input-type=commonjs', '-e', run(`require('${pkg.name}${sub}')`, exprs)]);
      assert.deepEqual(JSON.parse(out), exprs.map(([, value]) => value), `require('${pkg.name}${sub}')`);
    }
    assert.match(node(app, ['-p', `require('${pkg.name}/package.json').version`]), /^\d+\.\d+\.\d+/);
  });

  it('type-checks a strict consumer under node16 (ESM and CJS) and bundler', async () => {
    const uses = (from: 'esm' | 'cjs') => [
      from === 'esm'
        ? `import { getEntity, search, LANGS, type Entity, type Lang, type SearchHit } from '${pkg.name}';`
        : `import owkb = require('${pkg.name}');\nconst { getEntity, search, LANGS } = owkb;\ntype Entity = owkb.Entity; type Lang = owkb.Lang; type SearchHit = owkb.SearchHit;`,
      from === 'esm'
        ? `import { normalizeArabic } from '${pkg.name}/text';\nimport { EntitySchema, createKnowledgeBase } from '${pkg.name}/schema';\nimport { createResources } from '${pkg.name}/i18n';\nconst resources = createResources();`
        : `import text = require('${pkg.name}/text');\nimport schema = require('${pkg.name}/schema');\nimport i18n = require('${pkg.name}/i18n');\nconst { normalizeArabic } = text; const { EntitySchema, createKnowledgeBase } = schema; const resources = i18n.createResources();`,
      "const name: string | undefined = getEntity('sam-altman')?.name.ar;",
      "const hits: readonly SearchHit[] = search('x', { kinds: ['term'], limit: 3, lang: 'ar' });",
      'const langs: readonly Lang[] = LANGS;',
      'const parsed: Entity = EntitySchema.parse({});',
      "const key: string = normalizeArabic('ى');",
      "const ar: string = resources.ar['owkb-entities']['sam-altman'].name;",
      'const kb = createKnowledgeBase({ entities: [], events: [], quotes: [], glossary: [] });',
      '// @ts-expect-error: records are read-only',
      "getEntity('sam-altman')!.name.ar = 'x';",
      "// @ts-expect-error: 'fr' is not a language of the package",
      "search('x', { lang: 'fr' });",
      'export { name, hits, langs, parsed, key, ar, kb };',
    ].join('\n');
    writeFileSync(join(app, 'esm.ts'), uses('esm'));
    writeFileSync(join(app, 'cjs.cts'), uses('cjs'));
    writeFileSync(join(app, 'bundler.ts'), uses('esm'));
    const strict = { target: 'es2022', lib: ['es2022', 'dom'], strict: true, noEmit: true, skipLibCheck: false, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, types: [] };
    const configs = {
      'node16-esm': { compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' }, files: ['esm.ts'] },
      'node16-cjs': { compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' }, files: ['cjs.cts'] },
      bundler: { compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' }, files: ['bundler.ts'] },
    };
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    await Promise.all(
      Object.entries(configs).map(async ([name, config]) => {
        writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify(config));
        await execFile(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: app }).catch((error: { stdout: string }) => {
          assert.fail(`tsc ${name}:\n${error.stdout}`);
        });
      }),
    );
  });

  it('bundles for the browser with esbuild, without zod or i18next, and runs in a bare realm', async () => {
    const result = await build({
      stdin: {
        contents: `import * as owkb from '${pkg.name}'; import { normalizeArabic } from '${pkg.name}/text';
globalThis.result = { hit: owkb.search('زوكربيرغ')[0].id, name: owkb.getEntity('openai').name.ar, key: normalizeArabic('ى') };`,
        resolveDir: app,
      },
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      platform: 'browser',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(inputs.filter((input) => /node_modules\/(zod|i18next)\//.test(input)), []);
    const realm: Record<string, unknown> = {};
    runInNewContext(result.outputFiles[0]!.text, realm);
    assert.deepEqual(JSON.parse(runInNewContext('JSON.stringify(result)', realm) as string), { hit: 'mark-zuckerberg', name: 'أوبن إيه آي', key: 'ي' });
    assert.equal(runInNewContext('typeof process + typeof require', realm), 'undefinedundefined');
  });

  it('runs the bin', () => {
    assert.equal(execFileSync(bin(app, pkg.name), ['translate', 'حرب المواهب'], { encoding: 'utf8' }).split('\n')[0], 'talent war');
  });

  it('leaves zod’s global registry to the host: a host id Entity still exports as JSON Schema', () => {
    const script = `import { z } from 'zod';
${SUBPATHS.map((sub, i) => `await import('${sub}'); void ${i};`).join('\n')}
z.object({ sku: z.string() }).meta({ id: 'Entity' });
const { schemas } = z.toJSONSchema(z.globalRegistry);
console.log(Object.keys(schemas).join(','));`;
    assert.equal(node(app, ['--input-type=module', '-e', script]), 'Entity');
  });

  it('works with the oldest zod of the peer range, types included', async () => {
    const script = `import { createKnowledgeBase } from '${pkg.name}/schema';
import { entities, events, quotes, glossary } from '${pkg.name}';
const kb = createKnowledgeBase(structuredClone({ entities, events, quotes, glossary }));
console.log(kb.search('altman')[0].id);`;
    assert.equal(node(oldest, ['--input-type=module', '-e', script]), 'sam-altman');
    assert.equal(node(oldest, ['-p', "require('zod/package.json').version"]), OLDEST_ZOD);
    writeFileSync(join(oldest, 'use.ts'), readFileSync(join(app, 'bundler.ts'), 'utf8'));
    writeFileSync(join(oldest, 'tsconfig.json'), readFileSync(join(app, 'tsconfig.bundler.json'), 'utf8').replace('bundler.ts', 'use.ts'));
    await execFile(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: oldest }).catch((error: { stdout: string }) => {
      assert.fail(`tsc with zod ${OLDEST_ZOD}:\n${error.stdout}`);
    });
  });

  it('runs the root, text and i18n entries with zod absent; only the schema entry needs it', () => {
    assert.throws(() => node(bare, ['-e', "require.resolve('zod')"]));
    assert.equal(node(bare, ['--input-type=module', '-e', `const m = await import('${pkg.name}'); console.log(m.translate('Altman'))`]), 'سام ألتمان');
    assert.equal(node(bare, ['-e', `console.log(require('${pkg.name}').getEntity('openai').id, require('${pkg.name}/text').toSearchKey('A'), typeof require('${pkg.name}/i18n').createResources)`]), 'openai a function');
    assert.throws(() => node(bare, ['-e', `require('${pkg.name}/schema')`]), /zod/);
  });
});
