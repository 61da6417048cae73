/**
 * localized-content/react rendered by the real React 19 on the server (`renderToString`): what a
 * page sends before any JavaScript runs.
 */
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { AlternateLinks, ContentNotice, EntryField, LanguageSwitcher, fieldLanguage } from '../../src/react/index.js';
import { alternateLinks, createContentLibrary, switcherLinks, type ContentLibrary, type EntryFields, type Resolution } from '../../src/index.node.js';
import { siteResources } from '../fixtures/site.js';
import { exampleLibrary } from '../middleware/site-cases.js';

// createElement does not infer a generic component's type argument; JSX does.
const Field = EntryField<EntryFields>;

let library: ContentLibrary;
let seed: Resolution;
beforeAll(async () => {
  library = await exampleLibrary();
  seed = library.resolve('wco-uncac-2021', 'es-ES,es;q=0.9')!;
});

describe('ContentNotice', () => {
  it('renders the Spanish notice of the English-only article with lang="es"', () => {
    expect(renderToString(h(ContentNotice, { notice: seed.notice }))).toBe(
      '<p class="lc-notice lc-notice--unavailable" role="note" lang="es" dir="ltr">Esta página no está disponible en <bdi>español</bdi>, por lo que se muestra en <bdi>inglés</bdi>.</p>',
    );
  });

  it('keeps each language name\'s own lang in the seed\'s "English name : autonym" style', () => {
    const seedStyle = createContentLibrary({ defaultLocale: 'en', resources: library.i18n.store.data, labelStyle: 'english-autonym' });
    const html = renderToString(h(ContentNotice, { notice: seedStyle.resolve('wco-uncac-2021', 'es')!.notice }));
    expect(html).toBe(
      '<p class="lc-notice lc-notice--unavailable" role="note" lang="es" dir="ltr">Esta página no está disponible en ' +
        '<bdi><span lang="en">Spanish</span> : <span lang="es">Español</span></bdi>, por lo que se muestra en ' +
        '<bdi><span lang="en">English</span> : <span lang="en">English</span></bdi>.</p>',
    );
  });

  it('renders the text of a notice that carries no HTML, escaped', () => {
    const notice = { kind: 'partial', locale: 'fr', dir: 'ltr', text: 'Partiellement <traduit>', html: '' } as const;
    expect(renderToString(h(ContentNotice, { notice, className: 'note' }))).toBe('<p class="note" role="note" lang="fr" dir="ltr">Partiellement &lt;traduit&gt;</p>');
  });

  it('renders an Arabic notice right-to-left, the Latin language name isolated', () => {
    const html = renderToString(h(ContentNotice, { notice: library.resolve('wco-uncac-2021', 'ar')!.notice }));
    expect(html).toMatch(/^<p class="lc-notice lc-notice--unavailable" role="note" lang="ar" dir="rtl">[^<]+<bdi>العربية<\/bdi>[^<]+<bdi>الإنجليزية<\/bdi>[^<]*<\/p>$/);
  });

  // [call, notice]
  it.each([
    ['no notice (content in the reader\'s language)', library0 => library0.resolve('single-window-guide', 'fr')!.notice],
    ['an unknown reader language (no noise)', library0 => library0.resolve('wco-uncac-2021', 'de')!.notice],
    ['a hostile header', library0 => library0.resolve('wco-uncac-2021', '\u0000<script>*;q=9,'.repeat(500))!.notice],
    ['undefined', () => undefined],
  ] as [string, (l: ContentLibrary) => Resolution['notice'] | undefined][])('renders nothing for %s', (_name, notice) => {
    expect(renderToString(h(ContentNotice, { notice: notice(library) }))).toBe('');
  });
});

