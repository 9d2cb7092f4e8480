import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What an app's bundler keeps when it imports `names` from the format (or i18n) entry. */
async function bundle(names: string, from = './src/format/index.ts'): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from '${from}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
  });
  return result.outputFiles[0]!.text;
}

describe('the format and i18n entries are tree-shakeable', () => {
  it('keeps only dir when only dir is imported', async () => {
    const only = await bundle('dir');
    expect(only).not.toContain('DateTimeFormat');
    expect(only).not.toContain('\u2068');
    expect(only.length).toBeLessThan(1500);
  });

  it('keeps formatDate out of an app that imports isolate, and isolate out of one that imports formatDate', async () => {
    expect(await bundle('isolate')).not.toContain('DateTimeFormat');
    expect(await bundle('formatDate')).not.toContain('\u2068');
    expect(await bundle('formatDate')).toContain('DateTimeFormat');
  });

  it('keeps the records out of the format entry (localize takes them from the caller)', async () => {
    const all = await bundle('formatDate, formatNumber, dir, isolate, localize');
    expect(all).not.toContain('Mark Zuckerberg');
  });

  it('keeps the strings out of an app that imports only the i18n constants', async () => {
    const only = await bundle('NAMESPACES, DEFAULT_PREFIX', './src/i18n/index.ts');
    const all = await bundle('createResources', './src/i18n/index.ts');
    expect(all).toContain('Mark Zuckerberg');
    expect(only).not.toContain('Mark Zuckerberg');
    expect(all, 'no zod on the i18n path').not.toMatch(/ZodError|\$ZodType/);
  });
});
