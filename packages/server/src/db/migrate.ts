import { readdir, readFile } from 'node:fs/promises';
import type { DatabaseHandle } from './database.js';

/** The .sql files stay in src: the compiled migrate.js finds them from dist/db as well as from src/db. */
const MIGRATIONS_DIR = new URL('../../src/db/migrations/', import.meta.url);
const UNIQUE_VIOLATION = '23505';

/**
 * Applies the not-yet-applied migrations in file-name order, each in its own transaction.
 * Forward-only: an applied file is never re-run or edited; a fix is a new file.
 */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  await handle.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migration (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const done = new Set((await handle.db.selectFrom('schema_migration').select('name').execute()).map((r) => r.name));
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files.filter((f) => !done.has(f))) {
    const script = await readFile(new URL(file, MIGRATIONS_DIR), 'utf8');
    // The bookkeeping row goes in first: a second process starting at the same moment blocks on it,
    // then fails on the primary key without running the script twice.
    try {
      await handle.execScript(`BEGIN;\nINSERT INTO schema_migration (name) VALUES ('${file}');\n${script}\n;COMMIT;`);
      applied.push(file);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) continue;
      throw new Error(`Migration ${file} failed: ${String(error)}`, { cause: error });
    }
  }
  return applied;
}
