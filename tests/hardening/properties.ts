/**
 * Property definitions shared by tests/hardening/properties.test.ts (fixed seed, a few thousand
 * inputs, on src/) and scripts/fuzz.mjs (random seed, a million inputs, on dist/). The package API is
 * passed in, so the same properties run against either build.
 *
 * Each run must stay cheap (a million of them run in minutes): libraries are made once per
 * property set, never per input; "the same answer in a fresh library" uses a library replaced every
 * {@link FRESH_EVERY} runs, and "the same answer in a fresh process" uses probes answered before
 * anything else ran in this process.
 */
import fc from 'fast-check';
import type {
  autonym, createContentLibrary, displayName, formatDate, formatList, formatNumber, negotiate, parseAcceptLanguage, requestLanguage, Resources, sourceHash,
} from '../../src/index.node.js';
import { agreedCases, type NegotiationCase } from '../negotiation/conformance-cases.js';
import cldrAliases from 'cldr-core/supplemental/aliases.json';

/** CLDR's aliases of whole tags (cldr-core, third-party data): `i-klingon` → `tlh`, `zh-cmn-Hans` → `zh-Hans`. */
const CLDR_TAG_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries(cldrAliases.supplemental.metadata.alias.languageAlias as Record<string, { _replacement: string }>)
    .filter(([tag]) => tag.includes('-'))
    .map(([tag, alias]) => [tag.toLowerCase(), alias._replacement]),
);

/** The fast-check these properties are built with (scripts/fuzz.mjs runs them with it). */
export { fc };

