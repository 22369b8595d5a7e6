import type { MunicipalitySettings, ReportDrillDownQuerySchema, ReportListItem, RoundDashboard, SliceSummary } from '@gyokaku/contracts';
import {
  compareRounds,
  descendantIds,
  financialEffectTotals,
  fiscalYearsBetween,
  frameworkCode,
  roundDocumentTitle,
  summariseRound,
  summaryRows,
  type ReportedPlan,
  type RoundSummary,
} from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { findOutline, listFrameworkNodeRows } from '../outline/outline.repository.js';
import { sheetOf } from '../plan/plan.repository.js';
import { countsInTotals } from '../plan/plan-placements.js';
import { reportedPlan, reportFigures } from './report-figures.js';
import { previousRoundOf, readRound, reportListItem, roundNotFound, roundSummary, settingsOf } from './report-round.service.js';
import { actualEffectsByRound, findRound, listRoundReports, listRoundRows, type RoundReportRow, type RoundRow } from './report.repository.js';

type Db = Kysely<Database>;
type DrillDown = z.output<typeof ReportDrillDownQuerySchema>;

interface Figured {
  row: RoundReportRow;
  reported: ReportedPlan;
}

function figured(rows: readonly RoundReportRow[], fiscalYear: number, settings: MunicipalitySettings): Figured[] {
  return rows.map((row) => ({ row, reported: reportedPlan(row, reportFigures(row, sheetOf(row), fiscalYear, settings)) }));
}

const summarise = (plans: readonly Figured[], settings: MunicipalitySettings) =>
  summariseRound(
    plans.map((plan) => plan.reported),
    { statuses: settings.progressStatuses, scale: settings.evaluationScale, groups: settings.gradeGroups },
  );

function slice(current: RoundSummary, previous: RoundSummary | undefined): SliceSummary {
  return {
    planCount: current.planCount,
    rows: summaryRows(current, previous),
    meanRate: current.achievement.meanRate,
    withRate: current.achievement.withRate,
    withoutNumericTarget: current.achievement.withoutNumericTarget,
    notReported: current.status.notReported,
  };
}

/** The plans of one slice in this round and in the previous one, summarised side by side. */
function compareSlice(
  filter: (row: RoundReportRow) => boolean,
  current: readonly Figured[],
  previous: readonly Figured[] | undefined,
  settings: MunicipalitySettings,
): SliceSummary {
  return slice(
    summarise(current.filter((plan) => filter(plan.row)), settings),
    previous && summarise(previous.filter((plan) => filter(plan.row)), settings),
  );
}

/** Actual financial effect per fiscal year, from the latest round of each year up to this one. */
function actualEffects(roundRows: readonly RoundRow[], sums: readonly { id: string; amount: string | number | null; reported: number }[], upTo: RoundRow) {
  const order = (round: RoundRow) => ({ fiscalYear: round.fiscal_year, period: round.period });
  const latestPerYear = new Map<number, RoundRow>();
  for (const round of [...roundRows].sort((a, b) => compareRounds(order(a), order(b)))) {
    if (compareRounds(order(round), order(upTo)) <= 0) latestPerYear.set(round.fiscal_year, round);
  }
  return [...latestPerYear.values()].flatMap((round) => {
    const sum = sums.find((entry) => entry.id === round.id);
    return sum && sum.reported > 0 ? [{ fiscalYear: round.fiscal_year, amount: Number(sum.amount) }] : [];
  });
}

async function plannedEffects(db: Db, municipalityId: string, outlineId: string) {
  const plans = await db
    .selectFrom('plan')
    .select('sheet')
    .where('municipality_id', '=', municipalityId)
    .where('outline_id', '=', outlineId)
    .where(countsInTotals('proposal_state'))
    .execute();
  return plans.flatMap((plan) => sheetOf(plan).financialEffects.map(({ fiscalYear, amount }) => ({ fiscalYear, amount })));
}

