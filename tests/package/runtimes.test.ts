import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserBundle } from '../_support/browserBundle.js';

// What a page or an edge function relies on, run where Node's globals are absent.
const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const probe = `(() => {
  const { search, translate, getEntity, entities, timeline } = globalThis.owkb;
  return {
    hit: search('وحرب المواهب')[0].id,
    translated: translate('Altman'),
    name: getEntity('sam-altman').name.ar,
    frozen: Object.isFrozen(entities) && Object.isFrozen(entities[0].name),
    first: timeline()[0].id,
  };
})()`;
const expected = {
  hit: 'talent-war',
  translated: 'سام ألتمان',
  name: 'سام ألتمان',
  frozen: true,
  first: 'meta-hires-openai-researchers',
};
let script: string;

beforeAll(async () => {
  if (!existsSync(`${root}dist/index.js`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  script = await browserBundle();
}, 120_000);

describe('outside Node', () => {
  it('works in a bare JavaScript realm, as in an edge runtime (no process, require or files)', () => {
    const realm: Record<string, unknown> = {};
    runInNewContext(script, realm);
    expect(runInNewContext(probe, realm)).toEqual(expected);
    expect(runInNewContext('typeof process + typeof require', realm)).toBe('undefinedundefined');
  });

  // Skipped on a machine without Chromium, but never in CI: there a missing browser is a failure.
  it.skipIf(!existsSync(CHROMIUM) && !CI)('works in a real browser page (Chromium)', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`CI is set and ${CHROMIUM} is missing: install Debian's chromium`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent('<!doctype html><html lang="ar" dir="rtl"><body></body></html>');
      await page.addScriptTag({ content: script });
      expect(await page.evaluate(probe)).toEqual(expected);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
