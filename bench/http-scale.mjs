// Content beyond memory, measured (run by bench/run.mjs in a fresh process with --expose-gc):
// 100,000 entries × 30 locales served by a local HTTP server (a CDN stand-in on 127.0.0.1, its own
// process) through i18next-http-backend, loaded per reader with `library.load`:
// 1. the time of the first `load` of one locale (fetch, parse, store);
// 2. the heap with 1, 5 and 30 locales loaded, after serving every entry to readers of them;
// 3. `resolve` throughput with all 30 loaded, against the floor (a Map lookup plus a property read)
//    over the same Zipf-distributed requests, as bench/throughput.mjs measures it.
// Prints one JSON line.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import HttpBackend from 'i18next-http-backend';
import { createContentLibrary } from 'localized-content';
import { createFloor } from './baseline.mjs';
import { buildRequests, buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';
import { consume, heapUsed, measure, medianOf } from './measure.mjs';

const ENTRIES = Number(process.argv[2] ?? 100_000);
const ROUNDS = 5;

// Apart, so that the generated corpus is garbage before the first heap reading.
function writeCorpus(dir) {
  const corpus = buildResources({ entries: ENTRIES, words: 12 });
  for (const locale of LOCALES) {
    mkdirSync(join(dir, locale));
    writeFileSync(join(dir, locale, 'articles.json'), JSON.stringify(corpus[locale].articles));
  }
}

async function startCdn(dir) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./cdn-server.mjs', import.meta.url)), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next().then((r) => [r.value]);
  return { url: `http://127.0.0.1:${line}`, close: () => child.stdin.end() };
}

/** Serves every tenth entry to a reader of each loaded language in turn: records are built as requested. */
function serve(library, locales) {
  for (let i = 0; i < ENTRIES; i += 10) consume(library.resolve(`article-${i}`, locales[(i / 10) % locales.length]));
}

const dir = mkdtempSync(join(tmpdir(), 'lc-http-scale-'));
let cdn;
try {
  writeCorpus(dir);
  cdn = await startCdn(dir);
  const i18n = i18next.createInstance().use(HttpBackend);
  await i18n.init({ backend: { loadPath: `${cdn.url}/{{lng}}/{{ns}}.json` }, supportedLngs: LOCALES, ns: ['articles'], defaultNS: 'articles', fallbackLng: false });
  const library = createContentLibrary({ defaultLocale: DEFAULT_LOCALE, i18n });
  const empty = heapUsed();

  const started = performance.now();
  const first = await library.load(DEFAULT_LOCALE);
  const firstLoadMs = performance.now() - started;
  const steps = [];
  for (const count of [1, 5, 30]) {
    // Readers of the next languages arrive: each `load` reads their language (the default is held).
    for (const locale of LOCALES.slice(1, count)) await library.load(locale);
    serve(library, LOCALES.slice(0, count));
    const held = Object.keys(i18n.store.data).filter((locale) => i18n.store.data[locale].articles !== undefined).length;
    steps.push({ localesLoaded: held, heapMB: (heapUsed() - empty) / 2 ** 20 });
  }

  const requests = buildRequests({ entries: ENTRIES, count: 100_000 });
  const resources = { [DEFAULT_LOCALE]: { articles: i18n.store.data[DEFAULT_LOCALE].articles } };
  const floor = createFloor(resources, DEFAULT_LOCALE);
  const { resolve } = library;
  for (let i = 0; i < requests.ids.length; i++) consume(resolve(requests.ids[i], requests.headers[i]));
  const runs = { resolve: [], floor: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.resolve.push(measure(resolve, requests, { passes: 3 }));
    runs.floor.push(measure(floor, requests, { passes: 3 }));
  }
  console.log(JSON.stringify({
    entries: ENTRIES,
    locales: LOCALES.length,
    firstLoad: { ms: firstLoadMs, loaded: first.loaded, failed: first.failed },
    steps,
    resolve: medianOf(runs.resolve),
    floor: medianOf(runs.floor),
  }));
} finally {
  cdn?.close();
  rmSync(dir, { recursive: true, force: true });
}
