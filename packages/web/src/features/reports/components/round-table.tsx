import type { ReportRoundSummary } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, Td, Th } from '../../../components/table';
import { RoundDeadline } from './round-deadline';
import { isRoundComplete, RoundProgress } from './round-progress';

/** An outline's reporting rounds, newest first as the server sends them, with how far the reports are. */
export function RoundTable({ rounds, withDashboard }: { rounds: ReportRoundSummary[]; withDashboard: boolean }) {
  const { t } = useTranslation();
  return (
    <Table caption={t('reports.rounds.caption')} captionHidden>
      <thead>
        <tr>
          <Th>{t('reports.rounds.columns.title')}</Th>
          <Th>{t('reports.rounds.columns.dueOn')}</Th>
          <Th>{t('reports.rounds.columns.progress')}</Th>
          {withDashboard && <Th>{t('reports.rounds.columns.figures')}</Th>}
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => (
          <tr key={round.id}>
            <Td className="min-w-56 text-std-16B-170">
              <Link to={`/report-rounds/${round.id}`}>{round.title}</Link>
              {round.source === 'imported' && <span className="block text-dns-14N-130 text-solid-gray-800">{t('reports.rounds.imported')}</span>}
            </Td>
            <Td className="min-w-48">
              <RoundDeadline dueOn={round.dueOn} daysLeft={round.daysLeft} done={isRoundComplete(round)} />
            </Td>
            <Td className="min-w-48">
              <RoundProgress round={round} />
            </Td>
            {withDashboard && (
              <Td className="whitespace-nowrap">
                <Link to={`/report-rounds/${round.id}/dashboard`} aria-label={t('reports.rounds.dashboardOf', { title: round.title })}>
                  {t('reports.rounds.dashboard')}
                </Link>
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
