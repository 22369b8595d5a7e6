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
