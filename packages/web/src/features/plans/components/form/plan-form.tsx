import type { OrganisationResponse, OutlineDetailResponse, Plan } from '@gyokaku/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LinkButton } from '../../../../components/button';
import { ErrorSummary } from '../../../../components/error-summary';
import { ClassificationSection } from './classification-section';
import { ConflictNotice, ResolvedNotice } from './conflict-notice';
import { DepartmentsSection } from './departments-section';
import { EffectsSection } from './effects-section';
import { FrameworkSection } from './framework-section';
import { LineageSection } from './lineage-section';
import { OverviewSection } from './overview-section';
import { PeriodSection } from './period-section';
import { PlanChecksPanel } from './plan-checks-panel';
import { PlanFormProvider } from './plan-form-context';
import { TargetsSection } from './targets-section';
import { usePlanForm } from './use-plan-form';

export interface PlanFormProps {
  outline: OutlineDetailResponse;
  /** Absent when creating. */
  plan: Plan | null;
  /** Set when the new plan is a proposal to a call. */
  callId?: string | undefined;
  organisation: OrganisationResponse;
  leadChoices: 'all' | string[];
  defaultLeadDepartmentId: string;
  cancelTo: string;
  onSaved: (plan: Plan, created: boolean) => void;
}

/** The plan sheet (実施計画シート) as a department fills it in, section by section, with live checks beside it. */
export function PlanForm({ outline, plan, callId, organisation, leadChoices, defaultLeadDepartmentId, cancelTo, onSaved }: PlanFormProps) {
  const { t } = useTranslation();
  const state = usePlanForm({ outline, plan, callId, defaultLeadDepartmentId, onSaved });
  const { form, conflict, base, resolved } = state;
  const names = Object.fromEntries(plan ? [plan.leadDepartment, ...plan.collaboratingDepartments].map((d) => [d.id, d.name]) : []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!state.pending) state.submit();
  };

  return (
    <PlanFormProvider state={state} outline={outline}>
      <div className="grid items-start gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <form noValidate onSubmit={submit} className="flex min-w-0 flex-col gap-8" aria-label={plan ? t('plans.form.editTitle', { title: plan.title }) : t('plans.form.newTitle')}>
          {conflict && base && (
            <ConflictNotice
              outline={outline}
              base={base}
              current={conflict}
              mine={state.mine}
              onReapply={() => state.resolveConflict('reapply')}
              onReload={() => state.resolveConflict('reload')}
            />
          )}
          {resolved && <ResolvedNotice key={resolved.current.version} outline={outline} {...resolved} />}
          <ErrorSummary items={form.summaryItems} message={form.formError} />
          <FrameworkSection number={1} />
          <OverviewSection number={2} />
          <DepartmentsSection number={3} organisation={organisation} leadChoices={leadChoices} knownNames={names} />
          <PeriodSection number={4} />
          <TargetsSection number={5} />
          <EffectsSection number={6} />
          <ClassificationSection number={7} />
          <LineageSection number={8} current={plan?.predecessorPlan ?? null} />
          <div className="flex flex-wrap gap-4 border-t border-solid-gray-200 pt-6">
            <Button type="submit" aria-disabled={state.pending}>
              {state.pending ? t('common.saving') : t(plan ? 'plans.form.save' : 'plans.form.create')}
            </Button>
            <LinkButton to={cancelTo} variant="secondary">
              {t('plans.form.cancel')}
            </LinkButton>
          </div>
        </form>
        <aside className="xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto">
          <PlanChecksPanel checks={state.checks} idFor={form.idFor} />
        </aside>
      </div>
    </PlanFormProvider>
  );
}
