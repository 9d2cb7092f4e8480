/**
 * How `tsup` bundles the records. The source joins facts with locale strings in `src/data/`
 * (what `tsx`, the tests and `npm run validate:data` read); the built package does no joining
 * at import:
 * - `recordsAsJson` builds `src/data/records.ts` into `dist/records.js` (and `.cjs`), each
 *   collection as its joined records, one `JSON.parse('…')` per export: V8 reads a JSON string
 *   far faster than it parses the same object literals. Each keeps its own `/*@__PURE__*\/`
 *   call, so a bundler still drops the collections an app does not use.
 * - `recordsExternal` makes every entry import the records from that one file: the root is
 *   two files for Node to load, and an app that imports the root and `/export` or `/i18n`
 *   bundles the records once. `/i18n`'s locale strings of the records are read from the
 *   records too, the same strings in the locale files' shape (checked here, at build time).
 * - the same plugin gives the root the records' search index, packed here
 *   (`src/data/bundledSearchIndex.ts`, `src/search/packSearchIndex.ts`).
 */
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as article from '../src/data/article.js';
import { bundledData } from '../src/data/bundled.js';
import * as entities from '../src/data/entities.js';
import * as events from '../src/data/events.js';
import * as glossary from '../src/data/glossary.js';
import * as quotes from '../src/data/quotes.js';
import { createIndex } from '../src/kbIndex.js';
import { packSearchIndex } from '../src/search/packSearchIndex.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';

/** The internal entry the records are built into: `dist/records.js` and `dist/records.cjs`. */
export const RECORDS_ENTRY = { records: 'src/data/records.ts' } as const;

/** The data modules, by file name under `src/data/`, with their run-time exports. */
const MODULES: Readonly<Record<string, Record<string, unknown>>> = { article, entities, events, glossary, quotes };
/** The locale namespaces whose strings are the records' (`ui` is not). */
const RECORD_NAMESPACES = { entities: 'entityRecords', events: 'eventRecords', glossary: 'termRecords', quotes: 'quoteRecords' } as const;
const RECORDS_ID = 'open-weight-kb:records';
const STRINGS_OF_ID = 'open-weight-kb:strings-of';

const searchIndexModule = /[\\/]src[\\/]data[\\/]bundledSearchIndex\.ts$/;
const dataModule = new RegExp(`[\\\\/]src[\\\\/]data[\\\\/](${Object.keys(MODULES).join('|')})\\.ts$`);
const localeFile = new RegExp(`(?:^|[\\\\/])locales[\\\\/](ar|en)[\\\\/](${Object.keys(RECORD_NAMESPACES).join('|')})\\.json$`);

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

/** Where one key of a locale entry lives in a record: its path and whether entries may lack it. */
export type StringPath = readonly [key: string, path: readonly string[], optional: boolean];

/**
 * Reads a locale file's shape back from the records. Run by the built `/i18n` (as source text)
 * and here, to check it against the locale file.
 */
const STRINGS_OF = `(records, paths) => {
  const strings = {};
  for (const record of records) {
    const entry = {};
    for (const [key, path, optional] of paths) {
      let value = record;
      for (const step of path) value = value == null ? undefined : value[step];
      if (value !== undefined || !optional) entry[key] = value;
    }
    strings[record.id] = entry;
  }
  return strings;
}`;
const stringsOf = new Function(`return ${STRINGS_OF}`)() as (records: readonly object[], paths: readonly StringPath[]) => unknown;

/**
 * The path in the records of each key of a locale file, in the file's key order: `record[key][lang]`
 * (a `{ ar, en }` pair) or `record.forms[lang][key]` (a term's forms). Throws unless the records
 * give back the file exactly, key order included.
 */
