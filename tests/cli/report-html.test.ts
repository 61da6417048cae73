import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCoverageHtml } from '../../src/cli/report-html.js';
import type { Coverage } from '../../src/tools/coverage/coverage.js';
import { cli, ROOT } from './run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const REPORT = join(ARTIFACTS, 'coverage-report.html');
const hasChromium = existsSync(CHROMIUM);

describe('renderCoverageHtml(coverage)', () => {
  it('escapes ids and titles, and loads nothing from outside the page', () => {
    const coverage: Coverage = {
      defaultLocale: 'en',
      namespace: 'articles',
      locales: ['en', 'ar'],
      rows: [{ id: 'x"><img src=y>', source: 'en', title: '<script>alert(1)</script>', cells: { en: ['source'], ar: ['missing'] } }],
      byLocale: {
        en: { translated: [], unverified: [], partial: [], outdated: [], missing: [], source: ['x'], unknown: [], total: 0, percent: { translated: 0, unverified: 0, partial: 0, outdated: 0, missing: 0 } },
        ar: { translated: [], unverified: [], partial: [], outdated: [], missing: ['x'], source: [], unknown: [], total: 1, percent: { translated: 0, unverified: 0, partial: 0, outdated: 0, missing: 100 } },
      },
    };
    const html = renderCoverageHtml(coverage);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-id="x&quot;&gt;&lt;img src=y&gt;"');
    expect(html).not.toMatch(/<(?:img|link|iframe)\b|<script\s+src/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
    expect(html).toContain('<span lang="ar" dir="rtl">');
  });
});

// CI installs Chromium (apt-get install chromium); without it this suite is skipped, saying why.
describe.skipIf(!hasChromium)(`status --html in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const run = await cli(['status', '--dir', 'examples/content/locales', '--html', REPORT]);
    expect(run.code).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(REPORT).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const visibleIds = () => page.$$eval('#matrix tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.id));

  it('renders the matrix: a row per entry, a column per locale, coloured cells with symbols', async () => {
    expect(await page.$$eval('#matrix thead th[data-locale]', (ths) => ths.map((th) => th.textContent))).toEqual(['en', 'ar', 'es', 'fr', 'ru', 'zh']);
    expect(await page.locator('#matrix tbody tr').count()).toBe(11);
    const cell = page.locator('tr[data-id="tariff-classification-2025"] td[data-locale="es"]');
    expect(await cell.getAttribute('class')).toBe('cell outdated');
    expect(await cell.textContent()).toBe('!');
    expect(await cell.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(255, 224, 178)');
    await page.screenshot({ path: join(ARTIFACTS, 'coverage-report.png'), fullPage: true });
  });

  it('shows a progress bar per locale, in proportion to its translations', async () => {
    expect(await page.locator('.locale').count()).toBe(6);
    expect(await page.locator('.locale[data-locale="es"] .percent').textContent()).toBe('40%');
    const width = await page.locator('.locale[data-locale="es"] .bar .translated').evaluate((el) => el.getBoundingClientRect().width);
    const total = await page.locator('.locale[data-locale="es"] .bar').evaluate((el) => el.getBoundingClientRect().width);
    expect(width / total).toBeCloseTo(4 / 10, 2);
  });

  it('filters rows with outdated, then missing translations, then by text', async () => {
    await page.check('#filter-outdated');
    expect(await visibleIds()).toEqual(['tariff-classification-2025']);
    expect(await page.textContent('#shown')).toBe('1 of 11 entries shown');
    await page.uncheck('#filter-outdated');
    await page.check('#filter-missing');
    expect(await visibleIds()).not.toContain('green-customs-2024');
    expect(await visibleIds()).toHaveLength(10);
    await page.uncheck('#filter-missing');
    await page.fill('#filter-text', 'origin');
    expect(await visibleIds()).toEqual(['rules-of-origin-faq']);
    await page.fill('#filter-text', '');
    expect(await visibleIds()).toHaveLength(11);
  });
});
