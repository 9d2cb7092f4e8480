import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './serve.js';

// The built demo (examples/web/dist, built by the global setup) in Debian's Chromium.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dist = fileURLToPath(new URL('../../examples/web/dist/', import.meta.url));
const shots = fileURLToPath(new URL('./screenshots/', import.meta.url));

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // No silent skip: without a browser this suite fails and says how to get one.
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests`);
  if (!existsSync(`${dist}index.html`)) throw new Error('examples/web/dist/index.html is missing: run `npm run demo:build`');
  mkdirSync(shots, { recursive: true });
  server = await serve(dist);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page at `?lang=…`, failing the test on any page error or console error. */
async function open(lang: 'ar' | 'en' | null, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(`${server.url}${lang ? `?lang=${lang}` : ''}`);
  await page.waitForSelector('#search-box');
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

const html = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Types a query the way a reader does and returns the ids of the results, in order. */
async function results(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await box.pressSequentially(query, { delay: 5 });
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
  return page.$$eval('#search-results li', (items) => items.map((item) => `${item.getAttribute('data-kind')}:${item.getAttribute('data-id')}`));
}

describe('the demo in Chromium', () => {
  it('shows Arabic right to left with ?lang=ar', async () => {
    const page = await open('ar');
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect(page.locator('h1').textContent()).resolves.toContain('تؤجّل طرح أول نموذج');
    await expect(page.getByLabel('ابحث في قاعدة المعرفة').count()).resolves.toBe(1);
    // Counted strings through i18next, with Arabic-Indic digits and the right plural form.
    await expect(page.locator('.counts').textContent()).resolves.toMatch(/[١-٩][٠-٩] كيانًا/);
    await expect(page.locator('.counts').textContent()).resolves.not.toMatch(/[0-9]/);
    // The layout mirrors: the heading starts at the right, the language switch sits at the left.
    const title = (await page.locator('.masthead__text').boundingBox())!;
    const toggle = (await page.locator('.switch').boundingBox())!;
    expect(toggle.x + toggle.width).toBeLessThan(title.x + 1);
    await page.screenshot({ path: `${shots}ar.png`, fullPage: false });
    await page.screenshot({ path: `${shots}ar-full.png`, fullPage: true });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('shows English left to right with ?lang=en', async () => {
    const page = await open('en');
    expect(await html(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await expect(page.locator('h1').textContent()).resolves.toContain('OpenAI delays its first');
    await expect(page.locator('.counts').textContent()).resolves.toMatch(/\b\d+ entities · \d+ events/);
    const title = (await page.locator('.masthead__text').boundingBox())!;
    const toggle = (await page.locator('.switch').boundingBox())!;
    expect(toggle.x).toBeGreaterThan(title.x + title.width - 1);
    await page.screenshot({ path: `${shots}en.png`, fullPage: false });
    await page.screenshot({ path: `${shots}en-full.png`, fullPage: true });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('switches language back and forth in the page, and the address follows', async () => {
    const page = await open('en');
    await page.getByRole('button', { name: 'العربية' }).click();
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    await expect(page.getByRole('button', { name: 'العربية' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('#entities-heading').textContent()).resolves.toContain('الكيانات');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await html(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect(page.locator('#entities-heading').textContent()).resolves.toContain('Entities');
    await page.getByRole('button', { name: 'العربية' }).click();
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect(page.title()).resolves.toContain('تؤجّل');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('finds records as they are typed: with diacritics, with a و or ال prefix, in the other script', async () => {
    const ar = await open('ar');
    expect((await results(ar, 'أَلْتْمَان'))[0]).toBe('entity:sam-altman');
    expect((await results(ar, 'وحرب المواهب'))[0]).toBe('term:talent-war');
    expect((await results(ar, 'الزوكربيرغ'))[0]).toBe('entity:mark-zuckerberg');
    expect((await results(ar, 'Kimi'))[0]).toBe('entity:kimi-k2');
    // The label of a hit is in the page's language, the other language beside it.
    await expect(ar.locator('#search-results li').first().locator('.result__label').textContent()).resolves.toContain('كيمي');
    await expect(ar.getByRole('status').textContent()).resolves.toMatch(/نتائج|نتيجة|نتيجتان/);
    const en = await open('en');
    expect((await results(en, 'زوكربيرغ'))[0]).toBe('entity:mark-zuckerberg');
    expect((await results(en, 'والتعهيد المفتوح'))[0]).toBe('term:open-sourcing');
    await expect(en.getByRole('status').textContent()).resolves.toMatch(/^\d+ results?$/);
    expect([...errorsOf(ar), ...errorsOf(en)]).toEqual([]);
    await ar.close();
    await en.close();
  });

  it('says when nothing is found', async () => {
    const page = await open('en');
    await page.getByRole('searchbox').fill('xqzzvw');
    await expect(page.getByRole('status').textContent()).resolves.toBe('Nothing found for “xqzzvw”.');
    await expect(page.locator('#search-results li').count()).resolves.toBe(0);
    await page.close();
  });

  it('works from the keyboard: skip link, search box, arrows through the results, Enter, Escape', async () => {
    const page = await open('en');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-box');
    await page.keyboard.type('Altman');
    await page.waitForSelector('#search-results li');
    const focused = () => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id') ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('sam-altman');
    await page.keyboard.press('ArrowDown');
    const second = await focused();
    expect(second).not.toBe('sam-altman');
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe('sam-altman');
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe('search-box');
    // Tab also reaches the results, in order, after the box.
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('sam-altman');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#entity-sam-altman');
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('names every control and list: the search box is labelled, the results and the language group too', async () => {
    const page = await open('ar');
    await expect(page.getByRole('searchbox', { name: 'ابحث في قاعدة المعرفة' }).getAttribute('type')).resolves.toBe('search');
    await expect(page.getByRole('group', { name: 'اللغة' }).count()).resolves.toBe(1);
    await expect(page.getByRole('list', { name: 'نتائج البحث' }).count()).resolves.toBe(1);
    await expect(page.getByRole('navigation', { name: 'الأقسام' }).count()).resolves.toBe(1);
    await page.close();
  });

  it.each(['ar', 'en'] as const)('has no serious or critical axe violation in %s', async (lang) => {
    const page = await open(lang);
    await results(page, lang === 'ar' ? 'ألتمان' : 'Altman');
    await page.locator('details.sources').first().evaluate((details) => details.setAttribute('open', ''));
    const { violations, passes, incomplete } = await new AxeBuilder({ page }).analyze();
    const summary = {
      lang,
      passes: passes.length,
      incomplete: incomplete.map((i) => ({ id: i.id, impact: i.impact, nodes: i.nodes.length, why: [...new Set(i.nodes.map((n) => n.any[0]?.message ?? ''))].slice(0, 3), targets: i.nodes.slice(0, 4).map((n) => n.target.join(' ')) })),
      violations: violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
    };
    writeFileSync(`${shots}axe-${lang}.json`, `${JSON.stringify(summary, null, 2)}\n`);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await page.close();
  });

  it.each(['ar', 'en'] as const)('renders each section in %s (screenshots for review)', async (lang) => {
    const page = await open(lang);
    await results(page, lang === 'ar' ? 'وحرب المواهب' : 'open-sourcing');
    await page.screenshot({ path: `${shots}${lang}-search.png` });
    for (const section of ['timeline', 'quotes', 'glossary']) {
      await page.locator(`#${section}`).evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.screenshot({ path: `${shots}${lang}-${section}.png` });
    }
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('opens straight from the folder (file://), its asset paths being relative', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`file://${dist}index.html?lang=ar`);
    await page.waitForSelector('#search-box');
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone screen in Arabic without sideways scrolling', async () => {
    const page = await open('ar', { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}ar-phone.png` });
    await page.close();
  });
});
