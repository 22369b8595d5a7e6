import type { OutlineDetailResponse, Plan, PlanVersionListResponse } from '@gyokaku/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../../components/page-header';
import { QueryState } from '../../../../components/query-state';
import { Table, Td, Th } from '../../../../components/table';
import { formatDateTime } from '../../../../lib/format';
import { useOutline } from '../../../outlines/api/use-outline';
import { usePlan } from '../../api/use-plan';
import { usePlanVersions } from '../../api/use-plan-history';
import { VersionCompare } from './version-compare';

type Version = PlanVersionListResponse['items'][number];

function VersionTable({ versions }: { versions: Version[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={t('plans.history.caption')}>
      <thead>
        <tr>
          <Th>{t('plans.history.version')}</Th>
          <Th>{t('plans.history.savedAt')}</Th>
          <Th>{t('plans.history.savedBy')}</Th>
          <Th>{t('plans.history.change')}</Th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.version}>
            <Td className="whitespace-nowrap">{t('plans.history.versionLabel', { version: version.version })}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(version.savedAt, i18n.language)}</Td>
            <Td>{version.savedBy}</Td>
            <Td>
              {t(`plans.history.changes.${version.change}`)}
              {version.reason && <span className="block text-dns-14N-130 text-solid-gray-800">{version.reason}</span>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function History({ plan, outline, versions }: { plan: Plan; outline: OutlineDetailResponse; versions: Version[] }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const sorted = useMemo(() => [...versions].sort((a, b) => b.version - a.version), [versions]);
  const numberParam = (key: string) => {
    const value = Number(searchParams.get(key));
    return sorted.some((version) => version.version === value) && searchParams.has(key) ? value : null;
  };
  // By default the latest save against the one before it: what changed last.
  const to = numberParam('to') ?? sorted[0]?.version ?? null;
  const from = numberParam('from') ?? sorted[1]?.version ?? null;

  return (
    <div className="flex flex-col gap-8">
      <VersionTable versions={sorted} />
      {sorted.length < 2 ? (
        <p>{t('plans.history.onlyOne')}</p>
      ) : (
        <VersionCompare
          key={`${from}-${to}`}
          plan={plan}
          outline={outline}
          versions={sorted}
          from={from}
          to={to}
          onCompare={(next) => setSearchParams({ from: String(next.from), to: String(next.to) })}
        />
      )}
    </div>
  );
}

export function PlanHistoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const outline = useOutline(plan.data?.outlineId);
  const versions = usePlanVersions(id);

  return (
    <>
      <p className="mb-4">
        <Link to={`/plans/${id}`}>{t('plans.history.back')}</Link>
      </p>
      <PageHeader title={t('plans.history.title', { title: plan.data ? `${plan.data.number} ${plan.data.title}` : '' })} lead={t('plans.history.lead')} />
      <QueryState query={plan}>
        {(loaded) => (
          <QueryState query={outline}>
            {(data) => <QueryState query={versions}>{({ items }) => <History plan={loaded} outline={data} versions={items} />}</QueryState>}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
