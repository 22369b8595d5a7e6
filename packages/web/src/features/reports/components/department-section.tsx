import type { RoundDashboard } from '@gyokaku/contracts';
import { formatShare } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import type { ChartData } from './charts/chart-data';
import { ChartFigure } from './charts/chart-figure';
import { AxisSelect } from './distribution-controls';
import { SliceTable, type SliceRow } from './slice-table';
import type { DistributionAxis } from './use-axis-labels';

/** 課別: each lead department's mean achievement as bars, and its plans by status or grade in the table. */
export function DepartmentSection({ dashboard }: { dashboard: RoundDashboard }) {
  const { t } = useTranslation();
  const [axis, setAxis] = useState<DistributionAxis>('status');
  const header = t('reports.slices.department');
  const rows: SliceRow[] = dashboard.byDepartment.map((entry) => ({
    key: entry.department.id,
    name: entry.department.name,
    header: entry.department.name,
    summary: entry.summary,
    scope: { departmentId: entry.department.id },
  }));
  const chart: ChartData = {
    categories: rows.map((row) => row.name),
    series: [{ name: t('reports.slices.meanRate'), type: 'bar', values: rows.map((row) => row.summary.meanRate) }],
    horizontal: true,
    format: formatShare,
    axisMax: 1,
    categoryHeader: header,
  };

  return (
    <Panel title={t('reports.slices.departmentTitle')}>
      <ChartFigure title={t('reports.charts.achievement.title')} description={t('reports.charts.achievement.description')} data={chart} empty={t('reports.charts.achievement.empty')} />
      <AxisSelect id="dashboard-department-axis" value={axis} onChange={setAxis} />
      <SliceTable dashboard={dashboard} caption={t('reports.slices.departmentCaption')} nameHeader={header} axis={axis} rows={rows} />
    </Panel>
  );
}
