import type { ProgressReport } from '@gyokaku/contracts';
import { formatYen } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../../components/panel';
import { Facts } from '../../plans/components/detail/sheet-parts';
import { useFiscalYear, useOutlinePeriod } from '../../outlines/components/use-outline-period';
import { useReportLabels } from './use-report-labels';

/**
 * What the plan promised for the year — the schedule row and the planned financial effect (the
 * targets' values stand beside the actuals in the form) — and the same plan's previous report.
 */
export function ReportPlanFacts({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  const year = useFiscalYear();
  const period = useOutlinePeriod();
  const labels = useReportLabels();
  const { plan, previous } = report;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Panel title={t('reports.plan.title', { year: year(report.round.fiscalYear) })}>
        <Facts
          empty={t('reports.plan.none')}
          items={[
            [t('reports.plan.period'), period({ startFiscalYear: plan.startFiscalYear, endFiscalYear: plan.endFiscalYear })],
            [t('reports.plan.department'), plan.leadDepartment.name],
            [t('reports.plan.scheduled'), plan.scheduledWork],
            [t('reports.plan.plannedEffect'), formatYen(plan.plannedFinancialEffect, '円')],
          ]}
        />
        <p>
          <Link to={`/plans/${plan.id}`}>{t('reports.plan.sheet')}</Link>
        </p>
      </Panel>
      <Panel title={t('reports.previous.title')}>
        {previous ? (
          <Facts
            empty={t('reports.notEntered')}
            items={[
              [t('reports.previous.round'), previous.roundTitle],
              [t('reports.fields.progressStatus'), previous.progressStatus === null ? '' : labels.status(previous.progressStatus)],
              [t('reports.fields.selfEvaluation'), previous.selfEvaluation === null ? '' : labels.grade(previous.selfEvaluation)],
              [t('reports.previous.meanRate'), labels.rate(previous.meanRate)],
            ]}
          />
        ) : (
          <p>{t('reports.previous.none')}</p>
        )}
      </Panel>
    </div>
  );
}
