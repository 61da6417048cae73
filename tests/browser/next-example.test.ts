/**
 * examples/next, built with `next build` and served by `next start` on 127.0.0.1 (the package must
 * be built: `npm test` builds it first), then opened in headless Chromium. The page must load
 * nothing from outside the site. The screenshot is kept in tests/artifacts/.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch, screenshot } from './chromium.js';

const root = resolve(import.meta.dirname, '../..');
const example = resolve(root, 'examples/next');
const next = resolve(root, 'node_modules/next/dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const english = JSON.parse(readFileSync(resolve(root, 'examples/content/locales/en/articles.json'), 'utf8')) as Record<string, { title: string }>;

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let origin: string;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

async function started(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('next start did not answer within 60 s');
}

beforeAll(async () => {
  if (!existsSync(resolve(root, 'dist/react.js'))) throw new Error('build the package first: npm run build');
  await promisify(execFile)(process.execPath, [next, 'build', example], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that the server and any worker it starts are stopped together.
  server = spawn(process.execPath, [next, 'start', example, '-H', '127.0.0.1', '-p', String(port)], { cwd: root, env, detached: true, stdio: 'ignore' });
  await started(origin, server);
  if (hasChromium) browser = await launch();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

describe('examples/next over HTTP', () => {
  // [request, headers, status, Location, Vary of a redirect (Next adds its own Vary to pages)]
  const cases: [string, Record<string, string>, number, string | null, string | null][] = [
    ['/', { 'accept-language': 'es-ES,es;q=0.9' }, 302, '/es/', 'Cookie, Accept-Language'],
    ['/', { cookie: 'lang=ar', 'accept-language': 'es' }, 302, '/ar/', 'Cookie'],
    ['/', { 'accept-language': '*;q=abc, en_US, ' + 'x'.repeat(4000) }, 302, '/en/', 'Cookie, Accept-Language'],
    ['/', { cookie: 'lang=%E0%A4%A; lang=../../etc', 'accept-language': 'zz' }, 302, '/en/', 'Cookie, Accept-Language'],
    ['/es/articles/wco-uncac-2021', { 'accept-language': 'fr' }, 200, null, null],
    ['/es/articles/no-such-article', {}, 404, null, null],
    ['/de/articles/wco-uncac-2021', { 'accept-language': 'de' }, 404, null, null],
    ['/es/articles/..%2F..%2Fpackage.json', {}, 404, null, null],
  ];
  it.each(cases)('GET %s (case %#)', async (path, headers, status, location, vary) => {
    const response = await fetch(origin + path, { headers, redirect: 'manual' });
    const where = response.headers.get('location');
    const varies = response.headers.get('vary');
    // An article URL names its language: its answer never depends on the reader's headers.
    const readerVary = varies === null || (location === null && !/accept-language|cookie/i.test(varies)) ? null : varies;
    expect([response.status, where === null ? null : new URL(where, origin).pathname, readerVary]).toEqual([status, location, vary]);
  });
});

describe.skipIf(!hasChromium)('examples/next in Chromium', () => {
  it('/es/articles/wco-uncac-2021: Spanish notice and chrome, English body, hreflang links', async () => {
    const context = await browser!.newContext({ locale: 'es-ES', viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    const response = await page.goto(`${origin}/es/articles/wco-uncac-2021`);
    await page.screenshot({ path: screenshot('next-es-wco-uncac-2021'), fullPage: true });
    const notice = page.locator('[role="note"].lc-notice');
    const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect({
      status: response?.status(),
      htmlLang: await page.locator('html').getAttribute('lang'),
      noticeLang: await notice.getAttribute('lang'),
      notice: await notice.textContent(),
      bodyLang: await page.locator('.content').getAttribute('lang'),
      title: await page.locator('.content h1').textContent(),
      date: await page.locator('.date time').textContent(),
      hreflang,
      canonical: new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname,
      current: await page.locator('.lc-switcher a[aria-current="page"]').textContent(),
      outside,
    }).toEqual({
      status: 200,
      htmlLang: 'es',
      noticeLang: 'es',
      notice: 'Esta página no está disponible en español, por lo que se muestra en inglés.',
      bodyLang: 'en',
      title: english['wco-uncac-2021']!.title,
      date: 'Publicado el 17 de septiembre de 2021',
      hreflang: ['en', 'x-default'],
      canonical: '/en/articles/wco-uncac-2021',
      current: 'Español',
      outside: [],
    });
    await context.close();
  });
});
