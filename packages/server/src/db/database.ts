import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema.js';

const DATE_OID = 1082;
const INT8_OID = 20;
const keepText = (value: string) => value;

export interface DatabaseHandle {
  db: Kysely<Database>;
  /** Runs a multi-statement SQL script (migrations) on one connection; a failure rolls back its open transaction. */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
  kind: 'pglite' | 'postgres';
  /** PGlite only: the whole data folder as one archive (a test template, or a backup). */
  dumpDataDir?: () => Promise<Blob>;
}

export type DatabaseLocation =
  | { databaseUrl: string }
  /** `template`: a PGlite data-folder dump to start from (tests load a migrated one instead of migrating each time). */
  | { dataDir: string | null; template?: Blob };

/**
 * Opens the embedded PGlite (a folder, or memory when dataDir is null) or a PostgreSQL server.
 * Both are told to return `date` as 'YYYY-MM-DD' text: a JS Date would shift it by the server's time zone.
 */
export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if ('databaseUrl' in location) return openPostgres(location.databaseUrl);
  return openPglite(location.dataDir, location.template);
}

async function openPglite(dataDir: string | null, template?: Blob): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // One options object: PGlite ignores the second argument when the first is not a string (in-memory),
  // which silently dropped these parsers.
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(template ? { loadDataDir: template } : {}),
    parsers: { [DATE_OID]: keepText, [INT8_OID]: (v: string) => Number(v) },
  });
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: async () => (await pglite.dumpDataDir('none')) as Blob,
    execScript: async (sql) => {
      await pglite.exec(sql).catch(async (error: unknown) => {
        await pglite.exec('ROLLBACK');
        throw error;
      });
    },
    close: () => db.destroy(),
  };
}

async function openPostgres(databaseUrl: string): Promise<DatabaseHandle> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID ? keepText : oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format),
  } as pg.CustomTypesConfig;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    execScript: async (sql) => {
      // One client for the script and its rollback, so no aborted transaction returns to the pool.
      // No parameters: node-postgres then uses the simple protocol, which accepts several statements.
      const client = await pool.connect();
      try {
        await client.query(sql);
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}
