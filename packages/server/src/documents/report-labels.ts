import type { SummaryRowView } from '@gyokaku/contracts';
import { ERAS, parseIsoDate, type FiscalYearStyle, type TargetRateGap } from '@gyokaku/domain';
import type { ReportDocumentMunicipality, ReportDocumentSummary } from './report-document-inputs.js';

/**
 * The summary table's 区分 as the city's documents name them. A grade group (計画実施率) is a line
 * of its evaluation, not an axis of its own.
 */
export const SUMMARY_AXIS_LABELS: Readonly<Record<SummaryRowView['axis'], string>> = {
  status: '進捗状況',
  self_evaluation: '自己評価',
  self_group: '自己評価',
  hq_evaluation: '本部評価',
  hq_group: '本部評価',
  achievement: '数値目標',
};

export const NOT_REPORTED = '未報告';

/** Why a target has no rate this year, in a word. */
export const TARGET_GAP_LABELS: Readonly<Record<TargetRateGap, string>> = {
  no_actual: '実績未報告',
  no_target_value: '目標値なし',
  invalid_target: '算出不可',
};

type Settings = ReportDocumentMunicipality['settings'];

/** A code's label from the municipality's list; a code no longer listed prints as itself. */
export const labelOf = (list: readonly { code: string; label: string }[], code: string | null): string =>
  code === null ? '' : (list.find((entry) => entry.code === code)?.label ?? code);

export const statusLabel = (settings: Settings, code: string | null) => labelOf(settings.progressStatuses, code);
export const gradeLabel = (settings: Settings, code: string | null) => labelOf(settings.evaluationScale, code);

/** A summary row's 項目: a grade group names the grades it adds up, 計画実施率（S＋A＋B）. */
export function categoryLabel(row: SummaryRowView, settings: Settings): string {
  if (row.axis !== 'self_group' && row.axis !== 'hq_group') return row.category;
  const group = settings.gradeGroups.find((entry) => entry.name === row.code);
  return group ? `${group.name}（${group.codes.map((code) => gradeLabel(settings, code)).join('＋')}）` : row.category;
}

/**
 * The summary rows the documents print: the HQ's evaluation only once the HQ has evaluated
 * something this round (a column of zeros would read as bad grades).
 */
export function printedSummaryRows(summary: ReportDocumentSummary): SummaryRowView[] {
  const hqEvaluated = summary.rows.some((row) => row.axis === 'hq_evaluation' && row.count > 0);
  return summary.rows.filter((row) => hqEvaluated || (row.axis !== 'hq_evaluation' && row.axis !== 'hq_group'));
}

/**
 * A calendar date in the municipality's year style: 令和4年10月15日 (元年 for the first year),
 * R4.10.15, or 2022年10月15日. The era is the one in force on that day.
 */
export function formatDate(isoDate: string, style: FiscalYearStyle): string {
  const { year, month, day } = parseIsoDate(isoDate);
  if (style === 'seireki') return `${year}年${month}月${day}日`;
  const key = (date: { year: number; month: number; day: number }) => date.year * 10_000 + date.month * 100 + date.day;
  const era = ERAS.filter((candidate) => key(candidate.start) <= key({ year, month, day })).at(-1);
  if (!era) return `${year}年${month}月${day}日`;
  const eraYear = year - era.start.year + 1;
  if (style === 'wareki-short') return `${era.letter}${eraYear}.${month}.${day}`;
  return `${era.name}${eraYear === 1 ? '元' : eraYear}年${month}月${day}日`;
}
