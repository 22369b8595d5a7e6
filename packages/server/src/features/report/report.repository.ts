import type { ReportPeriod, ReportState } from '@gyokaku/domain';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ProgressReportTable, ReportRoundTable } from '../../db/schema.js';

type Db = Kysely<Database>;
export type RoundRow = Selectable<ReportRoundTable>;
export type ReportRow = Selectable<ProgressReportTable>;

export async function findRound(db: Db, municipalityId: string, id: string, lock = false): Promise<RoundRow | undefined> {
  let query = db.selectFrom('report_round').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The outline's round of that fiscal year and period, if it has one. */
export async function findRoundFor(
  db: Db,
  query: { municipalityId: string; outlineId: string; fiscalYear: number; period: ReportPeriod },
): Promise<RoundRow | undefined> {
  return db
    .selectFrom('report_round')
    .selectAll()
    .where('municipality_id', '=', query.municipalityId)
    .where('outline_id', '=', query.outlineId)
    .where('fiscal_year', '=', query.fiscalYear)
    .where('period', '=', query.period)
    .executeTakeFirst();
}

export async function listRoundRows(db: Db, municipalityId: string, outlineId?: string): Promise<RoundRow[]> {
  return db
    .selectFrom('report_round')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .$if(outlineId !== undefined, (qb) => qb.where('outline_id', '=', outlineId!))
    .orderBy('fiscal_year', 'desc')
    .orderBy(sql`CASE period WHEN 'full_year' THEN 0 ELSE 1 END`)
    .execute();
}

export async function insertRound(
  db: Db,
  round: { municipalityId: string; outlineId: string; fiscalYear: number; period: ReportPeriod; dueOn: string; instructions: string; source: 'app' | 'imported'; createdBy: string },
): Promise<RoundRow> {
  return db
    .insertInto('report_round')
    .values({
      municipality_id: round.municipalityId,
      outline_id: round.outlineId,
      fiscal_year: round.fiscalYear,
      period: round.period,
      due_on: round.dueOn,
      instructions: round.instructions,
      source: round.source,
      created_by: round.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The plans a round asks about: the outline's plans running in the fiscal year that were adopted
 * (entered directly, or proposals the HQ adopted) and not cancelled in an earlier round.
 */
export async function planIdsInForce(
  db: Db,
  options: { municipalityId: string; outlineId: string; fiscalYear: number; cancelledCodes: readonly string[] },
): Promise<string[]> {
  const cancelled = options.cancelledCodes.length === 0 ? sql`false` : sql`r.progress_status IN (${sql.join([...options.cancelledCodes])})`;
  const rows = await sql<{ id: string }>`
    SELECT p.id FROM plan p
     WHERE p.municipality_id = ${options.municipalityId} AND p.outline_id = ${options.outlineId}
       AND p.start_fiscal_year <= ${options.fiscalYear} AND p.end_fiscal_year >= ${options.fiscalYear}
       AND (p.proposal_state IS NULL OR p.proposal_state IN ('adopted', 'adopted_with_changes'))
       AND NOT EXISTS (
         SELECT 1 FROM progress_report r JOIN report_round rr ON rr.id = r.round_id
          WHERE r.municipality_id = p.municipality_id AND r.plan_id = p.id
            AND rr.fiscal_year < ${options.fiscalYear} AND r.state IN ('submitted', 'accepted') AND ${cancelled})
     ORDER BY p.number_sort`.execute(db);
  return rows.rows.map((row) => row.id);
}

export async function insertReports(
  db: Db,
  reports: { municipalityId: string; roundId: string; planIds: string[]; updatedBy: string; state?: ReportState },
): Promise<ReportRow[]> {
  if (reports.planIds.length === 0) return [];
  return db
    .insertInto('progress_report')
    .values(
      reports.planIds.map((planId) => ({
        municipality_id: reports.municipalityId,
        round_id: reports.roundId,
        plan_id: planId,
        updated_by: reports.updatedBy,
        ...(reports.state ? { state: reports.state } : {}),
      })),
    )
    .returningAll()
    .execute();
}

/** A round's reports with what lists and figures need of their plans, by plan number. */
export async function listRoundReports(db: Db, municipalityId: string, roundIds: readonly string[]) {
  if (roundIds.length === 0) return [];
  return db
    .selectFrom('progress_report as r')
    .innerJoin('plan as p', (join) => join.onRef('p.municipality_id', '=', 'r.municipality_id').onRef('p.id', '=', 'r.plan_id'))
    .innerJoin('department as d', (join) => join.onRef('d.municipality_id', '=', 'p.municipality_id').onRef('d.id', '=', 'p.lead_department_id'))
    .selectAll('r')
    .select([
      'p.number',
      'p.title',
      'p.framework_node_id',
      'p.relisted_node_ids',
      'p.lead_department_id',
      'p.collaborating_department_ids',
      'p.sdg_goals',
      'p.sheet',
      'd.name as lead_department_name',
    ])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.round_id', 'in', [...roundIds])
    .orderBy('p.number_sort')
    .execute();
}
export type RoundReportRow = Awaited<ReturnType<typeof listRoundReports>>[number];

export async function findReportRow(db: Db, municipalityId: string, id: string, lock = false): Promise<ReportRow | undefined> {
  let query = db.selectFrom('progress_report').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export interface ReportEvent {
  municipalityId: string;
  reportId: string;
  action: string;
  fromState: ReportState | null;
  toState: ReportState;
  actorId: string;
  comment?: string;
}

export async function insertReportEvents(db: Db, events: readonly ReportEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('report_event')
    .values(
      events.map((event) => ({
        municipality_id: event.municipalityId,
        report_id: event.reportId,
        action: event.action,
        from_state: event.fromState,
        to_state: event.toState,
        actor_id: event.actorId,
        comment: event.comment ?? '',
      })),
    )
    .execute();
}

export async function listReportEvents(db: Db, municipalityId: string, reportId: string) {
  return db
    .selectFrom('report_event as e')
    .innerJoin('app_user as u', (join) => join.onRef('u.municipality_id', '=', 'e.municipality_id').onRef('u.id', '=', 'e.actor_id'))
    .select(['e.action', 'e.from_state', 'e.to_state', 'e.comment', 'e.at', 'u.display_name'])
    .where('e.municipality_id', '=', municipalityId)
    .where('e.report_id', '=', reportId)
    .orderBy('e.at')
    .execute();
}

/**
 * Actual financial effect reported per round of an outline: the sum over signed-off reports that
 * give one, and how many do (a round where none does has no actual, rather than 0 yen).
 */
export async function actualEffectsByRound(db: Db, municipalityId: string, outlineId: string) {
  return db
    .selectFrom('progress_report as r')
    .innerJoin('report_round as rr', (join) => join.onRef('rr.municipality_id', '=', 'r.municipality_id').onRef('rr.id', '=', 'r.round_id'))
    .select(['rr.id', sql<string>`sum(r.actual_financial_effect)`.as('amount'), sql<number>`count(r.actual_financial_effect)::int`.as('reported')])
    .where('r.municipality_id', '=', municipalityId)
    .where('rr.outline_id', '=', outlineId)
    .where('r.state', 'in', ['submitted', 'accepted'])
    .groupBy('rr.id')
    .execute();
}
