// The example site under load (autocannon, on 127.0.0.1): `GET /` answered from the reader's
// Accept-Language (a redirect to their language), with realistic headers that repeat (valid-only)
// and with a new hostile header on every request (hostile-only: 32-tag headers, tags of languages
// the site lacks, garbage; scripts/hostile-headers.mjs). Each run starts a fresh server process;
// the runs alternate. Prints one JSON line: requests per second per run, and the median ratio.
// Both kinds of header are made before the load starts (the client shares the machine's cores with
// the server, so building headers during the run would be measured as the site's cost): the
// hostile ones are HOSTILE_HEADERS distinct headers, sent in turn; a run that sends more starts
// over, and the cycle is longer than any cache of the site (2,000 readers at most).
// Also, measured in this process and so less at the mercy of the machine's other jobs: the CPU time
// the site's handler spends on `GET /` per request, valid and hostile headers alike (interleaved
// batches, medians), without the HTTP server around it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { HEADERS } from './corpus.mjs';
import { hostileHeader } from '../scripts/hostile-headers.mjs';
import { siteHandler, startSite } from '../examples/site/server.mjs';

const SECONDS = Number(process.env.BENCH_SITE_SECONDS ?? 5);
const ROUNDS = 3;
const server = fileURLToPath(new URL('../examples/site/server.mjs', import.meta.url));

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [server], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (found) resolve({ url: found[1], stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`site exited (${code})`)));
  });
}

/** A 32-tag header never seen before (real tags in a new order, then a hostile tail). */
function hostile(i) {
  return `${hostileHeader(i * 8 + 4)}, ${hostileHeader(i * 8)}`;
}

/** Distinct hostile headers made before the runs; each run sends them in turn from the first. */
const HOSTILE_HEADERS = 40_000;
const hostileHeaders = Array.from({ length: HOSTILE_HEADERS }, (_, i) => hostile(i));

async function run(kind) {
  const site = await startServer();
  let n = 0;
  const headers = kind === 'valid' ? HEADERS : hostileHeaders;
  const header = () => headers[n++ % headers.length];
  const result = await autocannon({
    url: site.url,
    connections: 8,
    duration: SECONDS,
    requests: [{ method: 'GET', path: '/', setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'accept-language': header() } }) }],
  });
  site.stop();
  if (result.non2xx !== result.requests.total && result['3xx'] === 0) throw new Error(`unexpected statuses: ${JSON.stringify(result.statusCodeStats)}`);
  sent[kind] = Math.max(sent[kind], n);
  return result.requests.average;
}

/** The most headers a run sent, per kind (more hostile ones than HOSTILE_HEADERS means the list came round again). */
const sent = { valid: 0, hostile: 0 };

/** CPU microseconds per `GET /` in the site's handler alone, per kind of traffic (medians of 5 batches). */
async function handlerCost() {
  const site = await startSite({ port: 0 });
  await site.close();
  const handle = siteHandler(site.library, site.url);
  const response = () => ({ req: { method: 'GET' }, headersSent: false, writeHead() {}, end() {} });
  const BATCH = 2000;
  const cost = { valid: [], hostile: [] };
  let valid = 0;
  let seen = 1e6; // hostile headers the load runs did not send
  for (let round = 0; round < 5; round++) {
    for (const kind of round % 2 ? ['hostile', 'valid'] : ['valid', 'hostile']) {
      const headers = Array.from({ length: BATCH }, () => (kind === 'valid' ? HEADERS[valid++ % HEADERS.length] : hostile(seen++)));
      const started = process.cpuUsage();
      for (const header of headers) await handle({ method: 'GET', url: '/', headers: { host: '127.0.0.1', 'accept-language': header } }, response());
      const used = process.cpuUsage(started);
      cost[kind].push((used.user + used.system) / BATCH);
    }
  }
  return { valid: median(cost.valid), hostile: median(cost.hostile) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = { valid: [], hostile: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of round % 2 ? ['hostile', 'valid'] : ['valid', 'hostile']) runs[kind].push(await run(kind));
}
const ratios = runs.valid.map((valid, i) => runs.hostile[i] / valid);
console.log(JSON.stringify({ seconds: SECONDS, rounds: ROUNDS, valid: runs.valid, hostile: runs.hostile, ratio: median(ratios), hostileHeaders: HOSTILE_HEADERS, mostSent: sent, handlerUs: await handlerCost() }));
