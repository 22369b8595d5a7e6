import type { PlanListItem } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, Td, Th } from '../../../components/table';
import { formatDateTime } from '../../../lib/format';
import { ProposalStateBadge } from './status-badges';

/** A department's proposals to one call, each with where it stands. */
export function DepartmentProposals({ caption, items }: { caption: string; items: PlanListItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          {(['number', 'title', 'state', 'updatedAt'] as const).map((column) => (
            <Th key={column}>{t(`proposals.answer.columns.${column}`)}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((plan) => (
          <tr key={plan.id}>
            <Td className="whitespace-nowrap">{plan.number}</Td>
            <Td className="min-w-56 text-std-16B-170">
              <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
            </Td>
            <Td>{plan.proposalState && <ProposalStateBadge state={plan.proposalState} />}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(plan.updatedAt, i18n.language)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
