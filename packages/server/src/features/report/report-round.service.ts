import type {
  CreateReportRoundRequest,
  MunicipalitySettings,
  ReportListItem,
  ReportRound,
  ReportRoundSummary,
  ReportState,
} from '@gyokaku/contracts';
import { CreateReportRoundRequestSchema } from '@gyokaku/contracts';
import { daysUntil, previousRound, roundDocumentTitle, todayInJapan } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { hasRole, type Auth } from '../../http/access.js';
import { AppError, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { notify } from '../inbox/notifications.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { findOutline } from '../outline/outline.repository.js';
import { ownDepartments } from '../plan/plan.policy.js';
import { sheetOf } from '../plan/plan.repository.js';
import { reportFigures } from './report-figures.js';
import {
  findRound,
  findRoundFor,
  insertReportEvents,
  insertReports,
  insertRound,
  listRoundReports,
  listRoundRows,
  planIdsInForce,
  type RoundReportRow,
  type RoundRow,
} from './report.repository.js';

type Db = Kysely<Database>;

export const roundNotFound = () => notFound('進捗状況報告の照会');

export async function settingsOf(db: Db, municipalityId: string): Promise<MunicipalitySettings> {
  const municipality = await findMunicipality(db, municipalityId);
  if (!municipality) throw notFound('自治体');
  return municipality.settings;
}

/** Secretariat and HQ see every report; a department sees the reports of plans it leads or works on. */
export function seesAllReports(auth: Auth): boolean {
  return hasRole(auth, 'secretariat', 'hq_member');
}

export function visibleToDepartment(auth: Auth, report: Pick<RoundReportRow, 'lead_department_id' | 'collaborating_department_ids'>): boolean {
  const own = ownDepartments(auth);
  return own.has(report.lead_department_id) || report.collaborating_department_ids.some((id) => own.has(id));
}

export function roundSummary(round: RoundRow, outlineTitle: string, reports: readonly RoundReportRow[], settings: MunicipalitySettings): ReportRoundSummary {
  const stateCounts: Partial<Record<ReportState, number>> = {};
  for (const report of reports) stateCounts[report.state] = (stateCounts[report.state] ?? 0) + 1;
  return {
    id: round.id,
    outlineId: round.outline_id,
    outlineTitle,
    fiscalYear: round.fiscal_year,
    period: round.period,
    title: roundDocumentTitle({ fiscalYear: round.fiscal_year, period: round.period }, 'progress', settings.yearStyle),
    dueOn: round.due_on,
    daysLeft: daysUntil(round.due_on, todayInJapan(new Date())),
    source: round.source,
    reportCount: reports.length,
    stateCounts,
    version: round.version,
    createdAt: new Date(round.created_at).toISOString(),
  };
}

export function reportListItem(report: RoundReportRow, fiscalYear: number, settings: MunicipalitySettings): ReportListItem {
  const figures = reportFigures(report, sheetOf(report), fiscalYear, settings);
  return {
    id: report.id,
    plan: { id: report.plan_id, number: report.number, title: report.title, frameworkNodeId: report.framework_node_id },
    leadDepartment: { id: report.lead_department_id, name: report.lead_department_name },
    state: report.state,
    stateSince: new Date(report.state_at).toISOString(),
    progressStatus: report.progress_status,
    selfEvaluation: report.self_evaluation,
    hqEvaluation: report.hq_evaluation,
    meanRate: figures.achievement.meanRate,
    suggestedEvaluation: figures.suggestedEvaluation,
    hasNumericTarget: figures.achievement.hasNumericTarget,
    version: report.version,
  };
}

async function outlineTitles(db: Db, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('outline').select(['id', 'title']).where('municipality_id', '=', municipalityId).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.title]));
}

export async function listRounds(db: Db, auth: Auth, outlineId?: string): Promise<ReportRoundSummary[]> {
  const [rounds, settings] = await Promise.all([listRoundRows(db, auth.municipalityId, outlineId), settingsOf(db, auth.municipalityId)]);
  const [reports, titles] = await Promise.all([
    listRoundReports(db, auth.municipalityId, rounds.map((round) => round.id)),
    outlineTitles(db, auth.municipalityId, [...new Set(rounds.map((round) => round.outline_id))]),
  ]);
  const all = seesAllReports(auth);
  return rounds.flatMap((round) => {
    const own = reports.filter((report) => report.round_id === round.id && (all || visibleToDepartment(auth, report)));
    if (!all && own.length === 0) return [];
    return [roundSummary(round, titles.get(round.outline_id) ?? '', own, settings)];
  });
}

/** The round 増減 is measured against, among the outline's rounds. */
export async function previousRoundOf(db: Db, municipalityId: string, round: RoundRow): Promise<RoundRow | undefined> {
  const rounds = await listRoundRows(db, municipalityId, round.outline_id);
  return previousRound(
    { fiscalYear: round.fiscal_year, period: round.period },
    rounds.map((other) => ({ ...other, fiscalYear: other.fiscal_year })),
  );
}

