/**
 * Right-to-left notices with "English name : autonym" labels, laid out by Chromium: in `text` (with
 * its isolates) and in `html` (with `<bdi>`), each label reads the same way, and the two labels of a
 * sentence keep their order. A screenshot is kept in tests/artifacts/ for people to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { escapeHtml } from '../../src/notice/html.js';
import { englishOnlySite } from '../notice/site.js';
import { hasChromium, launch, screenshot } from './chromium.js';

const RTL = [
  ['ar', 'Arabic', 'العربية'],
  ['fa', 'Persian', 'فارسی'],
  ['he', 'Hebrew', 'עברית'],
  ['ur', 'Urdu', 'اردو'],
] as const;

const library = englishOnlySite(RTL.map(([locale]) => locale), 'english-autonym');

/** Both renderings of each notice on one line each (so positions compare), ids `<locale>-text` and `<locale>-html`. */
function page(): string {
  const blocks = RTL.map(([locale]) => {
    const notice = library.resolve('article', locale)!.notice!;
    return `<section><h2 dir="ltr">${locale}</h2>
      <p dir="ltr" class="what">text</p><div id="${locale}-text"><p lang="${locale}" dir="${notice.dir}">${escapeHtml(notice.text)}</p></div>
      <p dir="ltr" class="what">html</p><div id="${locale}-html">${notice.html}</div></section>`;
  });
  return `<!doctype html><meta charset="utf-8"><style>body{font:18px/1.6 "DejaVu Sans",sans-serif;margin:16px} [id] p{white-space:nowrap;margin:0 0 8px}
    .what{font-size:12px;color:#777;margin:0} section{border-bottom:1px solid #ccc}</style>${blocks.join('\n')}`;
}

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The left edge of the `nth` occurrence of `needle` in the element's text, as laid out. */
function leftOf([id, needle, nth]: readonly [string, string, number]): number {
  const root = document.getElementById(id)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      if (seen++ === nth) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        return range.getBoundingClientRect().left;
      }
    }
  }
  throw new Error(`${needle} #${nth} not in #${id}`);
}

describe.skipIf(!hasChromium)('right-to-left notices in Chromium', () => {
  it.each(RTL)('%s: text and html lay out both labels the same way', async (locale, english, autonym) => {
    const tab = await browser.newPage({ viewport: { width: 1500, height: 800 } });
    await tab.setContent(page());
    if (locale === RTL[0][0]) await tab.screenshot({ path: screenshot('notice-bidi-rtl'), fullPage: true });
    const at = (rendering: string, needle: string, nth = 0) => tab.evaluate(leftOf, [`${locale}-${rendering}`, needle, nth] as const);
    for (const rendering of ['text', 'html']) {
      const name = await at(rendering, english);
      const own = await at(rendering, autonym);
      const servedName = await at(rendering, 'English', 0);
      const servedOwn = await at(rendering, 'English', 1);
      // Each label is left to right inside ("Arabic : العربية"), as its first letter says.
      expect(name, `${rendering}: ${english} left of ${autonym}`).toBeLessThan(own);
      expect(servedName, `${rendering}: English name left of the autonym`).toBeLessThan(servedOwn);
      // The sentence is right to left: the reader's language, named first, stands to the right.
      expect(name, `${rendering}: the requested label right of the served one`).toBeGreaterThan(servedOwn);
    }
    await tab.close();
  });
});
