#!/usr/bin/env node
// Long property run on the built package: `npm run fuzz [-- --inputs=N --workers=W --seed=S]`.
//
// The properties are tests/hardening/properties.ts, the ones CI runs a few thousand inputs of with a
// fixed seed; esbuild compiles that module in memory (fast-check bundled in) and it is given dist/'s
// API, so what is fuzzed is what ships. Each property gets an equal share of N inputs (default one
// million), split across W worker threads (default 2), each with its own seed. A worker is a fresh
// module instance: its probes for "answers do not depend on history" are answered before anything
// else ran in it, as in a fresh process. Prints the inputs per property, the total, and the
// failures with their counterexample and replay command; exits 1 on any failure.
import { build } from 'esbuild';
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Probes answered first in each worker (a fresh module instance) and re-asked after history. */
const PROBES = 2000;

async function loadProperties() {
  const bundled = await build({
    entryPoints: [new URL('../tests/hardening/properties.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  // Data URL import: the compiled module carries its own fast-check, re-exported as `fc`.
  return Buffer.from(bundled.outputFiles[0].text).toString('base64');
}

/** Runs, in this worker, `runs` inputs of each property with `seed`; reports each result to the parent. */
async function work({ code, runs, seed, only }) {
  const api = await import('../dist/index.node.js');
  const { hardeningProperties, fc } = await import(`data:text/javascript;base64,${code}`);
  for (const { name, property } of hardeningProperties(api, { probes: PROBES }).filter((p) => p.name.includes(only))) {
    const start = performance.now();
    const details = fc.check(property, { seed, numRuns: runs });
    parentPort.postMessage({
      name,
      inputs: details.numRuns,
      ms: performance.now() - start,
      failure: details.failed
        ? { counterexample: fc.stringify(details.counterexample), error: details.errorInstance ? String(details.errorInstance) : null, seed }
        : null,
    });
  }
}

async function main() {
  const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const total = arg('inputs', 1_000_000);
  const workers = Math.max(1, arg('workers', Math.min(2, os.availableParallelism())));
  const seed = arg('seed', Date.now() % 2 ** 31);
  // --only=text: the properties whose name contains it (to replay one failure).
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';
  const code = await loadProperties();
  const started = performance.now();
  const results = new Map();
  const done = [];
  const size = await propertyCount(code, only);
  const runs = Math.ceil(total / size / workers);
  console.log(`fuzz: seed ${seed}, ${size} properties × ${runs * workers} inputs (${workers} worker${workers > 1 ? 's' : ''}, ${runs} each, seeds ${seed}..${seed + workers - 1})`);
  for (let w = 0; w < workers; w++) {
    const worker = new Worker(new URL(import.meta.url), { workerData: { code, runs, seed: seed + w, only } });
    done.push(
      new Promise((resolve, reject) => {
        worker.on('message', (report) => {
          const sum = results.get(report.name) ?? { inputs: 0, ms: 0, failures: [] };
          sum.inputs += report.inputs;
          sum.ms += report.ms;
          if (report.failure) sum.failures.push(report.failure);
          results.set(report.name, sum);
        });
        worker.on('error', reject);
        worker.on('exit', (exitCode) => (exitCode === 0 ? resolve() : reject(new Error(`worker ${w} exited with ${exitCode}`))));
      }),
    );
  }
  await Promise.all(done);
  let inputs = 0;
  let failed = 0;
  for (const [name, { inputs: n, ms, failures }] of results) {
    inputs += n;
    console.log(`${failures.length > 0 ? 'FAIL' : 'ok  '} ${name}: ${n} inputs (${(ms / 1000).toFixed(1)} s of worker time)`);
    for (const failure of failures) {
      failed++;
      console.log(`  counterexample: ${failure.counterexample}`);
      if (failure.error) console.log(`  error: ${failure.error}`);
      console.log(`  replay: node scripts/fuzz.mjs --workers=1 --seed=${failure.seed} --inputs=${runs} --only=${JSON.stringify(name)}`);
    }
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(`fuzz: ${inputs} inputs, ${failed} failures, ${results.size} properties, ${minutes} min (seed ${seed})`);
  process.exit(failed > 0 || results.size !== size ? 1 : 0);
}

/** How many properties the module defines (made once here, on dist/, with no probes). */
async function propertyCount(code, only) {
  const api = await import('../dist/index.node.js');
  const { hardeningProperties } = await import(`data:text/javascript;base64,${code}`);
  return hardeningProperties(api, { probes: 1 }).filter((p) => p.name.includes(only)).length;
}

if (isMainThread) await main();
else await work(workerData);
