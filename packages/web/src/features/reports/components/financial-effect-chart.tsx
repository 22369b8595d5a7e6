import type { RoundDashboard } from '@gyokaku/contracts';
import { formatYen, type YenUnit } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import { useFiscalYear } from '../../outlines/components/use-outline-period';
import type { ChartData } from './charts/chart-data';
import { ChartFigure } from './charts/chart-figure';

/** The unit the axis reads best in: 百万円 for a city's totals, 千円 or 円 for small ones. */
function axisUnit(values: readonly number[]): YenUnit {
  const largest = Math.max(0, ...values.map(Math.abs));
  return largest >= 100_000_000 ? '百万円' : largest >= 100_000 ? '千円' : '円';
}

/**
 * 財政効果: planned against actual per fiscal year (bars) and cumulatively (lines), over the
 * outline's years. A year without actuals is a gap, never a zero.
 */
export function FinancialEffectChart({ dashboard }: { dashboard: RoundDashboard }) {
  const { t } = useTranslation();
  const year = useFiscalYear();
  const years = dashboard.financialEffect;
  const unit = axisUnit(years.flatMap((entry) => [entry.plannedCumulative, entry.actualCumulative ?? 0]));
  const data: ChartData = {
    categories: years.map((entry) => year(entry.fiscalYear)),
    series: [
      { name: t('reports.charts.effect.planned'), type: 'bar', values: years.map((entry) => entry.planned) },
      { name: t('reports.charts.effect.actual'), type: 'bar', values: years.map((entry) => entry.actual) },
      { name: t('reports.charts.effect.plannedCumulative'), type: 'line', values: years.map((entry) => entry.plannedCumulative) },
      { name: t('reports.charts.effect.actualCumulative'), type: 'line', values: years.map((entry) => entry.actualCumulative) },
    ],
    horizontal: false,
    format: (value) => formatYen(value, '円'),
    // Axis ticks can fall between whole yen on a small scale.
    axisFormat: (value) => formatYen(Math.round(value), unit),
    categoryHeader: t('reports.charts.effect.year'),
  };
  return (
    <Panel title={t('reports.charts.effect.title')}>
      <ChartFigure title={t('reports.charts.effect.chartTitle')} description={t('reports.charts.effect.description')} data={data} />
    </Panel>
  );
}
