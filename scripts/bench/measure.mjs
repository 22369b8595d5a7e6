import { performance } from 'node:perf_hooks';

/** Runs `fn` `runs` times and prints p50 / p95 in milliseconds. */
export async function measure(label, runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const row = { label, runs, p50: pick(0.5), p95: pick(0.95) };
  console.log(`${label.padEnd(58)} p50 ${row.p50.toFixed(1).padStart(8)} ms   p95 ${row.p95.toFixed(1).padStart(8)} ms   (n=${runs})`);
  return row;
}
