// `npm test`: unit and API tests on PGlite, the API tests again on a real PostgreSQL server,
// then the browser tests in Debian's Chromium. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './ensure-browser.mjs';
import { startThrowawayPostgres } from './throwaway-postgres.mjs';

const vitest = (projects, env = {}) => {
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// The API tests print PDFs too, so Chromium is needed from the first stage on.
ensureBrowser();

console.log('\n== ドメイン・契約・API テスト（PGlite）==');
vitest(['domain', 'contracts', 'server']);

const postgres = await startThrowawayPostgres();
if (postgres) {
  console.log('\n== API テスト（PostgreSQL サーバー）==');
  try {
    vitest(['server'], { GYOKAKU_TEST_DATABASE_URL: postgres.url });
  } finally {
    postgres.stop();
  }
} else if (process.env.GYOKAKU_REQUIRE_POSTGRES === '1') {
  console.error('PostgreSQL がインストールされていないため、API テストを PostgreSQL で実行できません。');
  process.exit(1);
} else {
  console.log('\nPostgreSQL が見つからないため、PostgreSQL での API テストを省略します（apt-get install postgresql）。');
}

console.log('\n== ブラウザテスト（Chromium）==');
vitest(['e2e']);
