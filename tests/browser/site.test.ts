/**
 * The example site in headless Chromium: what a reader sees. Screenshots go to tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startSite, type RunningSite } from '../../examples/site/server.mjs';
import { hasChromium, launch, screenshot } from './chromium.js';

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  [site, browser] = await Promise.all([startSite({ port: 0 }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens `path` for a reader whose browser is set to `locale`. */
async function open(path: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status()).toBe(200);
  return page;
}

const attr = (page: Page, selector: string, name: string) => page.locator(selector).first().getAttribute(name);
const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

describe.skipIf(!hasChromium)('the example site in Chromium', () => {
  it('/es/articles/wco-uncac-2021: Spanish notice above the English article, date in Spanish', async () => {
    const page = await open('/es/articles/wco-uncac-2021', 'es-ES');
    await page.screenshot({ path: screenshot('site-es-wco-uncac-2021'), fullPage: true });
    expect(await attr(page, 'html', 'lang')).toBe('es');
    const notice = page.locator('.lc-notice--unavailable');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect([await notice.getAttribute('lang'), await notice.getAttribute('dir')]).toEqual(['es', 'ltr']);
    expect(await notice.innerText()).toMatch(/no está disponible en español.*inglés/);
    expect(await page.locator('.date').innerText()).toBe('Publicado el 17 de septiembre de 2021');
    expect([await attr(page, '.content', 'lang'), await attr(page, '.content', 'dir')]).toEqual(['en', 'ltr']);
    expect(await page.locator('.content h1').innerText()).toBe('Customs integrity on the agenda at UN anti-corruption talks');
    // The banner is set apart from the page and sits above the article.
    expect(await style(page, '.lc-notice', 'background-color')).not.toBe(await style(page, 'main', 'background-color'));
    const [noticeBox, bodyBox] = await Promise.all([notice.boundingBox(), page.locator('.content').boundingBox()]);
    expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(bodyBox!.y);
    await page.context().close();
  });

  it("/ar/articles/wco-uncac-2021: an Arabic reader's banner is right-to-left, the body left-to-right", async () => {
    const page = await open('/ar/articles/wco-uncac-2021', 'ar');
    await page.screenshot({ path: screenshot('site-ar-wco-uncac-2021'), fullPage: true });
    expect([await attr(page, 'html', 'lang'), await attr(page, 'html', 'dir')]).toEqual(['ar', 'rtl']);
    expect(await style(page, '.lc-notice', 'direction')).toBe('rtl');
    expect(await attr(page, '.lc-notice', 'lang')).toBe('ar');
    // `border-inline-start` lands on the right in a right-to-left banner.
    expect(await style(page, '.lc-notice', 'border-right-width')).toBe('5px');
    expect(await style(page, '.content', 'direction')).toBe('ltr');
    expect(await page.locator('.date').innerText()).toMatch(/^نُشر في .*سبتمبر/);
    await page.context().close();
  });

  it('the switcher: every language, the current one marked, fallbacks noted, links that work', async () => {
    const page = await open('/es/articles/wco-uncac-2021', 'es-ES');
    const links = page.locator('nav.switcher a');
    expect(await links.evaluateAll((as) => as.map((a) => [a.getAttribute('lang'), a.getAttribute('href'), a.getAttribute('aria-current')]))).toEqual([
      ['en', '/en/articles/wco-uncac-2021', null],
      ['fr', '/fr/articles/wco-uncac-2021', null],
      ['es', '/es/articles/wco-uncac-2021', 'page'],
      ['ru', '/ru/articles/wco-uncac-2021', null],
      ['ar', '/ar/articles/wco-uncac-2021', null],
      ['zh', '/zh/articles/wco-uncac-2021', null],
    ]);
    expect(await page.locator('nav.switcher .note').allInnerTexts()).toEqual(Array(5).fill('(en inglés)'));
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL('**/fr/articles/wco-uncac-2021');
    expect(await attr(page, 'html', 'lang')).toBe('fr');
    expect(await page.locator('.lc-notice').innerText()).toMatch(/français/);
    await page.context().close();
  });

  it('/es/: the index lists every article with its languages, in Spanish', async () => {
    const page = await open('/es/', 'es-ES');
    await page.screenshot({ path: screenshot('site-es-index'), fullPage: true });
    expect(await page.locator('h1').innerText()).toBe('Últimos artículos');
    expect(await page.locator('.articles li').count()).toBe(site.library.ids().length);
    await page.context().close();
  });
});
