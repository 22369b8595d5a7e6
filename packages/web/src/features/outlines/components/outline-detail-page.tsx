import type { OutlineDetailResponse } from '@gyokaku/contracts';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { LinkButton } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../auth/api/use-session';
import { hasRole } from '../../auth/roles';
import { OutlineCalls } from '../../proposals/components/outline-calls';
import { OutlineReportRounds } from '../../reports/components/outline-report-rounds';
import { useOutline } from '../api/use-outline';
import { useOutlines } from '../api/use-outlines';
import { FrameworkTree } from './framework-tree';
import { OutlineDownloads } from './outline-downloads';
import { OutlineStatusBadge } from './outline-status';
import { PeriodChanges } from './period-changes';
import { useOutlinePeriod } from './use-outline-period';

// Editing brings forms and schemas that only the secretariat needs.
const SecretariatTools = lazy(async () => ({ default: (await import('./outline-admin')).OutlineSecretariatTools }));

function OutlineFacts({ outline }: { outline: OutlineDetailResponse }) {
  const { t } = useTranslation();
  const period = useOutlinePeriod();
  const outlines = useOutlines();
  const predecessor = outlines.data?.items.find((item) => item.id === outline.predecessorId);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-12 bg-solid-gray-50 p-6 md:grid-cols-[max-content_1fr]">
      <dt className="text-std-16B-170">{t('outlines.detail.status')}</dt>
      <dd>
        <OutlineStatusBadge status={outline.status} />
      </dd>
      <dt className="text-std-16B-170">{t('outlines.detail.period')}</dt>
      <dd>{period(outline)}</dd>
      {outline.theme && (
        <>
          <dt className="text-std-16B-170">{t('outlines.detail.theme')}</dt>
          <dd>{outline.theme}</dd>
        </>
      )}
      <dt className="text-std-16B-170">{t('outlines.detail.planCount')}</dt>
      <dd>
        <Link to={`/outlines/${outline.id}/plans`}>{t('outlines.detail.plans', { count: outline.planCount })}</Link>
      </dd>
      {predecessor && (
        <>
          <dt className="text-std-16B-170">{t('outlines.detail.predecessor')}</dt>
          <dd>
            <Link to={`/outlines/${predecessor.id}`}>{predecessor.title}</Link>
          </dd>
        </>
      )}
    </dl>
  );
}

/** The hub of a cycle: its facts, its framework, and the way to its plans, checks and documents. */
export function OutlineDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation() as { state: { message?: string } | null };
  const { user } = useSession();
  const query = useOutline(id);
  const secretariat = hasRole(user, 'secretariat');

  return (
    <>
      <p className="mb-4">
        <Link to="/outlines">{t('outlines.detail.backToList')}</Link>
      </p>
      <PageHeader
        title={query.data?.title ?? t('outlines.title')}
        actions={
          <>
            <LinkButton to={`/outlines/${id}/plans`} variant="primary">
              {t('outlines.links.plans')}
            </LinkButton>
            {hasRole(user, 'secretariat', 'hq_member') && <LinkButton to={`/outlines/${id}/checks`}>{t('outlines.links.checks')}</LinkButton>}
            {hasRole(user, 'secretariat', 'department_editor', 'department_approver') && query.data && query.data.status !== 'closed' && (
              <LinkButton to={`/outlines/${id}/import`}>{t('imports.link')}</LinkButton>
            )}
          </>
        }
      />
      <QueryState query={query}>
        {(outline) => (
          <div className="flex flex-col gap-8">
            {state?.message && (
              <Notice tone="success">
                <p>{state.message}</p>
              </Notice>
            )}
            <OutlineFacts outline={outline} />
            {secretariat && (
              <Suspense fallback={<Loading />}>
                <SecretariatTools outline={outline} part="admin" />
              </Suspense>
            )}
            <OutlineCalls outline={outline} />
            <OutlineReportRounds outline={outline} />
            {outline.periodChanges.length > 0 && <PeriodChanges changes={outline.periodChanges} />}
            {secretariat && outline.status !== 'closed' ? (
              <Suspense fallback={<Loading />}>
                <SecretariatTools outline={outline} part="framework" />
              </Suspense>
            ) : (
              <Panel title={t('outlines.detail.framework')}>
                <FrameworkTree nodes={outline.nodes} levels={outline.frameworkLevels} />
              </Panel>
            )}
            <OutlineDownloads outlineId={outline.id} />
          </div>
        )}
      </QueryState>
    </>
  );
}
