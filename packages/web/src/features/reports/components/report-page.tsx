import type { ProgressReport } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useReport } from '../api/use-report';
import { HqEvaluation } from './hq-evaluation';
import { ReportForm } from './report-form';
import { ReportPlanFacts } from './report-plan-facts';
import { RoundDeadline } from './round-deadline';
import { ReportView } from './report-view';
import { ReportWorkflow } from './report-workflow';
import { useReportForm } from './use-report-form';

function ReportScreen({ report }: { report: ProgressReport }) {
  const state = useReportForm(report);
  return (
    <div className="flex flex-col gap-8">
      <ReportWorkflow report={report} unsaved={report.editable && state.dirty} />
      <ReportPlanFacts report={report} />
      {report.editable ? <ReportForm report={report} state={state} /> : <ReportView report={report} />}
      <HqEvaluation report={report} />
    </div>
  );
}

/**
 * One plan's report in a round: where it stands, what the plan promised, the form while it is the
 * reader's to fill in (the report as sent otherwise), and the HQ's evaluation.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useReport(id);
  const report = query.data;

  return (
    <>
      <p className="mb-4">{report && <Link to={`/report-rounds/${report.round.id}`}>{t('reports.report.back', { round: report.round.title })}</Link>}</p>
      <PageHeader
        title={report ? `${report.plan.number} ${report.plan.title}` : t('reports.report.title')}
        lead={
          report && (
            <>
              <p>{t('reports.report.lead', { round: report.round.title, department: report.plan.leadDepartment.name })}</p>
              <p className="mt-1">
                {t('reports.report.dueOn')}
                <RoundDeadline dueOn={report.round.dueOn} done={report.state === 'submitted' || report.state === 'accepted'} />
              </p>
            </>
          )
        }
      />
      <QueryState query={query}>{(loaded) => <ReportScreen key={loaded.id} report={loaded} />}</QueryState>
    </>
  );
}