export interface Api {
  readonly createContentLibrary: typeof createContentLibrary;
  readonly negotiate: typeof negotiate;
  readonly parseAcceptLanguage: typeof parseAcceptLanguage;
  readonly sourceHash: typeof sourceHash;
  readonly requestLanguage: typeof requestLanguage;
  readonly formatDate: typeof formatDate;
  readonly formatNumber: typeof formatNumber;
  readonly formatList: typeof formatList;
  readonly displayName: typeof displayName;
  readonly autonym: typeof autonym;
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

// ---------------------------------------------------------------------------------------------
// Oracles: facts about the answers that do not come from the code under test

type Library = ReturnType<Api['createContentLibrary']>;

/** The locales whose resources hold entry `id`, read from the resources themselves. */
function entryLocales(resources: Resources, id: string): Set<string> {
  const out = new Set<string>();
  for (const [locale, namespaces] of Object.entries(resources)) {
    if (Object.hasOwn((namespaces as { articles?: object }).articles ?? {}, id)) out.add(locale);
  }
  return out;
}

const directions = new Map<string, string>();
/** A locale's direction as the engine's ICU states it (`Intl.Locale#getTextInfo`, or `textInfo` in Node 20). */
export function engineDirection(tag: string): string {
  let dir = directions.get(tag);
  if (dir === undefined) {
    const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    dir = (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
    if (directions.size < 1000) directions.set(tag, dir);
  }
  return dir;
}

interface Formatted { readonly locale: string; readonly dir: string; readonly text: string; readonly html: string; readonly kind?: string }

/** A formatted notice: words in it, in its own language and direction, in one `<p>` marked with both. */
function wellFormed(message: Formatted, kind: string): boolean {
  return (
    /[\p{L}\p{N}]/u.test(message.text) &&
    message.dir === engineDirection(message.locale) &&
    message.html.startsWith(`<p class="lc-notice lc-notice--${kind}" role="note" lang="${message.locale}" dir="${message.dir}">`) &&
    message.html.endsWith('</p>')
  );
}

/** What a resolution says about the reader and the content (the parts that must agree). */
function summary(r: ReturnType<Library['resolve']>) {
  if (r === null) return null;
  return { locale: r.locale, uiLocale: r.uiLocale, requested: r.requested, match: r.match, dir: r.dir, notice: r.notice && [r.notice.kind, r.notice.locale, r.notice.text] };
}

/** Everything a library answers for one request, as text: two equal texts are the same answers. */
function everything(library: Library, id: string, req: unknown): string {
  return JSON.stringify([library.resolve(id, req as never), library.switcher(id, req as never), library.alsoAvailable(id, req as never), library.reader(req as never)]);
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

/** The same tags in another array object: a copy, frozen, without a prototype, behind a Proxy, or as a header. */
const WRAPS: readonly ((tags: readonly string[]) => unknown)[] = [
  (tags) => [...tags],
  (tags) => Object.freeze([...tags]),
  (tags) => Object.setPrototypeOf([...tags], null) as unknown,
  (tags) => new Proxy([...tags], {}),
  (tags) => tags.map((tag, i) => `${tag};q=${((1000 - i) / 1000).toFixed(3)}`).join(', '),
];
const wrap = fc.nat(WRAPS.length - 1);

// ---------------------------------------------------------------------------------------------
// Inputs of the functions beside resolve

/** A request as requestLanguage takes it: Node's and Web's shapes, odd URLs and cookies, or anything. */
const request: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.record({
      url: fc.oneof(fc.constantFrom('/es/a', '/ES_mx/x?lang=fr', '/?lang=ar', '/%E0%A4%A/x', 'http://h/fr/x?lang=%zz', '/zh-Hant/', '//', '?lang=', '/x?lang=es&lang=fr'), fc.string({ maxLength: 20 }), fc.anything()),
      headers: fc.oneof(
        fc.record({ 'accept-language': fc.oneof(header, fc.array(header, { maxLength: 3 }), fc.anything()), cookie: fc.oneof(fc.constantFrom('lang=es', 'lang=%zz; lang=fr', 'lang', '=;;'), fc.string({ maxLength: 20 })) }, { requiredKeys: [] }),
        fc.tuple(header, fc.string({ maxLength: 12 })).map(([accept, cookie]) => ({ get: (name: string) => (name.toLowerCase() === 'accept-language' ? accept : name.toLowerCase() === 'cookie' ? cookie : null) })),
        fc.anything(),
      ),
    }, { requiredKeys: ['headers'] }),
    weight: 6,
  },
  { arbitrary: fc.anything(), weight: 1 },
  { arbitrary: hostileValue, weight: 1 },
);

/** Options as a site's code writes them (their types are checked by TypeScript, not at run time). */
const requestOptions = fc.record({
  pathSegment: fc.oneof(fc.constantFrom(0, 1, false, -1, 2 ** 40, Number.NaN), fc.nat()),
  query: fc.oneof(fc.constantFrom('lang', 'l', false, '', '__proto__'), fc.string({ maxLength: 6 })),
  cookie: fc.oneof(fc.constantFrom('lang', false, '', 'constructor'), fc.string({ maxLength: 6 })),
}, { requiredKeys: [] });

const dateValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom('2024-02-03', '2024-02-30', '2024-13-01', '+275760-09-13', '2024-02-03T25:00', '', 'now', '0'),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.anything(),
  hostileValue,
);

