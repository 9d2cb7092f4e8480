import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

// The demo imports the package by name, as an app would; the aliases point at the source
// entries so the demo always shows the working tree, with no build of the package first.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^open-weight-kb$/, replacement: src('index.ts') },
      { find: /^open-weight-kb\/i18n$/, replacement: src('i18n/index.ts') },
      { find: /^open-weight-kb\/format$/, replacement: src('format/index.ts') },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: true },
});
