// The built server as `npm start` runs it: start-up on an empty folder, sign-in, common reads.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { measure } from './measure.mjs';

export async function benchApiBasics() {
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

  try {
    console.log('== API (built server, embedded database) ==');
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

}
