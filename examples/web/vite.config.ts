import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { type Plugin, defineConfig } from 'vite';

// One classic script, not a module: browsers refuse module scripts and crossorigin
// stylesheets from file://, and the built demo should open straight from a folder too.
const classicScript = (): Plugin => ({
  name: 'classic-script',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/<script type="module" crossorigin/g, '<script defer').replace(/ crossorigin(?=[ >])/g, ''),
  },
});

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

// The demo imports the package by name, as an app would; the aliases point at the source
// entries so the demo always shows the working tree, with no build of the package first.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), classicScript()],
  resolve: {
    alias: [
      { find: /^open-weight-kb$/, replacement: src('index.ts') },
      { find: /^open-weight-kb\/i18n$/, replacement: src('i18n/index.ts') },
      { find: /^open-weight-kb\/format$/, replacement: src('format/index.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: { output: { format: 'iife' } },
  },
});
