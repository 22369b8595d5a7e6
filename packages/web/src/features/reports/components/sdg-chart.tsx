import type { RoundDashboard } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import { SDG_GOALS, usePlanLabels } from '../../plans/components/use-plan-labels';
import type { ChartData } from './charts/chart-data';
import { ChartFigure } from './charts/chart-figure';

/** SDGs: how many of the round's plans contribute to each of the 17 goals; a goal no plan serves shows as 0. */
export function SdgChart({ dashboard }: { dashboard: RoundDashboard }) {
  const { t } = useTranslation();
  const planLabels = usePlanLabels();
  const counts = new Map(dashboard.sdgCoverage.map((entry) => [entry.goal, entry.planCount]));
  const data: ChartData = {
    categories: SDG_GOALS.map((goal) => planLabels.sdg(goal)),
    series: [{ name: t('reports.charts.sdg.plans'), type: 'bar', values: SDG_GOALS.map((goal) => counts.get(goal) ?? 0) }],
    horizontal: true,
    integer: true,
    format: (value) => t('reports.figures.count', { count: value }),
    categoryHeader: t('reports.charts.sdg.goal'),
  };
  return (
    <Panel title={t('reports.charts.sdg.title')}>
      <ChartFigure title={t('reports.charts.sdg.chartTitle')} description={t('reports.charts.sdg.description')} data={data} empty={t('reports.charts.sdg.empty')} />
    </Panel>
  );
}
