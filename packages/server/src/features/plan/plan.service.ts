import type { CreatePlanRequest, ExtendPlanRequest, Plan, PlanSheet, PlanVersionChange, UpdatePlanRequest } from '@gyokaku/contracts';
import { PROPOSAL_STATE_LABELS, validatePeriodExtension, type ProposalState } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict, forbidden, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { outlineClosed, outlineForPlans, type OutlineForPlans } from '../outline/outline-for-plans.js';
import { canCreatePlan, canDeletePlan, canEditPlan, canSavePlan, proposalAllowsEdit } from './plan.policy.js';
import { insertProposalEvent } from '../proposal/proposal-event.repository.js';
import { assertCanFileInto } from '../proposal/proposal-filing.js';
import { planNotFound, presentPlan } from './plan-read.js';
import { planColumns } from './plan-sheet.js';
import { planNumberTaken, validateSheet } from './plan-validation.js';
import {
  countSuccessors,
  deletePlan,
  findPlanRow,
  insertPlan,
  insertPlanVersion,
  sheetOf,
  updatePlan,
  type PlanRow,
} from './plan.repository.js';

type Db = Kysely<Database>;

const isUniqueViolation = (error: unknown, constraint: string) =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === '23505' &&
  (error as { constraint?: unknown }).constraint === constraint;

/**
 * Two saves choosing the same number at once both pass the check; the unique constraint stops the
 * second, and its transaction has rolled back by the time we get here.
 */
async function mappingNumberRace<T>(sheet: PlanSheet, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'plan_number_unique')) throw planNumberTaken(sheet.number);
    throw error;
  }
}

async function openOutline(trx: Db, municipalityId: string, outlineId: string, lock: 'update' | 'share') {
  const outline = await outlineForPlans(trx, { municipalityId, outlineId, lock });
  if (!outline) throw notFound('行政改革大綱');
  if (outline.status === 'closed') throw outlineClosed();
  return outline;
}

async function audit(trx: Db, auth: Auth, action: string, id: string, before: PlanSheet | undefined, after: unknown) {
  await recordAudit(trx, {
    municipalityId: auth.municipalityId,
    actorId: auth.userId,
    action,
    entityType: 'plan',
    entityId: id,
    ...(before ? { before } : {}),
    ...(after === undefined ? {} : { after }),
  });
}

/**
 * Inserts a new plan inside the caller's transaction: the sheet validated, its first version and
 * its audit entry. With `callId` it is a proposal, filed into that call as 作成中. The Excel import
 * calls this for each new plan of a workbook, all in one transaction.
 */
export async function insertPlanSheet(
  trx: Db,
  options: { auth: Auth; outline: OutlineForPlans; sheet: PlanSheet; callId?: string | undefined; change?: 'created' | 'imported' },
): Promise<PlanRow> {
  const { auth, outline, callId } = options;
  const { municipalityId } = auth;
  if (!canCreatePlan(auth, options.sheet.leadDepartmentId)) throw forbidden();
  if (callId) await assertCanFileInto(trx, { auth, callId, outlineId: outline.id, leadDepartmentId: options.sheet.leadDepartmentId });
  const { sheet, warnings } = await validateSheet(trx, { municipalityId, outline, sheet: options.sheet });
  const row = await insertPlan(trx, {
    municipalityId,
    outlineId: outline.id,
    updatedBy: auth.userId,
    columns: planColumns(sheet, warnings),
    ...(callId ? { callId } : {}),
  });
  await insertPlanVersion(trx, { row, change: options.change ?? 'created' });
  if (callId) {
    await insertProposalEvent(trx, {
      municipalityId,
      planId: row.id,
      action: 'filed',
      fromState: null,
      toState: 'drafting',
      planVersion: row.version,
      actorId: auth.userId,
    });
  }
  await audit(trx, auth, options.change ?? 'created', row.id, undefined, sheet);
  return row;
}

export async function createPlan(options: {
  db: Db;
  auth: Auth;
  outlineId: string;
  request: CreatePlanRequest;
  callId?: string;
}): Promise<Plan> {
  const { db, auth, outlineId, request } = options;
  return mappingNumberRace(request, () =>
    db.transaction().execute(async (trx) => {
      // Locked for update: plans created side by side would otherwise be suggested the same number.
      const outline = await openOutline(trx, auth.municipalityId, outlineId, 'update');
      const row = await insertPlanSheet(trx, { auth, outline, sheet: request, callId: options.callId });
      return presentPlan(trx, auth, row, outline);
    }),
  );
}

export const proposalLocked = (state: ProposalState) =>
  new AppError(
    409,
    'proposal_locked',
    `この提案は「${PROPOSAL_STATE_LABELS[state]}」のため、いまは編集できません。差し戻されるか、提出を取り下げてから編集してください。`,
  );

