import type { ReportRound } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { LinkButton } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../auth/api/use-session';
import { hasRole } from '../../auth/roles';
import { useFiscalYear } from '../../outlines/components/use-outline-period';
import { useReportRound } from '../api/use-report-rounds';
import { RoundDeadline } from './round-deadline';
import { RoundDownloads } from './round-downloads';
import { isRoundComplete, RoundProgress } from './round-progress';
import { RoundReports } from './round-reports';
import { useReportLabels } from './use-report-labels';

function RoundFacts({ round }: { round: ReportRound }) {
  const { t } = useTranslation();
  const year = useFiscalYear();
  const labels = useReportLabels();
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-12 bg-solid-gray-50 p-6 md:grid-cols-[max-content_1fr]">
      <dt className="text-std-16B-170">{t('reports.round.year')}</dt>
      <dd>{`${year(round.fiscalYear)} ${labels.period(round.period)}`}</dd>
      <dt className="text-std-16B-170">{t('reports.round.dueOn')}</dt>
      <dd>
        <RoundDeadline dueOn={round.dueOn} daysLeft={round.daysLeft} done={isRoundComplete(round)} />
      </dd>
      <dt className="text-std-16B-170">{t('reports.round.progress')}</dt>
      <dd>
        <RoundProgress round={round} />
      </dd>
      <dt className="text-std-16B-170">{t('reports.round.previous')}</dt>
      <dd>{round.previousRound ? <Link to={`/report-rounds/${round.previousRound.id}`}>{round.previousRound.title}</Link> : t('reports.round.noPrevious')}</dd>
    </dl>
  );
}

/**
 * One reporting round: its year, due date and instructions, and every report in it (departments:
 * their own), with the way to the figures for the secretariat and the HQ.
 */
export function RoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation() as { state: { message?: string } | null };
  const { user } = useSession();
  const query = useReportRound(id);
  const round = query.data;

  return (
    <>
      <p className="mb-4">{round && <Link to={`/outlines/${round.outlineId}`}>{t('reports.round.back', { outline: round.outlineTitle })}</Link>}</p>
      <PageHeader
        title={round?.title ?? t('reports.rounds.title')}
        lead={round?.outlineTitle}
        actions={
          round &&
          hasRole(user, 'secretariat', 'hq_member') && (
            <LinkButton to={`/report-rounds/${round.id}/dashboard`} variant="primary">
              {t('reports.round.dashboard')}
            </LinkButton>
          )
        }
      />
      <QueryState query={query}>
        {(loaded) => (
          <div className="flex flex-col gap-8">
            {state?.message && (
              <Notice tone="success">
                <p>{state.message}</p>
              </Notice>
            )}
            <RoundFacts round={loaded} />
            <Panel title={t('reports.round.instructions')}>
              {loaded.instructions ? <p className="whitespace-pre-wrap">{loaded.instructions}</p> : <p className="text-solid-gray-700">{t('reports.round.noInstructions')}</p>}
            </Panel>
            <RoundReports round={loaded} />
            {hasRole(user, 'secretariat', 'hq_member') && <RoundDownloads round={loaded} />}
          </div>
        )}
      </QueryState>
    </>
  );
}
