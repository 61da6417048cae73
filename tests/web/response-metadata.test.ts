import { describe, expect, it } from 'vitest';
import { alternateLinks, localeUrl, responseHeaders, switcherLinks, type LinkedPage, type SwitcherItem } from '../../src/index.js';

// A Spanish reader's page for an entry that exists in English (the source) and French.
const fallbackPage: LinkedPage = {
  id: 'wco-uncac-2021',
  uiLocale: 'es',
  locale: 'en',
  alternates: [
    { locale: 'en', status: 'source' },
    { locale: 'fr', status: 'translated' },
  ],
};
const url = 'https://example.org/{locale}/articles/{id}';

describe('responseHeaders(content, language)', () => {
  // [call, content, language, expected]
  const cases: [string, { locale: string } | null, { vary: readonly string[] } | undefined, Record<string, string>][] = [
    ["responseHeaders({ locale: 'en' })", { locale: 'en' }, undefined, { 'Content-Language': 'en' }],
    ["responseHeaders({ locale: 'en' }, { vary: [] }) (the URL decided)", { locale: 'en' }, { vary: [] }, { 'Content-Language': 'en' }],
    ["responseHeaders({ locale: 'zh-Hant' }, header decided)", { locale: 'zh-Hant' }, { vary: ['Cookie', 'Accept-Language'] }, { 'Content-Language': 'zh-Hant', Vary: 'Cookie, Accept-Language' }],
    ['responseHeaders(null, header decided)', null, { vary: ['Accept-Language'] }, { Vary: 'Accept-Language' }],
    ['responseHeaders({ locale: "en\\r\\nSet-Cookie: x" }) (never a broken header)', { locale: 'en\r\nSet-Cookie: x' }, undefined, {}],
  ];
  it.each(cases)('%s', (_, content, language, expected) => {
    expect(responseHeaders(content, language)).toEqual(expected);
  });
});

describe('alternateLinks(page, options)', () => {
  it('alternateLinks(fallbackPage, { url }) links every available locale, x-default to the source, canonical to the version shown', () => {
    const links = alternateLinks(fallbackPage, { url });
    expect(links.canonical).toBe('https://example.org/en/articles/wco-uncac-2021');
    expect(links.alternates).toEqual([
      { hreflang: 'en', href: 'https://example.org/en/articles/wco-uncac-2021' },
      { hreflang: 'fr', href: 'https://example.org/fr/articles/wco-uncac-2021' },
      { hreflang: 'x-default', href: 'https://example.org/en/articles/wco-uncac-2021' },
    ]);
    expect(links.html.split('\n')).toEqual([
      '<link rel="canonical" href="https://example.org/en/articles/wco-uncac-2021">',
      '<link rel="alternate" hreflang="en" href="https://example.org/en/articles/wco-uncac-2021">',
      '<link rel="alternate" hreflang="fr" href="https://example.org/fr/articles/wco-uncac-2021">',
      '<link rel="alternate" hreflang="x-default" href="https://example.org/en/articles/wco-uncac-2021">',
    ]);
  });

  it('alternateLinks(fallbackPage, { url }) never offers the fallback page as the Spanish version', () => {
    expect(alternateLinks(fallbackPage, { url }).alternates.map((a) => a.hreflang)).not.toContain('es');
  });

  // [call, options, expected canonical, expected x-default href]
  const policies: [string, Parameters<typeof alternateLinks>[1], string | null, string | undefined][] = [
    ["{ canonical: 'self' }", { url, canonical: 'self' }, 'https://example.org/es/articles/wco-uncac-2021', 'https://example.org/en/articles/wco-uncac-2021'],
    ["{ canonical: 'none' }", { url, canonical: 'none' }, null, 'https://example.org/en/articles/wco-uncac-2021'],
    ["{ xDefault: 'fr' }", { url, xDefault: 'fr' }, 'https://example.org/en/articles/wco-uncac-2021', 'https://example.org/fr/articles/wco-uncac-2021'],
    ['{ xDefault: false }', { url, xDefault: false }, 'https://example.org/en/articles/wco-uncac-2021', undefined],
    ['{ url: (locale, id) => … }', { url: (l, id) => `/${id}?hl=${l}` }, '/wco-uncac-2021?hl=en', '/wco-uncac-2021?hl=en'],
  ];
  it.each(policies)('alternateLinks(fallbackPage, %s)', (_, opts, canonical, xDefault) => {
    const links = alternateLinks(fallbackPage, opts);
    expect([links.canonical, links.alternates.find((a) => a.hreflang === 'x-default')?.href]).toEqual([canonical, xDefault]);
  });

  it('alternateLinks(page with a hostile id) percent-encodes it in the URL and escapes the HTML', () => {
    const page: LinkedPage = { id: '"><script>x</script>', uiLocale: 'en', locale: 'en', alternates: [{ locale: 'en', status: 'source' }] };
    const fromPattern = alternateLinks(page, { url });
    expect(fromPattern.alternates[0]!.href).toBe('https://example.org/en/articles/%22%3E%3Cscript%3Ex%3C%2Fscript%3E');
    const fromFunction = alternateLinks(page, { url: (l, id) => `/${l}/${id}` });
    expect(fromFunction.html).toContain('href="/en/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(fromFunction.html).not.toContain('<script>');
  });
});

describe('localeUrl(url, locale, id)', () => {
  it.each([
    ['/{locale}/articles/{id}', 'es', 'a b', '/es/articles/a%20b'],
    ['/{locale}/', 'zh-Hant', undefined, '/zh-Hant/'],
    ['?id={id}&lang={locale}', 'fr', 'x&y=1', '?id=x%26y%3D1&lang=fr'],
  ])('localeUrl(%j, %j, %j) → %j', (pattern, locale, id, expected) => {
    expect(localeUrl(pattern, locale, id)).toBe(expected);
  });
});

describe('switcherLinks(items, { url, id })', () => {
  const items: SwitcherItem[] = [
    { id: 'x', locale: 'en', label: 'English', dir: 'ltr', current: false, served: 'en', note: null },
    { id: 'x', locale: 'es', label: 'Español', dir: 'ltr', current: true, served: 'en', note: { locale: 'es', dir: 'ltr', text: '(en inglés)', html: '' } },
  ];
  it("switcherLinks(items, { url: '/{locale}/articles/{id}', id: 'x' }) adds each item's href", () => {
    expect(switcherLinks(items, { url: '/{locale}/articles/{id}', id: 'x' }).map((i) => [i.locale, i.current, i.href, i.note?.text ?? null])).toEqual([
      ['en', false, '/en/articles/x', null],
      ['es', true, '/es/articles/x', '(en inglés)'],
    ]);
  });
  it('switcherLinks(null, …) is empty (unknown entry)', () => {
    expect(switcherLinks(null, { url: '/{locale}/' })).toEqual([]);
  });
});
