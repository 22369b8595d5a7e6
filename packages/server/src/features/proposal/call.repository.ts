import type { ProposalState } from '@gyokaku/domain';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ProposalCallTable } from '../../db/schema.js';

type Db = Kysely<Database>;
export type CallRow = Selectable<ProposalCallTable>;

export async function findCall(db: Db, municipalityId: string, id: string, lock = false): Promise<CallRow | undefined> {
  let query = db.selectFrom('proposal_call').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * Calls with their outline's title, newest first. `departmentIds` limits them to calls addressing
 * one of those departments (null: every call of the municipality).
 */
export async function listCallRows(
  db: Db,
  query: { municipalityId: string; outlineId?: string | undefined; id?: string; departmentIds: readonly string[] | null },
) {
  const { municipalityId, departmentIds } = query;
  if (departmentIds?.length === 0) return [];
  return db
    .selectFrom('proposal_call as c')
    .innerJoin('outline as o', (join) => join.onRef('o.id', '=', 'c.outline_id').onRef('o.municipality_id', '=', 'c.municipality_id'))
    .selectAll('c')
    .select('o.title as outline_title')
    .where('c.municipality_id', '=', municipalityId)
    .$if(query.outlineId !== undefined, (qb) => qb.where('c.outline_id', '=', query.outlineId!))
    .$if(query.id !== undefined, (qb) => qb.where('c.id', '=', query.id!))
    .$if(departmentIds !== null, (qb) =>
      qb.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('proposal_call_department as cd')
            .select('cd.department_id')
            .whereRef('cd.call_id', '=', 'c.id')
            .where('cd.municipality_id', '=', municipalityId)
            .where('cd.department_id', 'in', [...departmentIds!]),
        ),
      ),
    )
    .orderBy('c.opens_on', 'desc')
    .orderBy('c.created_at', 'desc')
    .execute();
}

/**
 * Each addressed department of the calls, in organisation-chart order, with its answer and the
 * states of the proposals it leads in the call (one row per department, one statement).
 */
export async function listCallDepartmentRows(db: Db, municipalityId: string, callIds: readonly string[]) {
  if (callIds.length === 0) return [];
  return db
    .selectFrom('proposal_call_department as cd')
    .innerJoin('department as d', (join) => join.onRef('d.id', '=', 'cd.department_id').onRef('d.municipality_id', '=', 'cd.municipality_id'))
    .innerJoin('division as v', (join) => join.onRef('v.id', '=', 'd.division_id').onRef('v.municipality_id', '=', 'd.municipality_id'))
    .leftJoin('plan as p', (join) =>
      join
        .onRef('p.municipality_id', '=', 'cd.municipality_id')
        .onRef('p.call_id', '=', 'cd.call_id')
        .onRef('p.lead_department_id', '=', 'cd.department_id'),
    )
    .select([
      'cd.call_id',
      'cd.department_id',
      'd.name as department_name',
      'v.name as division_name',
      'cd.no_proposal_at',
      'cd.no_proposal_note',
      'cd.last_reminded_at',
      sql<ProposalState[]>`coalesce(array_agg(p.proposal_state) FILTER (WHERE p.id IS NOT NULL), '{}')`.as('states'),
    ])
    .where('cd.municipality_id', '=', municipalityId)
    .where('cd.call_id', 'in', [...callIds])
    .groupBy(['cd.call_id', 'cd.department_id', 'd.name', 'd.position', 'v.name', 'v.position', 'cd.no_proposal_at', 'cd.no_proposal_note', 'cd.last_reminded_at'])
    .orderBy('v.position')
    .orderBy('d.position')
    // Byte order, so that PGlite and a PostgreSQL server with another locale list alike.
    .orderBy(sql`d.name COLLATE "C"`)
    .execute();
}
export type CallDepartmentRow = Awaited<ReturnType<typeof listCallDepartmentRows>>[number];

/**
 * Proposals per call, whoever leads them now: a proposal handed on by a reorganisation to a
 * department the call did not address still counts.
 */
