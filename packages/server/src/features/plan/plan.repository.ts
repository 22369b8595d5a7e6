import type { PeriodChange, PlanRef, PlanSheet, PlanVersionChange } from '@gyokaku/contracts';
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database, PlanTable } from '../../db/schema.js';
import type { planColumns } from './plan-sheet.js';

type Db = Kysely<Database>;
export type PlanRow = Selectable<PlanTable>;
type PlanColumns = ReturnType<typeof planColumns>;

export const sheetOf = (row: Pick<PlanRow, 'sheet'>) => row.sheet as PlanSheet;

export async function findPlanRow(db: Db, municipalityId: string, id: string, lock = false): Promise<PlanRow | undefined> {
  let query = db.selectFrom('plan').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function insertPlan(
  db: Db,
  plan: { municipalityId: string; outlineId: string; updatedBy: string; columns: PlanColumns; callId?: string },
): Promise<PlanRow> {
  const values: Insertable<PlanTable> = {
    ...plan.columns,
    municipality_id: plan.municipalityId,
    outline_id: plan.outlineId,
    updated_by: plan.updatedBy,
    ...(plan.callId ? { call_id: plan.callId, proposal_state: 'drafting', proposal_state_at: new Date() } : {}),
  };
  return db.insertInto('plan').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Saves over `version` only; undefined when someone saved first (nothing is written then). */
export async function updatePlan(
  db: Db,
  plan: { municipalityId: string; id: string; version: number; updatedBy: string; columns: PlanColumns },
): Promise<PlanRow | undefined> {
  return db
    .updateTable('plan')
    .set((eb) => ({
      ...plan.columns,
      updated_by: plan.updatedBy,
      updated_at: sql<Date>`now()`,
      version: eb('version', '+', 1),
    }))
    .where('municipality_id', '=', plan.municipalityId)
    .where('id', '=', plan.id)
    .where('version', '=', plan.version)
    .returningAll()
    .executeTakeFirst();
}

export async function deletePlan(db: Db, municipalityId: string, id: string): Promise<void> {
  for (const table of ['notification', 'proposal_comment', 'proposal_event'] as const) {
    await db.deleteFrom(table).where('municipality_id', '=', municipalityId).where('plan_id', '=', id).execute();
  }
  await db.deleteFrom('plan_version').where('municipality_id', '=', municipalityId).where('plan_id', '=', id).execute();
  await db.deleteFrom('plan').where('municipality_id', '=', municipalityId).where('id', '=', id).execute();
}

export async function insertPlanVersion(
  db: Db,
  version: { row: PlanRow; change: PlanVersionChange; reason?: string },
): Promise<void> {
  const { row } = version;
  await db
    .insertInto('plan_version')
    .values({
      municipality_id: row.municipality_id,
      plan_id: row.id,
      version: row.version,
      sheet: JSON.stringify(row.sheet),
      saved_at: row.updated_at,
      saved_by: row.updated_by,
      change: version.change,
      reason: version.reason ?? '',
    })
    .execute();
}

/** Numbers already used in the outline that start with `prefix` (a framework code plus '-'). */
export async function planNumbersStartingWith(db: Db, municipalityId: string, outlineId: string, prefix: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .select('number')
    .where('municipality_id', '=', municipalityId)
    .where('outline_id', '=', outlineId)
    .where(sql<boolean>`left(number, ${prefix.length}) = ${prefix}`)
    .execute();
  return rows.map((row) => row.number);
}

export async function isNumberTaken(
  db: Db,
  query: { municipalityId: string; outlineId: string; number: string; exceptId?: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('plan')
    .select('id')
    .where('municipality_id', '=', query.municipalityId)
    .where('outline_id', '=', query.outlineId)
    .where('number', '=', query.number)
    .$if(query.exceptId !== undefined, (qb) => qb.where('id', '!=', query.exceptId!))
    .executeTakeFirst();
  return row !== undefined;
}

export async function departmentNames(db: Db, municipalityId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('department')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function userName(db: Db, municipalityId: string, userId: string): Promise<string> {
  const row = await db
    .selectFrom('app_user')
    .select('display_name')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.display_name ?? '';
}

const planRefs = (db: Db, municipalityId: string) =>
  db
    .selectFrom('plan as p')
    .innerJoin('outline as o', (join) => join.onRef('o.id', '=', 'p.outline_id').onRef('o.municipality_id', '=', 'p.municipality_id'))
    .select(['p.id', 'p.number', 'p.title', 'p.outline_id', 'o.title as outline_title'])
    .where('p.municipality_id', '=', municipalityId);

const toRef = (row: { id: string; number: string; title: string; outline_id: string; outline_title: string }): PlanRef => ({
  id: row.id,
  number: row.number,
  title: row.title,
  outlineId: row.outline_id,
  outlineTitle: row.outline_title,
});

export async function findPlanRef(db: Db, municipalityId: string, id: string): Promise<PlanRef | undefined> {
  const row = await planRefs(db, municipalityId).where('p.id', '=', id).executeTakeFirst();
  return row && toRef(row);
}

/** Later plans that carry this one over, oldest outline first. */
export async function findSuccessorRefs(db: Db, municipalityId: string, id: string): Promise<PlanRef[]> {
  const rows = await planRefs(db, municipalityId)
    .where('p.predecessor_plan_id', '=', id)
    .orderBy('o.start_fiscal_year')
    .orderBy('p.number_sort')
    .execute();
  return rows.map(toRef);
}

/** Plans pointing at this one: carrying it over (lineage) or merged into it. */
export async function countSuccessors(db: Db, municipalityId: string, id: string): Promise<{ carriedOver: number; merged: number }> {
  const row = await db
    .selectFrom('plan')
    .select([
      sql<number>`count(*) FILTER (WHERE predecessor_plan_id = ${id})::int`.as('carried_over'),
      sql<number>`count(*) FILTER (WHERE merged_into_plan_id = ${id})::int`.as('merged'),
    ])
    .where('municipality_id', '=', municipalityId)
    .where((eb) => eb.or([eb('predecessor_plan_id', '=', id), eb('merged_into_plan_id', '=', id)]))
    .executeTakeFirstOrThrow();
  return { carriedOver: Number(row.carried_over), merged: Number(row.merged) };
}

/** Each extension of the plan's end year: the version it made, set against the version before. */
export async function listPlanPeriodChanges(db: Db, municipalityId: string, planId: string): Promise<PeriodChange[]> {
  const rows = await db
    .selectFrom('plan_version as v')
    .innerJoin('plan_version as prev', (join) =>
      join.onRef('prev.plan_id', '=', 'v.plan_id').on('prev.version', '=', sql<number>`v.version - 1`),
    )
    .innerJoin('app_user as u', 'u.id', 'v.saved_by')
    .select([
      sql<number>`(prev.sheet->>'endFiscalYear')::int`.as('previous_end'),
      sql<number>`(v.sheet->>'endFiscalYear')::int`.as('end'),
      'v.reason',
      'v.saved_at',
      'u.display_name',
    ])
    .where('v.municipality_id', '=', municipalityId)
    .where('v.plan_id', '=', planId)
    .where('v.change', '=', 'period_extended')
    .orderBy('v.version')
    .execute();
  return rows.map((row) => ({
    previousEndFiscalYear: Number(row.previous_end),
    endFiscalYear: Number(row.end),
    reason: row.reason,
    changedAt: new Date(row.saved_at).toISOString(),
    changedBy: row.display_name,
  }));
}

const versions = (db: Db, municipalityId: string, planId: string) =>
  db
    .selectFrom('plan_version as v')
    .innerJoin('app_user as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.saved_at', 'u.display_name', 'v.change', 'v.reason'])
    .where('v.municipality_id', '=', municipalityId)
    .where('v.plan_id', '=', planId);

/** Newest first, without the sheets. */
export async function listPlanVersions(db: Db, municipalityId: string, planId: string) {
  return versions(db, municipalityId, planId).orderBy('v.version', 'desc').execute();
}

/** The named versions with their sheets (for one version, or the two ends of a diff). */
export async function findPlanVersions(db: Db, municipalityId: string, planId: string, numbers: number[]) {
  return versions(db, municipalityId, planId).select('v.sheet').where('v.version', 'in', numbers).execute();
}
