/**
 * The esbuild plugin `tsup` builds the library with: each module of `src/data/` that joins
 * facts with locale strings is bundled as its joined records instead, one
 * `JSON.parse('…')` per export. The source stays the one place the data is written (and what
 * `tsx`, the tests and `npm run validate:data` read); the built package does no joining at
 * import, and V8 reads a JSON string far faster than it parses the same object literals.
 * Each export keeps its own `/*@__PURE__*\/` call, so a bundler still drops the collections
 * an app does not use.
 */
import type { Plugin } from 'esbuild';
import { isDeepStrictEqual } from 'node:util';
import * as article from '../src/data/article.js';
import * as entities from '../src/data/entities.js';
import * as events from '../src/data/events.js';
import * as glossary from '../src/data/glossary.js';
import * as quotes from '../src/data/quotes.js';

/** The data modules, by file name under `src/data/`, with their run-time exports. */
const MODULES: Readonly<Record<string, Record<string, unknown>>> = { article, entities, events, glossary, quotes };

/** The module text that stands for one data module in the bundle. */
export function recordsModule(exports: Record<string, unknown>, file: string): string {
  return Object.entries(exports)
    .map(([name, value]) => {
      const json = JSON.stringify(value);
      // Shared objects become copies and `undefined` keys vanish: only plain JSON may pass.
      if (!isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${file}: ${name} does not survive JSON.stringify`);
      // JSON may spell ' as \u0027: with none left, esbuild quotes the text with ' rather than
      // as a template literal, which V8 scans about half again slower.
      const text = json.replace(/'/g, '\\u0027');
      return `export const ${name} = /*@__PURE__*/ JSON.parse(${JSON.stringify(text)});\n`;
    })
    .join('');
}

/** Replaces `src/data/{article,entities,events,glossary,quotes}.ts` with their records as JSON. */
export const bundleRecordsAsJson: Plugin = {
  name: 'bundle-records-as-json',
  setup(build) {
    const filter = new RegExp(`[\\\\/]src[\\\\/]data[\\\\/](${Object.keys(MODULES).join('|')})\\.ts$`);
    build.onLoad({ filter }, (args) => {
      const name = filter.exec(args.path)![1]!;
      return { contents: recordsModule(MODULES[name]!, args.path), loader: 'js' };
    });
  },
};
