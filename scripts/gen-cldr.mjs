#!/usr/bin/env node
// Generates src/negotiation/cldr-data.ts from the `cldr-core` package (a devDependency), so that the
// negotiation code ships a few hundred bytes of CLDR facts instead of the whole package.
// Run: node scripts/gen-cldr.mjs   (re-run after upgrading cldr-core; the output is committed)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readCldr = (file) => JSON.parse(readFileSync(require.resolve(`cldr-core/${file}`), 'utf8'));

const version = readCldr('package.json').version;
const aliases = readCldr('supplemental/aliases.json').supplemental.metadata.alias.languageAlias;
const matching = readCldr('supplemental/languageMatching.json').supplemental.languageMatching['written-new'];
const parents = readCldr('supplemental/parentLocales.json').supplemental.parentLocales.parentLocale;
const containment = readCldr('supplemental/territoryContainment.json').supplemental.territoryContainment;

// 1. Legacy (grandfathered / multi-subtag) aliases that Intl.getCanonicalLocales rejects outright.
//    Aliases Intl already applies (iw, sh, mo, zh-hakka …) are left to Intl.
const legacy = {};
for (const [from, { _replacement: to }] of Object.entries(aliases)) {
  if (!from.includes('-') && !from.includes('_')) continue;
  let rejected = false;
  try { Intl.getCanonicalLocales(from); } catch { rejected = true; }
  if (rejected) legacy[from.toLowerCase()] = to;
}

// 2. Languages CLDR treats as the same language: bare language pairs with distance <= 1
//    (nb ~ no). The representative is the CLDR parent locale (nb's parent is no).
const same = {};
for (const m of matching.languageMatch) {
  const d = m._desired, s = m._supported;
  if (m._distance > 1 || m._oneway || /[-*$]/.test(d + s)) continue;
  if (parents[d] === s) same[d] = s;
  else if (parents[s] === d) same[s] = d;
  else same[d > s ? d : s] = d > s ? s : d;
}

// 3. Scripts of one language that CLDR offers for the same generic desired script
//    (zh-Hani -> zh-Hans and zh-Hani -> zh-Hant): readers of one can fall back to the other.
const byDesired = new Map();
for (const m of matching.languageMatch) {
  const d = /^([a-z]{2,3})-([A-Z][a-z]{3})$/.exec(m._desired);
  const s = /^([a-z]{2,3})-([A-Z][a-z]{3})$/.exec(m._supported);
  if (!d || !s || d[1] !== s[1]) continue;
  const list = byDesired.get(m._desired) ?? [];
  list.push(s[2]);
  byDesired.set(m._desired, list);
}
const siblings = {};
for (const [desired, scripts] of byDesired) {
  if (scripts.length < 2) continue;
  const language = desired.split('-')[0];
  siblings[language] = [...new Set([...(siblings[language] ?? []), ...scripts])].sort();
}

// 4. Matching distances below the threshold (50), from the rules of UTS #35 §4.4: between two
//    languages (level 1: any other pair is 80) and between two scripts of given languages
//    (level 2: any other pair of scripts is 50). A preference is worth matching only when one of
//    these, or sameness, brings it under the threshold for a site locale (see preference-vocabulary.ts).
// Written compactly, grouped by what they share (the browser bundle carries them): level 1 as
// { "supported distance[ oneway]": "desired desired …" }, level 2 as a list of
// "desired-Script supported-Script distance[ oneway]".
const languageRules = {};
const scriptRules = [];
for (const m of matching.languageMatch) {
  const d = m._desired.split('-'), s = m._supported.split('-');
  if (m._desired.includes('*') || m._supported.includes('*') || m._distance >= 50) continue;
  const oneway = m._oneway ? ' oneway' : '';
  if (d.length === 1) {
    const group = `${s[0]} ${m._distance}${oneway}`;
    languageRules[group] = languageRules[group] ? `${languageRules[group]} ${d[0]}` : d[0];
  } else if (d.length === 2) {
    scriptRules.push(`${m._desired} ${m._supported} ${m._distance}${oneway}`);
  }
}

