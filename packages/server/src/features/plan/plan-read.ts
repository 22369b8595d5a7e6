import type { Plan, ProposalStatus } from '@gyokaku/contracts';
import { availableProposalActions } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { outlineForPlans, type OutlineForPlans } from '../outline/outline-for-plans.js';
import { canCommentOnProposal, canEditPlan, proposalActors, proposalAllowsEdit } from './plan.policy.js';
import { checksFor } from './plan-validation.js';
import {
  departmentNames,
  findPlanRef,
  findPlanRow,
  findSuccessorRefs,
  listPlanPeriodChanges,
  sheetOf,
  userName,
  type PlanRow,
} from './plan.repository.js';

type Db = Kysely<Database>;

export const planNotFound = () => notFound('実施計画');

/** The plan as the API shows it: the sheet, names for its ids, lineage both ways, checks, and what the user may do. */
export async function presentPlan(db: Db, auth: Auth, row: PlanRow, outline?: OutlineForPlans): Promise<Plan> {
  const { municipalityId } = auth;
  const sheet = sheetOf(row);
  const [loadedOutline, names, predecessorPlan, successorPlans, periodChanges, updatedBy, proposal] = await Promise.all([
    outline ?? outlineForPlans(db, { municipalityId, outlineId: row.outline_id }),
    departmentNames(db, municipalityId, [sheet.leadDepartmentId, ...sheet.collaboratingDepartmentIds]),
    sheet.predecessorPlanId ? findPlanRef(db, municipalityId, sheet.predecessorPlanId) : undefined,
    findSuccessorRefs(db, municipalityId, row.id),
    listPlanPeriodChanges(db, municipalityId, row.id),
    userName(db, municipalityId, row.updated_by),
    proposalStatus(db, auth, row),
  ]);
  const department = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    ...sheet,
    id: row.id,
    outlineId: row.outline_id,
    version: row.version,
    leadDepartment: department(sheet.leadDepartmentId),
    collaboratingDepartments: sheet.collaboratingDepartmentIds.map(department),
    predecessorPlan: predecessorPlan ?? null,
    successorPlans,
    checks: checksFor(sheet, loadedOutline!),
    periodChanges,
    editable: loadedOutline!.status !== 'closed' && canEditPlan(auth, sheet) && proposalAllowsEdit(auth, sheet, row.proposal_state),
    proposal,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy,
  };
}

/** The plan's standing as a proposal, or null for a plan that did not come through a call. */
async function proposalStatus(db: Db, auth: Auth, row: PlanRow): Promise<ProposalStatus | null> {
  if (!row.call_id || !row.proposal_state) return null;
  const [call, mergedInto] = await Promise.all([
    db
      .selectFrom('proposal_call')
      .select(['title', 'closes_on'])
      .where('municipality_id', '=', auth.municipalityId)
      .where('id', '=', row.call_id)
      .executeTakeFirstOrThrow(),
    row.merged_into_plan_id ? findPlanRef(db, auth.municipalityId, row.merged_into_plan_id) : undefined,
  ]);
  const sheet = sheetOf(row);
  return {
    callId: row.call_id,
    callTitle: call.title,
    closesOn: call.closes_on,
    state: row.proposal_state,
    stateSince: new Date(row.proposal_state_at ?? row.created_at).toISOString(),
    availableActions: availableProposalActions(row.proposal_state, proposalActors(auth, sheet)),
    canComment: canCommentOnProposal(auth, sheet, row.proposal_state),
    mergedInto: mergedInto ? { id: mergedInto.id, number: mergedInto.number, title: mergedInto.title } : null,
  };
}

export async function readPlan(db: Db, auth: Auth, id: string): Promise<Plan> {
  const row = await findPlanRow(db, auth.municipalityId, id);
  if (!row) throw planNotFound();
  return presentPlan(db, auth, row);
}
