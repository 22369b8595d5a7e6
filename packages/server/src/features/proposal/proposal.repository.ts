import type { ProposalState } from '@gyokaku/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PlanRow } from '../plan/plan.repository.js';

type Db = Kysely<Database>;

/** What the timeline needs of the plan: whether it is a proposal, and its current sheet version. */
export async function findProposalHead(db: Db, municipalityId: string, planId: string) {
  return db
    .selectFrom('plan')
    .select(['id', 'call_id', 'proposal_state', 'version'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', planId)
    .executeTakeFirst();
}

/**
 * Moves the proposal to `state` as of now. The sheet's version stays: it counts edits of the sheet,
 * and the caller holds the row lock that keeps two steps from crossing.
 */
export async function updateProposalState(
  db: Db,
  change: { municipalityId: string; planId: string; state: ProposalState; mergedIntoPlanId?: string },
): Promise<PlanRow> {
  return db
    .updateTable('plan')
    .set({
      proposal_state: change.state,
      proposal_state_at: sql<Date>`now()`,
      ...(change.mergedIntoPlanId ? { merged_into_plan_id: change.mergedIntoPlanId } : {}),
    })
    .where('municipality_id', '=', change.municipalityId)
    .where('id', '=', change.planId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Plans the secretariat folded into this one, by number. */
export async function listAbsorbedPlans(db: Db, municipalityId: string, planId: string) {
  return db
    .selectFrom('plan')
    .select(['id', 'number', 'title'])
    .where('municipality_id', '=', municipalityId)
    .where('merged_into_plan_id', '=', planId)
    .orderBy('number_sort')
    .execute();
}
