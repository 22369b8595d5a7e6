import type { Plan } from '@gyokaku/contracts';
import { formatYen } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../../lib/parse-quantity';
import { useFiscalYear } from '../../../outlines/components/use-outline-period';
import { EFFECT_KIND_CODES } from '../../plan-codes';
import { usePlanLabels } from '../use-plan-labels';
import { td, th, thNumber } from './sheet-parts';

const yearsOf = (plan: Plan) => Array.from({ length: plan.endFiscalYear - plan.startFiscalYear + 1 }, (_, i) => plan.startFiscalYear + i);

export function ScheduleTable({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const year = useFiscalYear();
  return (
    <table className="w-full border-collapse">
      <caption className="sr-only">{t('plans.fields.schedule')}</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>{t('plans.form.yearColumn')}</th>
          <th scope="col" className={th}>{t('settings.schedulePhase')}</th>
          <th scope="col" className={th}>{t('plans.form.scheduleColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.schedule.map((row) => (
          <tr key={row.fiscalYear}>
            <th scope="row" className={`${td} text-left text-std-16B-170 whitespace-nowrap`}>{year(row.fiscalYear)}</th>
            <td className={`${td} whitespace-nowrap`}>{row.phase}</td>
            <td className={`${td} whitespace-pre-wrap`}>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Targets as rows and the period's years as columns, the layout of the printed sheet. */
export function TargetsTable({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const year = useFiscalYear();
  const years = yearsOf(plan);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="sr-only">{t('plans.fields.targets')}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t('plans.detail.indicator')}</th>
            <th scope="col" className={th}>{t('plans.detail.baseline')}</th>
            {years.map((fiscalYear) => (
              <th key={fiscalYear} scope="col" className={thNumber}>{year(fiscalYear)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.targets.map((target) => (
            <tr key={target.id}>
              <th scope="row" className={`${td} min-w-48 text-left`}>
                <span className="text-std-16B-170">{target.indicator}</span>
                <span className="block text-dns-14N-130 text-solid-gray-700">{[target.unit, labels.direction(target.direction)].filter(Boolean).join('・')}</span>
              </th>
              <td className={`${td} whitespace-nowrap`}>
                {target.baseline === null ? '—' : `${formatQuantity(target.baseline)}${target.unit}`}
                {target.baselineFiscalYear !== null && <span className="block text-dns-14N-130 text-solid-gray-700">{year(target.baselineFiscalYear)}</span>}
              </td>
              {years.map((fiscalYear) => {
                const value = target.values.find((entry) => entry.fiscalYear === fiscalYear)?.value ?? null;
                return (
                  <td key={fiscalYear} className={`${td} text-right whitespace-nowrap`}>
                    {value === null ? '—' : `${formatQuantity(value)}${target.unit}`}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EffectsTable({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const year = useFiscalYear();
  const amount = (fiscalYear: number | null, kind: string) =>
    plan.financialEffects.filter((e) => (fiscalYear === null || e.fiscalYear === fiscalYear) && e.kind === kind).reduce((sum, e) => sum + e.amount, 0);
  return (
    <table className="w-full border-collapse">
      <caption className="sr-only">{t('plans.fields.financialEffects')}</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>{t('plans.form.yearColumn')}</th>
          {EFFECT_KIND_CODES.map((kind) => (
            <th key={kind} scope="col" className={thNumber}>{labels.effectKind(kind)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...yearsOf(plan), null].map((fiscalYear) => (
          <tr key={fiscalYear ?? 'total'}>
            <th scope="row" className={`${td} text-left text-std-16B-170 whitespace-nowrap`}>{fiscalYear === null ? t('plans.form.total') : year(fiscalYear)}</th>
            {EFFECT_KIND_CODES.map((kind) => (
              <td key={kind} className={`${td} text-right whitespace-nowrap ${fiscalYear === null ? 'text-std-16B-170' : ''}`}>
                {formatYen(amount(fiscalYear, kind), '円')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
