import type { OutlineDetailResponse } from '@gyokaku/contracts';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { PlanDraft } from './plan-draft';
import type { PlanFormState } from './use-plan-form';

interface PlanFormContextValue {
  outline: OutlineDetailResponse;
  draft: PlanDraft;
  change: (patch: Partial<PlanDraft>) => void;
  /** id, error and visible label of the control at a form path such as `targets.0.unit`. */
  field: (path: string) => { id: string; error: string | undefined; label: string };
  /** The period's fiscal years, one per-year row each; empty until the period can be read. */
  years: number[];
  /** 令和5年度 / FY2023 in the reader's language and the city's style. */
  year: (fiscalYear: number) => string;
}

const PlanFormContext = createContext<PlanFormContextValue | null>(null);

/** Spares every form section the same half-dozen props. */
export function PlanFormProvider({ state, outline, children }: { state: PlanFormState; outline: OutlineDetailResponse; children: ReactNode }) {
  const { draft, changeDraft, form, labelFor, reading, year } = state;
  const value = useMemo<PlanFormContextValue>(
    () => ({
      outline,
      draft,
      change: changeDraft,
      field: (path) => ({ ...form.field(path), label: labelFor(path) }),
      years: reading.years,
      year,
    }),
    [changeDraft, draft, form, labelFor, outline, reading.years, year],
  );
  return <PlanFormContext value={value}>{children}</PlanFormContext>;
}

export function usePlanFormContext(): PlanFormContextValue {
  const value = useContext(PlanFormContext);
  if (!value) throw new Error('usePlanFormContext is used outside PlanFormProvider');
  return value;
}
