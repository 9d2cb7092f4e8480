import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordsModule, stringPaths } from '../../scripts/bundleRecordsAsJson.js';
import { articleRecord } from '../../src/data/article.js';
import { bundledData } from '../../src/data/bundled.js';
import { createResources } from '../../src/i18n/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

/** Every object and array reachable from `value` is frozen. */
const deepFrozen = (value: unknown): boolean =>
  typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(deepFrozen));

describe('recordsModule', () => {
  it('writes one pure JSON.parse per export, whose text holds no single quote', async () => {
    const code = recordsModule({ termRecords: [{ id: 'x', note: "OpenAI's model" }], count: 2 }, 'glossary.ts');
    expect(code).toBe(
      'export const termRecords = /*@__PURE__*/ JSON.parse("[{\\"id\\":\\"x\\",\\"note\\":\\"OpenAI\\\\u0027s model\\"}]");\n' +
        'export const count = /*@__PURE__*/ JSON.parse("2");\n',
    );
    expect({ ...(await import(`data:text/javascript,${encodeURIComponent(code)}`)) }).toEqual({ termRecords: [{ id: 'x', note: "OpenAI's model" }], count: 2 });
  });

  it('refuses a value that JSON would change: an undefined key, a Map, NaN', () => {
    for (const value of [{ id: 'x', note: undefined }, new Map([['a', 1]]), [Number.NaN]])
      expect(() => recordsModule({ records: value }, 'entities.ts')).toThrow('entities.ts: records does not survive JSON.stringify');
  });
});

describe('stringPaths', () => {
  const records = [
    { id: 'a', forms: { ar: { preferred: 'أ' }, en: { preferred: 'a' } }, text: { ar: 'نص', en: 'text' }, note: { ar: 'ملاحظة', en: 'note' } },
    { id: 'b', forms: { ar: { preferred: 'ب' }, en: { preferred: 'b' } }, text: { ar: 'نص ب', en: 'text b' } },
  ];

  it('finds each key of a locale file in the records, a pair or a form, and which keys entries may lack', () => {
    const strings = { a: { preferred: 'a', text: 'text', note: 'note' }, b: { preferred: 'b', text: 'text b' } };
    expect(stringPaths(records, strings, 'en', 'en/x.json')).toEqual([
      ['preferred', ['forms', 'en', 'preferred'], false],
      ['text', ['text', 'en'], false],
      ['note', ['note', 'en'], true],
    ]);
  });

  it('fails the build when the records do not give the file back exactly, key order included', () => {
    expect(() => stringPaths(records, { a: { text: 'other' }, b: { text: 'text b' } }, 'en', 'en/x.json')).toThrow('en/x.json: no path in the records gives "text"');
    expect(() => stringPaths(records, { b: { text: 'text b' }, a: { text: 'text' } }, 'en', 'en/x.json')).toThrow('en/x.json: the records do not give back the file');
  });
});

describe('the built root entry', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }, 180_000);

  it('holds the same records as the source joins from facts and strings, deep-frozen, in ESM and CJS', async () => {
    const source = { ...bundledData, article: articleRecord };
    const esm = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(join(dist, 'index.cjs')) as Record<string, unknown>;
    for (const built of [esm, cjs]) {
      const { entities, events, quotes, glossary, article } = built;
      expect({ entities, events, quotes, glossary, article }).toStrictEqual(source);
      expect([entities, events, quotes, glossary, article].every(deepFrozen)).toBe(true);
    }
  });

  it('is one file and the records, which are JSON: nothing is joined at import', () => {
    const code = readFileSync(join(dist, 'index.js'), 'utf8');
    expect(code.match(/^import .*$/gm)).toEqual([expect.stringMatching(/ from '\.\/records\.js';$/)]);
    // No record is parsed here, nor the packed search index, which is an object literal.
    expect(code.match(/JSON\.parse\(.*/g)).toBeNull();
    expect(code).toMatch(/^var packed = \{ "records": \d+, /m);
    expect(readFileSync(join(dist, 'index.cjs'), 'utf8').match(/require\(['"][^'"]*['"]\)/g)).toEqual(["require('./records.cjs')"]);
    expect(readFileSync(join(dist, 'records.js'), 'utf8').match(/^var \w+ = \/\* @__PURE__ \*\/ JSON\.parse\('/gm)).toHaveLength(5);
  });

  it('shares the records with /i18n, whose strings are still the locale files, key for key', async () => {
    const i18n = (await import(pathToFileURL(join(dist, 'i18n.js')).href)) as { createResources: typeof createResources };
    const cjs = createRequire(import.meta.url)(join(dist, 'i18n.cjs')) as { createResources: typeof createResources };
    for (const built of [i18n, cjs]) expect(JSON.stringify(built.createResources())).toBe(JSON.stringify(createResources()));
    expect(readFileSync(join(dist, 'i18n.js'), 'utf8')).toMatch(/ from '\.\/records\.js';$/m);
  });
});