export async function countProposalsByCall(db: Db, municipalityId: string, callIds: readonly string[]): Promise<Map<string, number>> {
  if (callIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('plan')
    .select(['call_id', sql<number>`count(*)::int`.as('n')])
    .where('municipality_id', '=', municipalityId)
    .where('call_id', 'in', [...callIds])
    .groupBy('call_id')
    .execute();
  return new Map(rows.map((row) => [row.call_id!, Number(row.n)]));
}

/** Departments among `departmentIds` leading proposals in the call, optionally leaving out some states. */
export async function departmentsWithProposals(
  db: Db,
  query: { municipalityId: string; callId: string; departmentIds: readonly string[]; exceptStates?: readonly ProposalState[] },
): Promise<Set<string>> {
  if (query.departmentIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('plan')
    .select('lead_department_id')
    .distinct()
    .where('municipality_id', '=', query.municipalityId)
    .where('call_id', '=', query.callId)
    .where('lead_department_id', 'in', [...query.departmentIds])
    .$if((query.exceptStates?.length ?? 0) > 0, (qb) => qb.where('proposal_state', 'not in', [...query.exceptStates!]))
    .execute();
  return new Set(rows.map((row) => row.lead_department_id));
}

export interface CallFields {
  title: string;
  instructions: string;
  opensOn: string;
  closesOn: string;
  answerRequired: boolean;
}

export async function insertCall(db: Db, call: CallFields & { municipalityId: string; outlineId: string; createdBy: string }): Promise<string> {
  const row = await db
    .insertInto('proposal_call')
    .values({
      municipality_id: call.municipalityId,
      outline_id: call.outlineId,
      title: call.title,
      instructions: call.instructions,
      opens_on: call.opensOn,
      closes_on: call.closesOn,
      answer_required: call.answerRequired,
      created_by: call.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves over `version` only; undefined when someone saved first. */
export async function updateCall(db: Db, call: CallFields & { municipalityId: string; id: string; version: number }) {
  return db
    .updateTable('proposal_call')
    .set((eb) => ({
      title: call.title,
      instructions: call.instructions,
      opens_on: call.opensOn,
      closes_on: call.closesOn,
      answer_required: call.answerRequired,
      updated_at: sql<Date>`now()`,
      version: eb('version', '+', 1),
    }))
    .where('municipality_id', '=', call.municipalityId)
    .where('id', '=', call.id)
    .where('version', '=', call.version)
    .returningAll()
    .executeTakeFirst();
}

export async function addCallDepartments(db: Db, query: { municipalityId: string; callId: string; departmentIds: readonly string[] }) {
  if (query.departmentIds.length === 0) return;
  await db
    .insertInto('proposal_call_department')
    .values(query.departmentIds.map((departmentId) => ({ municipality_id: query.municipalityId, call_id: query.callId, department_id: departmentId })))
    .execute();
}

export async function removeCallDepartments(db: Db, query: { municipalityId: string; callId: string; departmentIds: readonly string[] }) {
  if (query.departmentIds.length === 0) return;
  await db
    .deleteFrom('proposal_call_department')
    .where('municipality_id', '=', query.municipalityId)
    .where('call_id', '=', query.callId)
    .where('department_id', 'in', [...query.departmentIds])
    .execute();
}

export async function findCallDepartment(db: Db, query: { municipalityId: string; callId: string; departmentId: string; lock?: boolean }) {
  let select = db
    .selectFrom('proposal_call_department')
    .selectAll()
    .where('municipality_id', '=', query.municipalityId)
    .where('call_id', '=', query.callId)
    .where('department_id', '=', query.departmentId);
  if (query.lock) select = select.forUpdate();
  return select.executeTakeFirst();
}

/** Records the department's 「提案なし」 answer, or clears it when `by` is null. */
export async function setNoProposal(
  db: Db,
  answer: { municipalityId: string; callId: string; departmentId: string; by: string | null; note: string },
): Promise<void> {
  await db
    .updateTable('proposal_call_department')
    .set({
      no_proposal_at: answer.by ? sql<Date>`now()` : null,
      no_proposal_by: answer.by,
      no_proposal_note: answer.by ? answer.note : '',
    })
    .where('municipality_id', '=', answer.municipalityId)
    .where('call_id', '=', answer.callId)
    .where('department_id', '=', answer.departmentId)
    .execute();
}

export async function markReminded(db: Db, query: { municipalityId: string; callId: string; departmentIds: readonly string[] }): Promise<void> {
  if (query.departmentIds.length === 0) return;
  await db
    .updateTable('proposal_call_department')
    .set({ last_reminded_at: sql<Date>`now()` })
    .where('municipality_id', '=', query.municipalityId)
    .where('call_id', '=', query.callId)
    .where('department_id', 'in', [...query.departmentIds])
    .execute();
}
