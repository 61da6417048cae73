// The cost of a request value seen for the first time (a crawler's, an attacker's: every request
// can carry a new one), against the reference any site pays: one raw best-fit pass of
// @formatjs/intl-localematcher over the same preferences and the site's languages. A 46-locale site,
// 32-tag headers of real tags in a new order each time, each header used once (first sight) and
// once more (second sight, when the reader is ranked). Prints one JSON line.
import { match } from '@formatjs/intl-localematcher';
import { createContentLibrary } from 'localized-content';
import { LOCALES, random } from './corpus.mjs';

const SITE = [...LOCALES, 'bg', 'ca', 'hr', 'sk', 'sl', 'sr', 'lt', 'lv', 'et', 'ms', 'fil', 'fa', 'ur', 'bn', 'ta', 'sw'];
const HEADERS = 3_000;
const TAGS_PER_HEADER = 32;

const resources = {};
for (const [i, locale] of SITE.entries()) {
  resources[locale] = { articles: Object.fromEntries([0, 1, 2, 3].filter((n) => i === 0 || (i + n) % 3 === 0).map((n) => [`a${n}`, { title: `T${n}`, body: `B${n}` }])) };
}
const library = createContentLibrary({ defaultLocale: 'en', resources, locales: SITE });

// Real tags: CLDR languages the site has and many it has not, with regions readers send.
const LANGUAGES = 'en fr es ru ar zh de pt ja it ko nl pl tr uk sv da fi nb cs el he hi id vi th ro hu bg ca hr sk sl sr lt lv et ms fa ur bn ta sw am yo ig zu xh af sq hy az eu be bs gl ka kk km lo mk mn ne ps si so tg uz cy ga mt is lb fo gsw haw mi qu ay gn'.split(' ');
const REGIONS = 'US GB FR ES MX AR CO DE AT CH IT PT BR RU UA CN TW HK JP KR IN PK EG SA MA IR TR GR NL BE SE NO DK FI PL CZ CA AU NZ ZA NG KE ID MY PH TH VN 419 001'.split(' ');
const rand = random(15);
const pick = (list) => list[Math.floor(rand() * list.length)];
// The reference is given each header's tags as a site would read them (all 32, best first), not
// what the subject keeps of them, so that it does not depend on the subject.
const preferences = [];
const headers = Array.from({ length: HEADERS }, (_, i) => {
  const tags = new Set();
  while (tags.size < TAGS_PER_HEADER) tags.add(rand() < 0.3 ? pick(LANGUAGES) : `${pick(LANGUAGES)}-${pick(REGIONS)}`);
  preferences.push([...tags]);
  // The index makes each header distinct even when its tags repeat an earlier one's.
  return [...tags].map((tag, n) => `${tag};q=0.${String(999 - n).padStart(3, '0')}`).join(', ') + `, x-${i.toString(36)}`;
});

const now = () => performance.now();
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];
const site = Object.freeze([...SITE]);
const times = { raw: [], first: [], second: [], switcher: [] };
let sink = 0;
// Interleaved per header, alternating which goes first, so that a noisy neighbour hurts both alike.
for (let i = 0; i < HEADERS; i++) {
  const rawPass = () => {
    const t0 = now();
    sink += match(preferences[i], site, 'en', { algorithm: 'best fit' }).length;
    times.raw.push(now() - t0);
  };
  const firstSight = () => {
    const t0 = now();
    sink += library.resolve('a0', headers[i])?.locale.length ?? 0;
    times.first.push(now() - t0);
  };
  if (i % 2) (rawPass(), firstSight());
  else (firstSight(), rawPass());
  let t0 = now();
  sink += library.resolve('a1', headers[i])?.locale.length ?? 0;
  times.second.push(now() - t0);
  t0 = now();
  sink += library.switcher('a2', `${headers[i]}, zz`)?.length ?? 0;
  times.switcher.push(now() - t0);
}
const summary = (list) => ({ p50: percentile(list, 50), p99: percentile(list, 99) });
console.log(JSON.stringify({ locales: SITE.length, headers: HEADERS, tags: TAGS_PER_HEADER, sink, raw: summary(times.raw), first: summary(times.first), second: summary(times.second), switcher: summary(times.switcher) }));
