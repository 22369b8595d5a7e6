import type { CategoryCount, RoundSummary } from './round-summary.js';

/** A change in count as the city's tables write it: +2, ±0, ▲3. */
export function formatCountChange(change: number | null): string {
  if (change === null) return '―';
  if (change === 0) return '±0';
  return change > 0 ? `+${change}` : `▲${Math.abs(change)}`;
}

/** A share as a percentage with one decimal: 0.652 → 65.2%. */
export function formatShare(share: number | null): string {
  return share === null ? '―' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** One line of the summary table and its CSV: axis, category, count, share, change against the previous round. */
export interface SummaryRow {
  readonly axis: 'status' | 'self_evaluation' | 'hq_evaluation' | 'self_group' | 'hq_group' | 'achievement';
  readonly code: string;
  readonly category: string;
  readonly count: number;
  readonly share: number | null;
  /** Count now minus count then; null without a previous round. */
  readonly change: number | null;
}

function rows(axis: SummaryRow['axis'], current: readonly CategoryCount[], previous: readonly CategoryCount[] | undefined): SummaryRow[] {
  return current.map((category) => {
    const before = previous?.find((other) => other.code === category.code);
    return {
      axis,
      code: category.code,
      category: category.label,
      count: category.count,
      share: category.share,
      // A category the previous round did not have started from 0.
      change: previous === undefined ? null : category.count - (before?.count ?? 0),
    };
  });
}

/**
 * The summary as rows, with 増減 against the previous round's summary when there is one. The
 * achievement rows count plans with and without numerical targets and the worsened ones.
 */
export function summaryRows(current: RoundSummary, previous?: RoundSummary): SummaryRow[] {
  const achievement = (summary: RoundSummary): CategoryCount[] => [
    { code: 'with_numeric_target', label: '数値目標あり', count: summary.achievement.withNumericTarget, share: null },
    { code: 'without_numeric_target', label: '数値目標なし', count: summary.achievement.withoutNumericTarget, share: null },
    { code: 'worsened', label: '基準値より悪化', count: summary.achievement.worsenedPlans, share: null },
  ];
  return [
    ...rows('status', current.status.categories, previous?.status.categories),
    ...rows('self_evaluation', current.selfEvaluation.categories, previous?.selfEvaluation.categories),
    ...rows('self_group', current.selfEvaluation.groups, previous?.selfEvaluation.groups),
    ...rows('hq_evaluation', current.hqEvaluation.categories, previous?.hqEvaluation.categories),
    ...rows('hq_group', current.hqEvaluation.groups, previous?.hqEvaluation.groups),
    ...rows('achievement', achievement(current), previous && achievement(previous)),
  ];
}
