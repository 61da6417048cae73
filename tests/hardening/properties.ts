/**
 * Property definitions shared by tests/hardening/properties.test.ts (fixed seed, on src/) and
 * scripts/fuzz.mjs (random seed, many more runs, on dist/). The package API is passed in, so the
 * same properties run against either build.
 */
import fc from 'fast-check';
import type { createContentLibrary, negotiate, parseAcceptLanguage, Resources, sourceHash } from '../../src/index.node.js';

/** The fast-check these properties are built with (scripts/fuzz.mjs runs them with it). */
export { fc };

export interface Api {
  readonly createContentLibrary: typeof createContentLibrary;
  readonly negotiate: typeof negotiate;
  readonly parseAcceptLanguage: typeof parseAcceptLanguage;
  readonly sourceHash: typeof sourceHash;
}

export interface NamedProperty {
  readonly name: string;
  readonly property: fc.IProperty<unknown[]>;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const LANGUAGES = ['en', 'es', 'fr', 'ar', 'zh', 'ru', 'de', 'pt', 'sr', 'nb', 'no', 'nn', 'he', 'iw', 'und', 'tlh', 'qaa', 'yue', 'ca'];
const SCRIPTS = ['Latn', 'Cyrl', 'Hans', 'Hant', 'Arab', 'Zzzz'];
const REGIONS = ['US', 'MX', '419', 'ES', 'TW', 'HK', 'CN', 'GB', 'CA', 'BR', 'PT', '001', 'XA', 'RS', 'EG'];
const TAILS = ['1996', 'u-ca-buddhist', 'x-private', 'valencia', 'u-nu-arab', 't-en'];

/** Tags built from real subtags: most land on something the site has, or close to it. */
export const plausibleTag: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LANGUAGES), fc.option(fc.constantFrom(...SCRIPTS)), fc.option(fc.constantFrom(...REGIONS)), fc.option(fc.constantFrom(...TAILS), { freq: 6 }))
  .map((parts) => parts.filter((p): p is string => p !== null).join('-'));

/** Inputs that other matchers throw on or misread. */
const oddTag = fc.constantFrom(
  '*', 'en_US', '', ' ', '-', '--', 'en-', '-en', 'en--US', 'i-klingon', 'en-GB-oed', 'zh-min-nan', 'sgn-BE-FR', 'x-private',
  'root', 'und', 'a'.repeat(70), `en-${'x'.repeat(200)}`, '__proto__', 'constructor', 'toString', '../en', 'en\u0000', 'ＥＮ', 'ﬀ',
);

export const tagLike: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: plausibleTag, weight: 6 },
  { arbitrary: oddTag, weight: 2 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
);

const qValue = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => (n === 1000 ? '1' : `0.${String(n).padStart(3, '0')}`.replace(/0+$/, '') || '0')),
  fc.constantFrom('1', '1.0', '1.000', '0', 'abc', '1.5', '0.1234', '-1', '', ' 0.5 ', '.5', '1.001', '0x1'),
);

/** An Accept-Language header: entries with and without q-values (valid and not), odd separators. */
export const header: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(tagLike, fc.option(qValue), fc.option(fc.constantFrom(';level=1', ';', ';Q=0.5'), { freq: 8 })), { maxLength: 12 }),
    fc.constantFrom(',', ', ', ' ,', ',,', ' , '),
  )
  .map(([entries, separator]) => entries.map(([tag, q, extra]) => `${tag}${q === null ? '' : `;q=${q}`}${extra ?? ''}`).join(separator));

/**
 * JavaScript values that break careless readers of arrays: revoked Proxies, Proxies whose traps
 * throw, elements whose getters throw, arrays without a prototype, sparse arrays up to 2³² − 1
 * long, objects whose conversions throw, a language choice whose `requested` is a throwing getter.
 * Each is made fresh (a revoked Proxy cannot be shared safely between runs).
 */
