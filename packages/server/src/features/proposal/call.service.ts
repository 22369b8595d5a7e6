import type { Call, CreateCallRequest, NoProposalRequest, Plan, PlanSheet, RemindResponse, UpdateCallRequest } from '@gyokaku/contracts';
import { callPhase, departmentCallStatus, hasAnsweredCall, todayInJapan, validateCallPeriod } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict, forbidden, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { notify } from '../inbox/notifications.js';
import { departmentsInForce } from '../organisation/organisation.service.js';
import { outlineClosed, outlineForPlans } from '../outline/outline-for-plans.js';
import { createPlan } from '../plan/plan.service.js';
import { callNotFound, readCall } from './call-read.js';
import { canAnswerFor } from './call.policy.js';
import {
  addCallDepartments,
  departmentsWithProposals,
  findCall,
  findCallDepartment,
  insertCall,
  listCallDepartmentRows,
  markReminded,
  removeCallDepartments,
  setNoProposal,
  updateCall,
  type CallFields,
  type CallRow,
} from './call.repository.js';
import { callNotOpen } from './proposal-filing.js';

type Db = Kysely<Database>;
type Issue = { path: (string | number)[]; code: string; message: string };

const unique = (ids: readonly string[]) => [...new Set(ids)];
const departmentStaff = ['department_editor', 'department_approver'] as const;

const fieldsOf = (request: CreateCallRequest): CallFields => ({
  title: request.title,
  instructions: request.instructions,
  opensOn: request.opensOn,
  closesOn: request.closesOn,
  answerRequired: request.answerRequired,
});

async function openOutline(trx: Db, municipalityId: string, outlineId: string) {
  const outline = await outlineForPlans(trx, { municipalityId, outlineId, lock: 'share' });
  if (!outline) throw notFound('行政改革大綱');
  if (outline.status === 'closed') throw outlineClosed();
  return outline;
}

/** Departments newly addressed must be the municipality's and in force today (Japan time). */
async function assertAddressable(trx: Db, auth: Auth, requested: readonly string[], added: readonly string[], now: Date) {
  const inForce = await departmentsInForce(trx, { municipalityId: auth.municipalityId, ids: [...added], date: todayInJapan(now) });
  const message = '選んだ課は現在存在しません（廃止・改編済み、または他の自治体の課です）。';
  const issues: Issue[] = requested.flatMap((id, index) =>
    added.includes(id) && !inForce.has(id) ? [{ path: ['departmentIds', index], code: 'department_ended', message }] : [],
  );
  if (issues.length > 0) throw new AppError(422, 'invalid_reference', '入力内容に誤りがあります。', issues);
}

const callNotice = (call: CallFields) => ({ callTitle: call.title, opensOn: call.opensOn, closesOn: call.closesOn });

const auditView = (call: CallFields, departmentIds: readonly string[]) => ({ ...call, departmentIds });

export async function createCall(options: { db: Db; auth: Auth; outlineId: string; request: CreateCallRequest; now?: Date }): Promise<Call> {
  const { db, auth, request } = options;
  const now = options.now ?? new Date();
  validateCallPeriod(request);
  const departmentIds = unique(request.departmentIds);
  return db.transaction().execute(async (trx) => {
    const outline = await openOutline(trx, auth.municipalityId, options.outlineId);
    await assertAddressable(trx, auth, request.departmentIds, departmentIds, now);
    const fields = fieldsOf(request);
    const id = await insertCall(trx, { ...fields, municipalityId: auth.municipalityId, outlineId: outline.id, createdBy: auth.userId });
    await addCallDepartments(trx, { municipalityId: auth.municipalityId, callId: id, departmentIds });
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'created',
      entityType: 'proposal_call',
      entityId: id,
      after: { outlineId: outline.id, ...auditView(fields, departmentIds) },
    });
    await notify(trx, { auth, audience: { roles: departmentStaff, departmentIds }, kind: 'call_opened', params: callNotice(fields), callId: id });
    return readCall(trx, auth, id, now);
  });
}

async function callForChange(trx: Db, auth: Auth, id: string): Promise<CallRow> {
  const call = await findCall(trx, auth.municipalityId, id, true);
  if (!call) throw callNotFound();
  return call;
}

/**
 * Changes the period, texts or addressed departments. A department that has filed proposals into
 * the call stays addressed: removing it would orphan its proposals from the progress table.
 */
