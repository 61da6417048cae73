#!/usr/bin/env node
// `npm run build`: runs tsup with its whole log and shows that log only when it has something to
// read. A clean build prints nothing; a failed build, or one with warnings, prints the log and keeps
// tsup's exit status. (`tsup --silent` also drops esbuild's and Rollup's warnings, some of which are
// bugs: an import that will always be undefined is only a warning.)
import { spawnSync } from 'node:child_process';

const run = spawnSync('tsup', process.argv.slice(2), {
  encoding: 'utf8',
  shell: process.platform === 'win32',
  env: process.stderr.isTTY ? process.env : { ...process.env, NO_COLOR: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) throw run.error;
const log = `${run.stdout}${run.stderr}`;
if (run.status !== 0 || /\b(?:warn|warning|error)\b|✘|▲/i.test(log)) process.stderr.write(log);
process.exitCode = run.status ?? 1;
