import type { ReportRoundSummary } from '@gyokaku/contracts';
import { roundDocumentTitle } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import { useSession } from '../../auth/api/use-session';

/**
 * The round's documents, generated rather than re-typed: the progress report (and, for a full
 * year, the achievement report) as PDF and Excel, and the summary table as CSV.
 */
export function RoundDownloads({ round }: { round: Pick<ReportRoundSummary, 'id' | 'fiscalYear' | 'period'> }) {
  const { t } = useTranslation();
  const { yearStyle } = useSession().municipality.settings;
  const base = `/api/report-rounds/${round.id}`;
  const progress = roundDocumentTitle(round, 'progress', yearStyle);
  const achievement = roundDocumentTitle(round, 'achievement', yearStyle);
  const links = [
    { href: `${base}/progress-report.pdf`, label: t('reports.downloads.pdf', { title: progress }) },
    { href: `${base}/progress-report.xlsx`, label: t('reports.downloads.excel', { title: progress }) },
    // The achievement report (取組報告書) looks back on a whole year; a half year has only its progress report.
    ...(round.period === 'full_year'
      ? [
          { href: `${base}/achievement-report.pdf`, label: t('reports.downloads.pdf', { title: achievement }) },
          { href: `${base}/achievement-report.xlsx`, label: t('reports.downloads.excel', { title: achievement }) },
        ]
      : []),
    { href: `${base}/summary.csv`, label: t('reports.downloads.csv') },
  ];
  return (
    <Panel title={t('reports.downloads.title')}>
      <p className="text-solid-gray-800">{t('reports.downloads.lead')}</p>
      <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-8">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
