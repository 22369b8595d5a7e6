import type { SummaryRowView } from '@gyokaku/contracts';
import type { ReportDocumentInput } from './report-document-inputs.js';
import { categoryLabel, NOT_REPORTED, printedSummaryRows, SUMMARY_AXIS_LABELS } from './report-labels.js';

/** One line of the printed summary table (集計表): the PDF, the workbook and the CSV read these. */
export interface SummaryLine {
  /** 区分: 進捗状況, 自己評価, 本部評価, 数値目標. */
  axis: string;
  /** 項目: a status or grade label, a grade group, 未報告 or 計. */
  category: string;
  kind: 'category' | 'group' | 'not_reported' | 'total';
  count: number;
  share: number | null;
  /** 増減 against the previous round; null without one. */
  change: number | null;
}

const sum = (values: readonly (number | null)[]): number | null =>
  values.every((value) => value === null) ? null : values.reduce<number>((total, value) => total + (value ?? 0), 0);

function line(row: SummaryRowView, input: Pick<ReportDocumentInput, 'municipality'>): SummaryLine {
  const group = row.axis === 'self_group' || row.axis === 'hq_group';
  return {
    axis: SUMMARY_AXIS_LABELS[row.axis],
    category: categoryLabel(row, input.municipality.settings),
    kind: group ? 'group' : 'category',
    count: row.count,
    share: row.share,
    change: row.change,
  };
}

/**
 * The dashboard's summary rows in the order a city's table prints them, with the lines it adds:
 * after the statuses the plans not yet reported and the total of plans asked about; after the
 * grades their total, then the grade groups (計画実施率). 未報告 and 計 get their 増減 from the previous
 * round's plan count, so they hold even when that round was not complete either.
 */
export function summaryLines(input: Pick<ReportDocumentInput, 'summary' | 'previousRound' | 'municipality'>): SummaryLine[] {
  const { summary, previousRound } = input;
  const rows = printedSummaryRows(summary);
  const lines: SummaryLine[] = [];
  const categories = (axis: SummaryRowView['axis']) => rows.filter((row) => row.axis === axis).map((row) => line(row, input));
  const total = (axis: string, of: readonly SummaryLine[]): SummaryLine => ({
    axis,
    category: '計',
    kind: 'total',
    count: of.reduce((count, entry) => count + entry.count, 0),
    share: sum(of.map((entry) => entry.share)),
    change: sum(of.map((entry) => entry.change)),
  });

  const statuses = categories('status');
  const planChange = previousRound ? summary.planCount - previousRound.planCount : null;
  const notReportedChange = planChange === null ? null : planChange - (sum(statuses.map((entry) => entry.change)) ?? 0);
  lines.push(...statuses);
  if (summary.notReported > 0 || (notReportedChange !== null && notReportedChange !== 0)) {
    lines.push({
      axis: SUMMARY_AXIS_LABELS.status,
      category: NOT_REPORTED,
      kind: 'not_reported',
      count: summary.notReported,
      share: summary.planCount === 0 ? null : summary.notReported / summary.planCount,
      change: notReportedChange,
    });
  }
  lines.push({
    axis: SUMMARY_AXIS_LABELS.status,
    category: '計',
    kind: 'total',
    count: summary.planCount,
    share: summary.planCount === 0 ? null : 1,
    change: planChange,
  });

  for (const [grades, groups] of [['self_evaluation', 'self_group'], ['hq_evaluation', 'hq_group']] as const) {
    const graded = categories(grades);
    if (graded.length === 0) continue;
    lines.push(...graded, total(SUMMARY_AXIS_LABELS[grades], graded), ...categories(groups));
  }
  lines.push(...categories('achievement'));
  return lines;
}
