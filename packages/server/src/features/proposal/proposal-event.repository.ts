import type { ProposalState } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

/** One step of a proposal's life; `filed` is its first, `absorbed` marks the survivor of a merge. */
export async function insertProposalEvent(
  db: Db,
  event: {
    municipalityId: string;
    planId: string;
    action: string;
    fromState: ProposalState | null;
    toState: ProposalState;
    planVersion: number;
    actorId: string;
    comment?: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('proposal_event')
    .values({
      municipality_id: event.municipalityId,
      plan_id: event.planId,
      action: event.action,
      from_state: event.fromState,
      to_state: event.toState,
      plan_version: event.planVersion,
      actor_id: event.actorId,
      comment: event.comment ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The proposal's steps, oldest first, with who took them. */
export async function listProposalEvents(db: Db, municipalityId: string, planId: string) {
  return db
    .selectFrom('proposal_event as e')
    .innerJoin('app_user as u', (join) => join.onRef('u.id', '=', 'e.actor_id').onRef('u.municipality_id', '=', 'e.municipality_id'))
    .select(['e.id', 'e.action', 'e.from_state', 'e.to_state', 'e.plan_version', 'e.comment', 'u.display_name', 'e.at'])
    .where('e.municipality_id', '=', municipalityId)
    .where('e.plan_id', '=', planId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}
