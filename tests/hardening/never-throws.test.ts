/**
 * Request-time functions never throw and still answer correctly, whatever a caller passes as
 * `requested` or `available`: revoked Proxies, arrays whose elements throw when read, arrays
 * without a prototype, huge sparse arrays; helpers with invalid options; store keys that are
 * valid tags but not canonical.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, ConfigError, formatDate, formatList, negotiate, parseAcceptLanguage, requestLanguage } from '../../src/index.node.js';

const article = (title: string) => ({ title, body: `<p>${title}</p>` });
const resources = {
  en: { articles: { a: article('A'), b: article('B') } },
  fr: { articles: { a: article('A fr') } },
  es: { articles: { b: article('B es') } },
};

function revoked(): unknown {
  const { proxy, revoke } = Proxy.revocable(['fr'], {});
  revoke();
  return proxy;
}
const throwingElement = (): unknown => {
  const list = ['de', 'x', 'fr'];
  Object.defineProperty(list, 1, { get: () => { throw new Error('element getter'); } });
  return list;
};
const throwingLength = (): unknown => new Proxy(['fr'], { get: (target, key) => { if (key === 'length') throw new Error('length'); return Reflect.get(target, key); } });
const nullPrototype = (): unknown => Object.setPrototypeOf(['fr', 'en'], null);
const sparse = (): unknown => {
  const list: string[] = [];
  list.length = 2 ** 32 - 1;
  list[0] = 'fr';
  return list;
};
const trapAll = (): unknown => new Proxy(['fr'], { get() { throw new Error('any read'); }, has() { throw new Error('has'); }, ownKeys() { throw new Error('keys'); }, getPrototypeOf() { throw new Error('proto'); } });

/** [name, make the value, the locale `negotiate(value, ['en', 'fr'])` answers (its readable preferences)] */
const hostile: [string, () => unknown, string | null][] = [
  ['a revoked Proxy', revoked, null],
  ['an array whose 2nd element throws when read', throwingElement, 'fr'],
  ['a Proxy whose length throws', throwingLength, null],
  ['an array without a prototype', nullPrototype, 'fr'],
  ['a sparse array of length 2^32 − 1', sparse, 'fr'],
  ['a Proxy whose every trap throws', trapAll, null],
  ['an object whose toString throws', () => ({ toString() { throw new Error('toString'); } }), null],
];

describe('hostile `requested` values', () => {
  const library = createContentLibrary({ defaultLocale: 'en', resources });
  it.each(hostile)('%s: negotiate, parseAcceptLanguage and every library method answer', (_name, make, expected) => {
    expect(negotiate(make() as never, ['en', 'fr']).locale).toBe(expected);
    expect(parseAcceptLanguage(make() as never)).toEqual([]);
    expect(library.resolve('a', make() as never)?.locale).toBe(expected ?? 'en');
    expect(library.reader(make() as never).uiLocale).toBe(expected ?? 'en');
    expect(library.switcher('a', make() as never)).toHaveLength(3);
    expect(() => library.alsoAvailable('a', make() as never)).not.toThrow();
    expect(library.resolve(make() as never, 'fr')).toBeNull();
  });

  it.each(hostile)('%s as `available`: negotiate answers from what can be read', (_name, make) => {
    expect(() => negotiate('fr', make() as string[])).not.toThrow();
  });

  it('a sparse `available` of length 2^32 − 1 answers at once', () => {
    const start = performance.now();
    expect(negotiate('fr', sparse() as string[]).locale).toBe('fr');
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});

describe('hostile request objects (found by npm run fuzz)', () => {
  const hostileRequests: [string, () => unknown][] = [
    ...hostile.map(([name, make]): [string, () => unknown] => [name, make]),
    ['a request whose url getter throws', () => Object.defineProperty({ headers: {} }, 'url', { get: () => { throw new Error('url'); } })],
    ['a request whose headers.get throws', () => ({ url: '/x', headers: { get: () => { throw new Error('get'); } } })],
    ['Node headers whose repeated value is a revoked Proxy', () => ({ url: '/x', headers: { 'accept-language': revoked() } })],
    ['Node headers whose repeated value is a sparse array of length 2^32 − 1', () => ({ url: '/x', headers: { 'accept-language': sparse() } })],
  ];
  it.each(hostileRequests)('requestLanguage(%s) reads it as a request with no language', (_name, make) => {
    expect(requestLanguage(make() as never, { locales: ['en', 'fr'] })).toEqual({ requested: [], source: 'default', pathLocale: null, vary: ['Cookie', 'Accept-Language'] });
  });
});

describe('formatList takes only the strings of a list', () => {
  it.each([
    [[['nested'], 'inglés', 3, null, 'francés'], 'inglés y francés'],
    ['inglés', ''],
    [null, ''],
    [Object.setPrototypeOf(['inglés', 'árabe'], null), 'inglés y árabe'],
  ] as const)('formatList(%j, "es") → %j', (items, expected) => {
    expect(formatList(items as never, 'es')).toBe(expected);
  });
  it('formatList over a revoked Proxy or a sparse array of length 2^32 − 1 answers at once', () => {
    expect(formatList(revoked() as never, 'es')).toBe('');
    expect(formatList(sparse() as never, 'es')).toBe('fr');
  });
});

describe('formatDate with invalid options falls back instead of throwing', () => {
  it.each([
    [{ style: 'huge' }],
    [{ style: 42 }],
    [{ timeZone: 'Mars/Olympus' }],
    [{ style: 'huge', timeZone: 'Mars/Olympus' }],
  ])('formatDate("2021-09-17", "es", %j)', (options) => {
    expect(formatDate('2021-09-17', 'es', options as never)).toBe('17 de septiembre de 2021');
  });
});

describe('a store key that is a valid tag but not canonical (pt_BR)', () => {
  it('is no site language, and a notice override under it breaks nothing', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { ...resources, pt_BR: { articles: { a: article('A pt') }, notice: { unavailable: 'Não disponível em {requested}.' } } }, fallbackLng: false });
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    expect(library.locales()).toEqual(['en', 'fr', 'es']);
    for (const requested of ['pt-BR', 'pt_BR', 'pt', 'fr']) {
      expect(() => library.alsoAvailable('a', requested)).not.toThrow();
      expect(() => library.switcher('a', requested)).not.toThrow();
      expect(library.resolve('a', requested)?.locale).toMatch(/^(en|fr)$/);
    }
  });
});

describe('options that are not plain data fail at creation with a ConfigError', () => {
  const throwing = (key: string) => Object.defineProperty({ defaultLocale: 'en', resources }, key, { get: () => { throw new Error('getter'); }, enumerable: true });
  it.each([
    ['a getter that throws on an option', () => throwing('labelStyle')],
    ['a revoked Proxy as options', revoked],
    ['a revoked Proxy as locales', () => ({ defaultLocale: 'en', resources, locales: revoked() })],
    ['a Proxy as resources whose traps throw', () => ({ defaultLocale: 'en', resources: trapAll() })],
    ['a getter that throws on a namespace', () => ({ defaultLocale: 'en', resources: { en: Object.defineProperty({}, 'articles', { get: () => { throw new Error('ns'); }, enumerable: true }) } })],
    ['a fallbacks object with a throwing getter', () => ({ defaultLocale: 'en', resources, fallbacks: Object.defineProperty({}, 'ca', { get: () => { throw new Error('chain'); }, enumerable: true }) })],
  ])('%s', (_name, make) => {
    let error: unknown;
    try {
      createContentLibrary(make() as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
  });
});
