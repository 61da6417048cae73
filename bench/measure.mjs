// Timed loops, shared by the bench scripts. A single call of the fast subjects lasts less than the
// timer's own cost, so latency is read per batch of BATCH calls and divided: p50/p99 are those of
// batch means, which is what a server doing many requests sees.
import { performance } from 'node:perf_hooks';

const BATCH = 64;

/** A value the optimizer cannot prove unused. */
let sink = 0;
export const consume = (value) => {
  sink = (sink + (value == null ? 1 : typeof value === 'string' ? value.length : 3)) | 0;
};
export const sinkValue = () => sink;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/**
 * Calls `fn(ids[i], headers[i])` over the stream `passes` times after one warm-up pass; returns
 * ops/s and per-call latency percentiles in nanoseconds.
 */
export function measure(fn, { ids, headers }, { passes = 3, limit = ids.length } = {}) {
  const n = Math.min(limit, ids.length) - (Math.min(limit, ids.length) % BATCH);
  for (let i = 0; i < n; i++) consume(fn(ids[i], headers[i]));
  const samples = [];
  let calls = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < n; i += BATCH) {
      const t0 = performance.now();
      for (let j = i; j < i + BATCH; j++) consume(fn(ids[j], headers[j]));
      samples.push(((performance.now() - t0) * 1e6) / BATCH);
    }
    calls += n;
  }
  const elapsed = performance.now() - started;
  samples.sort((a, b) => a - b);
  return { opsPerSec: (calls * 1000) / elapsed, p50: percentile(samples, 50), p99: percentile(samples, 99), calls };
}

/** The median result (by ops/s) of `rounds` measurements, so one noisy round does not decide. */
export function medianOf(results) {
  const sorted = [...results].sort((a, b) => a.opsPerSec - b.opsPerSec);
  return sorted[Math.floor(sorted.length / 2)];
}

export const fmtOps = (ops) =>
  ops >= 1e6 ? `${(ops / 1e6).toFixed(2)} M/s` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)} k/s` : `${ops.toFixed(0)} /s`;
export const fmtNs = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);
export const fmtBytes = (b) => (Math.abs(b) >= 1 << 20 ? `${(b / (1 << 20)).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} KB`);

/** Heap in use after a full collection (needs --expose-gc; without it, an uncollected reading). */
export function heapUsed() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

/** Prints rows of cells as an aligned table. */
export function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
