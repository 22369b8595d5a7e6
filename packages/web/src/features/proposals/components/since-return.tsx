import type { OutlineDetailResponse, Plan, ProposalTimeline } from '@gyokaku/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { usePlanDiff } from '../../plans/api/use-plan-history';
import { PlanDiffTable } from '../../plans/components/plan-diff-table';
import { usePlanValueText } from '../../plans/components/use-plan-value-text';

interface SinceReturnProps {
  plan: Plan;
  outline: OutlineDetailResponse;
  since: NonNullable<ProposalTimeline['sinceReturn']>;
}

/** 「前回の指摘からの変更」: what the department changed after the last return, so the reviewer checks only that. */
export function SinceReturn({ plan, outline, since }: SinceReturnProps) {
  const { t, i18n } = useTranslation();
  const changed = since.toVersion !== since.fromVersion;
  const diff = usePlanDiff(plan.id, since.fromVersion, changed ? since.toVersion : null);
  const names = useMemo(() => Object.fromEntries([plan.leadDepartment, ...plan.collaboratingDepartments].map((d) => [d.id, d.name])), [plan]);
  const valueText = usePlanValueText({ nodes: outline.nodes, names });

  return (
    <section aria-labelledby="proposal-since-return" className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <h3 id="proposal-since-return" className="text-std-20B-150">
        {t('proposals.sinceReturn.title')}
      </h3>
      <p>{t('proposals.sinceReturn.lead', { at: formatDateTime(since.returnedAt, i18n.language), from: since.fromVersion, to: since.toVersion })}</p>
      {changed ? (
        <QueryState query={diff}>
          {(data) => (
            <PlanDiffTable
              caption={t('proposals.sinceReturn.caption')}
              changes={data.changes}
              valueText={valueText}
              beforeLabel={t('proposals.sinceReturn.before', { version: since.fromVersion })}
              afterLabel={t('proposals.sinceReturn.after', { version: since.toVersion })}
              emptyText={t('proposals.sinceReturn.none')}
            />
          )}
        </QueryState>
      ) : (
        <p>{t('proposals.sinceReturn.unchanged')}</p>
      )}
    </section>
  );
}
