import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useOutline } from '../api/use-outline';
import { useOutlines } from '../api/use-outlines';
import { FrameworkTree } from './framework-tree';
import { OutlineStatusBadge } from './outline-status';
import { PeriodChanges } from './period-changes';
import { useOutlinePeriod } from './use-outline-period';

export function OutlineDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useOutline(id);
  const outlines = useOutlines();
  const period = useOutlinePeriod();
  const predecessor = outlines.data?.items.find((item) => item.id === query.data?.predecessorId);

  return (
    <>
      <p className="mb-4">
        <Link to="/outlines">{t('outlines.detail.backToList')}</Link>
      </p>
      <PageHeader title={query.data?.title ?? t('outlines.title')} />
      <QueryState query={query}>
        {(outline) => (
          <div className="flex flex-col gap-8">
            <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-12 bg-solid-gray-50 p-6 md:grid-cols-[max-content_1fr]">
              <dt className="text-std-16B-170">{t('outlines.detail.period')}</dt>
              <dd>{period(outline)}</dd>
              <dt className="text-std-16B-170">{t('outlines.detail.status')}</dt>
              <dd>
                <OutlineStatusBadge status={outline.status} />
              </dd>
              {outline.theme && (
                <>
                  <dt className="text-std-16B-170">{t('outlines.detail.theme')}</dt>
                  <dd>{outline.theme}</dd>
                </>
              )}
              <dt className="text-std-16B-170">{t('outlines.detail.planCount')}</dt>
              <dd>{t('outlines.detail.plans', { count: outline.planCount })}</dd>
              {predecessor && (
                <>
                  <dt className="text-std-16B-170">{t('outlines.detail.predecessor')}</dt>
                  <dd>
                    <Link to={`/outlines/${predecessor.id}`}>{predecessor.title}</Link>
                  </dd>
                </>
              )}
            </dl>
            {outline.periodChanges.length > 0 && <PeriodChanges changes={outline.periodChanges} />}
            <Panel title={t('outlines.detail.framework')}>
              <FrameworkTree nodes={outline.nodes} levels={outline.frameworkLevels} />
            </Panel>
          </div>
        )}
      </QueryState>
    </>
  );
}
