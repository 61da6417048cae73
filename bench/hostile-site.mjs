// The example site under load (autocannon, on 127.0.0.1): `GET /` answered from the reader's
// Accept-Language (a redirect to their language), with realistic headers that repeat (valid-only)
// and with a new hostile header on every request (hostile-only: 32-tag headers, tags of languages
// the site lacks, garbage; scripts/hostile-headers.mjs). Each run starts a fresh server process and
// first sends it WARMUP_REQUESTS requests of the same kind, not counted (a site serves for days: its
// code is compiled and its tag caches hold what readers send; hostile warm-up headers are other
// headers than the measured ones, so each measured one is still seen for the first time). The runs
// alternate. The same runs against bench/floor-site.mjs (the same redirect without negotiation) show
// what the headers' bytes cost by themselves, against bench/read-site.mjs (the header read as the
// package reads it, no negotiation) what reading them costs, and against bench/composition-site.mjs (the redirect
// by one raw best-fit pass, as a site without this package would do it) what a site pays without it. Prints one JSON line: requests per second per run,
// the server's CPU per request (Linux), and the median ratios.
// Both kinds of header are made before the load starts (the client shares the machine's cores with
// the server, so building headers during the run would be measured as the site's cost): the
// hostile ones are HOSTILE_HEADERS distinct headers, sent in turn; a run of the site that would
// send one twice stops the bench (it would be a second sight).
// Also, measured in this process and so less at the mercy of the machine's other jobs: the CPU time
// the site's handler spends on `GET /` per request, valid and hostile headers alike (interleaved
// batches, medians), without the HTTP server around it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { HEADERS } from './corpus.mjs';
import { hostileHeader } from '../scripts/hostile-headers.mjs';
import { siteHandler, startSite } from '../examples/site/server.mjs';

const SECONDS = Number(process.env.BENCH_SITE_SECONDS ?? 5);
const ROUNDS = 3;
const WARMUP_REQUESTS = Number(process.env.BENCH_SITE_WARMUP ?? 20_000);
const SITES = {
  site: fileURLToPath(new URL('../examples/site/server.mjs', import.meta.url)),
  floor: fileURLToPath(new URL('./floor-site.mjs', import.meta.url)),
  read: fileURLToPath(new URL('./read-site.mjs', import.meta.url)),
  composition: fileURLToPath(new URL('./composition-site.mjs', import.meta.url)),
};

/** CPU microseconds a process has used (Linux's /proc; `undefined` elsewhere). */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = 100;

function startServer(server) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [server], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (found) resolve({ url: found[1], pid: child.pid, stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`site exited (${code})`)));
  });
}

/** A 32-tag header never seen before (real tags in a new order, then a hostile tail). */
function hostile(i) {
  return `${hostileHeader(i * 8 + 4)}, ${hostileHeader(i * 8)}`;
}

/** Distinct hostile headers made before the runs; each run sends them in turn from the first. */
const HOSTILE_HEADERS = 80_000;
const hostileHeaders = Array.from({ length: HOSTILE_HEADERS }, (_, i) => hostile(i));
/** Other distinct hostile headers, for the warm-up. */
const warmupHeaders = Array.from({ length: WARMUP_REQUESTS }, (_, i) => hostile(HOSTILE_HEADERS + i));

/** Sends `headers` in turn: `amount` requests, or for `duration` seconds. */
async function load(url, headers, limit) {
  let n = 0;
  const header = () => headers[n++ % headers.length];
  const result = await autocannon({
    url,
    connections: 8,
    ...limit,
    requests: [{ method: 'GET', path: '/', setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'accept-language': header() } }) }],
  });
  if (result.non2xx !== result.requests.total && result['3xx'] === 0) throw new Error(`unexpected statuses: ${JSON.stringify(result.statusCodeStats)}`);
  return { result, sent: n };
}

async function run(server, kind) {
  const site = await startServer(SITES[server]);
  try {
    if (WARMUP_REQUESTS > 0) await load(site.url, kind === 'valid' ? HEADERS : warmupHeaders, { amount: WARMUP_REQUESTS });
    const before = cpuOf(site.pid);
    const { result, sent: n } = await load(site.url, kind === 'valid' ? HEADERS : hostileHeaders, { duration: SECONDS });
    const after = cpuOf(site.pid);
    if (server === 'site') {
      // A header sent twice would be a second sight, not a first: the list must outlast the run.
      if (kind === 'hostile' && n > HOSTILE_HEADERS) throw new Error(`${n} hostile requests in ${SECONDS} s: raise HOSTILE_HEADERS above it`);
      sent[kind] = Math.max(sent[kind], n);
    }
    const cpuUs = before === undefined || after === undefined ? null : (after - before) / result.requests.total;
    return { rate: result.requests.average, cpuUs };
  } finally {
    site.stop();
  }
}

/** The most headers a run of the site was sent, per kind. */
const sent = { valid: 0, hostile: 0 };

/** CPU microseconds per `GET /` in the site's handler alone, per kind of traffic (medians of 5 batches, after a warm-up). */
async function handlerCost() {
  const site = await startSite({ port: 0 });
  await site.close();
  const handle = siteHandler(site.library, site.url);
  const response = () => ({ req: { method: 'GET' }, headersSent: false, writeHead() {}, end() {} });
  const BATCH = 2000;
  const cost = { valid: [], hostile: [] };
  let valid = 0;
  let seen = 1e6; // hostile headers the load runs did not send
  // Warmed up as the servers are: compiled code, and tag caches holding what readers send.
  for (let i = 0; i < WARMUP_REQUESTS; i++) {
    await handle({ method: 'GET', url: '/', headers: { host: '127.0.0.1', 'accept-language': i % 2 ? HEADERS[valid++ % HEADERS.length] : hostile(seen++) } }, response());
  }
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
const runs = Object.fromEntries(Object.keys(SITES).map((server) => [server, { valid: [], hostile: [] }]));
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? ['hostile', 'valid'] : ['valid', 'hostile'];
  for (const server of Object.keys(SITES)) for (const kind of order) runs[server][kind].push(await run(server, kind));
}
const summary = (server) => {
  const { valid, hostile } = runs[server];
  const cpu = (list) => (list.every((one) => one.cpuUs !== null) ? median(list.map((one) => one.cpuUs)) : null);
  return {
    valid: valid.map((one) => one.rate),
    hostile: hostile.map((one) => one.rate),
    ratio: median(valid.map((one, i) => hostile[i].rate / one.rate)),
    cpuUs: { valid: cpu(valid), hostile: cpu(hostile) },
  };
};
const site = summary('site');
console.log(JSON.stringify({ seconds: SECONDS, rounds: ROUNDS, warmupRequests: WARMUP_REQUESTS, ...site, floor: summary('floor'), read: summary('read'), composition: summary('composition'), hostileHeaders: HOSTILE_HEADERS, mostSent: sent, handlerUs: await handlerCost() }));