/**
 * The plan and its outline locked for a change: outline first, as every plan change does, so none
 * deadlock. 404 outside the municipality, 409 once the outline is closed. A proposal's steps lock
 * through here too, though they are not sheet edits.
 */
export async function lockPlan(trx: Db, auth: Auth, id: string) {
  const unlocked = await findPlanRow(trx, auth.municipalityId, id);
  if (!unlocked) throw planNotFound();
  const outline = await openOutline(trx, auth.municipalityId, unlocked.outline_id, 'share');
  const row = (await findPlanRow(trx, auth.municipalityId, id, true))!;
  return { row, outline };
}

/**
 * The plan locked for a sheet edit. Refuses a user outside the plan's departments, and a
 * department whose proposal is out of its hands (with the proposal's state, a conflict rather
 * than a missing right).
 */
export async function planForChange(trx: Db, auth: Auth, id: string, version: number) {
  const { row, outline } = await lockPlan(trx, auth, id);
  if (!canEditPlan(auth, sheetOf(row))) throw forbidden();
  if (!proposalAllowsEdit(auth, sheetOf(row), row.proposal_state)) throw proposalLocked(row.proposal_state!);
  if (row.version !== version) throw editConflict();
  return { row, outline };
}

/** Writes the new version of the sheet, its history row and its audit entry, inside the caller's transaction. */
export async function savePlanVersion(
  trx: Db,
  options: { auth: Auth; before: PlanRow; outline: OutlineForPlans; sheet: PlanSheet; change: PlanVersionChange; reason?: string },
): Promise<PlanRow> {
  const { auth, before, outline, change } = options;
  const { sheet, warnings } = await validateSheet(trx, {
    municipalityId: auth.municipalityId,
    outline,
    sheet: options.sheet,
    previous: sheetOf(before),
    planId: before.id,
  });
  if (!canSavePlan(auth, sheetOf(before), sheet)) throw forbidden();
  const row = await updatePlan(trx, {
    municipalityId: auth.municipalityId,
    id: before.id,
    version: before.version,
    updatedBy: auth.userId,
    columns: planColumns(sheet, warnings),
  });
  if (!row) throw editConflict();
  await insertPlanVersion(trx, { row, change, ...(options.reason ? { reason: options.reason } : {}) });
  await audit(trx, auth, change, row.id, sheetOf(before), options.reason ? { ...sheet, reason: options.reason } : sheet);
  return row;
}

export async function editPlan(options: { db: Db; auth: Auth; id: string; request: UpdatePlanRequest }): Promise<Plan> {
  const { db, auth, id } = options;
  const { version, ...sheet } = options.request;
  return mappingNumberRace(sheet, () =>
    db.transaction().execute(async (trx) => {
      const { row, outline } = await planForChange(trx, auth, id, version);
      const saved = await savePlanVersion(trx, { auth, before: row, outline, sheet, change: 'updated' });
      return presentPlan(trx, auth, saved, outline);
    }),
  );
}

/** Moves the plan's end fiscal year later; the reason stays in the version history. */
export async function extendPlan(options: { db: Db; auth: Auth; id: string; request: ExtendPlanRequest }): Promise<Plan> {
  const { db, auth, id, request } = options;
  return db.transaction().execute(async (trx) => {
    const { row, outline } = await planForChange(trx, auth, id, request.version);
    const sheet = sheetOf(row);
    validatePeriodExtension({ currentEnd: sheet.endFiscalYear, newEnd: request.endFiscalYear, reason: request.reason });
    const saved = await savePlanVersion(trx, {
      auth,
      before: row,
      outline,
      sheet: { ...sheet, endFiscalYear: request.endFiscalYear },
      change: 'period_extended',
      reason: request.reason,
    });
    return presentPlan(trx, auth, saved, outline);
  });
}

/**
 * Withdraws a plan while the outline is still a draft; once published, a plan is changed or
 * cancelled with a reason instead, since its number may already be printed.
 */
export async function removePlan(options: { db: Db; auth: Auth; id: string; version: number }): Promise<void> {
  const { db, auth, id, version } = options;
  if (!canDeletePlan(auth)) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const { row, outline } = await planForChange(trx, auth, id, version);
    if (outline.status !== 'draft') {
      throw new AppError(409, 'outline_not_draft', '案の段階の大綱の実施計画だけを削除できます。策定後の計画は変更・中止として扱ってください。');
    }
    const successors = await countSuccessors(trx, auth.municipalityId, id);
    if (successors.carriedOver > 0) {
      throw new AppError(409, 'plan_has_successors', 'この実施計画を引き継いだ計画があるため削除できません。');
    }
    if (successors.merged > 0) {
      throw new AppError(409, 'plan_has_merged_proposals', '他の提案が統合されている実施計画のため削除できません。統合の経緯を残すためです。');
    }
    await deletePlan(trx, auth.municipalityId, id);
    await audit(trx, auth, 'deleted', id, sheetOf(row), undefined);
  });
}
