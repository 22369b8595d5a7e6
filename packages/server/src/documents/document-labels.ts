import type { FinancialEffect, PlanKind } from '@gyokaku/contracts';
import { formatFiscalYear, type FiscalYearStyle, type PlanCheckCode, type TargetDirection } from '@gyokaku/domain';

export const PLAN_KIND_LABELS: Readonly<Record<PlanKind, string>> = { reform: '改革', improvement: '改善' };

export const TARGET_DIRECTION_LABELS: Readonly<Record<TargetDirection, string>> = {
  increase: '増加',
  decrease: '減少',
  'maintain-min': '維持(以上)',
  'maintain-max': '維持(以下)',
};

export const FINANCIAL_EFFECT_LABELS: Readonly<Record<FinancialEffect['kind'], string>> = {
  revenue: '歳入確保',
  expenditure: '歳出削減',
};

/**
 * A list cell has room for a few words, not the sentence the editing form shows
 * (`PLAN_CHECK_MESSAGES`); an unknown code prints as itself so a new check is never hidden.
 */
export const PLAN_CHECK_SHORT_LABELS: Readonly<Record<PlanCheckCode, string>> = {
  no_numerical_target: '数値目標なし',
  target_without_unit: '単位未入力',
  target_without_direction: '方向未選択',
  target_without_values: '目標値未入力',
  end_before_start: '期間の誤り',
  start_year_before_outline: '大綱期間前に開始',
  end_year_beyond_outline: '大綱期間後に終了',
  plan_under_non_leaf: '体系の位置の誤り',
  reform_without_effect: '改革の効果未記載',
  schedule_outside_period: '期間外のスケジュール',
  possible_duplicate: '重複の可能性',
};

export function checkLabel(code: string): string {
  return PLAN_CHECK_SHORT_LABELS[code as PlanCheckCode] ?? code;
}

export type YearFormatter = (fiscalYear: number) => string;

export const yearFormatter =
  (style: FiscalYearStyle): YearFormatter =>
  (fiscalYear) =>
    formatFiscalYear(fiscalYear, style);

/** `令和5年度～令和9年度`. */
export function formatPeriod(year: YearFormatter, start: number, end: number): string {
  return start === end ? year(start) : `${year(start)}～${year(end)}`;
}

/** Every fiscal year from `start` to `end`, plus any outside it that the data mentions, ascending. */
export function fiscalYearColumns(start: number, end: number, mentioned: Iterable<number> = []): number[] {
  const years = new Set<number>(mentioned);
  for (let year = start; year <= end; year++) years.add(year);
  return [...years].sort((a, b) => a - b);
}

const numberFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6 });

/** Target values keep the decimals they were entered with and get thousands separators. */
export function formatQuantity(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormat.format(value);
}