describe('LanguageSwitcher', () => {
  it('links every site language, marks the current one, notes fallbacks in the reader\'s language', () => {
    const items = switcherLinks(library.switcher('wco-uncac-2021', 'es'), { url: '/{locale}/articles/{id}', id: 'wco-uncac-2021' });
    const html = renderToString(h(LanguageSwitcher, { items, label: 'Idiomas' }));
    expect(html).toContain('<nav class="lc-switcher" aria-label="Idiomas"><ul>');
    expect(html).toContain('<li><a href="/en/articles/wco-uncac-2021" hrefLang="en" lang="en" dir="ltr">English</a></li>');
    expect(html).toContain(
      '<li><a href="/es/articles/wco-uncac-2021" hrefLang="en" lang="es" dir="ltr" aria-current="page">Español</a> <span class="lc-switcher-note" lang="es" dir="ltr">(en inglés)</span></li>',
    );
    expect(html).toContain('<a href="/ar/articles/wco-uncac-2021" hrefLang="en" lang="ar" dir="rtl">العربية</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('renders nothing for an unknown id', () => {
    expect(renderToString(h(LanguageSwitcher, { items: switcherLinks(library.switcher('__proto__', 'es'), { url: '/{locale}/' }) }))).toBe('');
  });
});

describe('AlternateLinks', () => {
  it('renders canonical, hreflang and x-default links of the English original', () => {
    const links = alternateLinks(seed, { url: 'https://news.example/{locale}/articles/{id}' });
    expect(renderToString(h(AlternateLinks, { links }))).toBe(
      '<link rel="canonical" href="https://news.example/en/articles/wco-uncac-2021"/>' +
        '<link rel="alternate" hrefLang="en" href="https://news.example/en/articles/wco-uncac-2021"/>' +
        '<link rel="alternate" hrefLang="x-default" href="https://news.example/en/articles/wco-uncac-2021"/>',
    );
  });

  it('escapes what a URL function returns', () => {
    const links = alternateLinks(seed, { url: (locale) => `https://news.example/"><script>/${locale}`, canonical: 'none' });
    const html = renderToString(h(AlternateLinks, { links }));
    expect([html.includes('<script>'), html.includes('&quot;&gt;&lt;script&gt;')]).toEqual([false, true]);
  });
});

describe('EntryField', () => {
  it('marks the English body of the Spanish page with lang="en"', () => {
    expect(renderToString(h(Field, { resolution: seed, field: 'title', as: 'h1' }))).toMatch(/^<h1 lang="en" dir="ltr">[^<]+<\/h1>$/);
    expect(renderToString(h(Field, { resolution: seed, field: 'body', html: true, className: 'content' }))).toMatch(/^<div class="content" lang="en" dir="ltr"><p>/);
  });

  it('escapes a text field, and renders nothing for a missing or inherited one', () => {
    const r = { ...seed, entry: { title: '<script>alert(1)</script>' } };
    expect(renderToString(h(Field, { resolution: r, field: 'title' }))).toBe('<div lang="en" dir="ltr">&lt;script&gt;alert(1)&lt;/script&gt;</div>');
    expect(renderToString(h(Field, { resolution: r, field: 'summary' }))).toBe('');
    expect(renderToString(h(Field, { resolution: r, field: 'constructor' }))).toBe('');
  });

  it('gives each field of a partial translation the language it came from', () => {
    // The Spanish "report" has its own title only: the body and date come from the English source.
    const site = createContentLibrary({ defaultLocale: 'en', resources: siteResources(), locales: ['en', 'es', 'ar'] });
    const partial = site.resolve('report', 'es')!;
    expect([fieldLanguage(partial, 'title'), fieldLanguage(partial, 'body')]).toEqual([{ lang: 'es', dir: 'ltr' }, { lang: 'en', dir: 'ltr' }]);
    expect(renderToString(h(Field, { resolution: partial, field: 'title', as: 'h1' }))).toBe('<h1 lang="es" dir="ltr">Informe anual</h1>');
    expect(renderToString(h(Field, { resolution: partial, field: 'body', html: true }))).toBe('<div lang="en" dir="ltr"><p>The year in figures.</p></div>');
  });

  it('takes a field\'s direction from the locale it came from', () => {
    const r = { ...seed, dir: 'rtl', locale: 'ar', fieldLocales: { ...seed.fieldLocales, body: 'en' } } as Resolution;
    expect(fieldLanguage(r, 'body')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});

describe('a whole document', () => {
  it('puts the alternate links in <head>, the notice and the English body in <body>', () => {
    const links = alternateLinks(seed, { url: 'https://news.example/{locale}/articles/{id}' });
    const page = h('html', { lang: seed.uiLocale }, h('head', null, h('title', null, 'x')), h('body', null, h(AlternateLinks, { links }), h(ContentNotice, { notice: seed.notice }), h(Field, { resolution: seed, field: 'body', html: true })));
    const html = renderToString(page);
    const head = html.slice(0, html.indexOf('</head>'));
    expect([html.startsWith('<html lang="es">'), head.includes('hrefLang="x-default"'), /<body><p class="lc-notice[^"]*" role="note" lang="es"/.test(html)]).toEqual([true, true, true]);
  });
});