export const hostileValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 0, max: 7 }), fc.array(plausibleTag, { maxLength: 4 }), fc.integer({ min: 0, max: 32 }))
  .map(([kind, tags, power]) => new Hostile(`hostile value ${kind} over ${JSON.stringify(tags)} (2^${power})`, () => makeHostile(kind, tags, power)));

/**
 * A hostile value, made when a property reads it: fast-check itself inspects the values it
 * generates (and a revoked Proxy throws on any inspection), so it carries this maker instead.
 */
export class Hostile {
  constructor(
    readonly description: string,
    readonly make: () => unknown,
  ) {}
  toString(): string {
    return this.description;
  }
}

/** The value to pass: a {@link Hostile} made now, anything else as it is. */
export const unwrap = (value: unknown): unknown => (value instanceof Hostile ? value.make() : value);

function makeHostile(kind: number, tags: readonly string[], power: number): unknown {
  {
    const boom = () => {
      throw new Error('hostile');
    };
    switch (kind) {
      case 0: {
        const { proxy, revoke } = Proxy.revocable([...tags], {});
        revoke();
        return proxy;
      }
      case 1:
        return new Proxy([...tags], { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom });
      case 2: {
        const list: unknown[] = [...tags, 'x'];
        Object.defineProperty(list, tags.length, { get: boom });
        return list;
      }
      case 3:
        return Object.setPrototypeOf([...tags], null);
      case 4: {
        const list: unknown[] = [...tags];
        list.length = Math.max(list.length, 2 ** power - 1);
        return list;
      }
      case 5:
        return { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom };
      case 6:
        return Object.defineProperty({}, 'requested', { get: boom, enumerable: true });
      default:
        return new Proxy([...tags], { get: (target, key) => (key === 'length' ? boom() : Reflect.get(target, key)) });
    }
  }
}

/** Whatever a caller may pass as `requested`: a tag, a header, a list, or anything at all. */
export const requested: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: plausibleTag, weight: 4 },
  { arbitrary: header, weight: 4 },
  { arbitrary: tagLike, weight: 2 },
  { arbitrary: fc.array(fc.oneof(plausibleTag, tagLike, fc.anything()), { maxLength: 8 }), weight: 2 },
  { arbitrary: fc.anything(), weight: 1 },
  { arbitrary: hostileValue, weight: 1 },
);

/** Rewrites a tag's spelling without changing its meaning: letter case, and `_` for `-`. */
export function respell(tag: string, upper: readonly boolean[], underscore: readonly boolean[]): string {
  let dash = 0;
  return [...tag]
    .map((c, i) => {
      if (c === '-') return underscore[dash++ % Math.max(1, underscore.length)] ? '_' : '-';
      return upper[i % Math.max(1, upper.length)] ? c.toUpperCase() : c.toLowerCase();
    })
    .join('');
}

const spelling = fc.tuple(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }));

// ---------------------------------------------------------------------------------------------
// The site every property runs on

export const IDS = ['everywhere', 'english-only', 'partial', 'stale', 'french-source', 'hant-only', 'latam'] as const;
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf'];

export function hardeningResources(api: Api): Resources {
  const source = { title: 'Source', date: '2020-01-02', body: '<p>Source text.</p>' };
  const everywhere = (title: string) => ({ title, body: `<p>${title}</p>` });
  return {
    en: {
      articles: {
        everywhere: everywhere('Everywhere'),
        'english-only': everywhere('Only here'),
        partial: source,
        stale: { ...source, '@meta': { updated: '2024-02-03' } },
        'french-source': everywhere('From French'),
      },
    },
    es: { articles: { everywhere: everywhere('En todas'), partial: { title: 'Fuente' }, stale: { title: 'T', body: 'B', '@meta': { sourceHash: 'stale' } } } },
    'es-419': { articles: { latam: everywhere('Latinoamérica') } },
    fr: { articles: { everywhere: everywhere('Partout'), 'french-source': { ...everywhere('Original'), '@meta': { source: 'fr' } } } },
    ar: { articles: { everywhere: everywhere('في كل مكان'), stale: { title: 'ع', body: 'ب', '@meta': { sourceHash: api.sourceHash(source) } } } },
    zh: { articles: { everywhere: everywhere('到处') } },
    'zh-Hant': { articles: { everywhere: everywhere('到處'), 'hant-only': everywhere('只有繁體') } },
    'sr-Latn': { articles: { everywhere: everywhere('Svuda') } },
  };
}

