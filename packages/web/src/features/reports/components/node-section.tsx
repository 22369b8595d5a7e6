import type { RoundDashboard } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/form-field';
import { Panel } from '../../../components/panel';
import { useEditingPanel } from '../../../lib/use-editing-panel';
import { useSession } from '../../auth/api/use-session';
import { hasRole } from '../../auth/roles';
import { useOutline } from '../../outlines/api/use-outline';
import { StatusMessage } from '../../proposals/components/status-message';
import type { ChartData } from './charts/chart-data';
import { ChartFigure } from './charts/chart-figure';
import { AxisSelect } from './distribution-controls';
import { NodeEvaluationForm } from './node-evaluation-form';
import { SliceTable, type SliceRow } from './slice-table';
import type { DistributionAxis } from './use-axis-labels';
import { useReportLabels } from './use-report-labels';

type NodeSlice = RoundDashboard['byNode'][number];

/** Stacked bars: per node, how many plans stand in each category of the axis. */
function distributionData(dashboard: RoundDashboard, rows: SliceRow[], axis: DistributionAxis, categoryHeader: string): ChartData {
  const categories = dashboard.overall.rows.filter((row) => row.axis === axis);
  return {
    categories: rows.map((row) => row.name),
    series: categories.map((category) => ({
      name: category.category,
      type: 'bar',
      stacked: true,
      values: rows.map((row) => row.summary.rows.find((entry) => entry.axis === axis && entry.code === category.code)?.count ?? 0),
    })),
    horizontal: true,
    integer: true,
    format: (value) => String(value),
    categoryHeader,
  };
}

/**
 * 体系別: the status or grade distribution per framework node at a chosen level, as a chart and a
 * table; where the municipality has the HQ evaluate a level as a whole, that evaluation too.
 */
export function NodeSection({ dashboard }: { dashboard: RoundDashboard }) {
  const { t } = useTranslation();
  const { user, municipality } = useSession();
  const outline = useOutline(dashboard.round.outlineId);
  const labels = useReportLabels();
  // The outline's own level names (重点項目 → 取組事項 …), the municipality's while it loads; only levels that hold nodes.
  const names = outline.data?.frameworkLevels ?? municipality.settings.frameworkLevels;
  const depths = [...new Set(dashboard.byNode.map((entry) => entry.node.depth))].sort((a, b) => a - b);
  const [depth, setDepth] = useState(municipality.settings.hqEvaluationDepth ?? 0);
  const [axis, setAxis] = useState<DistributionAxis>('status');
  const { editing, message, open, saved, close } = useEditingPanel<{ form: 'none' } | { form: 'evaluate'; node: NodeSlice }>({ form: 'none' });
  const nodes = dashboard.byNode.filter((entry) => entry.node.depth === depth);
  const levelName = (index: number) => names[index] ?? t('reports.slices.node');
  const level = levelName(depth);
  const rows: SliceRow[] = nodes.map((entry) => ({
    key: entry.node.id,
    name: `${entry.node.code} ${entry.node.title}`,
    header: (
      <>
        <span className="mr-2 text-std-16B-170">{entry.node.code}</span>
        {entry.node.title}
      </>
    ),
    summary: entry.summary,
    scope: { nodeId: entry.node.id },
  }));
  const evaluable = nodes.some((entry) => entry.evaluable);
  const canEvaluate = hasRole(user, 'hq_member', 'secretariat');

  return (
    <Panel title={t('reports.slices.nodeTitle')}>
      <div className="flex flex-wrap gap-6">
        <SelectField id="dashboard-node-depth" label={t('reports.slices.level')} value={depth} onChange={(e) => setDepth(Number(e.target.value))} width="md">
          {depths.map((index) => (
            <option key={index} value={index}>
              {levelName(index)}
            </option>
          ))}
        </SelectField>
        <AxisSelect id="dashboard-node-axis" value={axis} onChange={setAxis} />
      </div>
      <ChartFigure
        title={t('reports.charts.distribution.title', { level, axis: t(`reports.axes.${axis}`) })}
        description={t('reports.charts.distribution.description', { level, axis: t(`reports.axes.${axis}`) })}
        data={distributionData(dashboard, rows, axis, level)}
      />
      {message && <StatusMessage message={message} />}
      <SliceTable
        dashboard={dashboard}
        caption={t('reports.slices.nodeCaption', { level })}
        nameHeader={level}
        axis={axis}
        rows={rows}
        extra={
          evaluable
            ? {
                header: t('reports.slices.nodeEvaluation'),
                cell: (row) => {
                  const entry = nodes.find((node) => node.node.id === row.key);
                  if (!entry?.evaluable) return null;
                  return (
                    <div className="flex flex-col items-start gap-1">
                      <span>{entry.hqEvaluation ? labels.grade(entry.hqEvaluation.evaluation) : t('reports.slices.notEvaluated')}</span>
                      {entry.hqEvaluation?.comment && <span className="text-dns-14N-130 text-solid-gray-800">{entry.hqEvaluation.comment}</span>}
                      {canEvaluate && (
                        <Button
                          variant="secondary"
                          size="sm"
                          aria-expanded={editing.form === 'evaluate' && editing.node.node.id === entry.node.id}
                          aria-label={t('reports.slices.evaluateNode', { name: row.name })}
                          onClick={() => open({ form: 'evaluate', node: entry })}
                        >
                          {t('reports.slices.evaluate')}
                        </Button>
                      )}
                    </div>
                  );
                },
              }
            : undefined
        }
      />
      {editing.form === 'evaluate' && (
        <NodeEvaluationForm key={editing.node.node.id} roundId={dashboard.round.id} slice={editing.node} onDone={saved} onCancel={close} />
      )}
    </Panel>
  );
}
