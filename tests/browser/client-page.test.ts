/**
 * The client-side page: the package's browser entry bundled by esbuild, run in headless Chromium
 * with the reader's languages from `navigator.languages`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildBrowserPage, type BrowserBuild } from '../../examples/browser/build.mjs';
import { startSite, type RunningSite } from '../../examples/site/server.mjs';
import { hasChromium, launch, screenshot } from './chromium.js';

let site: RunningSite;
let browser: Browser;
let bundle: BrowserBuild;

beforeAll(async () => {
  bundle = await buildBrowserPage();
  if (!hasChromium) return;
  [site, browser] = await Promise.all([startSite({ port: 0 }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the browser bundle', () => {
  it('is built from the browser entry (dist/index.js), not the Node entry, and carries only its catalogs', () => {
    expect(bundle.inputs).toContain('dist/index.js');
    expect(bundle.inputs.filter((f) => f.includes('index.node') || f.startsWith('node:'))).toEqual([]);
    expect(bundle.inputs.filter((f) => f.startsWith('dist/catalogs/')).sort()).toEqual(
      ['ar', 'es', 'fr', 'ru', 'zh'].map((l) => `dist/catalogs/${l}.js`),
    );
  });
});

/** Opens the client page for a browser set to `locale`; fails on any page error or non-local request. */
async function open(locale: string, query = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => !request.url().startsWith(site.url) && errors.push(`request to ${request.url()}`));
  await page.goto(`${site.url}/browser/${query}`);
  await page.locator('article').waitFor();
  return { page, errors };
}

describe.skipIf(!hasChromium)('the client-side page in Chromium', () => {
  it('navigator.languages = es-ES: Spanish notice and date above the English article', async () => {
    const { page, errors } = await open('es-ES');
    await page.screenshot({ path: screenshot('browser-es'), fullPage: true });
    expect(await page.evaluate(() => navigator.languages[0])).toBe('es-ES');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const notice = page.locator('.lc-notice');
    expect([await notice.getAttribute('lang'), await notice.getAttribute('dir')]).toEqual(['es', 'ltr']);
    expect(await notice.innerText()).toMatch(/no está disponible en español.*inglés/);
    expect(await page.locator('.date').innerText()).toBe('Publicado el 17 de septiembre de 2021');
    expect(await page.locator('.content').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('navigator.languages = ar: a right-to-left notice in Arabic', async () => {
    const { page, errors } = await open('ar');
    await page.screenshot({ path: screenshot('browser-ar'), fullPage: true });
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.lc-notice').evaluate((el) => [(el as HTMLElement).lang, getComputedStyle(el).direction])).toEqual(['ar', 'rtl']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('?id=green-customs-2024, navigator.languages = zh-CN: the Chinese translation, no notice', async () => {
    const { page, errors } = await open('zh-CN', '?id=green-customs-2024');
    expect(await page.locator('.content').getAttribute('lang')).toBe('zh');
    expect(await page.locator('.lc-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('its switcher links to the same article in another language', async () => {
    const { page, errors } = await open('es-ES');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(/lang=ru/);
    await page.locator('article').waitFor();
    expect(await page.locator('.lc-notice').getAttribute('lang')).toBe('ru');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
