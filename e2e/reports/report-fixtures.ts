import type { OutlineDetailResponse, Plan, ProgressReport, ReportRound } from '@gyokaku/contracts';
import type { APIRequestContext } from 'playwright-core';
import { apiGet, apiSend, createOutlineWithLeaf, createPlan, planSheet } from '../support/api';
import { unique } from '../support/browser';
import { createDepartmentWithStaff, japanDate, type Department } from '../proposals/proposal-fixtures';

export interface ReportingOutline {
  outline: OutlineDetailResponse;
  department: Department;
  /** Waiting time at the counter, lower is better: 50 minutes in FY2027, 40 set for FY2028. */
  measured: Plan;
  /** A plan described in words only. */
  unmeasured: Plan;
}

/**
 * An outline of this test alone, in force for FY2028–2032, with a department of its own running
 * one plan with a numerical target and a financial effect and one without a target, so every
 * figure on the dashboard is the test's own whatever the demo city holds.
 */
export async function createReportingOutline(request: APIRequestContext, csrfToken: string): Promise<ReportingOutline> {
  const { outline, leafId } = await createOutlineWithLeaf(request, csrfToken);
  const department = await createDepartmentWithStaff(request, csrfToken);
  const measured = await createPlan(
    request,
    csrfToken,
    outline.id,
    planSheet({
      title: unique('窓口待ち時間の短縮'),
      frameworkNodeId: leafId,
      leadDepartmentId: department.id,
      targets: [
        {
          id: crypto.randomUUID(),
          indicator: '窓口の平均待ち時間',
          unit: '分',
          direction: 'decrease',
          baseline: 50,
          baselineFiscalYear: 2027,
          values: [
            { fiscalYear: 2028, value: 40 },
            { fiscalYear: 2030, value: 30 },
          ],
        },
      ],
      financialEffects: [{ fiscalYear: 2028, kind: 'expenditure', amount: 1_000_000 }],
      sdgGoals: [16],
      schedule: [{ fiscalYear: 2028, phase: '実施', description: '番号札システムを導入し、混雑状況をウェブで公開する。' }],
    }),
  );
  const unmeasured = await createPlan(
    request,
    csrfToken,
    outline.id,
    planSheet({ title: unique('窓口案内の改善'), frameworkNodeId: leafId, leadDepartmentId: department.id, noTargetReason: '案内の分かりやすさは数値で測りにくいため' }),
  );
  let current = outline;
  for (const status of ['adopted', 'in_force'] as const) {
    current = await apiSend<OutlineDetailResponse>(request, csrfToken, 'POST', `/api/outlines/${outline.id}/status`, { status, version: current.version });
  }
  return { outline: current, department, measured, unmeasured };
}

export const openRound = (request: APIRequestContext, csrfToken: string, outlineId: string, fiscalYear = 2028) =>
  apiSend<ReportRound>(request, csrfToken, 'POST', `/api/outlines/${outlineId}/report-rounds`, { fiscalYear, period: 'full_year', dueOn: japanDate(14), instructions: '' });

/** The report of `planId` in the round. */
export async function reportOf(request: APIRequestContext, roundId: string, planId: string): Promise<ProgressReport> {
  const round = await apiGet<ReportRound>(request, `/api/report-rounds/${roundId}`);
  const item = round.reports.find((report) => report.plan.id === planId);
  if (!item) throw new Error(`no report of plan ${planId} in round ${roundId}`);
  return apiGet<ProgressReport>(request, `/api/reports/${item.id}`);
}

interface Staff {
  request: APIRequestContext;
  csrfToken: string;
}

/**
 * A report filled in by the department's editor and signed off by its head through the API, so it
 * counts in the round's figures; `actual` is the measured plan's one target's actual value.
 */
export async function fileReport(editor: Staff, approver: Staff, report: ProgressReport, fields: { progressStatus: string; selfEvaluation: string; actual?: number }) {
  const filled = await apiSend<ProgressReport>(editor.request, editor.csrfToken, 'PUT', `/api/reports/${report.id}`, {
    version: report.version,
    progressStatus: fields.progressStatus,
    selfEvaluation: fields.selfEvaluation,
    workDone: '計画どおり実施した。',
    actualValues: report.actualValues.map((entry) => ({ targetId: entry.targetId, value: fields.actual ?? null })),
    actualFinancialEffect: null,
    issues: '',
    nextSteps: '',
    citizenEffect: '',
    changeReason: '',
  });
  const submitted = await apiSend<ProgressReport>(editor.request, editor.csrfToken, 'POST', `/api/reports/${report.id}/transitions`, { action: 'submit', version: filled.version });
  return apiSend<ProgressReport>(approver.request, approver.csrfToken, 'POST', `/api/reports/${report.id}/transitions`, { action: 'approve', version: submitted.version });
}

export { japanDate };