export async function readRound(db: Db, auth: Auth, id: string): Promise<ReportRound> {
  const round = await findRound(db, auth.municipalityId, id);
  if (!round) throw roundNotFound();
  const [settings, reports, titles, previous] = await Promise.all([
    settingsOf(db, auth.municipalityId),
    listRoundReports(db, auth.municipalityId, [round.id]),
    outlineTitles(db, auth.municipalityId, [round.outline_id]),
    previousRoundOf(db, auth.municipalityId, round),
  ]);
  const all = seesAllReports(auth);
  const visible = all ? reports : reports.filter((report) => visibleToDepartment(auth, report));
  if (!all && visible.length === 0) throw roundNotFound();
  return {
    ...roundSummary(round, titles.get(round.outline_id) ?? '', visible, settings),
    instructions: round.instructions,
    previousRound: previous
      ? { id: previous.id, title: roundDocumentTitle({ fiscalYear: previous.fiscal_year, period: previous.period }, 'progress', settings.yearStyle) }
      : null,
    reports: visible.map((report) => reportListItem(report, round.fiscal_year, settings)),
  };
}

/**
 * Opens a round: a report in 作成中 for every plan in force that year (an imported round starts
 * empty: its import adds the reports). An outline still in draft has nothing to report on, and a
 * closed one nothing more; a second round for the same year and period is refused.
 */
export async function openRound(
  db: Db,
  auth: Auth,
  outlineId: string,
  input: CreateReportRoundRequest,
  options: { source?: 'app' | 'imported' } = {},
): Promise<RoundRow> {
  const request = CreateReportRoundRequestSchema.parse(input);
  const open = async (trx: Db) => {
    const outline = await findOutline(trx, auth.municipalityId, outlineId, 'share');
    if (!outline) throw notFound('行政改革大綱');
    if (outline.status !== 'adopted' && outline.status !== 'in_force') {
      throw new AppError(409, 'outline_not_in_force', '策定済または推進中の大綱についてだけ、進捗状況の報告を求めることができます。');
    }
    if (request.fiscalYear < outline.start_fiscal_year || request.fiscalYear > outline.end_fiscal_year) {
      throw new AppError(422, 'invalid_fiscal_year', '大綱の計画期間内の年度を指定してください。', [
        { path: ['fiscalYear'], code: 'out_of_outline', message: '大綱の計画期間内の年度を指定してください。' },
      ]);
    }
    const existing = await findRoundFor(trx, { municipalityId: auth.municipalityId, outlineId, fiscalYear: request.fiscalYear, period: request.period });
    if (existing) throw new AppError(409, 'report_round_exists', 'この年度・期間の照会はすでにあります。');
    const settings = await settingsOf(trx, auth.municipalityId);
    const source = options.source ?? 'app';
    const round = await insertRound(trx, {
      municipalityId: auth.municipalityId,
      outlineId,
      fiscalYear: request.fiscalYear,
      period: request.period,
      dueOn: request.dueOn,
      instructions: request.instructions,
      source,
      createdBy: auth.userId,
    });
    // An imported round brings its own reports, as they were accepted then; only a round opened in
    // the app asks every plan in force for one.
    const planIds =
      source === 'imported'
        ? []
        : await planIdsInForce(trx, {
            municipalityId: auth.municipalityId,
            outlineId,
            fiscalYear: request.fiscalYear,
            cancelledCodes: settings.cancelledStatusCodes,
          });
    const reports = await insertReports(trx, { municipalityId: auth.municipalityId, roundId: round.id, planIds, updatedBy: auth.userId });
    await insertReportEvents(
      trx,
      reports.map((report) => ({
        municipalityId: auth.municipalityId,
        reportId: report.id,
        action: 'opened',
        fromState: null,
        toState: report.state,
        actorId: auth.userId,
      })),
    );
    if (source === 'app' && reports.length > 0) {
      const leads = await trx
        .selectFrom('plan')
        .select('lead_department_id')
        .distinct()
        .where('municipality_id', '=', auth.municipalityId)
        .where('id', 'in', planIds)
        .execute();
      await notify(trx, {
        auth,
        audience: { roles: ['department_editor'], departmentIds: leads.map((lead) => lead.lead_department_id) },
        kind: 'report_round_opened',
        params: {
          roundTitle: roundDocumentTitle({ fiscalYear: round.fiscal_year, period: round.period }, 'progress', settings.yearStyle),
          roundId: round.id,
          dueOn: round.due_on,
        },
      });
    }
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'created',
      entityType: 'report_round',
      entityId: round.id,
      after: { ...request, outlineId, reports: reports.length, source },
    });
    return round;
  };
  // An import opens its round inside its own transaction, together with the reports it creates.
  return db.isTransaction ? open(db) : db.transaction().execute(open);
}
