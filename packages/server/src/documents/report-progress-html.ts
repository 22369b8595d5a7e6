import { REPORT_STATE_LABELS } from '@gyokaku/domain';
import { escapeHtml } from './escape-html.js';
import { htmlDocument } from './html-document.js';
import { groupByTopLevel, orderPlans } from './plan-order.js';
import { EMPTY } from './plan-sheet-body.js';
import type { ReportDocumentInput, ReportDocumentPlan } from './report-document-inputs.js';
import { gradeLabel, NOT_REPORTED, statusLabel } from './report-labels.js';
import {
  changeReasonHtml,
  createReportContext,
  nodeEvaluationSection,
  nodeFigures,
  rateCell,
  reportTitle,
  reportTitleBlock,
  sectionTitle,
  summarySection,
  type ReportContext,
  type ReportHtmlInput,
} from './report-html-parts.js';

function workCell(plan: ReportDocumentPlan, context: ReportContext): string {
  if (!plan.reported) return `<span class="empty">（報告の状態：${REPORT_STATE_LABELS[plan.state]}）</span>`;
  const reason = changeReasonHtml(plan, context);
  const work = plan.workDone.trim() ? escapeHtml(plan.workDone.trim()) : reason ? '' : '<span class="empty">（記載なし）</span>';
  return [reason, work].filter(Boolean).join('\n');
}

const gradeCell = (plan: ReportDocumentPlan, code: string | null, context: ReportContext) =>
  !plan.reported || plan.cancelled || code === null ? EMPTY : escapeHtml(gradeLabel(context.settings, code));

function planRow(plan: ReportDocumentPlan, context: ReportContext, withHq: boolean): string {
  const status = plan.reported ? escapeHtml(statusLabel(context.settings, plan.progressStatus)) : `<span class="empty">${NOT_REPORTED}</span>`;
  return `<tr><td>${escapeHtml(plan.number) || EMPTY}</td><td>${escapeHtml(plan.title)}</td><td>${escapeHtml(plan.leadDepartment)}</td><td class="status">${status}</td><td class="grade">${gradeCell(plan, plan.selfEvaluation, context)}</td>${withHq ? `<td class="grade">${gradeCell(plan, plan.hqEvaluation, context)}</td>` : ''}<td class="num">${rateCell(plan)}</td><td class="prose">${workCell(plan, context)}</td></tr>`;
}

/** One table per top-level framework node, a row per plan, under a heading with the node's figures. */
export function planTables(input: ReportDocumentInput, context: ReportContext): string {
  const withHq = input.plans.some((plan) => plan.reported && plan.hqEvaluation !== null);
  const nodeSummary = new Map(input.nodeSummaries.map((entry) => [entry.nodeId, entry.summary]));
  const header = `<thead><tr><th>番号</th><th>取組名</th><th>担当課</th><th>進捗状況</th><th>自己評価</th>${withHq ? '<th>本部評価</th>' : ''}<th>達成率</th><th>取組内容（実績）</th></tr></thead>`;
  const columns = `<colgroup><col class="w16"><col class="w32"><col class="w22"><col class="w15"><col class="w15">${withHq ? '<col class="w15">' : ''}<col class="w15"><col></colgroup>`;
  const groups = groupByTopLevel(orderPlans(input.plans, context), context).map((group) => {
    const summary = group.nodeId === null ? undefined : nodeSummary.get(group.nodeId);
    return `<section class="node-group">
<div class="node-head"><span>${group.heading}</span><span class="figures">${group.plans.length}件${summary ? `　${nodeFigures(summary)}` : ''}</span></div>
<table class="report-plans">
${columns}
${header}
<tbody>${group.plans.map((plan) => planRow(plan, context, withHq)).join('\n')}</tbody>
</table>
</section>`;
  });
  return groups.join('\n') || '<p class="empty">この照会の対象となる実施計画はありません。</p>';
}

/**
 * 進捗状況報告書 (A4 portrait): title block, the summary with 増減 against the previous round, the
 * HQ's node evaluations where there are any, then every plan's row under its top-level node.
 */
export function renderProgressReportHtml(input: ReportHtmlInput): string {
  const context = createReportContext(input);
  const title = reportTitle(input, 'progress');
  return htmlDocument({
    title,
    fontBaseUrl: input.fontBaseUrl,
    body: `<section class="paper">
${reportTitleBlock(input, title)}
${summarySection(input, context, '1　進捗状況の概要')}
${nodeEvaluationSection(input, context, '推進本部による評価')}
</section>
<section class="paper">
${sectionTitle('2　取組ごとの進捗状況')}
${planTables(input, context)}
</section>`,
  });
}
