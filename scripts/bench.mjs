// `npm run bench`: measures the built server on a fresh embedded database with the demo city.
// Prints figures and ratios; asserts nothing (timings belong here, not in tests).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const port = 18000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'gyokaku-bench-'));

const started = performance.now();
const server = spawn(process.execPath, ['packages/server/dist/main.js', '--demo'], {
  env: { ...process.env, PORT: String(port), GYOKAKU_DATA_DIR: dataDir },
  stdio: 'ignore',
});
for (;;) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 50));
}
const startMs = performance.now() - started;

async function measure(label, runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const row = { label, runs, p50: pick(0.5), p95: pick(0.95) };
  console.log(`${label.padEnd(44)} p50 ${row.p50.toFixed(1).padStart(7)} ms   p95 ${row.p95.toFixed(1).padStart(7)} ms   (n=${runs})`);
  return row;
}

try {
  console.log(`start with migrations + demo seed on an empty folder: ${startMs.toFixed(0)} ms`);
  let cookie = '';
  const login = await measure('POST /api/auth/login (argon2id verify)', 10, async () => {
    const r = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginId: 'secretariat', password: 'gyokaku-demo' }),
    });
    cookie = r.headers.get('set-cookie').split(';')[0];
    await r.arrayBuffer();
  });
  const get = (path) => async () => (await fetch(`${base}${path}`, { headers: { cookie } })).arrayBuffer();
  const health = await measure('GET /api/health', 200, get('/api/health'));
  const session = await measure('GET /api/auth/session', 200, get('/api/auth/session'));
  const organisation = await measure('GET /api/organisation (45 departments)', 200, get('/api/organisation'));
  const audit = await measure('GET /api/audit-log', 100, get('/api/audit-log'));
  console.log(`ratio login / session read: ${(login.p50 / session.p50).toFixed(1)}x (password hashing dominates)`);
  console.log(`ratio organisation / health: ${(organisation.p50 / health.p50).toFixed(1)}x; audit / health: ${(audit.p50 / health.p50).toFixed(1)}x`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
