import { formatCountChange, formatShare, roundDocumentTitle } from '@gyokaku/domain';
import { escapeHtml } from './escape-html.js';
import { financialEffectUnit, yenFigure } from './financial-effects-html.js';
import { createSheetContext, EMPTY, levelName, type SheetContext } from './plan-sheet-body.js';
import type { ReportDocumentInput, ReportDocumentMunicipality, ReportDocumentPlan, ReportDocumentSummary } from './report-document-inputs.js';
import { formatDate, gradeLabel, statusLabel } from './report-labels.js';
import { summaryLines, type SummaryLine } from './report-summary-lines.js';

export interface ReportHtmlInput extends ReportDocumentInput {
  /** Where `files/*.woff2` of the bundled Noto Sans JP are served from, without a trailing slash. */
  fontBaseUrl: string;
}

/** What every part of one report shares: the sheet context (framework, year style) and the settings. */
export interface ReportContext extends SheetContext {
  readonly settings: ReportDocumentMunicipality['settings'];
}

export function createReportContext(input: Pick<ReportDocumentInput, 'outline' | 'municipality'>): ReportContext {
  return { ...createSheetContext(input), settings: input.municipality.settings };
}

/** 「令和4年度上半期進捗状況報告書」 or 「令和3年度取組報告書」 in the municipality's year style. */
export const reportTitle = (input: Pick<ReportDocumentInput, 'round' | 'municipality'>, kind: 'progress' | 'achievement'): string =>
  roundDocumentTitle(input.round, kind, input.municipality.settings.yearStyle);

export function reportTitleBlock(input: ReportDocumentInput, title: string): string {
  return `<header class="report-head">
<p class="outline">${escapeHtml(input.outline.title)}</p>
<h1>${escapeHtml(title)}</h1>
<p class="meta"><span>${escapeHtml(input.municipality.name)}</span><span>作成日　${escapeHtml(formatDate(input.createdOn, input.municipality.settings.yearStyle))}</span></p>
</header>`;
}

export const sectionTitle = (text: string): string => `<h2 class="section-title">${escapeHtml(text)}</h2>`;

const lineRow = (line: SummaryLine, axisCell: string): string =>
  `<tr class="${line.kind}">${axisCell}<td>${escapeHtml(line.category)}</td><td class="num">${line.count}件</td><td class="num">${formatShare(line.share)}</td><td class="num">${escapeHtml(formatCountChange(line.change))}</td></tr>`;

