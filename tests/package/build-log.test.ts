/**
 * `npm run build` (scripts/build.mjs) is quiet on a clean build and shows tsup's whole log when the
 * build fails or warns (`tsup --silent` dropped esbuild's and Rollup's warnings). Runs the script
 * with a stand-in `tsup` first on PATH that prints a given log and exits with a given status.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/build.mjs');
const bin = mkdtempSync(join(tmpdir(), 'lc-build-log-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs the build script over a `tsup` that prints `log` (to stdout, or stderr) and exits with `status`. */
function build(log: string, status: number, stream: 'stdout' | 'stderr') {
  const dir = mkdtempSync(join(bin, 'case-'));
  const stub = join(dir, 'tsup');
  writeFileSync(stub, `#!/usr/bin/env node\nprocess.${stream}.write(${JSON.stringify(log)});\nprocess.exitCode = ${status};\n`);
  chmodSync(stub, 0o755);
  return spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}${delimiter}${process.env.PATH ?? ''}` } });
}

const SUCCESS = 'CLI Building entry: src/index.ts\nESM dist/index.js 1.20 KB\nESM ⚡️ Build success in 40ms\nDTS ⚡️ Build success in 900ms\n';
const WARNING = '▲ [WARNING] Import "missing" will always be undefined because there is no matching export [import-is-undefined]\n';
const ERROR = '✘ [ERROR] Could not resolve "./gone.js"\nESM Build failed\n';

// [what, tsup's log, where tsup writes it, tsup's status, shown, status of npm run build]
const cases: Array<[string, string, 'stdout' | 'stderr', number, boolean, number]> = [
  ['a clean build prints nothing', SUCCESS, 'stdout', 0, false, 0],
  ['a warning in a successful build is shown', SUCCESS + WARNING, 'stdout', 0, true, 0],
  ['a warning on stderr is shown', WARNING, 'stderr', 0, true, 0],
  ['an error is shown and fails the build', ERROR, 'stderr', 1, true, 1],
  ['a failure without a recognizable message still shows the log', 'DTS Build error\n', 'stdout', 1, true, 1],
];

describe('npm run build', () => {
  it.each(cases)('%s', (_what, log, stream, status, shown, exit) => {
    const result = build(log, status, stream);
    expect(result.status).toBe(exit);
    expect(result.stdout).toBe('');
    if (shown) expect(result.stderr).toContain(log.trim());
    else expect(result.stderr).toBe('');
  });
});
