// Throughput, in one process: the library's `resolve`, the hand-written composition (bench/baseline.mjs)
// and the floor (a Map lookup plus a property read), over the same Zipf-distributed requests.
// bench/run.mjs runs it in several fresh processes: these figures are bound by memory traffic, and
// resolve's rate differed by up to a third between processes run back to back, so one process
// alone can mislead. Prints one JSON line. Run with --expose-gc for exact heap figures.
import { createContentLibrary, sourceHash } from 'localized-content';
import { createBaseline, createFloor } from './baseline.mjs';
import { buildRequests, buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';
import { consume, heapUsed, measure, medianOf } from './measure.mjs';

const ENTRIES = 10_000;
const ROUNDS = 5;

const before = heapUsed();
const resources = buildResources({ entries: ENTRIES, sourceHash });
const afterCorpus = heapUsed();
const library = createContentLibrary({ defaultLocale: DEFAULT_LOCALE, resources, locales: LOCALES });
const afterCreate = heapUsed();
const { resolve } = library;
const requests = buildRequests({ entries: ENTRIES, count: 100_000 });

const floor = createFloor(resources, DEFAULT_LOCALE);
const baseline = createBaseline({ resources, locales: LOCALES, defaultLocale: DEFAULT_LOCALE, catalogsDir: new URL('../locales/', import.meta.url) });

// Fill the caches with a full pass before reading the heap, as a server does over its first minutes.
for (let i = 0; i < requests.ids.length; i++) consume(resolve(requests.ids[i], requests.headers[i]));
const afterWarm = heapUsed();

const runs = { resolve: [], floor: [], baseline: [] };
// Rounds interleave the subjects, so that a noisy neighbour hurts them alike.
for (let round = 0; round < ROUNDS; round++) {
  runs.resolve.push(measure(resolve, requests, { passes: 3 }));
  runs.floor.push(measure(floor, requests, { passes: 3 }));
  runs.baseline.push(measure(baseline, requests, { passes: 1, limit: 8_192 }));
}

console.log(
  JSON.stringify({
    entries: ENTRIES,
    locales: LOCALES.length,
    headers: new Set(requests.headers).size,
    rounds: ROUNDS,
    resolve: medianOf(runs.resolve),
    floor: medianOf(runs.floor),
    baseline: medianOf(runs.baseline),
    heap: { corpus: afterCorpus - before, created: afterCreate - afterCorpus, caches: afterWarm - afterCreate, exact: globalThis.gc !== undefined },
  }),
);
