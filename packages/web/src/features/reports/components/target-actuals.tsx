import type { ProgressReport, Target } from '@gyokaku/contracts';
import type { TargetAchievement } from '@gyokaku/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../lib/parse-quantity';
import { th, thNumber, td } from '../../plans/components/detail/sheet-parts';
import { useFiscalYear } from '../../outlines/components/use-outline-period';
import { usePlanLabels } from '../../plans/components/use-plan-labels';
import { useReportLabels } from './use-report-labels';

interface TargetActualsProps {
  report: ProgressReport;
  /** Each target's achievement this year: live from the typed figures in the form, the saved one elsewhere. */
  achievements: readonly Pick<TargetAchievement, 'targetId' | 'target' | 'rate' | 'worsened' | 'gap'>[];
  /** The cell for a target's actual value: an input in the form, the saved figure elsewhere. */
  actualCell: (target: Target, index: number) => ReactNode;
}

const figure = (value: number | null, unit: string) => (value === null ? '―' : `${formatQuantity(value)}${unit}`);

/** What was achieved against each target this year, with the rate worked out the way the target is meant (higher, lower, keep). */
export function TargetActuals({ report, achievements, actualCell }: TargetActualsProps) {
  const { t } = useTranslation();
  const year = useFiscalYear();
  const planLabels = usePlanLabels();
  const labels = useReportLabels();
  const fiscalYear = report.round.fiscalYear;

  const rateText = (target: Target) => {
    const result = achievements.find((entry) => entry.targetId === target.id);
    if (!result) return t('reports.targets.notMeasured');
    if (result.rate !== null) return result.worsened ? t('reports.targets.worsened', { rate: labels.rate(result.rate) }) : labels.rate(result.rate);
    return result.gap === 'no_actual' ? '―' : t(`reports.targets.gaps.${result.gap ?? 'invalid_target'}`);
  };
  // The value set for the year, or the latest earlier one: a target reached stays the target.
  const yearTarget = (target: Target) =>
    achievements.find((entry) => entry.targetId === target.id)?.target ?? target.values.find((entry) => entry.fiscalYear === fiscalYear)?.value ?? null;

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="sr-only">{t('reports.targets.caption', { year: year(fiscalYear) })}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t('reports.targets.indicator')}</th>
            <th scope="col" className={thNumber}>{t('reports.targets.baseline')}</th>
            <th scope="col" className={thNumber}>{t('reports.targets.target', { year: year(fiscalYear) })}</th>
            <th scope="col" className={th}>{t('reports.targets.actual')}</th>
            <th scope="col" className={thNumber}>{t('reports.targets.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {report.plan.targets.map((target, index) => {
            const worsened = achievements.find((entry) => entry.targetId === target.id)?.worsened ?? false;
            return (
              <tr key={target.id}>
                <th scope="row" className={`${td} min-w-48 text-left`}>
                  <span className="text-std-16B-170">{target.indicator}</span>
                  <span className="block text-dns-14N-130 text-solid-gray-700">{[target.unit, planLabels.direction(target.direction)].filter(Boolean).join('・')}</span>
                </th>
                <td className={`${td} text-right whitespace-nowrap`}>
                  {figure(target.baseline, target.unit)}
                  {target.baselineFiscalYear !== null && <span className="block text-dns-14N-130 text-solid-gray-700">{year(target.baselineFiscalYear)}</span>}
                </td>
                <td className={`${td} text-right whitespace-nowrap`}>{figure(yearTarget(target), target.unit)}</td>
                <td className={td}>{actualCell(target, index)}</td>
                <td className={`${td} text-right whitespace-nowrap`}>
                  <output id={`report-rate-${target.id}`} className={worsened ? 'text-std-16B-170 text-error-2' : 'text-std-16B-170'}>
                    {rateText(target)}
                  </output>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
