import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LinkButton } from '../../../components/button';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useRoundDashboard } from '../api/use-round-dashboard';
import { DepartmentSection } from './department-section';
import { FinancialEffectChart } from './financial-effect-chart';
import { KeyFigures } from './key-figures';
import { NodeSection } from './node-section';
import { RoundDownloads } from './round-downloads';
import { SdgChart } from './sdg-chart';
import { SummaryTable } from './summary-table';
import { TrajectorySection } from './trajectory-section';

/**
 * The figures the HQ and the council read for one round: the summary with 増減 against the previous
 * round, the distribution per framework node and department, financial effect, targets' trajectories
 * and SDG coverage. Every count opens the plans behind it.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useRoundDashboard(id);
  const round = query.data?.round;

  return (
    <>
      <p className="mb-4">{round && <Link to={`/report-rounds/${round.id}`}>{t('reports.dashboard.back', { round: round.title })}</Link>}</p>
      <PageHeader
        title={round ? t('reports.dashboard.title', { round: round.title }) : t('reports.dashboard.loading')}
        lead={round && t('reports.dashboard.lead', { outline: round.outlineTitle })}
        actions={round && <LinkButton to={`/report-rounds/${round.id}`}>{t('reports.dashboard.reports')}</LinkButton>}
      />
      <QueryState query={query}>
        {(dashboard) => (
          <div className="flex flex-col gap-8">
            <KeyFigures dashboard={dashboard} />
            <SummaryTable dashboard={dashboard} />
            <NodeSection dashboard={dashboard} />
            <DepartmentSection dashboard={dashboard} />
            <FinancialEffectChart dashboard={dashboard} />
            <TrajectorySection roundId={dashboard.round.id} />
            <SdgChart dashboard={dashboard} />
            <RoundDownloads round={dashboard.round} />
          </div>
        )}
      </QueryState>
    </>
  );
}
