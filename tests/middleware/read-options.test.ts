/** The framework entries check their arguments when the middleware is made, never per request. */
import { describe, expect, it } from 'vitest';
import { localizedContent as express, type LocalizedContentOptions } from '../../src/express/index.js';
import { localizedContent as hono } from '../../src/hono/index.js';
import { ConfigError, createContentLibrary, type ContentLibrary } from '../../src/index.node.js';

const library = createContentLibrary({ defaultLocale: 'en', resources: { en: { articles: { a: { title: 'A' } } } } });

// [call, library, options, message part]
const bad: [string, unknown, unknown, string][] = [
  ['no library', undefined, undefined, 'the first argument must be a library'],
  ['a resources object instead of a library', { en: {} }, undefined, 'the first argument must be a library'],
  ['options that are a string', library, 'es', 'options must be an object'],
  ['a misspelt option', library, { redirect: true }, 'unknown option "redirect"'],
  ['url: 42', library, { url: 42 }, 'options.url'],
  ['origin with a path', library, { origin: 'https://example.org/news' }, 'options.origin'],
  ['origin without a scheme', library, { origin: 'example.org' }, 'options.origin'],
  ['redirectRoot: 1', library, { redirectRoot: 1 }, 'options.redirectRoot'],
  ['locales: "en"', library, { locales: 'en' }, 'options.locales'],
];

describe.each([
  ['localized-content/express', express],
  ['localized-content/hono', hono],
] as [string, (library: ContentLibrary, options?: LocalizedContentOptions) => unknown][])('%s', (entry, make) => {
  it.each(bad)('throws ConfigError INVALID_OPTION for %s', (_call, lib, options, part) => {
    const thrown = (() => {
      try {
        make(lib as ContentLibrary, options as LocalizedContentOptions);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect([thrown instanceof ConfigError, (thrown as ConfigError).code, (thrown as Error).message.startsWith(`${entry}: `), (thrown as Error).message.includes(part)]).toEqual([true, 'INVALID_OPTION', true, true]);
  });

  it('accepts every option there is', () => {
    const options: LocalizedContentOptions = {
      locales: ['en', 'es'], pathSegment: 1, query: false, cookie: 'site-lang', url: (l, id) => `/${l}/${id}`, origin: 'https://example.org/', redirectRoot: '/{locale}/home', links: { canonical: 'self', xDefault: false },
    };
    expect(typeof make(library, options)).toBe('function');
  });
});
