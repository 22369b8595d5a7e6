import type { ReportListItem, TargetTrajectory } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { formatQuantity } from '../../../lib/parse-quantity';
import { useFiscalYear } from '../../outlines/components/use-outline-period';
import { usePlanLabels } from '../../plans/components/use-plan-labels';
import { useReportRound } from '../api/use-report-rounds';
import { usePlanTrajectory } from '../api/use-round-dashboard';
import type { ChartData } from './charts/chart-data';
import { ChartFigure } from './charts/chart-figure';

type Trajectory = TargetTrajectory['targets'][number];

function TargetChart({ target }: { target: Trajectory }) {
  const { t } = useTranslation();
  const year = useFiscalYear();
  const planLabels = usePlanLabels();
  // The line starts from where the figure stood: the baseline, in its own year, for both target and actual.
  const start = target.baseline === null ? [] : [{ label: t('reports.charts.trajectory.baselinePoint', { year: target.baselineFiscalYear === null ? '' : year(target.baselineFiscalYear) }), value: target.baseline }];
  const data: ChartData = {
    categories: [...start.map((point) => point.label), ...target.points.map((point) => year(point.fiscalYear))],
    series: [
      { name: t('reports.charts.trajectory.target'), type: 'line', connectNulls: true, values: [...start.map((point) => point.value), ...target.points.map((point) => point.target)] },
      { name: t('reports.charts.trajectory.actual'), type: 'line', values: [...start.map((point) => point.value), ...target.points.map((point) => point.actual)] },
    ],
    horizontal: false,
    format: (value) => `${formatQuantity(value)}${target.unit}`,
    categoryHeader: t('reports.charts.effect.year'),
  };
  const baseline =
    target.baseline === null
      ? t('reports.charts.trajectory.noBaseline')
      : t('reports.charts.trajectory.baseline', {
          value: `${formatQuantity(target.baseline)}${target.unit}`,
          year: target.baselineFiscalYear === null ? '' : year(target.baselineFiscalYear),
        });
  return (
    <ChartFigure
      title={target.indicator}
      description={t('reports.charts.trajectory.description', { direction: planLabels.direction(target.direction), baseline })}
      data={data}
      empty={t('reports.charts.trajectory.empty')}
    />
  );
}

function PlanTrajectory({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const query = usePlanTrajectory(planId);
  return (
    <QueryState query={query}>
      {({ targets }) =>
        targets.length === 0 ? <p>{t('reports.charts.trajectory.noTargets')}</p> : targets.map((target) => <TargetChart key={target.targetId} target={target} />)
      }
    </QueryState>
  );
}

/** 数値目標の推移: for a plan chosen from the round, each numerical target's yearly value against its actuals. */
export function TrajectorySection({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const round = useReportRound(roundId);
  const [chosen, setChosen] = useState('');
  return (
    <Panel title={t('reports.charts.trajectory.title')}>
      <p className="text-solid-gray-800">{t('reports.charts.trajectory.lead')}</p>
      <QueryState query={round}>
        {({ reports }) => {
          const measured = reports.filter((report: ReportListItem) => report.hasNumericTarget);
          if (measured.length === 0) return <p>{t('reports.charts.trajectory.noPlans')}</p>;
          const planId = chosen || measured[0]!.plan.id;
          return (
            <>
              <SelectField id="dashboard-trajectory-plan" label={t('reports.charts.trajectory.plan')} value={planId} onChange={(e) => setChosen(e.target.value)} width="lg">
                {measured.map((report) => (
                  <option key={report.plan.id} value={report.plan.id}>
                    {`${report.plan.number} ${report.plan.title}`}
                  </option>
                ))}
              </SelectField>
              <PlanTrajectory planId={planId} />
            </>
          );
        }}
      </QueryState>
    </Panel>
  );
}
