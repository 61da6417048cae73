/**
 * HTML injection: every `html` output (notices, switcher notes, "also available") stays one `<p>`
 * whose only markup is our own `<bdi>` (and the `<span lang>` runs of "English : autonym" labels), whatever a site override, an entry's metadata or a reader's
 * request contains; `lang` attributes only ever hold canonical tags.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, type LabelStyle } from '../../src/index.node.js';

const TAG = '[A-Za-z0-9-]+';
const OUTER = new RegExp(`^<p class="lc-notice lc-notice--[A-Za-z]+" role="note" lang="${TAG}" dir="(?:ltr|rtl)">([^]*)</p>$`);
const OWN_MARKUP = new RegExp(`<bdi(?: lang="${TAG}")?>|</bdi>|<span lang="${TAG}">|</span>`, 'g');

/** The body, once our own `<bdi>` and `<span lang>` tags are removed, holds no markup and no quote at all. */
function expectSafe(html: string | undefined): void {
  expect(html).toMatch(OUTER);
  const body = OUTER.exec(html!)![1]!.replace(OWN_MARKUP, '');
  expect(body).not.toMatch(/[<>"']/);
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</p><p>',
  '&lt;script&gt;',
  '<bdi lang="x" onclick="alert(1)">',
];

const overrides = (payload: string) => ({
  // ICU: a lone apostrophe is literal; `{...}` are the only arguments.
  unavailable: `${payload} {requested} ${payload} {served}`,
  partial: `${payload} {requested}`,
  outdated: `${payload} {updated, date, long}`,
  outdatedUndated: payload,
  outdatedSource: payload,
  alsoAvailable: `${payload}: {languages}`,
  fallbackLabel: `${payload} ({language})`,
});

function siteWith(payload: string, labelStyle: LabelStyle) {
  return createContentLibrary({
    defaultLocale: 'en',
    labelStyle,
    resources: {
      en: { articles: { a: { title: 'A', body: 'B', '@meta': { updated: payload } }, b: { title: 'Only en', body: 'x' } } },
      es: { articles: { a: { title: 'A es' } }, notice: overrides(payload) },
      ar: { articles: { a: { title: 'A ar', body: 'B ar', '@meta': { sourceHash: 'old' } } }, notice: overrides(payload) },
    },
  });
}

describe.each(PAYLOADS)('a site override containing %j', (payload) => {
  describe.each(['localized', 'autonym', 'english-autonym'] as const)('labelStyle %s', (labelStyle) => {
    const library = siteWith(payload, labelStyle);

    it.each([
      ['b', 'es'],
      ['a', 'es'],
      ['a', 'ar'],
      ['b', 'ar-EG'],
    ])('resolve(%j, %j).notice.html escapes it', (id, requested) => {
      const notice = library.resolve(id, requested)?.notice;
      expect(notice).not.toBeNull();
      expectSafe(notice?.html);
      expect(notice?.text).toContain(payload.includes("'") ? 'onmouseover' : payload);
    });

    it('switcher("b", "es") notes and alsoAvailable("a", "ar") escape it', () => {
      const notes = library.switcher('b', 'es')!.map((item) => item.note).filter((n) => n !== null);
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) expectSafe(note.html);
      expectSafe(library.alsoAvailable('a', 'ar')?.html);
    });
  });
});

describe('hostile requested values never reach an attribute raw', () => {
  const library = siteWith('x', 'english-autonym');
  const hostile = [
    'es"><script>alert(1)</script>',
    'es-MX" onmouseover="alert(1)',
    "ar' onclick='x",
    'es-<b>',
    'es;q=1,"><svg onload=alert(1)>',
    ['es" x="', 'ar<'],
    'x-"><script>',
    'es-u-ca-"><',
  ];

  it.each(hostile)('resolve("b", %j): canonical requested, safe html', (requested) => {
    const r = library.resolve('b', requested)!;
    expect(r.requested === null || /^[A-Za-z0-9-]+$/.test(r.requested)).toBe(true);
    if (r.notice !== null) expectSafe(r.notice.html);
    for (const a of r.alternates) expect(a.locale).toMatch(/^[A-Za-z0-9-]+$/);
  });
});

describe('locale keys that are no language tag, in an i18next instance passed in', () => {
  it('are never site languages or alternates, and resolve does not throw', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { articles: { a: { title: 'A' } } }, es: { articles: { b: { title: 'B' } } } }, fallbackLng: false, initAsync: false });
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    for (const locale of ['en"><script>alert(1)</script>', 'en US', 'de<']) {
      i18n.addResourceBundle(locale, 'articles', { a: { title: 'X' } });
      i18n.addResourceBundle(locale, 'notice', { unavailable: '{requested} {served}' });
    }
    expect(library.locales()).toEqual(['en', 'es']);
    const r = library.resolve('a', 'es')!;
    expect(r.alternates.map((a) => a.locale)).toEqual(['en']);
    expectSafe(r.notice?.html);
    expect(library.switcher('a', 'es')!.map((item) => item.locale)).toEqual(['en', 'es']);
  });

  it("a store locale such as 'en_US' (valid, not canonical) does not make resolve throw", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { articles: { a: { title: 'A' } } }, en_US: { articles: { a: { title: 'A us' } } } }, fallbackLng: false, initAsync: false });
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    expect(() => library.resolve('a', 'en-US')).not.toThrow();
    expect(() => library.switcher('a', 'es')).not.toThrow();
  });
});
