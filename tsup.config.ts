import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS with declarations; locale JSON is bundled in, nothing is read at run time.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The command line, the only adapter that touches process and stdout.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
