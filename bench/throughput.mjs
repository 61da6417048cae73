// Throughput, in one process: the library's `resolve`, the hand-written composition (bench/baseline.mjs)
// and the floor (a Map lookup plus a property read), over the same Zipf-distributed requests.
// Prints a table and returns the figures for the summary. Run with --expose-gc for heap figures.
import { createContentLibrary, sourceHash } from 'localized-content';
import { createBaseline, createFloor } from './baseline.mjs';
import { buildRequests, buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';
import { consume, fmtBytes, fmtNs, fmtOps, heapUsed, measure, medianOf, printTable } from './measure.mjs';

const ENTRIES = 10_000;
const ROUNDS = 5;

export function throughput() {
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
  const r = medianOf(runs.resolve);
  const f = medianOf(runs.floor);
  const b = medianOf(runs.baseline);

  console.log(`\n## resolve: ${ENTRIES.toLocaleString('en')} entries × ${LOCALES.length} locales, Zipf requests over ${new Set(requests.headers).size} Accept-Language headers`);
  console.log(`(median of ${ROUNDS} interleaved rounds; latency per call, from batches of 64)\n`);
  printTable([
    ['subject', 'ops/s', 'p50', 'p99', 'vs composition', 'vs floor'],
    ['resolve (localized-content)', fmtOps(r.opsPerSec), fmtNs(r.p50), fmtNs(r.p99), `${(r.opsPerSec / b.opsPerSec).toFixed(0)}×`, `${(f.opsPerSec / r.opsPerSec).toFixed(2)}× slower`],
    ['composition (no caches)', fmtOps(b.opsPerSec), fmtNs(b.p50), fmtNs(b.p99), '1×', `${(f.opsPerSec / b.opsPerSec).toFixed(0)}× slower`],
    ['floor (Map get + property)', fmtOps(f.opsPerSec), fmtNs(f.p50), fmtNs(f.p99), `${(f.opsPerSec / b.opsPerSec).toFixed(0)}×`, '1×'],
  ]);
  console.log(`\nheap: corpus ${fmtBytes(afterCorpus - before)}, library after creation ${fmtBytes(afterCreate - afterCorpus)}, caches after a full pass ${fmtBytes(afterWarm - afterCreate)}${globalThis.gc ? '' : ' (run with --expose-gc for exact figures)'}`);
  return { resolve: r, floor: f, baseline: b, vsComposition: r.opsPerSec / b.opsPerSec, fromFloor: f.opsPerSec / r.opsPerSec };
}
