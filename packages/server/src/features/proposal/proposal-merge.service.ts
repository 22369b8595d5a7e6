import type { MergeProposalRequest, Plan, PlanSheet } from '@gyokaku/contracts';
import { proposalTransition, type ProposalState } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { notify } from '../inbox/notifications.js';
import { presentPlan } from '../plan/plan-read.js';
import { proposalActors } from '../plan/plan.policy.js';
import { sheetOf } from '../plan/plan.repository.js';
import { lockPlan, savePlanVersion } from '../plan/plan.service.js';
import { insertProposalEvent } from './proposal-event.repository.js';
import { noticeParams, proposalStateOf } from './proposal.service.js';
import { updateProposalState } from './proposal.repository.js';

type Db = Kysely<Database>;

/** A survivor must itself be past its department's approval and not yet decided, like the plan it absorbs. */
const MERGEABLE: readonly ProposalState[] = ['submitted', 'accepted'];

const invalidMerge = (status: 409 | 422, message: string) => new AppError(status, 'invalid_merge', message);
const label = (sheet: PlanSheet) => `「${sheet.number} ${sheet.title}」`;
const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * The survivor as one cross-department plan: it keeps its lead, and the absorbed plan's lead and
 * collaborating departments join it as collaborators, with the SDGs and tags of both.
 */
function mergedSheet(survivor: PlanSheet, absorbed: PlanSheet): PlanSheet {
  return {
    ...survivor,
    collaboratingDepartmentIds: unique([
      ...survivor.collaboratingDepartmentIds,
      absorbed.leadDepartmentId,
      ...absorbed.collaboratingDepartmentIds,
    ]).filter((id) => id !== survivor.leadDepartmentId),
    sdgGoals: unique([...survivor.sdgGoals, ...absorbed.sdgGoals]).sort((a, b) => a - b),
    tags: unique([...survivor.tags, ...absorbed.tags]),
  };
}

/**
 * The secretariat folds one proposal into another of the same call. The survivor gets a new
 * version saying what it absorbed; the absorbed plan ends as 統合済, pointing at the survivor.
 * Nothing is deleted: both keep their versions, steps and comments.
 */
export async function mergeProposals(options: { db: Db; auth: Auth; planId: string; request: MergeProposalRequest }): Promise<Plan> {
  const { db, auth, planId, request } = options;
  const { municipalityId } = auth;
  if (request.absorbedPlanId === planId) throw invalidMerge(422, '同じ提案どうしは統合できません。');
  return db.transaction().execute(async (trx) => {
    // Both rows locked in id order, so that two merges of the same pair, either way round, cannot deadlock.
    const locked = new Map<string, Awaited<ReturnType<typeof lockPlan>>>();
    for (const id of [planId, request.absorbedPlanId].sort()) locked.set(id, await lockPlan(trx, auth, id));
    const { row: survivor, outline } = locked.get(planId)!;
    const { row: absorbed } = locked.get(request.absorbedPlanId)!;
    const survivorState = proposalStateOf(survivor);
    const absorbedState = proposalStateOf(absorbed);
    if (survivor.call_id !== absorbed.call_id) throw invalidMerge(422, '同じ募集への提案どうしだけを統合できます。');
    const to = proposalTransition({ from: absorbedState, action: 'merge', actors: proposalActors(auth, sheetOf(absorbed)) });
    if (!MERGEABLE.includes(survivorState)) throw invalidMerge(409, '統合先の提案は「提出済」か「受理」のものに限ります。');
    if (survivor.version !== request.version || absorbed.version !== request.absorbedVersion) throw editConflict();

    const survivorSheet = sheetOf(survivor);
    const absorbedSheet = sheetOf(absorbed);
    const reason = `${label(absorbedSheet)}を統合`;
    const saved = await savePlanVersion(trx, { auth, before: survivor, outline, sheet: mergedSheet(survivorSheet, absorbedSheet), change: 'merged', reason });
    await updateProposalState(trx, { municipalityId, planId: absorbed.id, state: to, mergedIntoPlanId: survivor.id });
    const event = { municipalityId, actorId: auth.userId };
    await insertProposalEvent(trx, {
      ...event,
      planId: survivor.id,
      action: 'absorbed',
      fromState: survivorState,
      toState: survivorState,
      planVersion: saved.version,
      comment: reason,
    });
    await insertProposalEvent(trx, {
      ...event,
      planId: absorbed.id,
      action: 'merge',
      fromState: absorbedState,
      toState: to,
      planVersion: absorbed.version,
      comment: `${label(survivorSheet)}に統合`,
    });
    await recordAudit(trx, {
      municipalityId,
      actorId: auth.userId,
      action: 'proposal_state_changed',
      entityType: 'plan',
      entityId: absorbed.id,
      before: { state: absorbedState },
      after: { state: to, action: 'merge', mergedIntoPlanId: survivor.id },
    });
    await notify(trx, {
      auth,
      audience: { roles: ['department_editor', 'department_approver'], departmentIds: unique([survivorSheet.leadDepartmentId, absorbedSheet.leadDepartmentId]) },
      kind: 'proposal_merged',
      params: await noticeParams(trx, saved, { absorbedNumber: absorbedSheet.number, absorbedTitle: absorbedSheet.title }),
      planId: survivor.id,
      callId: survivor.call_id!,
    });
    return presentPlan(trx, auth, saved, outline);
  });
}
