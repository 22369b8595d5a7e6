import type { PlanRef } from '@gyokaku/contracts';
import { normalizeInput } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../components/form-field';
import { usePlans } from '../../api/use-plans';
import { FormSection } from './form-section';
import { usePlanFormContext } from './plan-form-context';

const fold = (text: string) => normalizeInput(text).toLowerCase();

/** Lineage across cycles (継続元): a plan of the previous outline that this one carries on. */
export function LineageSection({ number, current }: { number: number; current: PlanRef | null }) {
  const { t } = useTranslation();
  const { outline, draft, change, field } = usePlanFormContext();
  const [filter, setFilter] = useState('');
  const earlier = usePlans(outline.predecessorId, { pageSize: 200, sort: 'number' });
  const predecessor = field('predecessorPlanId');
  const all = earlier.data?.items ?? [];
  const plans = all.filter((plan) => fold(`${plan.number} ${plan.title}`).includes(fold(filter)));
  // The chosen plan stays an option while the filter hides it, or the select would silently change.
  const chosen = all.find((plan) => plan.id === draft.predecessorPlanId) ?? (current?.id === draft.predecessorPlanId ? current : null);
  const selectedMissing = draft.predecessorPlanId && !plans.some((plan) => plan.id === draft.predecessorPlanId);

  return (
    <FormSection number={number} title={t('plans.form.sections.lineage')}>
      {outline.predecessorId === null ? (
        <p className="text-solid-gray-800">{t('plans.form.noPredecessorOutline')}</p>
      ) : (
        <>
          <div className="max-w-md">
            <TextField id={`${predecessor.id}-filter`} label={t('plans.form.predecessorFilter')} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            {filter && (
              <p role="status" className="mt-1 text-dns-14N-130 text-solid-gray-700">
                {t('plans.form.predecessorMatches', { count: plans.length })}
              </p>
            )}
          </div>
          <SelectField {...predecessor} hint={t('plans.form.hints.predecessorPlanId')} value={draft.predecessorPlanId} onChange={(e) => change({ predecessorPlanId: e.target.value })} width="lg">
            <option value="">{t('plans.form.noPredecessor')}</option>
            {selectedMissing && <option value={draft.predecessorPlanId}>{chosen ? `${chosen.number} ${chosen.title}` : draft.predecessorPlanId}</option>}
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {`${plan.number} ${plan.title}`}
              </option>
            ))}
          </SelectField>
        </>
      )}
    </FormSection>
  );
}
