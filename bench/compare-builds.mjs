// `resolve` of two builds of the package, in one process, over the same requests: what a change
// did to the request path, without the machine's load moving between two runs. Each build is
// given by its main entry (`node bench/compare-builds.mjs <old>/dist/index.js <new>/dist/index.js`;
// an older commit is built in a checkout of its own). Rounds alternate which build goes first.
// Prints the median nanoseconds per `resolve` of each, and their ratio (second / first).
import { buildRequests, buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';

const ENTRIES = 10_000;
const ROUNDS = 12;
const [first, second] = process.argv.slice(2);
if (first === undefined || second === undefined) {
  console.error('usage: node bench/compare-builds.mjs <first build>/dist/index.js <second build>/dist/index.js');
  process.exit(2);
}

async function libraryOf(entry) {
  const { createContentLibrary, sourceHash } = await import(new URL(entry, `file://${process.cwd()}/`).href);
  const resources = buildResources({ entries: ENTRIES, sourceHash });
  return createContentLibrary({ defaultLocale: DEFAULT_LOCALE, resources, locales: LOCALES }).resolve;
}

const subjects = [await libraryOf(first), await libraryOf(second)];
const requests = buildRequests({ entries: ENTRIES, count: 100_000 });
let served = 0;

/** Nanoseconds per call over three passes of the requests. */
function pass(resolve) {
  const started = process.hrtime.bigint();
  for (let p = 0; p < 3; p++) for (let i = 0; i < requests.ids.length; i++) if (resolve(requests.ids[i], requests.headers[i])) served++;
  return Number(process.hrtime.bigint() - started) / (3 * requests.ids.length);
}

for (const resolve of [...subjects, ...subjects]) pass(resolve); // warm both: caches filled, code optimized
const times = [[], []];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? [1, 0] : [0, 1];
  for (const i of order) times[i].push(pass(subjects[i]));
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const [a, b] = times.map(median);
console.log(JSON.stringify({ first: { entry: first, nsPerResolve: Math.round(a) }, second: { entry: second, nsPerResolve: Math.round(b) }, ratio: Number((b / a).toFixed(3)), served }));
