import { useTranslation } from 'react-i18next';
import { Fieldset } from '../../../../components/form-field';
import { ParsedField } from '../../../../components/parsed-input';
import { useSession } from '../../../auth/api/use-session';
import { useFiscalYearPreview } from '../../../outlines/components/use-fiscal-year-input';
import { FormSection } from './form-section';
import { usePlanFormContext } from './plan-form-context';
import { hiddenYears } from './read-draft';
import { cellClass, YearTable } from './year-table';

const controlClass =
  'w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170 hover:border-solid-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-error-2';

export function PeriodSection({ number }: { number: number }) {
  const { t } = useTranslation();
  const { municipality } = useSession();
  const { draft, change, field, years, year } = usePlanFormContext();
  const preview = useFiscalYearPreview();
  const phases = municipality.settings.schedulePhases;
  const hidden = hiddenYears(draft, years);
  const schedule = field('schedule');

  const yearField = (path: 'startFiscalYear' | 'endFiscalYear') => {
    const props = field(path);
    return (
      <ParsedField
        {...props}
        hint={t(`plans.form.hints.${path}`)}
        required
        value={draft[path]}
        onChange={(text) => change({ [path]: text })}
        preview={preview}
        invalidMessage={t('validation.fiscalYear', { label: props.label })}
      />
    );
  };
  const setRow = (fiscalYear: number, patch: Partial<{ description: string; phase: string }>) => {
    const row = draft.schedule[fiscalYear] ?? { description: '', phase: '' };
    change({ schedule: { ...draft.schedule, [fiscalYear]: { ...row, ...patch } } });
  };

  return (
    <FormSection number={number} title={t('plans.form.sections.period')}>
      <div className="grid gap-6 md:grid-cols-2">
        {yearField('startFiscalYear')}
        {yearField('endFiscalYear')}
      </div>
      <Fieldset id={schedule.id} legend={schedule.label} hint={t('plans.form.hints.schedule')}>
        <YearTable
          caption={schedule.label}
          columns={[t('plans.form.scheduleColumn'), t('settings.schedulePhase')]}
          row={(fiscalYear) => {
            const description = field(`schedule.${fiscalYear}.description`);
            const phase = field(`schedule.${fiscalYear}.phase`);
            const current = draft.schedule[fiscalYear];
            return (
              <>
                <td className={`${cellClass} min-w-72`}>
                  <textarea id={description.id} aria-label={description.label} aria-invalid={description.error ? true : undefined} className={`${controlClass} min-h-16`} rows={2} value={current?.description ?? ''} onChange={(e) => setRow(fiscalYear, { description: e.target.value })} />
                  {description.error && <p className="text-dns-14N-130 text-error-2">{description.error}</p>}
                </td>
                <td className={`${cellClass} w-44`}>
                  <select id={phase.id} aria-label={phase.label} className={controlClass} value={current?.phase ?? ''} onChange={(e) => setRow(fiscalYear, { phase: e.target.value })}>
                    <option value="">{t('common.choose')}</option>
                    {[...new Set([...phases, ...(current?.phase ? [current.phase] : [])])].map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                </td>
              </>
            );
          }}
        />
        {hidden.length > 0 && <p className="text-std-16B-170 text-error-2">{t('plans.form.hints.hiddenYears', { years: hidden.map(year).join('、') })}</p>}
      </Fieldset>
    </FormSection>
  );
}
