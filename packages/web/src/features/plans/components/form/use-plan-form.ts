import { PlanSheetSchema, type OutlineDetailResponse, type Plan } from '@gyokaku/contracts';
import { checkPlan, formatFiscalYear, leafIds } from '@gyokaku/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../../lib/api-client';
import { useFormErrors } from '../../../../lib/use-form-errors';
import { useSession } from '../../../auth/api/use-session';
import { fetchPlan, planKey } from '../../api/use-plan';
import { useCreatePlan, useUpdatePlan } from '../../api/use-plan-mutations';
import { changedFields, draftFromSheet, emptyDraft, reapplyChanges, sheetOf, type PlanDraft } from './plan-draft';
import { formPath, readDraft, type DraftReading } from './read-draft';
import { useFormLabels } from './use-form-labels';

// Codes the shared form-error hook words itself; any other (not_leaf, plan_number_taken …) comes with the server's Japanese sentence.
const SCHEMA_CODES = new Set(['too_small', 'too_big', 'invalid_type', 'invalid_format', 'invalid_value', 'custom']);

interface Options {
  outline: OutlineDetailResponse;
  plan: Plan | null;
  /** Files the new plan as a proposal to this call. */
  callId?: string | undefined;
  defaultLeadDepartmentId: string;
  onSaved: (plan: Plan, created: boolean) => void;
}

/** State, live checks, saving and edit-conflict recovery of the plan sheet form. */
export function usePlanForm({ outline, plan, callId, defaultLeadDepartmentId, onSaved }: Options) {
  const { municipality } = useSession();
  const queryClient = useQueryClient();
  const { labelFor, messages, year } = useFormLabels();
  const style = municipality.settings.yearStyle;
  const toDraft = useCallback((from: Plan) => draftFromSheet(sheetOf(from), (fy) => formatFiscalYear(fy, style)), [style]);
  // The version the user started from: what a save quotes, and what "the other person changed" is measured against.
  const [base, setBase] = useState<Plan | null>(plan);
  const [draft, setDraft] = useState<PlanDraft>(() => (plan ? toDraft(plan) : emptyDraft({ leadDepartmentId: defaultLeadDepartmentId })));
  const [conflict, setConflict] = useState<Plan | null>(null);
  // A resolved conflict: how, and the two versions, so the other person's changes stay reviewable.
  const [resolved, setResolved] = useState<{ how: 'reapplied' | 'reloaded'; base: Plan; current: Plan; mine: Set<string> } | null>(null);
  const submitted = useRef<DraftReading | null>(null);
  const form = useFormErrors({ formId: 'plan', labelFor });
  const create = useCreatePlan(outline.id, callId);
  const update = useUpdatePlan(plan?.id ?? '');

  const reading = useMemo(() => readDraft(draft, messages), [draft, messages]);
  const checks = useMemo(() => {
    // Until the period can be read, the outline's own period stands in so no false period warning shows.
    const sheet = reading.periodValid ? reading.sheet : { ...reading.sheet, startFiscalYear: outline.startFiscalYear, endFiscalYear: outline.endFiscalYear };
    const context = { outline, leafNodeIds: leafIds(outline.nodes) };
    return checkPlan(sheet, context)
      .filter((check) => !(check.code === 'plan_under_non_leaf' && draft.frameworkNodeId === ''))
      .map((check) => ({ ...check, path: formPath(check.field.split('.'), reading) }));
  }, [draft.frameworkNodeId, outline, reading]);

  const changeDraft = useCallback((patch: Partial<PlanDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  }, []);

  const showServerError = (error: unknown) => {
    const at = submitted.current;
    if (!(error instanceof ApiError) || error.issues.length === 0 || !at) return form.showError(error);
    form.showIssues(
      error.issues.map((issue) => ({
        path: formPath(issue.path, at).split('.'),
        code: SCHEMA_CODES.has(issue.code) ? issue.code : 'custom',
        message: issue.message,
      })),
    );
  };

  const onError = async (error: unknown) => {
    if (!(error instanceof ApiError && error.code === 'edit_conflict' && base)) return showServerError(error);
    form.clear();
    setResolved(null);
    try {
      setConflict(await queryClient.fetchQuery({ queryKey: planKey(base.id), queryFn: () => fetchPlan(base.id), staleTime: 0 }));
    } catch (fetchError) {
      form.showError(fetchError);
    }
  };

  const submit = () => {
    const parsed = PlanSheetSchema.safeParse(reading.sheet);
    const schemaIssues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ ...issue, path: formPath(issue.path, reading).split('.') }));
    const blocking = checks.filter((check) => check.severity === 'error').map((check) => ({ path: check.path.split('.'), code: 'custom', message: check.message }));
    const issues = [...reading.issues, ...schemaIssues, ...blocking];
    if (issues.length > 0 || !parsed.success) return form.showIssues(issues, draft);
    form.clear();
    submitted.current = reading;
    const callbacks = { onError: (error: unknown) => void onError(error) };
    if (base) update.mutate({ ...parsed.data, version: base.version }, { ...callbacks, onSuccess: (saved) => onSaved(saved, false) });
    else create.mutate(parsed.data, { ...callbacks, onSuccess: (saved) => onSaved(saved, true) });
  };

  const resolveConflict = (how: 'reapply' | 'reload') => {
    if (!conflict || !base) return;
    const current = toDraft(conflict);
    const mine = changedFields(toDraft(base), draft);
    setDraft(how === 'reload' ? current : reapplyChanges(current, draft, mine));
    setResolved({ how: how === 'reapply' ? 'reapplied' : 'reloaded', base, current: conflict, mine });
    setBase(conflict);
    setConflict(null);
  };

  return {
    draft,
    changeDraft,
    reading,
    checks,
    form,
    labelFor,
    year,
    base,
    conflict,
    resolved,
    mine: conflict && base ? changedFields(toDraft(base), draft) : new Set<string>(),
    pending: create.isPending || update.isPending,
    submit,
    resolveConflict,
  };
}

export type PlanFormState = ReturnType<typeof usePlanForm>;
