/**
 * Negotiation at the edge of the site: `/` goes to the reader's language (the `lang` cookie or
 * `?lang=`, else Accept-Language), with `Vary` so that caches keep one answer per reader. Every
 * other URL names its language in its first segment and is served as it is: an article URL is
 * never redirected, and an unknown locale is a 404 (app/global-not-found.jsx).
 */
import { NextResponse } from 'next/server';
import { requestLanguage } from 'localized-content';
import { library } from './lib/library.js';

export function proxy(request) {
  const lang = requestLanguage(request, { locales: library.locales() });
  const { uiLocale } = library.reader(lang.requested);
  const response = NextResponse.redirect(new URL(`/${uiLocale}/`, request.url), 302);
  if (lang.vary.length > 0) response.headers.set('Vary', lang.vary.join(', '));
  response.headers.set('Cache-Control', 'private');
  return response;
}

export const config = { matcher: ['/'] };
