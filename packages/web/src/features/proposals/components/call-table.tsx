import type { CallSummary } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, Td, Th } from '../../../components/table';
import { useDateFormat } from '../../organisation/components/use-date-format';
import { CallPhase } from './call-phase';

/** An outline's calls, newest first as the server sends them, with how far the departments are. */
export function CallTable({ calls }: { calls: CallSummary[] }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  return (
    <Table caption={t('proposals.calls.caption')} captionHidden>
      <thead>
        <tr>
          {(['title', 'period', 'phase', 'answered', 'proposals'] as const).map((column) => (
            <Th key={column}>{t(`proposals.calls.columns.${column}`)}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {calls.map((call) => (
          <tr key={call.id}>
            <Td className="min-w-56 text-std-16B-170">
              <Link to={`/calls/${call.id}`}>{call.title}</Link>
            </Td>
            <Td className="min-w-48">{t('proposals.call.periodValue', { from: date(call.opensOn), to: date(call.closesOn) })}</Td>
            <Td>
              <CallPhase call={call} />
            </Td>
            <Td className="whitespace-nowrap">{t('proposals.calls.answeredValue', { answered: call.answeredCount, total: call.departmentCount })}</Td>
            <Td className="text-right whitespace-nowrap">{t('proposals.calls.count', { count: call.proposalCount })}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
