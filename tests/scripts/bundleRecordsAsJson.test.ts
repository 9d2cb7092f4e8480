import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordsModule } from '../../scripts/bundleRecordsAsJson.js';
import { articleRecord } from '../../src/data/article.js';
import { bundledData } from '../../src/data/bundled.js';

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
});
