import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The host fixture declares `CustomTypeOptions.resources = OwkbResources & { app }` and calls
// `t()` with right keys and, under `@ts-expect-error`, wrong ones: the compile fails if a right
// key is rejected, if a wrong key is accepted (unused @ts-expect-error), or on TS2589 (E07).
// The locale JSON's own inferred types (empty arrays as never[]) fail with TS2589 instead.
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const run = promisify(execFile);

async function compile(version: 26 | 27) {
  try {
    const { stdout } = await run(process.execPath, [tsc, '-p', `tests/i18n/typed-keys/tsconfig.${version}.json`, '--listFiles'], { cwd: root });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe('typed keys (OwkbResources in CustomTypeOptions)', () => {
  it.concurrent.each([
    [26, /node_modules\/i18next\/typescript\/t\.d\.ts/],
    [27, /node_modules\/i18next-27\/typescript\/t\.d\.ts/],
  ] as const)('accept the right keys and reject wrong ones with i18next %i, without TS2589', async (version, typesFrom) => {
    const { ok, output } = await compile(version);
    expect(output).not.toMatch(/TS2589/);
    expect(output).not.toMatch(/error TS/);
    expect(ok).toBe(true);
    expect(output, `compiled against i18next ${version}'s types`).toMatch(typesFrom);
  }, 120_000);
});
