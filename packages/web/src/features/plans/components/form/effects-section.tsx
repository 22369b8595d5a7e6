import { formatYen, parseYen } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Fieldset, TextAreaField } from '../../../../components/form-field';
import { CellInput, type Preview } from '../../../../components/parsed-input';
import { EFFECT_KIND_CODES, type EffectKind } from '../../plan-codes';
import { FormSection } from './form-section';
import { usePlanFormContext } from './plan-form-context';
import { cellClass, YearTable } from './year-table';

function readYen(text: string | undefined): number | null | undefined {
  if ((text ?? '').trim() === '') return null;
  try {
    return parseYen(text ?? '');
  } catch {
    return undefined;
  }
}

const yenPreview: Preview = (text) => {
  const amount = readYen(text);
  return amount === null || amount === undefined ? amount : formatYen(amount, '円');
};

/** What the plan brings: money per fiscal year (歳入確保 / 歳出削減) and what changes for citizens. */
export function EffectsSection({ number }: { number: number }) {
  const { t } = useTranslation();
  const { draft, change, field, years } = usePlanFormContext();
  const effects = field('financialEffects');
  const sum = (kind: EffectKind) => years.reduce((total, year) => total + (readYen(draft.financialEffects[year]?.[kind]) ?? 0), 0);
  const setAmount = (fiscalYear: number, kind: EffectKind, text: string) =>
    change({ financialEffects: { ...draft.financialEffects, [fiscalYear]: { ...draft.financialEffects[fiscalYear], [kind]: text } } });

  return (
    <FormSection number={number} title={t('plans.form.sections.effects')}>
      <Fieldset id={effects.id} legend={effects.label} hint={t('plans.form.hints.financialEffects')}>
        <YearTable
          caption={effects.label}
          columns={EFFECT_KIND_CODES.map((kind) => t('plans.form.amountColumn', { kind: t(`plans.effectKinds.${kind}`) }))}
          row={(fiscalYear) =>
            EFFECT_KIND_CODES.map((kind) => {
              const cell = field(`financialEffects.${fiscalYear}.${kind}`);
              return (
                <td key={kind} className={cellClass}>
                  <CellInput
                    {...cell}
                    value={draft.financialEffects[fiscalYear]?.[kind] ?? ''}
                    onChange={(text) => setAmount(fiscalYear, kind, text)}
                    preview={yenPreview}
                    invalidMessage={t('validation.amount', { label: cell.label })}
                    suffix={t('plans.form.yen')}
                  />
                </td>
              );
            })
          }
          footer={
            <tfoot>
              <tr>
                <th scope="row" className="px-3 py-2 text-left text-std-16B-170">
                  {t('plans.form.total')}
                </th>
                {EFFECT_KIND_CODES.map((kind) => (
                  <td key={kind} className="px-3 py-2 text-std-16B-170">
                    {formatYen(sum(kind), '円')}
                  </td>
                ))}
              </tr>
            </tfoot>
          }
        />
      </Fieldset>
      <TextAreaField {...field('citizenEffect')} hint={t('plans.form.hints.citizenEffect')} value={draft.citizenEffect} onChange={(e) => change({ citizenEffect: e.target.value })} rows={4} />
    </FormSection>
  );
}
