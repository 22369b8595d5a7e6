import { TARGET_DIRECTIONS } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { CellInput, ParsedField, type Preview } from '../../../../components/parsed-input';
import { SelectField, TextField } from '../../../../components/form-field';
import { formatQuantity, parseQuantity } from '../../../../lib/parse-quantity';
import { useFiscalYearPreview } from '../../../outlines/components/use-fiscal-year-input';
import type { TargetDraft } from './plan-draft';
import { usePlanFormContext } from './plan-form-context';
import { cellClass, YearTable } from './year-table';

const quantityPreview: Preview = (text) => {
  const value = parseQuantity(text);
  return value === null || value === undefined ? value : formatQuantity(value);
};

interface TargetFieldsProps {
  index: number;
  target: TargetDraft;
  update: (patch: Partial<TargetDraft>) => void;
}

/** One numerical target: what is counted, in which unit and direction, from which baseline, to which value per year. */
export function TargetFields({ index, target, update }: TargetFieldsProps) {
  const { t } = useTranslation();
  const { field } = usePlanFormContext();
  const yearPreview = useFiscalYearPreview();
  const path = (name: string) => field(`targets.${index}.${name}`);
  const baseline = path('baseline');
  const baselineYear = path('baselineFiscalYear');

  return (
    <div className="flex w-full flex-col gap-5">
      <div className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(12rem,1fr)]">
        <TextField {...path('indicator')} hint={t('plans.form.hints.indicator')} value={target.indicator} onChange={(e) => update({ indicator: e.target.value })} />
        <TextField {...path('unit')} hint={t('plans.form.hints.unit')} value={target.unit} onChange={(e) => update({ unit: e.target.value })} />
        <SelectField {...path('direction')} hint={t('plans.form.hints.direction')} value={target.direction} onChange={(e) => update({ direction: e.target.value as TargetDraft['direction'] })}>
          <option value="">{t('plans.form.noDirection')}</option>
          {TARGET_DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t(`plans.directions.${direction}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex flex-wrap gap-x-8 gap-y-4">
        <ParsedField {...baseline} value={target.baseline} onChange={(text) => update({ baseline: text })} preview={quantityPreview} invalidMessage={t('validation.number', { label: baseline.label })} inputMode="decimal" />
        <ParsedField {...baselineYear} value={target.baselineFiscalYear} onChange={(text) => update({ baselineFiscalYear: text })} preview={yearPreview} invalidMessage={t('validation.fiscalYear', { label: baselineYear.label })} />
      </div>
      <div className="flex flex-col gap-2">
        <p className="text-std-16B-170">{t('plans.row.target', { n: index + 1 })}</p>
        <p className="text-solid-gray-700">{t('plans.form.hints.values')}</p>
        <YearTable
          caption={t('plans.row.target', { n: index + 1 })}
          columns={[target.unit ? t('plans.form.valueColumnUnit', { unit: target.unit }) : t('plans.form.valueColumn')]}
          row={(fiscalYear) => {
            const cell = path(`values.${fiscalYear}`);
            return (
              <td className={cellClass}>
                <CellInput
                  {...cell}
                  value={target.values[fiscalYear] ?? ''}
                  onChange={(text) => update({ values: { ...target.values, [fiscalYear]: text } })}
                  preview={quantityPreview}
                  invalidMessage={t('validation.number', { label: cell.label })}
                  suffix={target.unit}
                  inputMode="decimal"
                />
              </td>
            );
          }}
        />
      </div>
    </div>
  );
}
