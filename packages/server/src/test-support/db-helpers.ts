import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type TenantTable = Exclude<keyof Database, 'schema_migration' | 'municipality'>;

/** How many rows a table holds, optionally only a municipality's: for "nothing was saved" checks. */
export async function countRows(db: Kysely<Database>, table: TenantTable, municipalityId?: string): Promise<number> {
  // The union of table types is too wide for Kysely's column inference; every tenant table has municipality_id.
  const query = (db as unknown as Kysely<Record<string, { municipality_id: string | null }>>)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'));
  const row = await (municipalityId ? query.where('municipality_id', '=', municipalityId) : query).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The audit entries recorded for one entity, oldest first (a user id is also the entity of its sign-ins). */
export async function auditEntriesOf(db: Kysely<Database>, entityId: string, entityType?: string) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', entityId)
    .$if(entityType !== undefined, (qb) => qb.where('entity_type', '=', entityType!))
    .orderBy('at')
    .execute();
}
