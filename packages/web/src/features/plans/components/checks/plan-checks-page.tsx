import type { OutlineChecksResponse } from '@gyokaku/contracts';
import { PLAN_CHECK_CODES } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../../components/page-header';
import { Panel } from '../../../../components/panel';
import { QueryState } from '../../../../components/query-state';
import { Table, Td, Th } from '../../../../components/table';
import { useSession } from '../../../auth/api/use-session';
import { hasRole } from '../../../auth/roles';
import { useOutline } from '../../../outlines/api/use-outline';
import { useOutlineChecks } from '../../api/use-plan';
import { usePlanLabels } from '../use-plan-labels';
import { DuplicateList } from './duplicate-list';

type CheckedPlan = OutlineChecksResponse['plans'][number];

/** Plans grouped by what was found, in the order the checks run (framework, period, targets, effect). */
function ByCode({ plans }: { plans: CheckedPlan[] }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const codes = [...PLAN_CHECK_CODES, ...new Set(plans.flatMap((p) => p.checks.map((c) => c.code)))].filter((code, i, all) => all.indexOf(code) === i);
  const groups = codes
    .map((code) => ({ code, plans: plans.filter((plan) => plan.checks.some((check) => check.code === code)) }))
    .filter((group) => group.plans.length > 0);
  if (groups.length === 0) return <p>{t('plans.checksPage.none')}</p>;
  return (
    <div className="flex flex-col gap-8">
      {groups.map((group) => (
        <section key={group.code} aria-labelledby={`check-${group.code}`} className="flex flex-col gap-2">
          <h3 id={`check-${group.code}`} className="text-std-20B-150">
            {labels.check(group.code)}
            <span className="ml-3 text-std-16N-170 text-solid-gray-700">{t('plans.checksPage.plansCount', { count: group.plans.length })}</span>
          </h3>
          <Table caption={t('plans.checksPage.caption', { label: labels.check(group.code) })} captionHidden>
            <thead>
              <tr>
                <Th className="w-36">{t('plans.list.columns.number')}</Th>
                <Th>{t('plans.list.columns.title')}</Th>
                <Th className="w-56">{t('plans.fields.leadDepartmentId')}</Th>
              </tr>
            </thead>
            <tbody>
              {group.plans.map((plan) => (
                <tr key={plan.id}>
                  <Td className="whitespace-nowrap">{plan.number}</Td>
                  <Td>
                    <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
                  </Td>
                  <Td>{plan.leadDepartment.name}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ))}
    </div>
  );
}

export function PlanChecksPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const outline = useOutline(id);
  const allowed = hasRole(user, 'secretariat', 'hq_member');
  const checks = useOutlineChecks(allowed ? id : '');

  return (
    <>
      <p className="mb-4">
        <Link to={`/outlines/${id}`}>{outline.data?.title ?? t('outlines.detail.backToList')}</Link>
      </p>
      <PageHeader title={t('plans.checksPage.title', { outline: outline.data?.title ?? '' })} lead={t('plans.checksPage.lead')} />
      {allowed ? (
        <QueryState query={checks}>
          {(data) => (
            <div className="flex flex-col gap-8">
              <Panel title={t('plans.checksPage.duplicates')}>
                <DuplicateList duplicates={data.duplicates} />
              </Panel>
              <Panel title={t('plans.checksPage.byCode')}>
                <ByCode plans={data.plans} />
              </Panel>
            </div>
          )}
        </QueryState>
      ) : (
        <p>{t('plans.checksPage.forbidden')}</p>
      )}
    </>
  );
}
