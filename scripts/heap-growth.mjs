#!/usr/bin/env node
// Heap growth under hostile Accept-Language headers: `npm run heap` (builds, then runs with --expose-gc).
//
// One library resolves 500,000 distinct request values chosen to defeat every cache on the way:
// first the full CLDR sweep (every language CLDR has likely subtags for, bare and with each script
// and region the site's locales use: what a matcher's memo would keep forever), then hostile
// headers (valid language-script-region combinations, private-use and variant subtags, long
// two-byte headers, garbage). The heap is compared with the heap after a warm-up. It also times
// one 1 MB header. Prints the figures; exits 1 when growth exceeds the limit.
// Usage: [count] [--limit=MB]
import { createContentLibrary, negotiate } from '../dist/index.node.js';
import { cldrSweep, hostileHeader, hostileSiteResources } from './hostile-headers.mjs';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 500_000);
const limitMb = Number(process.argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? 10);

if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc (npm run heap does)');
  process.exit(2);
}

const resources = hostileSiteResources();
const library = createContentLibrary({ defaultLocale: 'en', resources });
const ids = ['a', 'b'];
const siteLocales = Object.keys(resources);
const sweep = cldrSweep(siteLocales);
/** The `i`th value: the CLDR sweep first, then hostile headers (all distinct). */
const value = (i) => (i < sweep.length ? sweep[i] : hostileHeader(i - sweep.length));

function settle() {
  for (let i = 0; i < 4; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

// Warm-up: catalogs, Intl data and compiled notices are one-time costs, not growth per header.
for (let i = 0; i < 2_000; i++) library.resolve(ids[i % 2], hostileHeader(1_000_000_000 + i));
const before = settle();

let served = 0;
for (let i = 0; i < count; i++) {
  const requested = value(i);
  if (library.resolve(ids[i % 2], requested) !== null) served++;
  negotiate(requested, siteLocales); // negotiate alone, on its own list, as a site may call it
}
const after = settle();
const growthMb = (after - before) / 1024 / 1024;

const huge = `${'xx-'.repeat(100)}es-MX;q=0.9,`.repeat(Math.ceil(1024 * 1024 / 310)).slice(0, 1024 * 1024);
const start = performance.now();
const hugeResult = library.resolve('a', huge);
const hugeMs = performance.now() - start;

console.log(`resolved ${served} of ${count} requests: the CLDR sweep (${sweep.length.toLocaleString('en')} tags), then hostile headers`);
console.log(`heap growth: ${growthMb.toFixed(2)} MB for ${count.toLocaleString('en')} distinct values (limit ${limitMb} MB)`);
console.log(`1 MB header: ${hugeMs.toFixed(1)} ms (locale ${hugeResult?.locale})`);
if (growthMb > limitMb) {
  console.error(`FAIL: heap grew ${growthMb.toFixed(2)} MB, over ${limitMb} MB`);
  process.exit(1);
}