/** Notice messages a translator may write: right, subtly wrong (parses, fails to format), broken, empty, or no text. */
const MESSAGE_PARTS = [
  'Not in {requested}; shown in {served}.', '{requested}', '{served}', '{original}', '{requestedCode, select, es {ES} other {X}}', '{sameLanguage, select, yes {a} other {b}}',
  '{requested, date}', '{served, time}', '{requested, number, ::currency/ABCD}', '{updated}', '{updated, date, long}', '{updatedYear, number}', '{languages, date, short}',
  '{count, plural, one {# idioma} other {# idiomas}}: {languages}', '{languages}', '{language}', '{unknown}', '{', '}', "'{'", "''", '<b>', '</p>', '"><img onerror=x>',
  '', ' ', '\u00a0', '\n\t', '\u200f', 'ok',
];
const noticeMessage: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom(...MESSAGE_PARTS), { maxLength: 4 }).map((parts) => parts.join('')), weight: 6 },
  { arbitrary: fc.string({ maxLength: 16 }), weight: 1 },
  { arbitrary: fc.anything(), weight: 1 },
);
const NOTICE_KEY_NAMES = ['unavailable', 'partial', 'outdated', 'outdatedUndated', 'outdatedSource', 'alsoAvailable', 'fallbackLabel'];
const catalogExtra: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom({ en: 'inglés' }, { en: 1 }, ['en'], 'en', 7, null, { pair: '{0} y {1}' }, { pair: 3, start: '{0}, {1}' }, { start: ['x'] }, { '__proto__': 'x' }),
  fc.anything(),
);
const noticeOverrides = fc.tuple(
  fc.constantFrom('es', 'fr', 'cy', 'pt-AO'),
  fc.dictionary(fc.constantFrom(...NOTICE_KEY_NAMES), noticeMessage, { maxKeys: 4 }),
  fc.dictionary(fc.constantFrom('@@names', '@@listPatterns', '@@labelSeparator', '@@namesInSentence', '@note'), catalogExtra, { maxKeys: 2 }),
);

// ---------------------------------------------------------------------------------------------
// The properties

/** How many runs a "fresh" library answers before it is replaced by a new one. */
const FRESH_EVERY = 250;

export interface PropertyOptions {
  /** How many probes are answered before anything else, for "answers do not depend on history". */
  readonly probes?: number;
}