export function stringPaths(records: readonly { id: string }[], strings: Record<string, Record<string, unknown>>, lang: string, file: string): StringPath[] {
  const entries = Object.values(strings);
  const keys = entries.reduce<string[]>((all, entry) => {
    const own = Object.keys(entry);
    return own.length > all.length && all.every((key) => own.includes(key)) ? own : all;
  }, []);
  const paths = keys.map((key): StringPath => {
    const candidates = [[key, lang], ['forms', lang, key]];
    const path = candidates.find((steps) =>
      records.every((record) => {
        const value = steps.reduce<unknown>((at, step) => (at as Record<string, unknown> | undefined)?.[step], record);
        return isDeepStrictEqual(value, strings[record.id]?.[key]);
      }),
    );
    if (!path) throw new Error(`${file}: no path in the records gives "${key}"`);
    return [key, path, entries.some((entry) => !(key in entry))];
  });
  if (JSON.stringify(stringsOf(records, paths)) !== JSON.stringify(strings)) throw new Error(`${file}: the records do not give back the file`);
  return paths;
}

/** The bundled records' search index as the package ships it, as JSON, built from the records as the package ships them. */
export function packedSearchIndex(): string {
  const { records } = createIndex(structuredClone(bundledData) as unknown as Parameters<typeof createIndex>[0]);
  return JSON.stringify(packSearchIndex(buildSearchIndex(records)));
}

/** Builds `src/data/records.ts`: replaces `src/data/{article,entities,events,glossary,quotes}.ts` with their records as JSON. */
export const recordsAsJson: Plugin = {
  name: 'records-as-json',
  setup(build) {
    build.onLoad({ filter: dataModule }, (args) => {
      const name = dataModule.exec(args.path)![1]!;
      return { contents: recordsModule(MODULES[name]!, args.path), loader: 'js' };
    });
  },
};

/** Every other entry: the records, and the locale strings that are the records', from `dist/records.js`. */
export const recordsExternal: Plugin = {
  name: 'records-external',
  setup(build) {
    // tsup builds CommonJS as ESM and converts it after, so the extension tells the format.
    const extension = build.initialOptions.outExtension?.['.js'] ?? '.js';
    const records = { path: `./records${extension}`, external: true };
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (dataModule.test(file)) return records;
      // A path from the project's folder: esbuild writes it into the bundle as a comment.
      return localeFile.test(args.path) ? { path: relative(process.cwd(), resolve(args.resolveDir, args.path)), namespace: 'locale-from-records' } : undefined;
    });
    build.onResolve({ filter: new RegExp(`^${RECORDS_ID}$`) }, () => records);
    build.onLoad({ filter: searchIndexModule }, () => ({
      contents: [
        "import { unpackSearchIndex } from '../search/packSearchIndex.js';",
        // As an object literal, not JSON text: its strings are made when the module is read,
        // and the first search parses nothing.
        `const packed = ${packedSearchIndex()};`,
        'export const bundledSearchIndex = (records) => unpackSearchIndex(packed, records);',
      ].join('\n'),
      loader: 'js',
    }));
    build.onResolve({ filter: new RegExp(`^${STRINGS_OF_ID}$`) }, () => ({ path: STRINGS_OF_ID, namespace: 'locale-from-records' }));
    build.onLoad({ filter: new RegExp(`^${STRINGS_OF_ID}$`), namespace: 'locale-from-records' }, () => ({
      contents: `export const stringsOf = ${STRINGS_OF};\n`,
      loader: 'js',
    }));
    build.onLoad({ filter: localeFile, namespace: 'locale-from-records' }, (args) => {
      const [, lang, namespace] = localeFile.exec(args.path) as unknown as [string, string, keyof typeof RECORD_NAMESPACES];
      const name = RECORD_NAMESPACES[namespace];
      const strings = JSON.parse(readFileSync(resolve(args.path), 'utf8')) as Record<string, Record<string, unknown>>;
      const paths = stringPaths(MODULES[namespace]![name] as { id: string }[], strings, lang, args.path);
      return {
        contents: [
          `import { ${name} } from '${RECORDS_ID}';`,
          `import { stringsOf } from '${STRINGS_OF_ID}';`,
          `export default /*@__PURE__*/ stringsOf(${name}, ${JSON.stringify(paths)});`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};
