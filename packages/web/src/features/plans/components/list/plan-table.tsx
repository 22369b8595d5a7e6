import type { FrameworkNode, PlanListItem } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, Td, Th } from '../../../../components/table';
import { useOutlinePeriod } from '../../../outlines/components/use-outline-period';
import { ProposalStateBadge } from '../../../proposals/components/status-badges';
import { KindBadge } from '../kind-badge';
import { usePlanLabels } from '../use-plan-labels';

interface PlanTableProps {
  items: PlanListItem[];
  nodes: FrameworkNode[];
}

export function PlanTable({ items, nodes }: PlanTableProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const period = useOutlinePeriod();
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  // Outlines whose plans never came through a call keep their table as it was.
  const proposals = items.some((plan) => plan.proposalState !== null);
  const columns = ['number', 'title', ...(proposals ? (['proposal'] as const) : []), 'node', 'department', 'kind', 'period', 'targets', 'checks'] as const;

  return (
    <Table caption={t('plans.list.caption')} captionHidden>
      <thead>
        <tr>
          {columns.map((column) => (
            <Th key={column}>{column === 'proposal' ? t('proposals.list.column') : t(`plans.list.columns.${column}`)}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((plan) => {
          const node = nodeById.get(plan.frameworkNodeId);
          return (
            <tr key={`${plan.id}-${plan.relisted}`}>
              <Td className="whitespace-nowrap">
                {plan.number}
                {plan.relisted && (
                  <span className="ml-2 rounded-4 border border-solid-gray-536 px-1 text-dns-14B-130 text-solid-gray-800">{t('plans.list.relisted')}</span>
                )}
              </Td>
              <Td className="min-w-56 text-std-16B-170">
                <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
              </Td>
              {proposals && <Td>{plan.proposalState ? <ProposalStateBadge state={plan.proposalState} /> : <span className="text-solid-gray-700">{t('proposals.list.notProposalShort')}</span>}</Td>}
              <Td className="min-w-40 text-dns-14N-130">{node ? `${node.code} ${node.title}` : ''}</Td>
              <Td className="min-w-36">
                {plan.leadDepartment.name}
                {plan.collaboratingDepartments.length > 0 && (
                  <span className="block text-dns-14N-130 text-solid-gray-700">
                    {t('plans.list.collaborating', { names: plan.collaboratingDepartments.map((d) => d.name).join('、') })}
                  </span>
                )}
              </Td>
              <Td>
                <KindBadge kind={plan.kind} />
              </Td>
              <Td className="whitespace-nowrap">{period(plan)}</Td>
              <Td className="text-right whitespace-nowrap">{plan.targetCount > 0 ? t('plans.list.count', { count: plan.targetCount }) : t('plans.list.none')}</Td>
              <Td className="min-w-32">
                {plan.checkCodes.length === 0 ? (
                  <span className="text-solid-gray-700">{t('plans.list.none')}</span>
                ) : (
                  <>
                    <span className="rounded-4 bg-yellow-300 px-2 py-0.5 text-dns-14B-130 text-solid-gray-900">{t('plans.list.count', { count: plan.checkCodes.length })}</span>
                    <span className="mt-1 block text-dns-14N-130 text-solid-gray-800">{plan.checkCodes.map(labels.check).join('、')}</span>
                  </>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