export async function roundDashboard(db: Db, auth: Auth, id: string): Promise<RoundDashboard> {
  const round = await findRound(db, auth.municipalityId, id);
  if (!round) throw roundNotFound();
  const [settings, outline, nodes, roundRows, previous, effectSums] = await Promise.all([
    settingsOf(db, auth.municipalityId),
    findOutline(db, auth.municipalityId, round.outline_id),
    listFrameworkNodeRows(db, auth.municipalityId, round.outline_id),
    listRoundRows(db, auth.municipalityId, round.outline_id),
    previousRoundOf(db, auth.municipalityId, round),
    actualEffectsByRound(db, auth.municipalityId, round.outline_id),
  ]);
  // Only this round and the one 増減 is measured against are read whole; other rounds give sums.
  const reports = await listRoundReports(db, auth.municipalityId, previous ? [round.id, previous.id] : [round.id]);
  const currentRows = reports.filter((report) => report.round_id === round.id);
  const current = figured(currentRows, round.fiscal_year, settings);
  const before = previous && figured(reports.filter((report) => report.round_id === previous.id), previous.fiscal_year, settings);
  const tree = nodes.map((node) => ({ id: node.id, parentId: node.parent_id, position: node.position, title: node.title }));
  const nodeEvaluations = await db
    .selectFrom('node_evaluation')
    .select(['framework_node_id', 'evaluation', 'comment', 'version'])
    .where('municipality_id', '=', auth.municipalityId)
    .where('round_id', '=', round.id)
    .execute();

  const departments = new Map(current.map((plan) => [plan.row.lead_department_id, plan.row.lead_department_name]));
  const sdgCounts = new Map<number, number>();
  for (const plan of current) for (const goal of plan.row.sdg_goals) sdgCounts.set(goal, (sdgCounts.get(goal) ?? 0) + 1);

  return {
    round: roundSummary(round, outline!.title, currentRows, settings),
    previousRound: previous
      ? { id: previous.id, title: roundDocumentTitle({ fiscalYear: previous.fiscal_year, period: previous.period }, 'progress', settings.yearStyle) }
      : null,
    overall: compareSlice(() => true, current, before, settings),
    // Each plan counts under the node it is filed in (and that node's ancestors), not where it is re-listed.
    byNode: nodes.map((node) => {
      const subtree = new Set([node.id, ...descendantIds(tree, node.id)]);
      const evaluation = nodeEvaluations.find((entry) => entry.framework_node_id === node.id);
      return {
        node: { id: node.id, code: frameworkCode(tree, node.id), title: node.title, depth: node.depth },
        summary: compareSlice((row) => subtree.has(row.framework_node_id), current, before, settings),
        hqEvaluation: evaluation ? { evaluation: evaluation.evaluation, comment: evaluation.comment, version: evaluation.version } : null,
        evaluable: settings.hqEvaluationDepth === node.depth,
      };
    }),
    byDepartment: [...departments]
      .sort(([, a], [, b]) => a.localeCompare(b, 'ja'))
      .map(([departmentId, name]) => ({
        department: { id: departmentId, name },
        summary: compareSlice((row) => row.lead_department_id === departmentId, current, before, settings),
      })),
    financialEffect: financialEffectTotals(
      fiscalYearsBetween(outline!.start_fiscal_year, outline!.end_fiscal_year),
      await plannedEffects(db, auth.municipalityId, round.outline_id),
      actualEffects(roundRows, effectSums, round),
    ),
    sdgCoverage: [...sdgCounts].sort(([a], [b]) => a - b).map(([goal, planCount]) => ({ goal, planCount })),
    scale: settings.evaluationScale.map(({ code, label }) => ({ code, label })),
    statuses: settings.progressStatuses.map(({ code, label }) => ({ code, label })),
  };
}

/** Whether a report is behind the figure `axis`/`code`, exactly as the summary counted it. */
function behindFigure(plan: ReportedPlan, query: DrillDown, settings: MunicipalitySettings): boolean {
  if (!query.axis || !query.code) return true;
  const group = settings.gradeGroups.find((entry) => entry.name === query.code);
  const evaluated = plan.status !== null && !plan.cancelled;
  switch (query.axis) {
    case 'status':
      return plan.status === query.code;
    case 'self_evaluation':
      return evaluated && plan.selfEvaluation === query.code;
    case 'hq_evaluation':
      return evaluated && plan.hqEvaluation === query.code;
    case 'self_group':
      return evaluated && !!group && group.codes.includes(plan.selfEvaluation ?? '');
    case 'hq_group':
      return evaluated && !!group && group.codes.includes(plan.hqEvaluation ?? '');
    case 'achievement':
      if (query.code === 'with_numeric_target') return plan.hasNumericTarget;
      if (query.code === 'without_numeric_target') return !plan.hasNumericTarget;
      return !plan.cancelled && plan.worsenedCount > 0;
  }
}

/** The plans behind one figure of the dashboard: same counting rules, filtered by slice. */
export async function drillDown(db: Db, auth: Auth, id: string, query: DrillDown): Promise<{ items: ReportListItem[] }> {
  const round = await readRound(db, auth, id);
  const settings = await settingsOf(db, auth.municipalityId);
  const nodes = query.nodeId ? await listFrameworkNodeRows(db, auth.municipalityId, round.outlineId) : [];
  const tree = nodes.map((node) => ({ id: node.id, parentId: node.parent_id, position: node.position, title: node.title }));
  const subtree = query.nodeId ? new Set([query.nodeId, ...descendantIds(tree, query.nodeId)]) : undefined;
  const rows = await listRoundReports(db, auth.municipalityId, [id]);
  const visible = new Set(round.reports.map((report) => report.id));
  return {
    items: figured(rows, round.fiscalYear, settings)
      .filter(({ row }) => visible.has(row.id))
      .filter(({ row }) => !subtree || subtree.has(row.framework_node_id))
      .filter(({ row }) => !query.departmentId || row.lead_department_id === query.departmentId)
      .filter(({ reported }) => behindFigure(reported, query, settings))
      .map(({ row }) => reportListItem(row, round.fiscalYear, settings)),
  };
}
