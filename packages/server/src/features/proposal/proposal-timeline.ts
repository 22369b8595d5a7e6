import type { ProposalEvent, ProposalTimeline } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { planNotFound } from '../plan/plan-read.js';
import { listProposalComments } from './proposal-comment.repository.js';
import { listProposalEvents } from './proposal-event.repository.js';
import { notAProposal } from './proposal.service.js';
import { findProposalHead, listAbsorbedPlans } from './proposal.repository.js';

type Db = Kysely<Database>;
type EventRow = Awaited<ReturnType<typeof listProposalEvents>>[number];

/**
 * After its last return, what the reviewer should compare: the version they commented on against
 * the current one — once the department has edited or re-submitted it, not while it is untouched.
 */
function sinceLastReturn(events: EventRow[], currentVersion: number): ProposalTimeline['sinceReturn'] {
  const index = events.findLastIndex((event) => event.to_state === 'returned');
  if (index < 0) return null;
  const returned = events[index]!;
  const resubmitted = events.slice(index + 1).some((event) => event.action === 'submit');
  if (currentVersion === returned.plan_version && !resubmitted) return null;
  return { fromVersion: returned.plan_version, toVersion: currentVersion, returnedAt: new Date(returned.at).toISOString() };
}

/** `GET /api/plans/:id/proposal`: every step and comment, oldest first, and the plans merged into it. */
export async function proposalTimeline(db: Db, auth: Auth, planId: string): Promise<ProposalTimeline> {
  const { municipalityId } = auth;
  const plan = await findProposalHead(db, municipalityId, planId);
  if (!plan) throw planNotFound();
  if (!plan.call_id) throw notAProposal();
  const [events, comments, absorbed] = await Promise.all([
    listProposalEvents(db, municipalityId, planId),
    listProposalComments(db, { municipalityId, planId }),
    listAbsorbedPlans(db, municipalityId, planId),
  ]);
  return {
    events: events.map((event) => ({
      id: event.id,
      action: event.action as ProposalEvent['action'],
      fromState: event.from_state,
      toState: event.to_state,
      planVersion: event.plan_version,
      comment: event.comment,
      actorName: event.display_name,
      at: new Date(event.at).toISOString(),
    })),
    comments,
    sinceReturn: sinceLastReturn(events, plan.version),
    absorbed,
  };
}
