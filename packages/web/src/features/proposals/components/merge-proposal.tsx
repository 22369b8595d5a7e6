import type { Plan } from '@gyokaku/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { Notice } from '../../../components/notice';
import { QueryState } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useFormErrors } from '../../../lib/use-form-errors';
import { usePlan } from '../../plans/api/use-plan';
import { usePlans } from '../../plans/api/use-plans';
import { useMergeProposal } from '../api/use-proposal-mutations';

interface MergeProposalProps {
  plan: Plan;
  callId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

// Only proposals the secretariat holds in review can be folded in, as the workflow allows.
const MERGEABLE = new Set(['submitted', 'accepted']);

const planName = (plan: { number: string; title: string }) => `${plan.number} ${plan.title}`.trim();

/** Says what the merge does to both proposals, with the other one's departments named, before anything happens. */
function MergeConfirm({ plan, absorbed, onDone, onBack }: { plan: Plan; absorbed: Plan; onDone: (message: string) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const merge = useMergeProposal(plan.id);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const departments = [absorbed.leadDepartment, ...absorbed.collaboratingDepartments].map((d) => d.name).join('、');
  const send = () =>
    merge.mutate(
      { version: plan.version, absorbedPlanId: absorbed.id, absorbedVersion: absorbed.version },
      { onSuccess: () => onDone(t('proposals.merge.done', { absorbed: planName(absorbed) })) },
    );

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-12 border-2 border-key-900 bg-white p-6">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="text-std-20B-150 outline-none">
        {t('proposals.merge.confirmTitle')}
      </h3>
      <p>{t('proposals.merge.confirmLead', { absorbed: planName(absorbed), plan: planName(plan) })}</p>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        <li>{t('proposals.merge.keepsLead', { lead: plan.leadDepartment.name })}</li>
        <li>{t('proposals.merge.collaborators', { departments })}</li>
        <li>{t('proposals.merge.endsMerged', { absorbed: planName(absorbed) })}</li>
        <li>{t('proposals.merge.histories')}</li>
      </ul>
      {merge.isError && (
        <Notice tone="error">
          <p>{errorMessage(merge.error)}</p>
        </Notice>
      )}
      <div className="flex flex-wrap gap-4">
        <Button aria-disabled={merge.isPending} onClick={() => !merge.isPending && send()}>
          {t('proposals.merge.submit')}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {t('proposals.merge.back')}
        </Button>
      </div>
    </section>
  );
}

function ConfirmLoader({ absorbedId, ...props }: { absorbedId: string; plan: Plan; onDone: (message: string) => void; onBack: () => void }) {
  const absorbed = usePlan(absorbedId);
  return <QueryState query={absorbed}>{(data) => <MergeConfirm absorbed={data} {...props} />}</QueryState>;
}

/** The secretariat folds another proposal of the same call into this one: pick it, then confirm. */
export function MergeProposal({ plan, callId, onDone, onCancel }: MergeProposalProps) {
  const { t } = useTranslation();
  const candidates = usePlans(plan.outlineId, { callId, pageSize: 200 });
  const [selected, setSelected] = useState('');
  const [confirming, setConfirming] = useState(false);
  const label = t('proposals.merge.select');
  const form = useFormErrors({ formId: 'proposal-merge', labelFor: () => label });

  if (confirming) return <ConfirmLoader absorbedId={selected} plan={plan} onDone={onDone} onBack={() => setConfirming(false)} />;
  const next = () => {
    if (!selected) return form.showIssues([{ path: ['absorbedPlanId'], code: 'custom', message: t('validation.select', { label }) }]);
    form.clear();
    setConfirming(true);
  };

  return (
    <FormPanel title={t('proposals.merge.title')} submitLabel={t('proposals.merge.next')} form={form} pending={false} onSubmit={next} onCancel={onCancel}>
      <p>{t('proposals.merge.lead')}</p>
      <QueryState query={candidates}>
        {(list) => {
          const options = list.items.filter((item) => item.id !== plan.id && item.proposalState && MERGEABLE.has(item.proposalState));
          if (options.length === 0) return <p>{t('proposals.merge.none')}</p>;
          return (
            <SelectField {...form.field('absorbedPlanId')} label={label} required value={selected} onChange={(e) => setSelected(e.target.value)} width="lg">
              <option value="">{t('common.choose')}</option>
              {options.map((item) => (
                <option key={item.id} value={item.id}>
                  {t('proposals.merge.option', { plan: planName(item), department: item.leadDepartment.name })}
                </option>
              ))}
            </SelectField>
          );
        }}
      </QueryState>
    </FormPanel>
  );
}
