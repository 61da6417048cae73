// Scale, in a fresh process run with --expose-gc (bench/run.mjs spawns it):
// 1. 100,000 entries × 30 locales from `resources`: creation time, heap per entry after creation and
//    after every entry has been resolved once (records built);
// 2. the same content behind an i18next backend that loads a locale only when asked: the heap grows
//    with the locales loaded, not with the 30 that exist.
// Prints one JSON line.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next from 'i18next';
import { createContentLibrary } from 'localized-content';
import { buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';
import { heapUsed } from './measure.mjs';

const ENTRIES = Number(process.argv[2] ?? 100_000);

function scaleFromResources() {
  const resources = buildResources({ entries: ENTRIES, words: 12 });
  const before = heapUsed();
  const started = performance.now();
  const library = createContentLibrary({ defaultLocale: DEFAULT_LOCALE, resources, locales: LOCALES });
  const createMs = performance.now() - started;
  const created = heapUsed();
  const resolveStarted = performance.now();
  const ids = Object.keys(resources[DEFAULT_LOCALE].articles);
  for (const id of ids) library.resolve(id, 'fr-FR,fr;q=0.9,en;q=0.8');
  const firstPassMs = performance.now() - resolveStarted;
  const resolved = heapUsed();
  // Used after the reading, so that V8 cannot collect the library (or the content) before it.
  const alive = library.resolve(ids[0], 'fr') !== null && resources[DEFAULT_LOCALE] !== undefined;
  return {
    alive,
    entries: ENTRIES,
    locales: LOCALES.length,
    createMs,
    bytesPerEntryCreated: (created - before) / ENTRIES,
    firstPassMs,
    bytesPerEntryResolved: (resolved - before) / ENTRIES,
  };
}

/**
 * A file backend, as i18next-fs-backend works: `<dir>/<locale>/<namespace>.json`, read when i18next
 * asks for that locale.
 */
class FileBackend {
  static type = 'backend';
  init(_services, options) {
    this.dir = options.dir;
  }
  read(language, namespace, callback) {
    try {
      callback(null, JSON.parse(readFileSync(join(this.dir, language, `${namespace}.json`), 'utf8')));
    } catch (error) {
      callback(error, false);
    }
  }
}

async function lazyLoading() {
  const dir = mkdtempSync(join(tmpdir(), 'lc-scale-'));
  try {
    writeCorpus(dir);
    return await loadStepByStep(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Apart, so that the generated corpus is garbage before the first heap reading.
function writeCorpus(dir) {
  const corpus = buildResources({ entries: ENTRIES, words: 12 });
  for (const locale of LOCALES) {
    mkdirSync(join(dir, locale));
    writeFileSync(join(dir, locale, 'articles.json'), JSON.stringify(corpus[locale].articles));
  }
}

async function loadStepByStep(dir) {
  const i18n = i18next.createInstance();
  await i18n.use(FileBackend).init({
    backend: { dir },
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    preload: [DEFAULT_LOCALE],
    ns: ['articles'],
    defaultNS: 'articles',
  });
  const library = createContentLibrary({ defaultLocale: DEFAULT_LOCALE, i18n, locales: LOCALES });
  const steps = [];
  let loaded = 1;
  for (const count of [1, 5, 10, 30]) {
    if (count > loaded) {
      await i18n.loadLanguages(LOCALES.slice(loaded, count));
      loaded = count;
    }
    // Serve the whole corpus to readers of the loaded languages: records are built as requested.
    for (let i = 0; i < ENTRIES; i += 10) library.resolve(`article-${i}`, LOCALES[(i / 10) % count]);
    const heap = heapUsed();
    steps.push({ localesLoaded: count, heapMB: heap / 2 ** 20, article0Locales: library.resolve('article-0', LOCALES[count - 1])?.alternates.length });
  }
  return steps;
}

const resources = scaleFromResources();
const lazy = await lazyLoading();
console.log(JSON.stringify({ resources, lazy }));
