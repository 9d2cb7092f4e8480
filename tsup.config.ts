import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { resolve } from 'node:path';
import { RECORDS_ENTRY, recordsAsJson, recordsExternal } from './scripts/bundleRecordsAsJson.js';

/**
 * The public entries: subpath (without `./`) → source file. Add a room here and in
 * `package.json` `exports`; each gets ESM, CJS and declarations for both.
 */
export const ENTRIES = {
  index: 'src/index.ts',
  text: 'src/text/index.ts',
  schema: 'src/schema/index.ts',
  i18n: 'src/i18n/index.ts',
  format: 'src/format/index.ts',
  export: 'src/export/index.ts',
} as const;

/**
 * The command line imports the library's built entries (`./index.js`, `./i18n.js`, …) instead
 * of bundling a second copy of the library into `cli.js` (E13).
 */
const entriesExternal: Plugin = {
  name: 'library-entries-external',
  setup(build) {
    const byFile = new Map(Object.entries(ENTRIES).map(([name, file]) => [resolve(file), `./${name}.js`]));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      const entry = byFile.get(file);
      return entry === undefined ? undefined : { path: entry, external: true };
    });
  },
};

/** Everything but the declarations: `npm start` and the size script need no more. */
const library = (options: Options): Options => ({
  entry: ENTRIES,
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  // Arabic as UTF-8, not \uXXXX escapes: a third of the bytes for Node to read and parse.
  esbuildOptions(esbuild) {
    esbuild.charset = 'utf8';
  },
  // Every entry reads the records from dist/records.js (see scripts/bundleRecordsAsJson.ts).
  esbuildPlugins: [recordsExternal],
  ...options,
});

const { index, ...subpaths } = ENTRIES;

export default defineConfig((cli) => [
  // The library: ESM and CJS with declarations (of every entry, the root's too, from one
  // rollup as before); nothing is read at run time.
  library({ entry: subpaths, clean: true, dts: cli.dts !== false && { entry: ENTRIES } }),
  // The root with no chunk but the records: Node reads, compiles and links each module of an
  // import apart, and the root's seven chunks cost more than their code (#6).
  library({ entry: { index }, splitting: false }),
  // The records, joined and checked at build time, as JSON text: nothing is joined at import.
  library({ entry: RECORDS_ENTRY, esbuildPlugins: [recordsAsJson] }),
  {
    // The command line, the only adapter that touches process and stdout. i18next is bundled
    // in (it is a dev dependency, not the library's).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: ['i18next'],
    esbuildPlugins: [entriesExternal],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
