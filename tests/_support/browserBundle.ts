import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The built package and its dependencies as one classic script that sets `globalThis.owkb`,
 * as a page or an edge worker would load it: no Node module system, no `process`, no files.
 */
export async function browserBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: "import * as owkb from './dist/index.js'; globalThis.owkb = owkb;", resolveDir: root },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
  });
  return result.outputFiles[0]!.text;
}