export function hardeningProperties(api: Api, { probes: probeCount = 300 }: PropertyOptions = {}): NamedProperty[] {
  const resources = hardeningResources(api);
  const make = () => api.createContentLibrary({ defaultLocale: 'en', resources: hardeningResources(api), fallbacks: { ca: ['es'] } });
  const library = make();
  // The oracle's own canonical form, from the engine's Intl, not from the code under test; a tag
  // Intl rejects (grandfathered `i-klingon`) through CLDR's own alias table.
  const canonical = (tag: string): string => {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      const legacy = CLDR_TAG_ALIASES.get(tag.toLowerCase());
      return legacy === undefined ? tag : canonical(legacy);
    }
  };
  const isCanonical = (tag: string) => {
    try {
      return Intl.getCanonicalLocales(tag)[0] === tag;
    } catch {
      return false;
    }
  };
  const baseName = (tag: string) => new Intl.Locale(canonical(tag)).baseName;
  const known = new Set<unknown>(IDS);
  const has = new Map(IDS.map((id) => [id, entryLocales(resources, id)]));

  // Probes answered now, before any property runs: later, after any history, they must answer alike.
  const probes = fc.sample(fc.tuple(fc.constantFrom(...IDS), fc.oneof(plausibleTag, header, fc.array(plausibleTag, { maxLength: 4 }), tagLike)), { seed: 15, numRuns: probeCount });
  const probeAnswer = ([id, req]: readonly [string, unknown]) =>
    everything(library, id, req) + JSON.stringify([api.negotiate(req, SITE), api.negotiate(req, SITE, { defaultLocale: '' })]);
  const firstAnswers = probes.map(probeAnswer);

  let fresh = make();
  let freshRuns = 0;
  const freshLibrary = () => {
    if (++freshRuns > FRESH_EVERY) [fresh, freshRuns] = [make(), 1];
    return fresh;
  };

  // Notices with a site's overrides: one library over an i18next store whose `notice` bundles each run replaces.
  const overridden = api.createContentLibrary({ defaultLocale: 'en', resources: hardeningResources(api), onProblem: () => {} });
  const cases: readonly NegotiationCase[] = agreedCases();

  // Each property has its own tuple of inputs; the runners only need them as one list.
  const named = <T extends unknown[]>(name: string, property: fc.IProperty<T>): NamedProperty => ({ name, property: property });
  const properties = [
    named('resolve(id, anything) never throws; serves a locale the entry has, with its direction', fc.property(entryId, requested, (id, given) => {
      // Typed callers cannot pass these; the run time must still take them.
      const r = library.resolve(id as never, unwrap(given) as never);
      if (!known.has(id)) return r === null;
      if (r === null) return false;
      const locales = has.get(id as (typeof IDS)[number])!;
      return (
        locales.has(r.locale) &&
        r.alternates.every((a) => locales.has(a.locale) && a.dir === engineDirection(a.locale)) &&
        Object.values(r.fieldLocales).every((locale) => locales.has(locale)) &&
        library.locales().includes(r.uiLocale) &&
        (r.requested === null || isCanonical(r.requested)) &&
        MATCHES.has(r.match) &&
        r.dir === engineDirection(r.locale) &&
        (r.notice === null || wellFormed(r.notice, r.notice.kind))
      );
    })),

    named('reader, switcher, alsoAvailable (id, anything) never throw; each language is marked with its own lang and dir', fc.property(entryId, requested, (id, given) => {
      const req = unwrap(given);
      const reader = library.reader(req as never);
      const switcher = library.switcher(id as never, req as never);
      const also = library.alsoAvailable(id as never, req as never);
      const readerOk = library.locales().includes(reader.uiLocale) && reader.dir === engineDirection(reader.uiLocale) && (reader.requested === null || isCanonical(reader.requested));
      if (!known.has(id)) return readerOk && switcher === null && also === null;
      const locales = has.get(id as (typeof IDS)[number])!;
      return (
        readerOk &&
        switcher !== null &&
        switcher.map((item) => item.locale).join() === library.locales().join() &&
        switcher.filter((item) => item.current).length === 1 &&
        switcher.every((item) => item.dir === engineDirection(item.locale) && locales.has(item.served) && (item.note === null || wellFormed(item.note, 'fallbackLabel'))) &&
        (also === null || wellFormed(also, 'alsoAvailable'))
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

    named('negotiate: an available tag equal to the first preference wins and is exact, whatever the order', fc.property(
      fc.array(plausibleTag, { minLength: 1, maxLength: 8 }), fc.nat(), spelling, fc.array(tagLike, { maxLength: 3 }), wrap,
      (available, pick, [upper, underscore], rest, how) => {
        const chosen = available[pick % available.length]!;
        if (api.parseAcceptLanguage(chosen).length !== 1) return true; // not a tag the library takes
        const n = api.negotiate(WRAPS[how]!([respell(chosen, upper, underscore), ...rest]), available, { defaultLocale: 'zz' });
        // Extensions (-u-, -t-, -x-) name no other language: tags equal but for them are one locale.
        return n.locale !== null && baseName(n.locale) === baseName(chosen) && n.match === 'exact';
      },
    )),

    named('parseAcceptLanguage(anything) gives at most 32 distinct canonical tags', fc.property(fc.oneof(header, requested), (h) => {
      const tags = api.parseAcceptLanguage(unwrap(h));
      return Array.isArray(tags) && tags.length <= 32 && new Set(tags).size === tags.length && tags.every(isCanonical);
    })),

    named('requestLanguage(any request) never throws and names only site languages', fc.property(request, requestOptions, (given, options) => {
      const locales = library.locales();
      const r = api.requestLanguage(unwrap(given) as never, { ...options, locales } as never);
      const fromSite = r.source === 'path' || r.source === 'query' || r.source === 'cookie';
      return (
        (r.pathLocale === null || locales.includes(r.pathLocale)) &&
        r.requested.every(isCanonical) &&
        (!fromSite || (r.requested.length === 1 && locales.includes(r.requested[0]!))) &&
        r.vary.every((name) => name === 'Accept-Language' || name === 'Cookie')
      );
    })),

    named('formatDate, formatNumber, formatList, displayName, autonym (anything) never throw', fc.property(dateValue, tagLike, fc.anything(), fc.array(fc.oneof(tagLike, fc.anything()), { maxLength: 4 }), (value, locale, options, items) => {
      const date = api.formatDate(value, locale, options as never);
      const valid = value instanceof Date && !Number.isNaN(value.getTime());
      const number = api.formatNumber(value, locale, options as never);
      const list = api.formatList(items as string[], locale);
      return (
        (valid ? typeof date === 'string' && date.length > 0 : date === null || typeof date === 'string') &&
        (number === null || typeof number === 'string') &&
        typeof list === 'string' &&
        typeof api.displayName(locale, 'en') === 'string' &&
        typeof api.autonym(locale) === 'string'
      );
    })),

    named("a site's notice overrides, whatever they hold, never break a page", fc.property(noticeOverrides, fc.constantFrom(...IDS), fc.array(fc.constantFrom('es', 'fr', 'cy', 'pt-AO', 'ar', 'es, fr;q=0.5'), { minLength: 1, maxLength: 2 }), ([locale, messages, extras], id, readers) => {
      const store = overridden.i18n;
      for (const other of ['es', 'fr', 'cy', 'pt-AO']) if (store.hasResourceBundle(other, 'notice')) store.removeResourceBundle(other, 'notice');
      store.addResourceBundle(locale, 'notice', { ...messages, ...extras }, false, true);
      return readers.every((req) => {
        const r = overridden.resolve(id, req);
        const also = overridden.alsoAvailable(id, req);
        const switcher = overridden.switcher(id, req);
        return (
          r !== null &&
          (r.notice === null || wellFormed(r.notice, r.notice.kind)) &&
          (also === null || wellFormed(also, 'alsoAvailable')) &&
          switcher !== null && switcher.every((item) => item.note === null || wellFormed(item.note, 'fallbackLabel'))
        );
      });
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

    // A header is another way to write a list only for the request: `available` is wrapped in arrays alone.
    named('negotiate is deterministic, whatever array object holds the same tags', fc.property(requested, fc.array(tagLike, { maxLength: 8 }), fc.nat(WRAPS.length - 2), (given, available, how) => {
      const req = unwrap(given);
      const a = api.negotiate(req, available, { defaultLocale: 'en' });
      const b = api.negotiate(req, WRAPS[how]!(available) as string[], { defaultLocale: 'en' });
      return a.locale === b.locale && a.match === b.match;
    })),

    named('the same answers from a fresh library as from one that served every other input', fc.property(fc.constantFrom(...IDS), requested, (id, given) => {
      const req = unwrap(given);
      const warmed = everything(library, id, req);
      return warmed === everything(freshLibrary(), id, req) && warmed === everything(library, id, req);
    })),

    named('answers do not depend on history: a probe answers as it did before anything else ran in this process', fc.property(
      fc.nat(probes.length - 1),
      fc.array(fc.tuple(fc.constantFrom(...IDS), requested, fc.array(tagLike, { maxLength: 6 })), { maxLength: 6 }),
      (i, history) => {
        for (const [id, given, available] of history) {
          const value = unwrap(given);
          library.resolve(id, value as never);
          library.switcher(id, value as never);
          api.negotiate(value, SITE);
          api.negotiate(value, available);
        }
        return probeAnswer(probes[i]!) === firstAnswers[i];
      },
    )),
  ];
  if (cases.length > 0) {
    properties.push(named('negotiate agrees with third-party cases (ICU, formatjs, fluent), respelled and in any array object', fc.property(
      fc.nat(cases.length - 1), spelling, wrap,
      (i, [upper, underscore], how) => {
        const c = cases[i]!;
        const desired = c.desired.map((tag) => respell(tag, upper, underscore));
        const got = api.negotiate(WRAPS[how]!(desired), c.supported, c.defaultLocale === undefined ? {} : { defaultLocale: c.defaultLocale }).locale;
        return got === c.expected || (got !== null && c.expected !== null && canonical(got) === canonical(c.expected));
      },
    )));
  }
  return properties;
}
