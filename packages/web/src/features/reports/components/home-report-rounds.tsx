import type { ReportRound, ReportRoundSummary } from '@gyokaku/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useReportRoundDetails, useReportRounds } from '../api/use-report-rounds';
import { ReportStateBadge } from './report-state-badge';
import { RoundDeadline } from './round-deadline';
import { isRoundComplete, RoundProgress } from './round-progress';

// A department's work on a report is done once its head has signed it off.
const inDepartmentHands = (round: ReportRoundSummary) => (['drafting', 'returned', 'awaiting_approval'] as const).some((state) => (round.stateCounts[state] ?? 0) > 0);

function RoundCard({ round, children }: { round: ReportRoundSummary; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-2 rounded-8 border-l-8 border-key-900 bg-key-50 p-5">
      <Link to={`/report-rounds/${round.id}`} className="text-std-20B-150">
        {round.title}
      </Link>
      <p className="text-solid-gray-800">{round.outlineTitle}</p>
      {children}
    </li>
  );
}

/** A department's reports still in its hands in one round, each with where it stands. */
function OwnReports({ round }: { round: ReportRound | undefined }) {
  const { t } = useTranslation();
  if (!round) return null;
  const open = round.reports.filter((report) => report.state !== 'submitted' && report.state !== 'accepted');
  return (
    <ul className="flex flex-col gap-1">
      {open.map((report) => (
        <li key={report.id} className="flex flex-wrap items-center gap-2">
          <ReportStateBadge state={report.state} />
          <Link to={`/reports/${report.id}`}>{t('reports.home.report', { number: report.plan.number, title: report.plan.title })}</Link>
        </li>
      ))}
    </ul>
  );
}

/** Departments: the rounds with reports of theirs still to fill in or approve, soonest due first. */
export function DepartmentReportRounds() {
  const { t } = useTranslation();
  const rounds = useReportRounds();
  const open = (rounds.data?.items ?? []).filter(inDepartmentHands).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const details = useReportRoundDetails(open.map((round) => round.id));
  return (
    <Panel title={t('reports.home.departmentTitle')}>
      <QueryState query={rounds}>
        {() =>
          open.length === 0 ? (
            <p>{t('reports.home.none')}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {open.map((round, index) => (
                <RoundCard key={round.id} round={round}>
                  <p>
                    {t('reports.report.dueOn')}
                    <RoundDeadline dueOn={round.dueOn} daysLeft={round.daysLeft} done={false} />
                  </p>
                  <OwnReports round={details[index]?.data} />
                </RoundCard>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Panel>
  );
}

/** Secretariat and HQ: the latest rounds with how far the reports are, and the way to their figures. */
export function LatestReportRounds() {
  const { t } = useTranslation();
  const rounds = useReportRounds();
  return (
    <Panel title={t('reports.home.latestTitle')}>
      <QueryState query={rounds}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('reports.home.noRounds')}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {items.slice(0, 3).map((round) => (
                <RoundCard key={round.id} round={round}>
                  <p>
                    {t('reports.report.dueOn')}
                    <RoundDeadline dueOn={round.dueOn} daysLeft={round.daysLeft} done={isRoundComplete(round)} />
                  </p>
                  <p>
                    <RoundProgress round={round} />
                  </p>
                  <p>
                    <Link to={`/report-rounds/${round.id}/dashboard`} aria-label={t('reports.rounds.dashboardOf', { title: round.title })}>
                      {t('reports.rounds.dashboard')}
                    </Link>
                  </p>
                </RoundCard>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Panel>
  );
}
