import { UpdateReportRequestSchema, type ProgressReport } from '@gyokaku/contracts';
import { planAchievement, suggestEvaluation } from '@gyokaku/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSession } from '../../auth/api/use-session';
import { fetchReport, reportKey } from '../api/use-report';
import { useUpdateReport } from '../api/use-report-mutations';
import { changedFields, draftFromReport, reapplyChanges, readDraft, type DraftField, type ReportDraft } from './report-draft';
import { useReportLabels } from './use-report-labels';

// Codes the shared form-error hook words itself; any other (invalid_settings_code, reason_required …) comes with the server's Japanese sentence.
const SCHEMA_CODES = new Set(['too_small', 'too_big', 'invalid_type', 'invalid_format', 'invalid_value', 'custom']);

export type Resolution = 'reapplied' | 'reloaded';

/**
 * State, live achievement, saving and edit-conflict recovery of the report form. The form follows
 * the report when it moves on (a workflow step, the HQ's evaluation) as long as nothing typed
 * would be lost; otherwise the save meets the 409 and the user chooses.
 */
export function useReportForm(report: ProgressReport) {
  const { t } = useTranslation();
  const { settings } = useSession().municipality;
  const labels = useReportLabels();
  const queryClient = useQueryClient();
  const update = useUpdateReport(report.id);
  // The version the user started from: what a save quotes, and what "someone else changed" is measured against.
  const [base, setBase] = useState(report);
  const [draft, setDraft] = useState<ReportDraft>(() => draftFromReport(report));
  const [conflict, setConflict] = useState<ProgressReport | null>(null);
  const [resolved, setResolved] = useState<Resolution | null>(null);
  // Set by a save, cleared by the next keystroke: the confirmation must not outlive what it confirms.
  const [saved, setSaved] = useState(false);

  const fieldLabel = useCallback(
    (path: string) => {
      const [head, index] = path.split('.');
      if (head === 'actualValues') return t('reports.form.actualOf', { indicator: report.plan.targets[Number(index)]?.indicator ?? '' });
      return t(`reports.fields.${head as 'workDone'}`, { defaultValue: path });
    },
    [report.plan.targets, t],
  );
  const form = useFormErrors({ formId: 'report', labelFor: fieldLabel });

  const cancelling = labels.isCancelling(draft.progressStatus);
  const reading = useMemo(
    () =>
      readDraft(draft, base, cancelling, {
        number: (index) => t('validation.number', { label: fieldLabel(`actualValues.${index}`) }),
        amount: t('validation.amount', { label: t('reports.fields.actualFinancialEffect') }),
        reasonRequired: t('validation.required', { label: t('reports.fields.changeReason') }),
      }),
    [base, cancelling, draft, fieldLabel, t],
  );
  const achievement = useMemo(() => planAchievement(report.plan.targets, report.round.fiscalYear, reading.actuals), [reading.actuals, report]);
  const suggested = suggestEvaluation(achievement.meanRate, settings.evaluationThresholds);
  const mine = useMemo(() => changedFields(draftFromReport(base), draft), [base, draft]);
  const dirty = mine.size > 0;

  useEffect(() => {
    if (report.version === base.version || dirty || conflict) return;
    setBase(report);
    setDraft(draftFromReport(report));
  }, [base.version, conflict, dirty, report]);

  const change = useCallback((patch: Partial<ReportDraft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  }, []);

  const onError = async (error: unknown) => {
    if (error instanceof ApiError && error.code === 'edit_conflict') {
      form.clear();
      setResolved(null);
      try {
        setConflict(await queryClient.fetchQuery({ queryKey: reportKey(report.id), queryFn: () => fetchReport(report.id), staleTime: 0 }));
      } catch (fetchError) {
        form.showError(fetchError);
      }
      return;
    }
    if (error instanceof ApiError && error.issues.length > 0) {
      return form.showIssues(error.issues.map((issue) => ({ ...issue, code: SCHEMA_CODES.has(issue.code) ? issue.code : 'custom' })));
    }
    form.showError(error);
  };

  const submit = () => {
    setSaved(false);
    const request = form.validate(UpdateReportRequestSchema, { ...reading.request, version: base.version }, reading.issues);
    if (!request) return;
    update.mutate(request, {
      onSuccess: (saved) => {
        setBase(saved);
        setDraft(draftFromReport(saved));
        setResolved(null);
        setSaved(true);
      },
      onError: (error) => void onError(error),
    });
  };

  const resolveConflict = (how: 'reapply' | 'reload') => {
    if (!conflict) return;
    const current = draftFromReport(conflict);
    setDraft(how === 'reload' ? current : reapplyChanges(current, draft, mine));
    setResolved(how === 'reload' ? 'reloaded' : 'reapplied');
    setBase(conflict);
    setConflict(null);
  };

  return {
    draft,
    change,
    form,
    fieldLabel,
    cancelling,
    achievement,
    suggested,
    dirty,
    base,
    conflict,
    /** Fields the other person changed, between the version the user started from and theirs. */
    theirs: conflict ? changedFields(draftFromReport(base), draftFromReport(conflict)) : new Set<DraftField>(),
    mine,
    resolved,
    saved,
    pending: update.isPending,
    submit,
    resolveConflict,
  };
}

export type ReportFormState = ReturnType<typeof useReportForm>;
