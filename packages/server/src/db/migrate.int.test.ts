import { readdir } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-support/test-database.js';
import type { DatabaseHandle } from './database.js';
import { migrate } from './migrate.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase({ migrated: false });
});
afterAll(() => handle?.close());

describe('migrations', () => {
  it('applies every migration file once, in order, and nothing the second time', async () => {
    const files = (await readdir(new URL('./migrations/', import.meta.url))).filter((f) => f.endsWith('.sql')).sort();
    expect(files.length).toBeGreaterThan(0);
    expect(await migrate(handle)).toEqual(files);
    expect(await migrate(handle)).toEqual([]);
    const recorded = await handle.db.selectFrom('schema_migration').select('name').orderBy('name').execute();
    expect(recorded.map((r) => r.name)).toEqual(files);
  });

  it('gives every table but the tenant itself and the bookkeeping a municipality_id column', async () => {
    const { rows } = await sql<{ table_name: string; has_tenant: boolean }>`
      SELECT t.table_name,
             EXISTS (SELECT 1 FROM information_schema.columns c
                     WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                       AND c.column_name = 'municipality_id') AS has_tenant
      FROM information_schema.tables t
      WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      ORDER BY t.table_name`.execute(handle.db);
    expect(rows.length).toBeGreaterThan(10);
    // `municipality` is the tenant table (its id is the municipality id); schema_migration is per database.
    expect(rows.filter((r) => !r.has_tenant).map((r) => r.table_name)).toEqual(['municipality', 'schema_migration']);
  });
});
