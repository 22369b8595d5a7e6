import type { ProgressReport } from '@gyokaku/contracts';
import { formatYen } from '@gyokaku/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/form-field';
import { CellInput, ParsedField } from '../../../components/parsed-input';
import { formatQuantity, parseQuantity } from '../../../lib/parse-quantity';
import { useSession } from '../../auth/api/use-session';
import { StatusMessage } from '../../proposals/components/status-message';
import { FormSection } from '../../plans/components/form/form-section';
import { CodeRadios } from './code-radios';
import { ReportConflict, ReportResolved } from './report-conflict';
import { yenPreview } from './report-draft';
import { SuggestedGrade } from './suggested-grade';
import { TargetActuals } from './target-actuals';
import type { ReportFormState } from './use-report-form';

const quantityPreview = (text: string) => {
  const value = parseQuantity(text);
  return value === null || value === undefined ? value : formatQuantity(value);
};

/**
 * What the department reports for the year, in the order it is worked out: how far the plan got,
 * what was done and measured, the grade it gives itself (the figures' suggestion beside it), and
 * what comes next. Statuses and grades are the municipality's own.
 */
export function ReportForm({ report, state }: { report: ProgressReport; state: ReportFormState }) {
  const { t } = useTranslation();
  const { settings } = useSession().municipality;
  const { draft, change, form, fieldLabel } = state;
  const text = (name: 'workDone' | 'issues' | 'nextSteps' | 'citizenEffect' | 'changeReason', rows: number, hint?: string) => (
    <TextAreaField
      {...form.field(name)}
      label={fieldLabel(name)}
      hint={hint}
      required={name === 'changeReason'}
      value={draft[name]}
      onChange={(e) => change({ [name]: e.target.value })}
      width="lg"
      rows={rows}
    />
  );
  // Saving is not sending: say which step sends it on, where there is one for this reader.
  const next = report.availableActions.find((action) => action === 'submit' || action === 'approve');
  const savedMessage = next ? t('reports.form.savedNext', { action: t(`reports.actions.${next}`) }) : t('reports.form.saved');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!state.pending) state.submit();
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('reports.form.title')} className="flex flex-col gap-8">
      {state.conflict && <ReportConflict state={state} current={state.conflict} />}
      {state.resolved && <ReportResolved how={state.resolved} />}
      <ErrorSummary items={form.summaryItems} message={form.formError} />
      <FormSection number={1} title={t('reports.form.sections.progress')}>
        <CodeRadios
          id={form.idFor('progressStatus')}
          legend={fieldLabel('progressStatus')}
          hint={t('reports.form.neededToSubmit')}
          error={form.fieldErrors.progressStatus}
          options={settings.progressStatuses}
          value={draft.progressStatus}
          onChange={(progressStatus) => change({ progressStatus })}
        />
        {state.cancelling && text('changeReason', 4, t('reports.form.changeReasonHint'))}
      </FormSection>
      <FormSection number={2} title={t('reports.form.sections.results')}>
        {text('workDone', 6, t('reports.form.workDoneHint'))}
        {report.plan.targets.length > 0 ? (
          <div className="flex flex-col gap-2">
            <h3 className="text-std-17B-170">{t('reports.form.targets')}</h3>
            <p className="text-solid-gray-700">{t('reports.form.targetsHint')}</p>
            <TargetActuals
              report={report}
              achievements={state.achievement.targets}
              actualCell={(target, index) => {
                const cell = form.field(`actualValues.${index}.value`);
                return (
                  <CellInput
                    {...cell}
                    label={fieldLabel(`actualValues.${index}`)}
                    inputMode="decimal"
                    value={draft.actuals[target.id] ?? ''}
                    onChange={(value) => change({ actuals: { ...draft.actuals, [target.id]: value } })}
                    preview={quantityPreview}
                    invalidMessage={t('validation.number', { label: fieldLabel(`actualValues.${index}`) })}
                    suffix={target.unit}
                  />
                );
              }}
            />
          </div>
        ) : (
          <p className="text-solid-gray-800">{t('reports.form.noTargets')}</p>
        )}
        <ParsedField
          {...form.field('actualFinancialEffect')}
          label={fieldLabel('actualFinancialEffect')}
          hint={t('reports.form.financialEffectHint', { planned: formatYen(report.plan.plannedFinancialEffect, '円') })}
          value={draft.financialEffect}
          onChange={(financialEffect) => change({ financialEffect })}
          preview={yenPreview}
          invalidMessage={t('validation.amount', { label: fieldLabel('actualFinancialEffect') })}
        />
      </FormSection>
      <FormSection number={3} title={t('reports.form.sections.evaluation')}>
        <CodeRadios
          id={form.idFor('selfEvaluation')}
          legend={fieldLabel('selfEvaluation')}
          hint={t('reports.form.neededToSubmitUnlessCancelled')}
          error={form.fieldErrors.selfEvaluation}
          options={settings.evaluationScale.map((grade) => ({ code: grade.code, label: grade.label, hint: grade.description }))}
          value={draft.selfEvaluation}
          onChange={(selfEvaluation) => change({ selfEvaluation })}
          aside={<SuggestedGrade suggested={state.suggested} meanRate={state.achievement.meanRate} hasNumericTarget={state.achievement.hasNumericTarget} />}
        />
      </FormSection>
      <FormSection number={4} title={t('reports.form.sections.next')}>
        {text('issues', 4)}
        {text('nextSteps', 4)}
        {text('citizenEffect', 3, t('reports.form.citizenEffectHint'))}
      </FormSection>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" aria-disabled={state.pending}>
          {state.pending ? t('common.saving') : t('reports.form.save')}
        </Button>
        {state.dirty && <p className="text-solid-gray-800">{t('reports.form.unsaved')}</p>}
      </div>
      {state.saved && <StatusMessage message={savedMessage} />}
    </form>
  );
}
