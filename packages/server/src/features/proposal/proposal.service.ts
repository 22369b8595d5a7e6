import type { AddCommentRequest, Plan, ProposalComment, ProposalTransitionRequestSchema } from '@gyokaku/contracts';
import { availableProposalActions, proposalTransition, type ProposalAction, type ProposalActor, type ProposalState } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database, ProposalCommentTable } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict, forbidden } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { notify } from '../inbox/notifications.js';
import { presentPlan } from '../plan/plan-read.js';
import { canCommentOnProposal, proposalActors } from '../plan/plan.policy.js';
import { sheetOf, type PlanRow } from '../plan/plan.repository.js';
import { lockPlan } from '../plan/plan.service.js';
import { findCall } from './call.repository.js';
import { insertProposalComments, listProposalComments } from './proposal-comment.repository.js';
import { insertProposalEvent } from './proposal-event.repository.js';
import { audienceFor, noticeOf } from './proposal-notices.js';
import { updateProposalState } from './proposal.repository.js';

type Db = Kysely<Database>;
type TransitionRequest = z.output<typeof ProposalTransitionRequestSchema>;

export const notAProposal = () => new AppError(404, 'not_a_proposal', 'この実施計画は募集への提案ではありません。');

/** The plan's proposal state; 404 `not_a_proposal` for a plan entered outside a call. */
export function proposalStateOf(row: PlanRow): ProposalState {
  if (!row.call_id || !row.proposal_state) throw notAProposal();
  return row.proposal_state;
}

/** What a notice about the proposal says, for the client to render in the reader's language. */
export async function noticeParams(db: Db, row: PlanRow, extra: Record<string, string | number | null> = {}) {
  const call = await findCall(db, row.municipality_id, row.call_id!);
  return { planNumber: row.number, planTitle: row.title, callTitle: call?.title ?? '', ...extra };
}

const RETURNS: readonly ProposalAction[] = ['return', 'return_to_drafter'];

/** The capacity in which the person takes the step, for the comments it carries. */
const actingAs = (from: ProposalState, action: ProposalAction, actors: readonly ProposalActor[]) =>
  actors.find((actor) => availableProposalActions(from, [actor]).includes(action))!;

/**
 * One step of the proposal's life (see the domain's `proposalTransition`), with its event, the
 * reviewer's comments, the audit entry and a notice to whoever acts next — all in one transaction,
 * under the plan's row lock so that two steps taken at once cannot both start from the same state.
 * A merge needs a second proposal and goes through `mergeProposals` instead.
 */
export async function transitionProposal(options: { db: Db; auth: Auth; planId: string; request: TransitionRequest }): Promise<Plan> {
  const { db, auth, planId, request } = options;
  const { action, comment, fieldComments } = request;
  if (action === 'merge') {
    throw new AppError(422, 'invalid_merge', '統合は、統合先の提案から「他の提案を統合」で行ってください。');
  }
  return db.transaction().execute(async (trx) => {
    const { row, outline } = await lockPlan(trx, auth, planId);
    const from = proposalStateOf(row);
    const sheet = sheetOf(row);
    const actors = proposalActors(auth, sheet);
    const to = proposalTransition({ from, action, actors, comment });
    // The step applies to the sheet the person read: an edit since then must be seen first.
    if (row.version !== request.version) throw editConflict();
    const updated = await updateProposalState(trx, { municipalityId: auth.municipalityId, planId, state: to });
    await insertProposalEvent(trx, {
      municipalityId: auth.municipalityId,
      planId,
      action,
      fromState: from,
      toState: to,
      planVersion: row.version,
      actorId: auth.userId,
      comment,
    });
    // A return's reason is also the first comment the department reads beside its sheet.
    const comments = [...(RETURNS.includes(action) ? [{ field: null, body: comment }] : []), ...fieldComments];
    await insertProposalComments(trx, {
      municipalityId: auth.municipalityId,
      planId,
      planVersion: row.version,
      authorId: auth.userId,
      authorRole: actingAs(from, action, actors),
      items: comments,
    });
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'proposal_state_changed',
      entityType: 'plan',
      entityId: planId,
      before: { state: from },
      after: { state: to, action, comment, fieldComments },
    });
    await notify(trx, {
      auth,
      audience: audienceFor(to, sheet.leadDepartmentId),
      kind: noticeOf(action),
      params: await noticeParams(trx, row, { action, fromState: from, toState: to, comment }),
      planId,
      callId: row.call_id!,
    });
    return presentPlan(trx, auth, updated, outline);
  });
}

/** Reviewers and the lead department comment as what they are to it; anyone else allowed is a collaborating department. */
function commenterRole(auth: Auth, row: PlanRow): ProposalCommentTable['author_role'] {
  const actors = proposalActors(auth, sheetOf(row));
  return (['secretariat', 'hq', 'approver', 'drafter'] as const).find((actor) => actors.includes(actor)) ?? 'collaborator';
}

/**
 * A comment outside a step (a collaborating department before submission, a reviewer's note),
 * quoting the sheet version it was written against. The lead department's editors are told.
 */
export async function commentOnProposal(options: { db: Db; auth: Auth; planId: string; request: AddCommentRequest }): Promise<ProposalComment> {
  const { db, auth, planId, request } = options;
  return db.transaction().execute(async (trx) => {
    const { row } = await lockPlan(trx, auth, planId);
    const state = proposalStateOf(row);
    const sheet = sheetOf(row);
    if (!canCommentOnProposal(auth, sheet, state)) throw forbidden();
    if (row.version !== request.version) throw editConflict();
    const [id] = await insertProposalComments(trx, {
      municipalityId: auth.municipalityId,
      planId,
      planVersion: row.version,
      authorId: auth.userId,
      authorRole: commenterRole(auth, row),
      items: [{ field: request.field, body: request.body }],
    });
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'commented',
      entityType: 'plan',
      entityId: planId,
      after: { field: request.field, body: request.body, planVersion: row.version },
    });
    await notify(trx, {
      auth,
      audience: { roles: ['department_editor'], departmentIds: [sheet.leadDepartmentId] },
      kind: 'proposal_commented',
      params: await noticeParams(trx, row, { field: request.field, comment: request.body }),
      planId,
      callId: row.call_id!,
    });
    const [comment] = await listProposalComments(trx, { municipalityId: auth.municipalityId, planId, ids: [id!] });
    return comment!;
  });
}
