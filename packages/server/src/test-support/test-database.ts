import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { loadTemplate } from './pglite-template.js';

/** A PostgreSQL server to test against (CI); without it the tests use an in-memory PGlite. */
export const TEST_DATABASE_URL_ENV = 'GYOKAKU_TEST_DATABASE_URL';

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for one test file: a fresh in-memory PGlite, or a fresh database on the
 * PostgreSQL server named by GYOKAKU_TEST_DATABASE_URL, dropped again on close.
 * Migrated unless `migrated: false` (for the test of the migrations themselves).
 */
export async function openTestDatabase(options: { migrated?: boolean } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env[TEST_DATABASE_URL_ENV];
  let handle: DatabaseHandle;
  if (!serverUrl) {
    const migrated = options.migrated !== false;
    handle = await openDatabase({ dataDir: null, ...(migrated ? { template: await loadTemplate(inject('pgliteTemplate')) } : {}) });
  } else {
    // Only [a-z0-9_]: the name goes into CREATE DATABASE, which takes no parameters.
    const name = `gyokaku_test_${randomBytes(8).toString('hex')}`;
    await onServer(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const opened = await openDatabase({ databaseUrl: url.toString() });
    handle = {
      ...opened,
      close: async () => {
        await opened.close();
        await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  if (options.migrated !== false) {
    try {
      await migrate(handle);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}
