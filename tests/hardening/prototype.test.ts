/**
 * Prototype pollution: resources, ids, fields and options named `__proto__`, `constructor` or
 * `prototype`, as JSON.parse produces them (own keys). They are data, looked up as own keys only,
 * and nothing ever reaches Object.prototype.
 */
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, createContentLibrary } from '../../src/index.node.js';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'];

afterEach(() => {
  // Every test here must leave Object.prototype as it was.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
});

const hostileResources = () =>
  JSON.parse(`{
    "en": {
      "articles": {
        "__proto__": { "title": "Proto", "polluted": "yes" },
        "constructor": { "title": "Constructor" },
        "prototype": { "title": "Prototype" },
        "plain": { "title": "Plain", "__proto__": { "polluted": "field" }, "constructor": "a field" }
      },
      "notice": { "__proto__": { "unavailable": "{requested} {served}" } }
    },
    "es": { "articles": { "constructor": { "title": "Constructor es" }, "plain": { "title": "Plano" } } }
  }`);

describe('resources from JSON.parse with __proto__, constructor and prototype keys', () => {
  const library = createContentLibrary({ defaultLocale: 'en', resources: hostileResources() });

  it.each(HOSTILE_KEYS)('resolve(%j, "en") serves the entry of that own key', (id) => {
    const r = library.resolve(id, 'en');
    expect(r?.locale).toBe('en');
    expect(Object.getPrototypeOf(r!.entry)).toBe(Object.prototype);
    expect(Object.keys(r!.entry)).toContain('title');
  });

  it('resolve("constructor", "es") serves the Spanish version of the entry named constructor', () => {
    expect(library.resolve('constructor', 'es')?.entry).toEqual({ title: 'Constructor es' });
  });

  it('ids() lists the hostile ids as ordinary ids', () => {
    expect(library.ids()).toEqual(['__proto__', 'constructor', 'prototype', 'plain']);
  });

  it('resolve("plain", "en") serves a field named __proto__ as a field, not as the prototype', () => {
    const entry = library.resolve('plain', 'en')!.entry;
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.keys(entry)).toEqual(['title', '__proto__', 'constructor']);
    expect((entry as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('resolve("plain", "es") keeps the source\'s __proto__ field as a field', () => {
    const entry = library.resolve('plain', 'es')!.entry;
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.hasOwn(entry, '__proto__')).toBe(true);
  });

  it('a notice namespace with a __proto__ key changes no message, and the key is reported as no message', () => {
    expect(library.resolve('plain', 'fr')).not.toBeNull();
    expect(library.problems().map((p) => [p.code, p.key])).toEqual([['UNKNOWN_MESSAGE', '__proto__']]);
  });
});

describe('inherited names on a library without such entries', () => {
  const library = createContentLibrary({ defaultLocale: 'en', resources: { en: { articles: { a: { title: 'A' } } } } });
  const inherited = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

  it.each(inherited)('resolve(%j, "en") → null', (id) => {
    expect(library.resolve(id, 'en')).toBeNull();
    expect(library.entry(id)).toBeNull();
    expect(library.switcher(id, 'en')).toBeNull();
    expect(library.alsoAvailable(id, 'en')).toBeNull();
  });

  // 'tostring' and 'valueof' are well-formed (5–8 letter) language subtags, so they may be kept.
  it.each(inherited)('resolve("a", %j) serves the default, reading the name as a tag at most', (requested) => {
    const r = library.resolve('a', requested);
    expect(r?.locale).toBe('en');
    expect([null, requested.toLowerCase()]).toContain(r?.requested);
  });
});

describe('options with hostile keys throw a typed error at creation', () => {
  it.each([
    ['resources locale "__proto__"', () => ({ defaultLocale: 'en', resources: JSON.parse('{"en":{"articles":{}},"__proto__":{"articles":{}}}') })],
    ['fallbacks key "__proto__"', () => ({ defaultLocale: 'en', resources: { en: {} }, fallbacks: JSON.parse('{"__proto__":["en"]}') })],
    ['fallbacks key "constructor"', () => ({ defaultLocale: 'en', resources: { en: {} }, fallbacks: JSON.parse('{"constructor":["en"]}') })],
    ['defaultLocale "__proto__"', () => ({ defaultLocale: '__proto__', resources: { en: {} } })],
  ])('createContentLibrary(%s) throws ConfigError INVALID_LOCALE', (_name, options) => {
    expect(() => createContentLibrary(options())).toThrow(expect.objectContaining({ name: 'ConfigError', code: 'INVALID_LOCALE' }));
    expect(ConfigError).toBeDefined();
  });
});

describe('an i18next instance fed hostile bundles at run time', () => {
  it('addResourceBundle with __proto__ ids, namespaces and locales pollutes nothing', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { articles: { a: { title: 'A' } } } }, fallbackLng: false, initAsync: false });
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    i18n.addResourceBundle('en', 'articles', JSON.parse('{"__proto__":{"polluted":"id"},"b":{"title":"B"}}'), true, true);
    i18n.addResourceBundle('en', '__proto__', JSON.parse('{"polluted":"namespace"}'), true, true);
    i18n.addResourceBundle('__proto__', 'articles', JSON.parse('{"polluted":"locale"}'), true, true);
    expect(library.resolve('b', 'en')?.entry).toEqual({ title: 'B' });
    expect(library.resolve('polluted', 'en')).toBeNull();
    expect(library.locales()).toEqual(['en']);
  });
});
