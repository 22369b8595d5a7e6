import type { Plan, PlanRef } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Facts } from './sheet-parts';

function RefLink({ plan }: { plan: PlanRef }) {
  return (
    <>
      <Link to={`/plans/${plan.id}`}>{`${plan.number} ${plan.title}`}</Link>
      <span className="ml-2 text-dns-14N-130 text-solid-gray-700">{plan.outlineTitle}</span>
    </>
  );
}

/** Where the plan came from in the previous cycle and which later plans carry it on (継続元 / 継続先). */
export function PlanLineage({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Facts
      empty={t('common.none')}
      items={[
        [t('plans.detail.predecessor'), plan.predecessorPlan ? <RefLink plan={plan.predecessorPlan} /> : ''],
        [
          t('plans.detail.successors'),
          plan.successorPlans.length === 0 ? '' : (
            <ul className="flex flex-col gap-1">
              {plan.successorPlans.map((successor) => (
                <li key={successor.id}>
                  <RefLink plan={successor} />
                </li>
              ))}
            </ul>
          ),
        ],
      ]}
    />
  );
}