function summaryTable(lines: readonly SummaryLine[]): string {
  const rows: string[] = [];
  lines.forEach((line, index) => {
    const first = index === 0 || lines[index - 1]!.axis !== line.axis;
    const span = lines.slice(index).findIndex((other) => other.axis !== line.axis);
    const axisCell = first ? `<th class="axis" rowspan="${span === -1 ? lines.length - index : span}">${escapeHtml(line.axis)}</th>` : '';
    rows.push(lineRow(line, axisCell));
  });
  return `<table class="report-summary">
<colgroup><col class="w30"><col><col class="w20"><col class="w20"><col class="w24"></colgroup>
<thead><tr><th class="center">区分</th><th class="center">項目</th><th class="center">件数</th><th class="center">割合</th><th class="center">増減<br><span class="sub">（前回比）</span></th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

/** 1 進捗状況の概要: the summary table with its 増減 and the notes a reader needs to read it right. */
export function summarySection(input: ReportDocumentInput, context: ReportContext, heading: string): string {
  const { summary } = input;
  const cancelled = context.settings.cancelledStatusCodes.map((code) => statusLabel(context.settings, code)).join('・');
  const notes = [
    `対象は${escapeHtml(input.outline.title)}の実施計画${summary.planCount}件です。進捗状況の割合は対象の計画数に対する割合、評価の割合は報告のあった計画${cancelled ? `（${escapeHtml(cancelled)}を除く）` : ''}に対する割合です。`,
    input.previousRound
      ? `増減は${escapeHtml(input.previousRound.title)}（対象${input.previousRound.planCount}件）との比較です（▲は減少）。`
      : '前回の報告がないため、増減は記載していません。',
    summary.meanRate === null
      ? '数値目標の達成率を算出できる報告はありません。'
      : `数値目標の平均達成率は${formatShare(summary.meanRate)}です（達成率を算出できた${summary.withRate}件の平均。数値目標のない計画${summary.withoutNumericTarget}件は含みません）。`,
  ];
  return `${sectionTitle(heading)}
${summaryTable(summaryLines(input))}
<ul class="notes">${notes.map((note) => `<li>${note}</li>`).join('')}</ul>`;
}

/** `取組中 9件・完了 2件　平均達成率 84.2%`: one node's figures, for its heading. */
export function nodeFigures(summary: ReportDocumentSummary): string {
  const statuses = summary.rows.filter((row) => row.axis === 'status' && row.count > 0).map((row) => `${row.category} ${row.count}件`);
  if (summary.notReported > 0) statuses.push(`未報告 ${summary.notReported}件`);
  const mean = summary.meanRate === null ? '' : `　平均達成率 ${formatShare(summary.meanRate)}`;
  return escapeHtml(`${statuses.join('・')}${mean}`);
}

/** The HQ's evaluation of framework nodes as a whole, where the municipality evaluates at a level. */
export function nodeEvaluationSection(input: ReportDocumentInput, context: ReportContext, heading: string): string {
  const rows = input.nodeEvaluations.flatMap((evaluation) => {
    const entry = context.entries.get(evaluation.nodeId);
    if (!entry) return [];
    return [
      `<tr><td class="center">${escapeHtml(entry.code)}</td><td>${escapeHtml(entry.node.title)}</td><td class="center">${escapeHtml(gradeLabel(context.settings, evaluation.evaluation))}</td><td class="prose">${evaluation.comment.trim() ? escapeHtml(evaluation.comment.trim()) : EMPTY}</td></tr>`,
    ];
  });
  if (rows.length === 0) return '';
  const depth = context.entries.get(input.nodeEvaluations[0]!.nodeId)?.depth ?? 0;
  return `${sectionTitle(`${heading}（${levelName(context, depth)}ごと）`)}
<table class="report-summary">
<colgroup><col class="w16"><col class="w44"><col class="w16"><col></colgroup>
<thead><tr><th class="center">番号</th><th class="center">${escapeHtml(levelName(context, depth))}</th><th class="center">評価</th><th class="center">コメント</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

/** Planned against actual financial effect per fiscal year and cumulatively; ― where no actual is in yet. */
export function financialEffectSection(input: ReportDocumentInput, context: ReportContext, heading: string): string {
  const years = input.financialEffect;
  const unit = financialEffectUnit(years.flatMap((year) => [year.planned, year.actual ?? 0, year.plannedCumulative, year.actualCumulative ?? 0]));
  const cell = (yen: number | null) => `<td class="num">${yen === null ? EMPTY : escapeHtml(yenFigure(yen, unit))}</td>`;
  const rows = years.map(
    (year) =>
      `<tr><th class="year">${escapeHtml(context.year(year.fiscalYear))}</th>${cell(year.planned)}${cell(year.actual)}${cell(year.actual === null ? null : year.actual - year.planned)}${cell(year.plannedCumulative)}${cell(year.actualCumulative)}</tr>`,
  );
  const body = years.length
    ? `<table class="effect-years">
<colgroup><col class="w26"><col><col><col><col><col></colgroup>
<thead><tr><th class="center" rowspan="2">年度</th><th class="center" colspan="3">単年度</th><th class="center" colspan="2">累計</th></tr>
<tr><th class="center">計画</th><th class="center">実績</th><th class="center">差（実績－計画）</th><th class="center">計画</th><th class="center">実績</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
<ul class="notes"><li>単位：${unit}。実績は各年度の最新の報告（所属長の承認を経たもの）の合計です。実績の報告がない年度は「―」とし、累計もそこで止めています。▲はマイナスです。</li></ul>`
    : '<div class="text"><span class="empty">財政効果の見込みはありません。</span></div>';
  return `${sectionTitle(heading)}\n${body}`;
}

export const WORSENED_MARK = '<span class="worse">悪化</span>';

/** The mean rate, ― without one, and 悪化 when a target moved away from its goal. */
export function rateCell(plan: Pick<ReportDocumentPlan, 'meanRate' | 'worsenedCount' | 'cancelled' | 'reported'>): string {
  if (!plan.reported || plan.cancelled) return EMPTY;
  const rate = plan.meanRate === null ? EMPTY : formatShare(plan.meanRate);
  return plan.worsenedCount > 0 ? `${rate}<br>${WORSENED_MARK}` : rate;
}

/** Why a plan was cancelled or changed (変更・中止), labelled with the status that ended it. */
export function changeReasonHtml(plan: ReportDocumentPlan, context: ReportContext): string {
  const reason = plan.changeReason.trim();
  if (!plan.cancelled && !reason) return '';
  const label = plan.cancelled ? `${statusLabel(context.settings, plan.progressStatus)}の理由` : '変更の理由';
  return `<span class="reason-label">【${escapeHtml(label)}】</span>${reason ? escapeHtml(reason) : '<span class="empty">（記載なし）</span>'}`;
}
