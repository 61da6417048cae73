// The bench's data: a deterministic site (entries over 30 locales, random subsets, the default always
// present) and a Zipf-distributed stream of requests over realistic Accept-Language headers.
// Everything is derived from a seeded generator, so every run measures the same work.

/** mulberry32: a small seeded generator (deterministic across runs and machines). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_LOCALE = 'en';

/** The site's 30 languages, most translated first (the default is always present). */
export const LOCALES = [
  'en', 'fr', 'es', 'ru', 'ar', 'zh', 'zh-Hant', 'de', 'pt', 'ja',
  'it', 'ko', 'nl', 'pl', 'tr', 'uk', 'es-419', 'sv', 'da', 'fi',
  'nb', 'cs', 'el', 'he', 'hi', 'id', 'vi', 'th', 'ro', 'hu',
];

/**
 * About 50 Accept-Language headers as browsers, crawlers and careless clients send them, most common
 * first (the Zipf ranks follow this order). The last ones are malformed on purpose.
 */
export const HEADERS = [
  'en-US,en;q=0.9', 'es-ES,es;q=0.9', 'fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'de-DE,de;q=0.9,en;q=0.8',
  'en-GB,en;q=0.9', 'zh-CN,zh;q=0.9', 'ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ar,en;q=0.9',
  'pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7', 'ja,en-US;q=0.9,en;q=0.8', 'es-MX,es;q=0.9,en;q=0.8', 'en',
  'it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7', 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7',
  'nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7', 'pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7', 'tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7',
  'es-AR,es;q=0.9', 'uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6', 'fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7',
  'sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7', 'en-US', 'fr', 'es', 'de', 'hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7',
  'id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7', 'vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5',
  'th-TH,th;q=0.9', 'he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7', 'el-GR,el;q=0.9,en;q=0.8', 'cs-CZ,cs;q=0.9,sk;q=0.8,en;q=0.7',
  'da-DK,da;q=0.9,en;q=0.8', 'fi-FI,fi;q=0.9,en;q=0.8', 'nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en;q=0.6', 'ro-RO,ro;q=0.9',
  'hu-HU,hu;q=0.9,en;q=0.8', 'ca-ES,ca;q=0.9,es;q=0.8,en;q=0.7', 'pt-PT,pt;q=0.9', 'sr-Latn-RS,sr;q=0.9,en;q=0.8',
  'de-CH,de;q=0.9,fr;q=0.8,it;q=0.7', 'fa-IR,fa;q=0.9', 'sw', '*',
  // Malformed: a bad q-value, `_` separators, an empty header, garbage, a wildcard with a weight.
  'en;q=abc', 'en_US,fr_FR;q=0.5', '', 'xx-!!,;;;q=', 'es;q=1.5,fr;q=0.2',
];

function zipfSampler(n, s, next) {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  return () => {
    const u = next();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const WORDS = 'report council member states session agenda review budget annual meeting treaty secretariat experts implementation regional conference'.split(' ');

// Joined, not concatenated: `+=` would leave rope strings that weigh several times the text.
function sentence(next, words) {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

/** A stable 16-hex stamp that never equals a real source hash, to mark a translation outdated. */
const STALE_HASH = '0000000000000000';

/**
 * i18next resources `{ [locale]: { articles: { [id]: fields } } }`: `entries` entries over `locales`.
 * Each non-default locale holds an entry with a probability that falls with its rank; about one
 * translation in 20 is partial (no body) and one in 20 outdated (when `sourceHash` is given to stamp the
 * others). `words` sets the body's length.
 */
export function buildResources({ entries = 10_000, locales = LOCALES, seed = 7, sourceHash, words = 40 } = {}) {
  const next = random(seed);
  const resources = Object.fromEntries(locales.map((locale) => [locale, { articles: {} }]));
  for (let i = 0; i < entries; i++) {
    const id = `article-${i}`;
    const source = { title: sentence(next, 6), date: '2024-05-02', body: ['<p>', sentence(next, words), '</p>'].join(''), '@meta': { updated: '2024-06-01' } };
    resources[DEFAULT_LOCALE].articles[id] = source;
    const hash = sourceHash?.(source);
    for (let r = 1; r < locales.length; r++) {
      if (next() > 0.75 - r * 0.02) continue;
      const roll = next();
      const translation = { title: sentence(next, 6), body: ['<p>', sentence(next, words), '</p>'].join('') };
      if (roll < 0.05) delete translation.body;
      const stamp = roll > 0.95 ? STALE_HASH : hash;
      if (stamp !== undefined) translation['@meta'] = { sourceHash: stamp };
      resources[locales[r]].articles[id] = translation;
    }
  }
  return resources;
}

/** `count` requests `[id, header]`: ids and headers both Zipf-distributed (popular articles, common browsers). */
export function buildRequests({ entries = 10_000, count = 100_000, seed = 11 } = {}) {
  const next = random(seed);
  const pickId = zipfSampler(entries, 1.0, next);
  const pickHeader = zipfSampler(HEADERS.length, 1.1, next);
  const ids = new Array(count);
  const headers = new Array(count);
  for (let i = 0; i < count; i++) {
    ids[i] = `article-${pickId()}`;
    headers[i] = HEADERS[pickHeader()];
  }
  return { ids, headers };
}
