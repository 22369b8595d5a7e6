import { formatShare, REPORT_STATE_LABELS } from '@gyokaku/domain';
import { formatPeriod, formatQuantity, TARGET_DIRECTION_LABELS } from './document-labels.js';
import { escapeHtml } from './escape-html.js';
import { financialEffectUnit, yenFigure } from './financial-effects-html.js';
import { htmlDocument } from './html-document.js';
import { orderPlans } from './plan-order.js';
import { block, codeAndTitle, EMPTY, frameworkTrail, labelledRows, levelName, prose } from './plan-sheet-body.js';
import type { ReportDocumentPlan, ReportDocumentTarget } from './report-document-inputs.js';
import { gradeLabel, NOT_REPORTED, statusLabel, TARGET_GAP_LABELS } from './report-labels.js';
import {
  changeReasonHtml,
  createReportContext,
  financialEffectSection,
  nodeEvaluationSection,
  rateCell,
  reportTitle,
  reportTitleBlock,
  summarySection,
  WORSENED_MARK,
  type ReportContext,
  type ReportHtmlInput,
} from './report-html-parts.js';

function targetRate(target: ReportDocumentTarget): string {
  if (target.rate === null) return `<span class="empty">${target.gap ? TARGET_GAP_LABELS[target.gap] : '―'}</span>`;
  return target.worsened ? `${formatShare(target.rate)}<br>${WORSENED_MARK}` : formatShare(target.rate);
}

