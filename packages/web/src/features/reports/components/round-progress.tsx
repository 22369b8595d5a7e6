import type { ReportRoundSummary } from '@gyokaku/contracts';
import { REPORT_STATES } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';

/** Whether every report of the round has been signed off by the secretariat. */
export const isRoundComplete = (round: Pick<ReportRoundSummary, 'reportCount' | 'stateCounts'>) =>
  round.reportCount > 0 && (round.stateCounts.accepted ?? 0) === round.reportCount;

/** 「確認済 5 / 11件」 and, below, how many reports stand in each state. */
export function RoundProgress({ round }: { round: Pick<ReportRoundSummary, 'reportCount' | 'stateCounts'> }) {
  const { t } = useTranslation();
  const states = REPORT_STATES.filter((state) => (round.stateCounts[state] ?? 0) > 0);
  return (
    <>
      {t('reports.rounds.accepted', { accepted: round.stateCounts.accepted ?? 0, total: round.reportCount })}
      {states.length > 0 && (
        <span className="block text-dns-14N-130 text-solid-gray-800">
          {states.map((state) => t('reports.rounds.stateCount', { state: t(`reports.states.${state}`), count: round.stateCounts[state] })).join('・')}
        </span>
      )}
    </>
  );
}
