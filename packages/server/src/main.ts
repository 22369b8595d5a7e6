import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { DEMO_PASSWORD, seedDemo } from './demo/seed-demo.js';

/** Starts the server: migrate, optionally load the demo city (`--demo`), listen. */
async function main(): Promise<void> {
  const config = readConfig();
  const handle = await openDatabase(config.database);
  const applied = await migrate(handle);
  if (applied.length > 0) console.log(`データベースを更新しました: ${applied.join(', ')}`);
  if (process.argv.includes('--demo') && (await seedDemo(handle.db))) {
    console.log(`デモデータ（本庄市）を作成しました。ログインID: secretariat / editor / approver / hq / council、パスワード: ${DEMO_PASSWORD}`);
  }
  const app = await buildApp({ db: handle.db, trustProxy: config.trustProxy, logger: process.env.GYOKAKU_LOG === 'true' });
  const shutdown = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ host: config.host, port: config.port });
  const where = 'databaseUrl' in config.database ? 'PostgreSQL' : config.database.dataDir;
  console.log(`Gyokaku を起動しました: http://${config.host}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port}/ （データ: ${where}）`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
