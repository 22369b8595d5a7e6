import type { Call, CallDepartment, CallListResponse, CallSummary } from '@gyokaku/contracts';
import { callPhase, daysUntil, departmentCallStatus, hasAnsweredCall, todayInJapan } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { ownDepartments } from '../plan/plan.policy.js';
import { callAudience } from './call.policy.js';
import { countProposalsByCall, listCallDepartmentRows, listCallRows, type CallDepartmentRow } from './call.repository.js';

type Db = Kysely<Database>;
type CallListRow = Awaited<ReturnType<typeof listCallRows>>[number];

export const callNotFound = () => notFound('募集');

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());

function presentDepartment(row: CallDepartmentRow): CallDepartment {
  const proposalStates: CallDepartment['proposalStates'] = {};
  for (const state of row.states) proposalStates[state] = (proposalStates[state] ?? 0) + 1;
  return {
    department: { id: row.department_id, name: row.department_name },
    divisionName: row.division_name,
    status: departmentCallStatus(row.states, row.no_proposal_at !== null),
    proposalCount: row.states.length,
    proposalStates,
    noProposalNote: row.no_proposal_note,
    noProposalAt: iso(row.no_proposal_at),
    lastRemindedAt: iso(row.last_reminded_at),
  };
}

interface PresentedCall {
  row: CallListRow;
  summary: CallSummary;
  departments: CallDepartment[];
}

/** Each call with its department table; three statements whatever the number of calls. */
async function presentCalls(db: Db, auth: Auth, rows: CallListRow[], now: Date): Promise<PresentedCall[]> {
  const ids = rows.map((row) => row.id);
  const [departmentRows, proposalCounts] = await Promise.all([
    listCallDepartmentRows(db, auth.municipalityId, ids),
    countProposalsByCall(db, auth.municipalityId, ids),
  ]);
  const today = todayInJapan(now);
  return rows.map((row) => {
    const departments = departmentRows.filter((d) => d.call_id === row.id).map(presentDepartment);
    const period = { opensOn: row.opens_on, closesOn: row.closes_on };
    const summary: CallSummary = {
      id: row.id,
      outlineId: row.outline_id,
      outlineTitle: row.outline_title,
      title: row.title,
      opensOn: row.opens_on,
      closesOn: row.closes_on,
      phase: callPhase(period, today),
      daysLeft: daysUntil(row.closes_on, today),
      answerRequired: row.answer_required,
      departmentCount: departments.length,
      answeredCount: departments.filter((d) => hasAnsweredCall(d.status)).length,
      proposalCount: proposalCounts.get(row.id) ?? 0,
      version: row.version,
    };
    return { row, summary, departments };
  });
}

/** `GET /api/calls`: the calls the user may see, newest first. */
export async function listCalls(db: Db, auth: Auth, outlineId: string | undefined, now = new Date()): Promise<CallListResponse> {
  const rows = await listCallRows(db, { municipalityId: auth.municipalityId, outlineId, departmentIds: callAudience(auth) });
  return { items: (await presentCalls(db, auth, rows, now)).map((call) => call.summary) };
}

/** One call with its per-department progress; 404 when the user may not see it. */
export async function readCall(db: Db, auth: Auth, id: string, now = new Date()): Promise<Call> {
  const rows = await listCallRows(db, { municipalityId: auth.municipalityId, id, departmentIds: callAudience(auth) });
  const [call] = await presentCalls(db, auth, rows, now);
  if (!call) throw callNotFound();
  const own = ownDepartments(auth);
  return {
    ...call.summary,
    instructions: call.row.instructions,
    createdAt: new Date(call.row.created_at).toISOString(),
    departments: call.departments,
    ownDepartmentIds: call.departments.map((d) => d.department.id).filter((departmentId) => own.has(departmentId)),
  };
}