export async function editCall(options: { db: Db; auth: Auth; id: string; request: UpdateCallRequest; now?: Date }): Promise<Call> {
  const { db, auth, id, request } = options;
  const now = options.now ?? new Date();
  const { municipalityId } = auth;
  validateCallPeriod(request);
  return db.transaction().execute(async (trx) => {
    const before = await callForChange(trx, auth, id);
    if (before.version !== request.version) throw editConflict();
    await openOutline(trx, municipalityId, before.outline_id);
    const current = (await listCallDepartmentRows(trx, municipalityId, [id])).map((row) => row.department_id);
    const next = unique(request.departmentIds);
    const added = next.filter((departmentId) => !current.includes(departmentId));
    const removed = current.filter((departmentId) => !next.includes(departmentId));
    await assertAddressable(trx, auth, request.departmentIds, added, now);
    const filed = await departmentsWithProposals(trx, { municipalityId, callId: id, departmentIds: removed });
    if (filed.size > 0) {
      throw new AppError(409, 'department_has_proposals', '提案を登録済みの課は、募集の対象から外せません。', [
        { path: ['departmentIds'], code: 'department_has_proposals', message: '提案を登録済みの課は、募集の対象から外せません。' },
      ]);
    }
    const fields = fieldsOf(request);
    if (!(await updateCall(trx, { ...fields, municipalityId, id, version: request.version }))) throw editConflict();
    await removeCallDepartments(trx, { municipalityId, callId: id, departmentIds: removed });
    await addCallDepartments(trx, { municipalityId, callId: id, departmentIds: added });
    const previous: CallFields = {
      title: before.title,
      instructions: before.instructions,
      opensOn: before.opens_on,
      closesOn: before.closes_on,
      answerRequired: before.answer_required,
    };
    await recordAudit(trx, {
      municipalityId,
      actorId: auth.userId,
      action: 'updated',
      entityType: 'proposal_call',
      entityId: id,
      before: auditView(previous, current),
      after: auditView(fields, next),
    });
    // Only the newly addressed departments hear of the call now; the others were told when it opened.
    await notify(trx, { auth, audience: { roles: departmentStaff, departmentIds: added }, kind: 'call_opened', params: callNotice(fields), callId: id });
    return readCall(trx, auth, id, now);
  });
}

/**
 * A department answers 「提案なし」, or takes that answer back, while the call is open. It cannot
 * declare nothing to propose while it has proposals still alive in the call.
 */
export async function answerNoProposal(options: { db: Db; auth: Auth; callId: string; request: NoProposalRequest; now?: Date }): Promise<Call> {
  const { db, auth, callId, request } = options;
  const now = options.now ?? new Date();
  const { municipalityId } = auth;
  if (!canAnswerFor(auth, request.departmentId)) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const call = await findCall(trx, municipalityId, callId);
    if (!call) throw callNotFound();
    // Locked so that an answer and its withdrawal, sent twice, apply one after the other.
    const entry = await findCallDepartment(trx, { municipalityId, callId, departmentId: request.departmentId, lock: true });
    if (!entry) throw callNotFound();
    if (callPhase({ opensOn: call.opens_on, closesOn: call.closes_on }, todayInJapan(now)) !== 'open') throw callNotOpen();
    const withdraw = request.withdraw ?? false;
    if (!withdraw) {
      const live = await departmentsWithProposals(trx, {
        municipalityId,
        callId,
        departmentIds: [request.departmentId],
        exceptStates: ['not_adopted', 'merged'],
      });
      if (live.size > 0) {
        throw new AppError(409, 'department_has_proposals', 'この募集に提案を登録済みのため、「提案なし」と回答できません。');
      }
    }
    await setNoProposal(trx, { municipalityId, callId, departmentId: request.departmentId, by: withdraw ? null : auth.userId, note: request.note });
    await recordAudit(trx, {
      municipalityId,
      actorId: auth.userId,
      action: withdraw ? 'no_proposal_withdrawn' : 'no_proposal_declared',
      entityType: 'proposal_call',
      entityId: callId,
      before: { departmentId: request.departmentId, noProposal: entry.no_proposal_at !== null, note: entry.no_proposal_note },
      after: { departmentId: request.departmentId, noProposal: !withdraw, note: withdraw ? '' : request.note },
    });
    return readCall(trx, auth, callId, now);
  });
}

/**
 * Reminds the editors and approvers of addressed departments that have not answered yet (all of
 * them, or those named), in the app, and notes when each department was last reminded.
 */
export async function remindDepartments(options: { db: Db; auth: Auth; callId: string; departmentIds?: string[] | undefined }): Promise<RemindResponse> {
  const { db, auth, callId } = options;
  const { municipalityId } = auth;
  return db.transaction().execute(async (trx) => {
    const call = await callForChange(trx, auth, callId);
    const rows = await listCallDepartmentRows(trx, municipalityId, [callId]);
    const named = options.departmentIds;
    if (named) {
      const addressed = new Set(rows.map((row) => row.department_id));
      const message = 'この募集の対象ではない課です。';
      const issues: Issue[] = named.flatMap((id, index) => (addressed.has(id) ? [] : [{ path: ['departmentIds', index], code: 'not_addressed', message }]));
      if (issues.length > 0) throw new AppError(422, 'invalid_reference', message, issues);
    }
    const departmentIds = rows
      .filter((row) => !named || named.includes(row.department_id))
      .filter((row) => !hasAnsweredCall(departmentCallStatus(row.states, row.no_proposal_at !== null)))
      .map((row) => row.department_id);
    if (departmentIds.length === 0) return { departments: 0, users: 0 };
    const users = await notify(trx, {
      auth,
      audience: { roles: departmentStaff, departmentIds },
      kind: 'call_reminder',
      params: { callTitle: call.title, opensOn: call.opens_on, closesOn: call.closes_on },
      callId,
    });
    await markReminded(trx, { municipalityId, callId, departmentIds });
    await recordAudit(trx, { municipalityId, actorId: auth.userId, action: 'reminded', entityType: 'proposal_call', entityId: callId, after: { departmentIds } });
    return { departments: departmentIds.length, users };
  });
}

/** Files a new proposal (a plan in 作成中) into the call's outline; the plan service checks the rest. */
export async function fileProposal(options: { db: Db; auth: Auth; callId: string; request: PlanSheet }): Promise<Plan> {
  const { db, auth, callId, request } = options;
  const call = await findCall(db, auth.municipalityId, callId);
  if (!call) throw callNotFound();
  return createPlan({ db, auth, outlineId: call.outline_id, request, callId });
}