const entryId: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...IDS), weight: 6 },
  { arbitrary: fc.constantFrom(...INHERITED), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.anything(), weight: 1 },
);

/** What a resolution says about the reader and the content (the parts that must agree). */
function summary(r: ReturnType<ReturnType<Api['createContentLibrary']>['resolve']>) {
  if (r === null) return null;
  return { locale: r.locale, uiLocale: r.uiLocale, requested: r.requested, match: r.match, dir: r.dir, notice: r.notice && [r.notice.kind, r.notice.locale, r.notice.text] };
}

const MATCHES = new Set(['exact', 'variant', 'fallback']);
/** A site's languages, for negotiate alone. */
const SITE = ['en', 'es', 'es-419', 'fr', 'ar', 'zh', 'zh-Hant', 'sr-Latn', 'pt-BR', 'pt-PT', 'de-CH-1996', 'de'];

/** The elements of `value` a defensive reader can read (what negotiate may answer from). */
function readable(value: unknown): unknown[] {
  const out: unknown[] = [];
  try {
    if (!Array.isArray(value)) return out;
    const length = Math.min(Number(value.length) || 0, 1000);
    for (let i = 0; i < length; i++) {
      try {
        out.push(value[i]);
      } catch {
        // skipped, as the library skips it
      }
    }
  } catch {
    // a revoked Proxy: nothing readable
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The properties

export function hardeningProperties(api: Api): NamedProperty[] {
  const library = api.createContentLibrary({ defaultLocale: 'en', resources: hardeningResources(api), fallbacks: { ca: ['es'] } });
  const isCanonical = (tag: string) => api.parseAcceptLanguage(tag).join() === tag;
  const known = new Set<unknown>(IDS);

  // Probes answered now, before any property runs: later, after any history, they must answer alike.
  const probes = fc.sample(fc.tuple(fc.constantFrom(...IDS), fc.oneof(plausibleTag, header, fc.array(plausibleTag, { maxLength: 4 }))), { seed: 15, numRuns: 300 });
  const probeAnswer = ([id, req]: readonly [string, unknown]) =>
    JSON.stringify([summary(library.resolve(id, req as never)), api.negotiate(req, SITE), api.negotiate(req, SITE, { defaultLocale: '' })]);
  const firstAnswers = probes.map(probeAnswer);

  // Each property has its own tuple of inputs; the runners only need them as one list.
  const named = <T extends unknown[]>(name: string, property: fc.IProperty<T>): NamedProperty => ({ name, property: property });
  return [
    named('resolve(id, anything) never throws and serves a locale the entry has', fc.property(entryId, requested, (id, given) => {
      // Typed callers cannot pass these; the run time must still take them.
      const req = unwrap(given);
      const r = library.resolve(id as never, req as never);
      if (!known.has(id)) return r === null;
      if (r === null) return false;
      library.reader(req as never);
      library.switcher(id as never, req as never);
      library.alsoAvailable(id as never, req as never);
      return (
        r.alternates.some((a) => a.locale === r.locale) &&
        library.locales().includes(r.uiLocale) &&
        (r.requested === null || isCanonical(r.requested)) &&
        MATCHES.has(r.match) &&
        (r.notice === null || (r.notice.text.length > 0 && r.notice.html.startsWith('<p ')))
      );
    })),

    named('negotiate(anything, tags, { defaultLocale }) answers an available locale or the default', fc.property(
      requested,
      fc.oneof({ arbitrary: fc.array(tagLike, { maxLength: 8 }), weight: 9 }, { arbitrary: fc.anything(), weight: 1 }, { arbitrary: hostileValue, weight: 1 }),
      fc.option(tagLike),
      (givenRequest, givenAvailable, defaultLocale) => {
        const [req, available] = [unwrap(givenRequest), unwrap(givenAvailable)];
        const n = api.negotiate(req, available as string[], defaultLocale === null ? undefined : { defaultLocale });
        const list = readable(available);
        if (!MATCHES.has(n.match)) return false;
        if (n.locale === null) return defaultLocale === null;
        return list.includes(n.locale) || n.locale === defaultLocale;
      },
    )),

    named('parseAcceptLanguage(anything) gives at most 32 distinct canonical tags', fc.property(fc.oneof(header, requested), (h) => {
      const tags = api.parseAcceptLanguage(unwrap(h));
      return Array.isArray(tags) && tags.length <= 32 && new Set(tags).size === tags.length && tags.every(isCanonical);
    })),

    named('resolve is deterministic: a fresh library and a warmed one agree', fc.property(fc.constantFrom(...IDS), requested, fc.array(requested, { maxLength: 5 }), (id, given, others) => {
      for (const other of others) library.resolve(id, unwrap(other) as never);
      const req = unwrap(given);
      const fresh = api.createContentLibrary({ defaultLocale: 'en', resources: hardeningResources(api), fallbacks: { ca: ['es'] } });
      const a = JSON.stringify(library.resolve(id, req as never));
      return a === JSON.stringify(library.resolve(id, req as never)) && a === JSON.stringify(fresh.resolve(id, req as never));
    })),

    named('answers do not depend on history: a probe answers as it did before any property ran', fc.property(
      fc.nat(probes.length - 1),
      fc.array(requested, { maxLength: 6 }),
      (i, history) => {
        for (const given of history) {
          const value = unwrap(given);
          library.resolve('everywhere', value as never);
          api.negotiate(value, SITE);
        }
        return probeAnswer(probes[i]!) === firstAnswers[i];
      },
    )),

    named('negotiate is deterministic, whatever array object holds the same tags', fc.property(requested, fc.array(tagLike, { maxLength: 8 }), (given, available) => {
      const req = unwrap(given);
      const a = api.negotiate(req, available, { defaultLocale: 'en' });
      const b = api.negotiate(req, [...available], { defaultLocale: 'en' });
      return a.locale === b.locale && a.match === b.match;
    })),

    named("resolve(id, 'ES-mx') ≡ resolve(id, 'es_MX'): case and '_' never change the result", fc.property(
      fc.constantFrom(...IDS), fc.array(fc.tuple(plausibleTag, spelling), { minLength: 1, maxLength: 4 }), fc.boolean(),
      (id, tags, asHeader) => {
        const plain = tags.map(([tag]) => tag);
        const odd = tags.map(([tag, [upper, underscore]]) => respell(tag, upper, underscore));
        const [a, b] = asHeader ? [plain.join(', '), odd.join(', ')] : [plain[0], odd[0]];
        return JSON.stringify(summary(library.resolve(id, a))) === JSON.stringify(summary(library.resolve(id, b)));
      },
    )),

    named("negotiate('ZH_hant_tw', …) ≡ negotiate('zh-Hant-TW', …)", fc.property(plausibleTag, spelling, fc.array(plausibleTag, { maxLength: 8 }), (tag, [upper, underscore], available) => {
      const a = api.negotiate(tag, available, { defaultLocale: 'en' });
      const b = api.negotiate(respell(tag, upper, underscore), available, { defaultLocale: 'en' });
      return a.locale === b.locale && a.match === b.match;
    })),
  ];
}
