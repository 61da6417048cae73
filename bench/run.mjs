// `npm run bench` (builds first): throughput against the hand-written composition and the floor in
// this process, then cold start, scale and `check` speed each in a fresh process. Prints figures
// and the goals; `--strict` exits 1 when a goal is missed (timings are noisy on shared
// machines, so by default the bench only reports).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { throughput } from './throughput.mjs';
import { fmtBytes, printTable } from './measure.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const strict = process.argv.includes('--strict');

function child(file, args = [], nodeFlags = []) {
  const run = spawnSync(process.execPath, [...nodeFlags, here(file), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${file} failed (${run.status}):\n${run.stderr}`);
  return run.stdout.trim();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`localized-content bench — Node ${process.versions.node}, ${os.cpus().length}-core ${os.arch()}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);

const t = throughput();

// Cold start: each run a fresh process, the subjects interleaved; medians, and the total's range.
const COLD_RUNS = 11;
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

// `check` over a generated tree (bench/check.mjs, by the CLI's authors).
if (existsSync(here('check.mjs'))) {
  console.log('\n## check\n');
  console.log(child('check.mjs'));
}

const goals = [
  [`resolve ≥ 50× the composition`, t.vsComposition >= 50, `${t.vsComposition.toFixed(0)}×`],
  // The issue measured its composition at 24,000–29,000/s; ours is slower here, so also the strictest reading.
  [`resolve ≥ 50× the issue's 29,000/s`, t.resolve.opsPerSec / 29_000 >= 50, `${(t.resolve.opsPerSec / 29_000).toFixed(0)}×`],
  [`resolve within 4× of the floor`, t.fromFloor <= 4, `${t.fromFloor.toFixed(2)}×`],
  [`cold start ≤ 40 ms`, coldTotal <= 40, `${coldTotal.toFixed(1)} ms`],
];
console.log('\n## goals (issue 7)\n');
printTable([['goal', 'measured', 'met'], ...goals.map(([goal, met, value]) => [goal, value, met ? 'yes' : 'NO'])]);
if (strict && goals.some(([, met]) => !met)) process.exitCode = 1;
