import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** How many plans a round asked about (one report per plan), for the 増減 of the document's totals. */
export async function countRoundPlans(db: Kysely<Database>, municipalityId: string, roundId: string): Promise<number> {
  const row = await db
    .selectFrom('progress_report')
    .select(sql<number>`count(*)::int`.as('plans'))
    .where('municipality_id', '=', municipalityId)
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return Number(row.plans);
}
