/**
 * alternateLinks: the `<link rel="canonical">` and `<link rel="alternate" hreflang>` set of a page
 * (HTML Living Standard §4.6.7.1 "Link type alternate"; hreflang values are BCP 47 tags, plus
 * `x-default` as search engines define it for readers no language matches).
 *
 * hreflang names only the locales the entry really exists in: a page that falls back to English
 * is not "the Spanish version". Its canonical link then points, by default, at the version it
 * shows, so that search engines index the English original once rather than a duplicate per
 * language.
 */
import { escapeHtml } from '../notice/html.js';
import type { VersionStatus } from '../content/store.js';
import { localeUrl, type LocaleUrl } from './locale-url.js';

/**
 * Where a page's canonical link points:
 * - `'served'` (default): the URL of the locale whose content is shown (`/es/…` showing English → `/en/…`);
 * - `'self'`: the page's own URL, for sites that want each language's page indexed for its chrome;
 * - `'none'`: no canonical link.
 */
export type CanonicalPolicy = 'served' | 'self' | 'none';

export interface AlternateLinksOptions {
  /** The URL of an entry in a locale: a function or a `{locale}`/`{id}` pattern. */
  readonly url: LocaleUrl;
  /** The locale whose URL is `x-default`. Default: the entry's source; `false` for none. */
  readonly xDefault?: string | false;
  readonly canonical?: CanonicalPolicy;
}

export interface AlternateLink {
  /** A BCP 47 tag, or `'x-default'`. */
  readonly hreflang: string;
  readonly href: string;
}

export interface AlternateLinks {
  readonly canonical: string | null;
  /** One link per locale the entry is available in, then `x-default`. */
  readonly alternates: readonly AlternateLink[];
  /** The `<link>` elements for `<head>`, one a line, every value escaped. */
  readonly html: string;
}

/** What the links need: a `Resolution`, or a page that is not an entry (an index in every language). */
export interface LinkedPage {
  readonly id: string;
  /** The reader's site language: the page's own URL is in it. */
  readonly uiLocale: string;
  /** The locale of the content shown. */
  readonly locale: string;
  /** The locales the page exists in; the one with status `'source'` is the default `x-default`. */
  readonly alternates: readonly { readonly locale: string; readonly status?: VersionStatus }[];
}

/**
 * @example
 * const r = library.resolve('wco-uncac-2021', 'es')!; // English only
 * alternateLinks(r, { url: 'https://example.org/{locale}/articles/{id}' }).html;
 * // <link rel="canonical" href="https://example.org/en/articles/wco-uncac-2021">
 * // <link rel="alternate" hreflang="en" href="https://example.org/en/articles/wco-uncac-2021">
 * // <link rel="alternate" hreflang="x-default" href="https://example.org/en/articles/wco-uncac-2021">
 */
export function alternateLinks(page: LinkedPage, options: AlternateLinksOptions): AlternateLinks {
  const href = (locale: string): string => localeUrl(options.url, locale, page.id);
  const alternates: AlternateLink[] = page.alternates.map((a) => ({ hreflang: a.locale, href: href(a.locale) }));
  const xDefault = options.xDefault ?? page.alternates.find((a) => a.status === 'source')?.locale ?? page.alternates[0]?.locale;
  if (xDefault !== false && xDefault !== undefined) alternates.push({ hreflang: 'x-default', href: href(xDefault) });

  const policy = options.canonical ?? 'served';
  const canonical = policy === 'none' ? null : href(policy === 'self' ? page.uiLocale : page.locale);

  const lines = alternates.map((a) => `<link rel="alternate" hreflang="${escapeHtml(a.hreflang)}" href="${escapeHtml(a.href)}">`);
  if (canonical !== null) lines.unshift(`<link rel="canonical" href="${escapeHtml(canonical)}">`);
  return { canonical, alternates, html: lines.join('\n') };
}
