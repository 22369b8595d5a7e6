import type { MunicipalitySettings, PlanSheet } from '@gyokaku/contracts';
import { todayInJapan, type TargetAchievement } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ReportDocumentInput, ReportDocumentPlan, ReportDocumentTarget } from '../../documents/report-document-inputs.js';
import type { Auth } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { presentOutlineDetail } from '../outline/outline-detail.js';
import { sheetOf } from '../plan/plan.repository.js';
import { isCounted, reportFigures } from '../report/report-figures.js';
import { roundDashboard } from '../report/round-dashboard.service.js';
import { listRoundReports, type RoundReportRow } from '../report/report.repository.js';
import { countRoundPlans } from './report-documents.repository.js';

type Db = Kysely<Database>;

type TargetFigures = Pick<ReportDocumentTarget, 'target' | 'actual' | 'rate' | 'worsened' | 'gap'>;

/**
 * Every target of the sheet as the year's report stands: the achievement the figures computed or,
 * for a target they could not measure (no direction, no values), why not. A report not yet signed
 * off shows no actuals.
 */
function reportTargets(sheet: PlanSheet, measured: readonly TargetAchievement[], actuals: Record<string, number | null>, reported: boolean): ReportDocumentTarget[] {
  return sheet.targets.map((target) => {
    const found = measured.find((entry) => entry.targetId === target.id);
    const figures: TargetFigures = found ? { target: found.target, actual: found.actual, rate: found.rate, worsened: found.worsened, gap: found.gap } : {
      target: null,
      actual: actuals[target.id] ?? null,
      rate: null,
      worsened: false,
      gap: target.values.some((entry) => entry.value !== null) ? 'invalid_target' : 'no_target_value',
    };
    const shown: TargetFigures = reported
      ? figures
      : { target: figures.target, actual: null, rate: null, worsened: false, gap: figures.gap === null ? 'no_actual' : figures.gap };
    const { indicator, unit, direction, baseline, baselineFiscalYear } = target;
    return { indicator, unit, direction, baseline, baselineFiscalYear, ...shown };
  });
}

function documentPlan(row: RoundReportRow, fiscalYear: number, settings: MunicipalitySettings): ReportDocumentPlan {
  const sheet = sheetOf(row);
  const figures = reportFigures(row, sheet, fiscalYear, settings);
  const reported = isCounted(row);
  const planned = sheet.financialEffects.filter((effect) => effect.fiscalYear === fiscalYear);
  // A draft is still the department's: the document prints its state, not its content.
  const text = (value: string) => (reported ? value : '');
  return {
    id: row.plan_id,
    number: row.number,
    title: row.title,
    frameworkNodeId: row.framework_node_id,
    leadDepartment: row.lead_department_name,
    startFiscalYear: sheet.startFiscalYear,
    endFiscalYear: sheet.endFiscalYear,
    state: row.state,
    reported,
    progressStatus: reported ? row.progress_status : null,
    selfEvaluation: reported ? row.self_evaluation : null,
    suggestedEvaluation: reported ? figures.suggestedEvaluation : null,
    hqEvaluation: reported ? row.hq_evaluation : null,
    hqComment: text(row.hq_comment),
    cancelled: reported && figures.cancelled,
    meanRate: reported ? figures.achievement.meanRate : null,
    worsenedCount: reported ? figures.achievement.worsenedCount : 0,
    hasNumericTarget: figures.achievement.hasNumericTarget,
    targets: reportTargets(sheet, figures.achievement.targets, row.actual_values, reported),
    scheduledWork: sheet.schedule.find((entry) => entry.fiscalYear === fiscalYear)?.description ?? '',
    workDone: text(row.work_done),
    issues: text(row.issues),
    nextSteps: text(row.next_steps),
    citizenEffect: text(row.citizen_effect),
    changeReason: text(row.change_reason),
    plannedFinancialEffect: planned.length === 0 ? null : planned.reduce((sum, effect) => sum + effect.amount, 0),
    actualFinancialEffect: reported ? row.actual_financial_effect : null,
  };
}

/**
 * A round's documents' contents: the figures are the dashboard's own (same service, same counting
 * rules), the plans' rows the round's reports as the figures read them. 404 outside the municipality.
 */
export async function loadReportDocument({ db, auth, roundId, now }: { db: Db; auth: Auth; roundId: string; now: Date }): Promise<ReportDocumentInput> {
  const dashboard = await roundDashboard(db, auth, roundId);
  const { round } = dashboard;
  const [outline, municipality, rows, previousPlanCount] = await Promise.all([
    presentOutlineDetail(db, auth.municipalityId, round.outlineId),
    findMunicipality(db, auth.municipalityId),
    listRoundReports(db, auth.municipalityId, [round.id]),
    dashboard.previousRound ? countRoundPlans(db, auth.municipalityId, dashboard.previousRound.id) : null,
  ]);
  if (!municipality) throw notFound('自治体');
  return {
    municipality,
    outline,
    round: { fiscalYear: round.fiscalYear, period: round.period },
    previousRound: dashboard.previousRound && { title: dashboard.previousRound.title, planCount: previousPlanCount ?? 0 },
    createdOn: todayInJapan(now),
    summary: dashboard.overall,
    nodeSummaries: dashboard.byNode.filter((entry) => entry.node.depth === 0).map((entry) => ({ nodeId: entry.node.id, summary: entry.summary })),
    nodeEvaluations: dashboard.byNode.flatMap((entry) => (entry.hqEvaluation ? [{ nodeId: entry.node.id, ...entry.hqEvaluation }] : [])),
    financialEffect: dashboard.financialEffect,
    plans: rows.map((row) => documentPlan(row, round.fiscalYear, municipality.settings)),
  };
}