function targetsTable(plan: ReportDocumentPlan, context: ReportContext, fiscalYear: number): string {
  if (plan.targets.length === 0) return '<div class="text"><span class="empty">数値目標は設定していません。</span></div>';
  const rows = plan.targets.map((target) => {
    const baselineYear = target.baselineFiscalYear === null ? '' : `<span class="baseline-year">（${escapeHtml(context.year(target.baselineFiscalYear))}）</span>`;
    const quantity = (value: number | null) => escapeHtml(formatQuantity(value)) || EMPTY;
    return `<tr><td>${escapeHtml(target.indicator)}</td><td class="center">${target.unit ? escapeHtml(target.unit) : EMPTY}</td><td class="center">${target.direction ? TARGET_DIRECTION_LABELS[target.direction] : EMPTY}</td><td class="num">${quantity(target.baseline)}${baselineYear}</td><td class="num">${quantity(target.target)}</td><td class="num">${quantity(target.actual)}</td><td class="num">${targetRate(target)}</td></tr>`;
  });
  return `<table class="targets targets-actual">
<colgroup><col><col class="w12"><col class="w17"><col class="w20"><col class="w20"><col class="w20"><col class="w18"></colgroup>
<thead><tr><th>指標</th><th class="center">単位</th><th class="center">方向</th><th class="center">基準値<br><span class="sub">（年度）</span></th><th class="center">目標値<br><span class="sub">（${escapeHtml(context.year(fiscalYear))}）</span></th><th class="center">実績値</th><th class="center">達成率</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

function effectTable(plan: ReportDocumentPlan): { html: string; unit: string } {
  const { plannedFinancialEffect: planned, actualFinancialEffect: actual } = plan;
  if (planned === null && actual === null) return { html: '<div class="text"><span class="empty">この年度の財政効果の見込み・実績はありません。</span></div>', unit: '' };
  const unit = financialEffectUnit([planned ?? 0, actual ?? 0]);
  const cell = (yen: number | null) => `<td class="num">${yen === null ? EMPTY : escapeHtml(yenFigure(yen, unit))}</td>`;
  return {
    html: `<table class="effects"><colgroup><col><col><col></colgroup>
<thead><tr><th class="center">計画</th><th class="center">実績</th><th class="center">差（実績－計画）</th></tr></thead>
<tbody><tr>${cell(planned)}${cell(actual)}${cell(planned === null || actual === null ? null : actual - planned)}</tr></tbody>
</table>`,
    unit: `（単位：${unit}）`,
  };
}

function headerTable(plan: ReportDocumentPlan, context: ReportContext): string {
  const trail = frameworkTrail(context, plan.frameworkNodeId).map(
    (entry) => `<tr><th>${escapeHtml(levelName(context, entry.depth))}</th><td colspan="3">${codeAndTitle(entry)}</td></tr>`,
  );
  const grade = (code: string | null) => (!plan.reported || plan.cancelled || code === null ? EMPTY : escapeHtml(gradeLabel(context.settings, code)));
  const suggested =
    plan.reported && !plan.cancelled && plan.suggestedEvaluation !== null
      ? `<span class="sub">（達成率からの目安：${escapeHtml(gradeLabel(context.settings, plan.suggestedEvaluation))}）</span>`
      : '';
  const status = plan.reported
    ? escapeHtml(statusLabel(context.settings, plan.progressStatus))
    : `<span class="empty">${NOT_REPORTED}（${REPORT_STATE_LABELS[plan.state]}）</span>`;
  return `<table class="summary">
<colgroup><col class="w30"><col class="w44"><col class="w24"><col></colgroup>
<tr><th>計画番号</th><td class="plan-number">${plan.number ? escapeHtml(plan.number) : EMPTY}</td><th>計画名</th><td class="plan-title">${escapeHtml(plan.title)}</td></tr>
${trail.join('\n')}
<tr><th>担当課<span class="sub">（主管課）</span></th><td>${escapeHtml(plan.leadDepartment)}</td><th>計画期間</th><td>${escapeHtml(formatPeriod(context.year, plan.startFiscalYear, plan.endFiscalYear))}</td></tr>
<tr><th>進捗状況</th><td>${status}</td><th>自己評価</th><td>${grade(plan.selfEvaluation)}${suggested}</td></tr>
<tr><th>達成率<span class="sub">（平均）</span></th><td>${rateCell(plan)}</td><th>本部評価</th><td>${grade(plan.hqEvaluation)}</td></tr>
</table>`;
}

/** One plan's page of the 取組報告書: what was promised for the year against what was reported. */
function planPage(plan: ReportDocumentPlan, context: ReportContext, input: ReportHtmlInput, title: string): string {
  const head = `<header class="sheet-head"><h1>取組報告</h1><p class="source">${escapeHtml(context.municipalityName)}　${escapeHtml(title)}</p></header>`;
  if (!plan.reported) {
    return `<article class="paper sheet">${head}
${headerTable(plan, context)}
<div class="block"><div class="text"><span class="empty">この計画の報告は、所属長の承認を経ていないため掲載していません（${REPORT_STATE_LABELS[plan.state]}）。</span></div></div>
</article>`;
  }
  const effect = effectTable(plan);
  const reason = changeReasonHtml(plan, context);
  const hq = plan.hqEvaluation !== null || plan.hqComment.trim() !== '';
  return `<article class="paper sheet">${head}
${headerTable(plan, context)}
${block('数値目標の実績', targetsTable(plan, context, input.round.fiscalYear))}
<div class="block">${labelledRows([
    ['今年度の予定', prose(plan.scheduledWork), 'prose'],
    ['取組内容（実績）', prose(plan.workDone), 'prose'],
    ...(reason ? [['変更・中止', reason, 'prose'] as const] : []),
  ])}</div>
${block(`財政効果（${escapeHtml(context.year(input.round.fiscalYear))}）`, effect.html, effect.unit)}
<div class="block">${labelledRows([
    ['課題', prose(plan.issues), 'prose'],
    ['今後の方向性', prose(plan.nextSteps), 'prose'],
    ['市民への効果', prose(plan.citizenEffect), 'prose'],
    ...(hq
      ? [
          ['本部評価', plan.hqEvaluation === null ? EMPTY : escapeHtml(gradeLabel(context.settings, plan.hqEvaluation))] as const,
          ['本部コメント', prose(plan.hqComment), 'prose'] as const,
        ]
      : []),
  ])}</div>
</article>`;
}

/**
 * 取組報告書 (A4 portrait, typically for a full year): title block and the summary with 増減; on
 * the next page the financial effect planned against actual per year and cumulatively and the HQ's
 * node evaluations (the summary alone fills a page); then a page per plan.
 */
export function renderAchievementReportHtml(input: ReportHtmlInput): string {
  const context = createReportContext(input);
  const title = reportTitle(input, 'achievement');
  const pages = orderPlans(input.plans, context).map((plan) => planPage(plan, context, input, title));
  return htmlDocument({
    title,
    fontBaseUrl: input.fontBaseUrl,
    body: `<section class="paper">
${reportTitleBlock(input, title)}
${summarySection(input, context, '1　取組の概要')}
</section>
<section class="paper">
${financialEffectSection(input, context, '2　財政効果（計画と実績）')}
${nodeEvaluationSection(input, context, '3　推進本部による評価')}
</section>
${pages.join('\n')}`,
  });
}
