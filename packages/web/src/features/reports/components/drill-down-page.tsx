import type { RoundDashboard } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useDrillDown, useRoundDashboard, type DrillDownQuery } from '../api/use-round-dashboard';
import { ReportTable } from './report-table';
import { useFigureName, type SummaryAxis } from './use-axis-labels';

const AXES: readonly string[] = ['status', 'self_evaluation', 'self_group', 'hq_evaluation', 'hq_group', 'achievement'] satisfies readonly SummaryAxis[];

/** The drill-down query from the address; anything unknown is left out rather than sent to be refused. */
function useDrillDownQuery(): DrillDownQuery {
  const [params] = useSearchParams();
  const axis = params.get('axis');
  const pick = (key: string) => params.get(key) || undefined;
  return {
    ...(axis && AXES.includes(axis) ? { axis: axis as SummaryAxis, code: pick('code') } : {}),
    nodeId: pick('nodeId'),
    departmentId: pick('departmentId'),
  };
}

/** 「基本方針1 …」「市民課」: the slice a figure was counted in, or the whole round. */
function scopeName(dashboard: RoundDashboard, query: DrillDownQuery, all: string): string {
  const node = dashboard.byNode.find((entry) => entry.node.id === query.nodeId)?.node;
  const department = dashboard.byDepartment.find((entry) => entry.department.id === query.departmentId)?.department;
  const parts = [node && `${node.code} ${node.title}`, department?.name].filter(Boolean);
  return parts.length > 0 ? parts.join('・') : all;
}

function DrillDown({ dashboard, query }: { dashboard: RoundDashboard; query: DrillDownQuery }) {
  const { t } = useTranslation();
  const figureName = useFigureName(dashboard);
  const items = useDrillDown(dashboard.round.id, query);
  const figure = figureName(query.axis, query.code);
  const scope = scopeName(dashboard, query, t('reports.drill.wholeRound'));
  return (
    <>
      <PageHeader title={t('reports.drill.title', { figure })} lead={t('reports.drill.lead', { round: dashboard.round.title, scope })} />
      <QueryState query={items}>
        {({ items: reports }) => (
          <Panel title={t('reports.drill.listTitle', { count: reports.length })}>
            {reports.length === 0 ? <p>{t('reports.drill.empty')}</p> : <ReportTable reports={reports} caption={t('reports.drill.title', { figure })} />}
          </Panel>
        )}
      </QueryState>
    </>
  );
}

/** The plans behind one figure of the dashboard, each linked to its report. */
export function DrillDownPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dashboard = useRoundDashboard(id);
  const query = useDrillDownQuery();
  return (
    <>
      <p className="mb-4">
        <Link to={`/report-rounds/${id}/dashboard`}>{t('reports.drill.back')}</Link>
      </p>
      <QueryState query={dashboard}>{(data) => <DrillDown dashboard={data} query={query} />}</QueryState>
    </>
  );
}
