import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

beforeAll(() => {
  if (!existsSync(`${root}dist/index.js`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 120_000);

/** What an app's bundler keeps when it imports `names` from the built package. */
async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from './dist/index.js';`, resolveDir: root },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'i18next'],
  });
  return result.outputFiles[0]!.text;
}

it('keeps the records and their strings out of an app that imports only a string function', async () => {
  const only = await bundle('normalizeArabic');
  const all = await bundle('search');
  expect(all).toContain('Mark Zuckerberg');
  expect(only).not.toContain('Mark Zuckerberg');
  expect(only.length).toBeLessThan(all.length / 5);
}, 60_000);
