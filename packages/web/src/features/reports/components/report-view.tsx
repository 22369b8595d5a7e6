import type { ProgressReport } from '@gyokaku/contracts';
import { formatYen } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../lib/parse-quantity';
import { Panel } from '../../../components/panel';
import { Facts } from '../../plans/components/detail/sheet-parts';
import { TargetActuals } from './target-actuals';
import { useReportLabels } from './use-report-labels';

/** The report as submitted, for everyone who reads it but may not change it now. */
export function ReportView({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const field = (name: 'progressStatus' | 'selfEvaluation' | 'workDone' | 'actualFinancialEffect' | 'issues' | 'nextSteps' | 'citizenEffect' | 'changeReason') =>
    t(`reports.fields.${name}`);
  const suggestion = report.achievement.suggestedEvaluation;

  return (
    <Panel title={t('reports.view.title')}>
      <Facts
        empty={t('reports.notEntered')}
        items={[
          [field('progressStatus'), report.progressStatus === null ? '' : labels.status(report.progressStatus)],
          ...(report.changeReason ? [[field('changeReason'), report.changeReason] as [string, string]] : []),
          [field('workDone'), report.workDone],
          [field('actualFinancialEffect'), report.actualFinancialEffect === null ? '' : formatYen(report.actualFinancialEffect, '円')],
          [
            field('selfEvaluation'),
            report.selfEvaluation === null ? '' : labels.grade(report.selfEvaluation),
            suggestion !== null && (
              <span className="block text-solid-gray-800">{t('reports.suggestion.label', { grade: labels.grade(suggestion) })}</span>
            ),
          ],
          [field('issues'), report.issues],
          [field('nextSteps'), report.nextSteps],
          [field('citizenEffect'), report.citizenEffect],
        ]}
      />
      {report.plan.targets.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="text-std-17B-170">{t('reports.form.targets')}</h3>
          <TargetActuals
            report={report}
            achievements={report.achievement.targets}
            actualCell={(target) => {
              const value = report.actualValues.find((entry) => entry.targetId === target.id)?.value ?? null;
              return <span className="whitespace-nowrap">{value === null ? '―' : `${formatQuantity(value)}${target.unit}`}</span>;
            }}
          />
          <p className="text-solid-gray-800">{t('reports.view.meanRate', { rate: labels.rate(report.achievement.meanRate) })}</p>
        </div>
      )}
    </Panel>
  );
}