// 5. Region classes: regions that every region rule (level 3) treats alike. A rule names region
//    sets ($enUS, $americas, …, or a region such as GB); two regions in exactly the same sets are
//    the same distance from every other region. Macro regions (those containing others) are kept
//    as they are, so they get no class.
const leaves = (code, seen = new Set()) => {
  const entry = containment[code];
  if (!entry) return [code];
  return entry._contains.flatMap((c) => (seen.has(c) ? [] : (seen.add(c), leaves(c, seen))));
};
const variables = matching.matchVariables;
const regionSets = [];
for (const m of matching.languageMatch) {
  for (const side of [m._desired, m._supported]) {
    const region = side.split('-')[2];
    if (region === undefined || region === '*') continue;
    const name = region.replace(/^\$!?/, '');
    const codes = region.startsWith('$') ? variables[`$${name}`]._value.split('+').flatMap((c) => leaves(c)) : [region];
    const key = [...new Set(codes)].sort().join('+');
    if (!regionSets.some((set) => set.key === key)) regionSets.push({ key, codes: new Set(codes) });
  }
}
const macroRegions = Object.keys(containment).filter((k) => !k.includes('-')).sort();
const allLeaves = [...new Set(Object.values(containment).flatMap((e) => e._contains).filter((c) => /^[A-Z]{2}$/.test(c)))].sort();
const regionClasses = {};
const known = new Uint8Array(Math.ceil((26 * 26) / 8));
for (const region of allLeaves) {
  const index = (region.charCodeAt(0) - 65) * 26 + (region.charCodeAt(1) - 65);
  known[index >> 3] |= 1 << (index & 7);
  const bits = regionSets.reduce((b, set, i) => b | (set.codes.has(region) ? 1 << i : 0), 0) + 1;
  if (bits !== 1) regionClasses[bits] = regionClasses[bits] ? `${regionClasses[bits]} ${region}` : region;
}

const sortObject = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
const out = `// Generated by scripts/gen-cldr.mjs from cldr-core ${version}. Do not edit by hand.
// Source files: supplemental/aliases.json, languageMatching.json, parentLocales.json,
// territoryContainment.json (Unicode License).

/** Legacy tags (lower-cased) that Intl.getCanonicalLocales rejects, with their CLDR replacement. */
export const LEGACY_TAG_ALIASES: ReadonlyMap<string, string> = new Map([
${Object.entries(sortObject(legacy)).map((e) => `  ${JSON.stringify(e)},`).join('\n')}
]);

/** Languages CLDR matches at distance <= 1, mapped to one representative (the CLDR parent). */
export const SAME_LANGUAGE: ReadonlyMap<string, string> = new Map(${JSON.stringify(Object.entries(sortObject(same)))});

/** Per language, scripts that CLDR accepts for one generic desired script (mutual last resort). */
export const SCRIPT_SIBLINGS: ReadonlyMap<string, readonly string[]> = new Map(${JSON.stringify(Object.entries(sortObject(siblings)))});

/**
 * CLDR's language rules under the threshold (UTS #35 §4.4, level 1; any other pair is 80 apart):
 * "supported distance[ oneway]" → the desired languages, space-separated. Read by preference-vocabulary.ts.
 */
export const LANGUAGE_RULES: Readonly<Record<string, string>> = ${JSON.stringify(languageRules)};

/** CLDR's script rules under the threshold (level 2; any other script pair is 50 apart): "desired supported distance[ oneway]". */
export const SCRIPT_RULES: readonly string[] = ${JSON.stringify(scriptRules)};

/** Regions that contain others (UN M.49 areas, EU, …): CLDR matching reads them through what they contain. */
export const MACRO_REGIONS = ${JSON.stringify(macroRegions.join(' '))};

/**
 * The territories CLDR knows, as a bit set over the two-letter codes AA…ZZ (bit (a × 26 + b) for
 * the letters a, b), in hexadecimal, a byte per two digits. Their region class (below) is 1 unless listed.
 */
export const KNOWN_REGIONS = ${JSON.stringify(Buffer.from(known).toString('hex'))};

/**
 * Territories by class for region distances, when not 1 (equal classes are the same distance from
 * any region): class number → space-separated regions. The class is 1 + the bit set of the region
 * sets of CLDR's region rules that hold the region.
 */
export const REGION_CLASSES: Readonly<Record<string, string>> = ${JSON.stringify(regionClasses)};
`;
writeFileSync(resolve(root, 'src/negotiation/cldr-data.ts'), out);
console.log(`cldr-data.ts: ${Object.keys(legacy).length} legacy aliases, ${Object.keys(same).length} same-language, ${Object.keys(siblings).length} script-sibling groups (cldr-core ${version})`);
