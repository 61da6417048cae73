// `npm run bench` (builds first): throughput against the hand-written composition and the floor,
// cold start, scale and `check` speed, each in fresh processes. Prints figures and the goals;
// `--strict` exits 1 when a goal is missed (timings are noisy on shared machines, so by default the
// bench only reports).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { fmtBytes, fmtNs, fmtOps, printTable } from './measure.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const strict = process.argv.includes('--strict');

function child(file, args = [], nodeFlags = []) {
  const run = spawnSync(process.execPath, [...nodeFlags, here(file), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${file} failed (${run.status}):\n${run.stderr}`);
  return run.stdout.trim();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`localized-content bench — Node ${process.versions.node}, ${os.cpus().length}-core ${os.arch()}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);

// Throughput: each process measures the three subjects in interleaved rounds (bench/throughput.mjs).
// Ratios are taken within a process, then the median process decides; a line per process shows the spread.
const PROCESSES = 3;
const procs = Array.from({ length: PROCESSES }, () => JSON.parse(child('throughput.mjs', [], ['--expose-gc'])));
const perProcess = {
  vsComposition: procs.map((p) => p.resolve.opsPerSec / p.baseline.opsPerSec),
  fromFloor: procs.map((p) => p.floor.opsPerSec / p.resolve.opsPerSec),
  floorVsComposition: procs.map((p) => p.floor.opsPerSec / p.baseline.opsPerSec),
};
const vsComposition = median(perProcess.vsComposition);
const fromFloor = median(perProcess.fromFloor);
const floorVsComposition = median(perProcess.floorVsComposition);
const resolveOps = median(procs.map((p) => p.resolve.opsPerSec));
const times = (v) => `${v.toFixed(0)}×`;
const slower = (v) => `${v.toFixed(2)}×`;
const subjectRow = (label, subject, versus) => {
  const pick = (field) => median(procs.map((p) => p[subject][field]));
  return [label, fmtOps(pick('opsPerSec')), fmtNs(pick('p50')), fmtNs(pick('p99')), ...versus];
};
const shape = procs[0];
console.log(`\n## resolve: ${shape.entries.toLocaleString('en')} entries × ${shape.locales} locales, Zipf requests over ${shape.headers} Accept-Language headers`);
console.log(`(${PROCESSES} fresh processes × ${shape.rounds} interleaved rounds; medians over processes, ratios within each process;`);
console.log(' latency per call, from batches of 64)\n');
printTable([
  ['subject', 'ops/s', 'p50', 'p99', 'vs composition', 'vs floor'],
  subjectRow('resolve (localized-content)', 'resolve', [times(vsComposition), `${slower(fromFloor)} slower`]),
  subjectRow('composition (no caches)', 'baseline', ['1×', `${times(floorVsComposition)} slower`]),
  subjectRow('floor (Map get + property)', 'floor', [times(floorVsComposition), '1×']),
]);
console.log(
  `\nper process: resolve ${procs.map((p) => fmtOps(p.resolve.opsPerSec)).join(', ')}; ` +
    `vs composition ${perProcess.vsComposition.map(times).join(', ')}; from floor ${perProcess.fromFloor.map(slower).join(', ')}`,
);
const h = shape.heap;
const caches = median(procs.map((p) => p.heap.caches));
console.log(`heap: corpus ${fmtBytes(h.corpus)}, library after creation ${fmtBytes(h.created)}, caches after a full pass ${fmtBytes(caches)} (median)${h.exact ? '' : ' (run with --expose-gc for exact figures)'}`);

// Cold start: each run a fresh process, the subjects interleaved; medians, and the total's range.
const COLD_RUNS = 21;
const cold = { library: [], composition: [], minimum: [] };
for (let i = 0; i < COLD_RUNS; i++) {
  for (const subject of Object.keys(cold)) cold[subject].push(JSON.parse(child('cold-start.mjs', [subject], ['--expose-gc'])));
}
const coldRow = (subject, label) => {
  const runs = cold[subject];
  const pick = (field) => `${median(runs.map((r) => r[field])).toFixed(1)} ms`;
  const totals = runs.map((r) => r.totalMs);
  const range = `${Math.min(...totals).toFixed(0)}–${Math.max(...totals).toFixed(0)} ms`;
  return [label, pick('importMs'), pick('createMs'), pick('firstResolveMs'), pick('totalMs'), range];
};
console.log(`\n## cold start: fresh process, 10,000 entries, first request needs a notice (median of ${COLD_RUNS})\n`);
printTable([
  ['subject', 'import', 'create', 'first resolve', 'total', 'total, range'],
  coldRow('library', 'localized-content'),
  coldRow('composition', 'composition'),
  coldRow('minimum', 'i18next + best fit, no notice'),
]);
const coldTotal = median(cold.library.map((r) => r.totalMs));

// Scale and lazy loading.
const scale = JSON.parse(child('scale.mjs', [], ['--expose-gc']));
const s = scale.resources;
console.log(`\n## scale: ${s.entries.toLocaleString('en')} entries × ${s.locales} locales\n`);
printTable([
  ['measure', 'value'],
  ['createContentLibrary', `${s.createMs.toFixed(1)} ms`],
  ['heap per entry after creation', `${s.bytesPerEntryCreated.toFixed(0)} B`],
  ['first resolve of every entry', `${s.firstPassMs.toFixed(0)} ms (${((s.firstPassMs * 1000) / s.entries).toFixed(1)} µs each: records are built on first request)`],
  ['heap per entry once each is resolved', `${s.bytesPerEntryResolved.toFixed(0)} B`],
]);
console.log('\nlazy per-locale loading (an i18next file backend; heap after serving the loaded languages):\n');
printTable([['locales loaded', 'heap', 'locales article-0 is offered in'], ...scale.lazy.map((step) => [step.localesLoaded, fmtBytes(step.heapMB * 2 ** 20), step.article0Locales])]);

// Content beyond memory: the scale corpus on a local HTTP server, loaded per reader through
// i18next-http-backend (bench/http-scale.mjs), and the same corpus as a file per entry (bench/entry-files.mjs).
const http = JSON.parse(child('http-scale.mjs', [], ['--expose-gc']));
console.log(`\n## content beyond memory: ${http.entries.toLocaleString('en')} entries × ${http.locales} locales on a local HTTP server, i18next-http-backend\n`);
printTable([
  ['measure', 'value'],
  ['first library.load of one locale (fetch, parse, store)', `${http.firstLoad.ms.toFixed(0)} ms`],
  ...http.steps.map((step) => [`heap with ${step.localesLoaded} locales loaded`, fmtBytes(step.heapMB * 2 ** 20)]),
  ['resolve once loaded (all locales)', `${fmtOps(http.resolve.opsPerSec)}, p50 ${fmtNs(http.resolve.p50)}, p99 ${fmtNs(http.resolve.p99)}`],
  ['floor (Map get + property), same process', fmtOps(http.floor.opsPerSec)],
  ['resolve vs the floor', `${slower(http.floor.opsPerSec / http.resolve.opsPerSec)} slower`],
]);
// 10,000 entries (141 thousand files) by default: the 100,000 (1.4 million files) takes
// about half an hour here (bench/RESULTS.md). `--entry-files <n>` to choose.
const entryFilesAt = process.argv.indexOf('--entry-files');
const ENTRY_FILES = entryFilesAt === -1 ? 10_000 : Number(process.argv[entryFilesAt + 1]);
const perEntry = JSON.parse(child('entry-files.mjs', [String(ENTRY_FILES)]));
console.log(`\n## a file per entry: ${perEntry.entries.toLocaleString('en')} entries × ${perEntry.locales} locales, ${perEntry.files.toLocaleString('en')} files (${perEntry.markdown.toLocaleString('en')} Markdown), against one file per locale\n`);
const rate = (ms) => `${Math.round(perEntry.files / (ms / 1000)).toLocaleString('en')} files/s`;
const layoutRow = (command) => {
  const { perEntry: entries, single, ratio } = perEntry[command];
  return [
    command,
    `${(entries.ms / 1000).toFixed(1)} s (${rate(entries.ms)}), ${entries.peakRssMB} MB`,
    `${(single.ms / 1000).toFixed(1)} s, ${single.peakRssMB} MB`,
    `${ratio.toFixed(2)}×`,
    `${entries.load} / ${single.load}`,
  ];
};
printTable([
  ['command', 'a file per entry (time, peak RSS)', 'one file per locale', 'per entry vs per locale', 'load average (per entry / per locale)'],
  layoutRow('check'),
  layoutRow('status'),
]);
if (perEntry.check.perEntry.warnings !== perEntry.check.single.warnings || perEntry.status.perEntry.outdated !== perEntry.status.single.outdated) {
  console.log('the two layouts disagree: check', JSON.stringify(perEntry.check), 'status', JSON.stringify(perEntry.status));
}

// `check` over a generated tree (bench/check.mjs, by the CLI's authors).
if (existsSync(here('check.mjs'))) {
  console.log('\n## check\n');
  console.log(child('check.mjs'));
}

// Request values seen for the first time (bench/first-sight.mjs), against one raw best-fit pass of
// @formatjs/intl-localematcher over the same preferences and site languages.
const first = JSON.parse(child('first-sight.mjs'));
const ratioOf = (subject) => subject.p50 / first.raw.p50;
console.log(`\n## first sight: ${first.headers.toLocaleString('en')} distinct ${first.tags}-tag headers, ${first.locales}-locale site (p50, p99; ratio of p50s)\n`);
printTable([
  ['subject', 'p50', 'p99', 'vs raw best fit'],
  ['raw best fit (formatjs match, same preferences and site languages)', fmtNs(first.raw.p50 * 1e6), fmtNs(first.raw.p99 * 1e6), '1×'],
  ['resolve, first sight', fmtNs(first.first.p50 * 1e6), fmtNs(first.first.p99 * 1e6), `${ratioOf(first.first).toFixed(2)}×`],
  ['resolve, second sight (the reader is ranked)', fmtNs(first.second.p50 * 1e6), fmtNs(first.second.p99 * 1e6), `${ratioOf(first.second).toFixed(2)}×`],
  ['switcher, first sight', fmtNs(first.switcher.p50 * 1e6), fmtNs(first.switcher.p99 * 1e6), `${ratioOf(first.switcher).toFixed(2)}×`],
]);

// The example site under hostile-only and valid-only load (bench/hostile-site.mjs, autocannon), beside
// the floor (the same redirect without negotiation), the header read alone (requestLanguage) and the
// composition (one raw best-fit pass).
const load = JSON.parse(child('hostile-site.mjs'));
console.log(`\n## example site, GET / under load: ${load.rounds} runs × ${load.seconds} s each, fresh server per run after ${load.warmupRequests.toLocaleString('en')} requests of the same kind\n`);
const cpu = (value) => (value === null ? 'n/a' : `${value.toFixed(0)} µs`);
const loadRow = (label, server) => [
  label,
  server.valid.map((v) => v.toFixed(0)).join(', '),
  server.hostile.map((v) => v.toFixed(0)).join(', '),
  `${(server.ratio * 100).toFixed(0)} %`,
  `${cpu(server.cpuUs.valid)}, ${cpu(server.cpuUs.hostile)}`,
];
printTable([
  ['server', 'valid-only req/s', 'hostile-only req/s (a new 50-entry header each)', 'hostile / valid', 'server CPU per request (valid, hostile)'],
  loadRow('example site', load),
  loadRow('floor: the same redirect, header not read', load.floor),
  loadRow('read only: the header read as the package reads it, no negotiation', load.read),
  loadRow('composition: one raw best-fit pass', load.composition),
]);
console.log(
  `\nthe site's handler alone, CPU per GET / (in one process, medians of 5 interleaved batches): ` +
    `valid ${load.handlerUs.valid.toFixed(1)} µs, hostile ${load.handlerUs.hostile.toFixed(1)} µs`,
);

const goals = [
  [`resolve ≥ 50× the composition`, vsComposition >= 50, times(vsComposition)],
  // The issue measured its composition at 24,000–29,000/s; ours is slower here, so also the strictest reading.
  [`resolve ≥ 50× the issue's 29,000/s`, resolveOps / 29_000 >= 50, times(resolveOps / 29_000)],
  [`resolve within 4× of the floor`, fromFloor <= 4, slower(fromFloor)],
  [`cold start ≤ 40 ms`, coldTotal <= 40, `${coldTotal.toFixed(1)} ms`],
  [`first sight of a 32-tag header ≤ 1.5× a raw best fit`, ratioOf(first.first) <= 1.5, `${ratioOf(first.first).toFixed(2)}×`],
  [`example site: hostile-only ≥ 70 % of valid-only req/s`, load.ratio >= 0.7, `${(load.ratio * 100).toFixed(0)} % (floor ${(load.floor.ratio * 100).toFixed(0)} %, read only ${(load.read.ratio * 100).toFixed(0)} %, composition ${(load.composition.ratio * 100).toFixed(0)} %)`],
];
console.log('\n## goals\n');
printTable([['goal', 'measured', 'met'], ...goals.map(([goal, met, value]) => [goal, value, met ? 'yes' : 'NO'])]);
if (strict && goals.some(([, met]) => !met)) process.exitCode = 1;
