import { orderedTree } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LinkButton } from '../../../../components/button';
import { PageHeader } from '../../../../components/page-header';
import { Pagination } from '../../../../components/pagination';
import { QueryState } from '../../../../components/query-state';
import { useSession } from '../../../auth/api/use-session';
import { hasRole } from '../../../auth/roles';
import { useOrganisation } from '../../../organisation/api/use-organisation';
import { useOutline } from '../../../outlines/api/use-outline';
import { useOutlinePeriod } from '../../../outlines/components/use-outline-period';
import { usePlans } from '../../api/use-plans';
import { PlanFilters } from './plan-filters';
import { PlanTable } from './plan-table';
import { usePlanListParams } from './use-plan-list-params';

export function PlanListPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const outline = useOutline(id);
  const organisation = useOrganisation();
  const period = useOutlinePeriod();
  const { params, setParams, key } = usePlanListParams();
  const plans = usePlans(id, params);
  const nodes = outline.data ? orderedTree(outline.data.nodes).map((entry) => entry.node) : [];
  const canCreate = hasRole(user, 'secretariat', 'department_editor', 'department_approver') && outline.data && outline.data.status !== 'closed';

  return (
    <>
      <p className="mb-4">
        <Link to={`/outlines/${id}`}>{outline.data?.title ?? t('outlines.detail.backToList')}</Link>
      </p>
      <PageHeader
        title={t('plans.list.title')}
        lead={outline.data && t('plans.list.lead', { outline: outline.data.title, period: period(outline.data) })}
        actions={
          canCreate && (
            <>
              <LinkButton to={`/outlines/${id}/plans/new`} variant="primary">
                {t('plans.list.create')}
              </LinkButton>
              <LinkButton to={`/outlines/${id}/import`}>{t('imports.link')}</LinkButton>
            </>
          )
        }
      />
      <QueryState query={outline}>
        {(data) => (
          <div className="flex flex-col gap-6">
            <PlanFilters key={key} params={params} nodes={nodes} levels={data.frameworkLevels} organisation={organisation.data} onApply={setParams} />
            <QueryState query={plans}>
              {(list) => (
                <section aria-labelledby="plan-list-total" className="flex flex-col gap-4">
                  <h2 id="plan-list-total" className="text-std-20B-150">
                    {t('plans.list.total', { count: list.total })}
                  </h2>
                  {list.items.length === 0 ? (
                    <p>{t('plans.list.empty')}</p>
                  ) : (
                    <>
                      <PlanTable items={list.items} nodes={data.nodes} />
                      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} onChange={(page) => setParams({ ...params, page })} />
                    </>
                  )}
                </section>
              )}
            </QueryState>
          </div>
        )}
      </QueryState>
    </>
  );
}
