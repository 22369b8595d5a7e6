import type { ReportListItem } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, Td, Th } from '../../../components/table';
import { ReportStateBadge } from './report-state-badge';
import { useReportLabels } from './use-report-labels';

const COLUMNS = ['number', 'title', 'department', 'state', 'status', 'self', 'hq', 'rate', 'suggested'] as const;

/** A round's reports by plan number: where each stands and what it says, each linked to its report. */
export function ReportTable({ reports, caption }: { reports: ReportListItem[]; caption: string }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <Th key={column} className={column === 'rate' ? 'text-right' : ''}>
              {t(`reports.table.${column}`)}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <Td className="whitespace-nowrap">{report.plan.number}</Td>
            <Td className="min-w-56 text-std-16B-170">
              <Link to={`/reports/${report.id}`}>{report.plan.title}</Link>
            </Td>
            <Td className="min-w-32">{report.leadDepartment.name}</Td>
            <Td>
              <ReportStateBadge state={report.state} />
            </Td>
            <Td className="whitespace-nowrap">{labels.status(report.progressStatus)}</Td>
            <Td className="whitespace-nowrap">{labels.grade(report.selfEvaluation)}</Td>
            <Td className="whitespace-nowrap">{labels.hqGrade(report.hqEvaluation)}</Td>
            <Td className="text-right whitespace-nowrap">{report.hasNumericTarget ? labels.rate(report.meanRate) : t('reports.table.noTarget')}</Td>
            <Td className="whitespace-nowrap">{report.suggestedEvaluation === null ? '―' : labels.grade(report.suggestedEvaluation)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
