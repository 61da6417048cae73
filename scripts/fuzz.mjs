#!/usr/bin/env node
// Long property run on the built package: `npm run fuzz [-- --runs=N --seed=S]`.
//
// The properties are tests/hardening/properties.ts, the ones CI runs with a fixed seed; esbuild
// compiles that module in memory (fast-check bundled in) and it is given dist/'s API, so what is
// fuzzed is what ships. Prints how many inputs each property tried; exits 1 on a counterexample.
import { build } from 'esbuild';
import * as api from '../dist/index.node.js';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const runs = arg('runs', 20_000);
const seed = arg('seed', Date.now() % 2 ** 31);

const bundled = await build({
  entryPoints: [new URL('../tests/hardening/properties.ts', import.meta.url).pathname],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
// Data URL import: the compiled module carries its own fast-check, re-exported as `fc`.
const code = Buffer.from(bundled.outputFiles[0].text).toString('base64');
const { hardeningProperties, fc } = await import(`data:text/javascript;base64,${code}`);

console.log(`fuzz: seed ${seed}, ${runs} runs per property`);
let tried = 0;
let failed = 0;
for (const { name, property } of hardeningProperties(api)) {
  const start = performance.now();
  const details = fc.check(property, { seed, numRuns: runs });
  tried += details.numRuns;
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`FAIL ${name} after ${details.numRuns} inputs (${seconds} s)`);
    console.log(`  counterexample: ${fc.stringify(details.counterexample)}`);
    if (details.errorInstance) console.log(`  error: ${details.errorInstance}`);
    console.log(`  replay: npm run fuzz -- --seed=${seed} --runs=${runs}`);
  } else {
    console.log(`ok   ${name}: ${details.numRuns} inputs (${seconds} s)`);
  }
}
console.log(`fuzz: ${tried} inputs tried, ${failed} properties failed`);
process.exit(failed > 0 ? 1 : 0);
