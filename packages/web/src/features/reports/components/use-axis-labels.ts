import type { RoundDashboard, SummaryRowView } from '@gyokaku/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryAxis = SummaryRowView['axis'];

/** Axes whose categories are the evaluation grades or the statuses, the ones a distribution can be drawn for. */
export const DISTRIBUTION_AXES = ['status', 'self_evaluation', 'hq_evaluation'] as const satisfies readonly SummaryAxis[];
export type DistributionAxis = (typeof DISTRIBUTION_AXES)[number];

/**
 * 「進捗状況：取組中」 — a figure named by its axis and category, the category's label taken from the
 * dashboard's own rows (the municipality's words, as the server counted them).
 */
export function useFigureName(dashboard: Pick<RoundDashboard, 'overall'>) {
  const { t } = useTranslation();
  return useCallback(
    (axis: SummaryAxis | undefined, code: string | undefined) => {
      if (!axis || !code) return t('reports.drill.all');
      const category = dashboard.overall.rows.find((row) => row.axis === axis && row.code === code)?.category ?? code;
      return t('reports.drill.figure', { axis: t(`reports.axes.${axis}`), category });
    },
    [dashboard.overall.rows, t],
  );
}
