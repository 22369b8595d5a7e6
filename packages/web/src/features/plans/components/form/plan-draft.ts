import type { Plan, PlanKind, PlanSheet } from '@gyokaku/contracts';
import { formatYen, type TargetDirection } from '@gyokaku/domain';
import { nextRowKey } from '../../../../lib/row-key';
import { randomUuid } from '../../../../lib/uuid';
import type { EffectKind } from '../../plan-codes';

/**
 * The plan sheet as the form holds it: numbers and years stay the text the user typed (令和5年度,
 * １，０００, ▲2,500) until `readDraft` parses them, and per-year rows are keyed by fiscal year so
 * that changing the period never shifts what was typed into another year.
 */
export interface TargetDraft {
  key: number;
  id: string;
  indicator: string;
  unit: string;
  direction: TargetDirection | '';
  baseline: string;
  baselineFiscalYear: string;
  values: Record<number, string>;
}


export interface PlanDraft {
  number: string;
  title: string;
  frameworkNodeId: string;
  relistedNodeIds: string[];
  leadDepartmentId: string;
  collaboratingDepartmentIds: string[];
  currentSituation: string;
  aim: string;
  actions: string;
  kind: PlanKind | '';
  startFiscalYear: string;
  endFiscalYear: string;
  schedule: Record<number, { description: string; phase: string }>;
  targets: TargetDraft[];
  noTargetReason: string;
  financialEffects: Record<number, Partial<Record<EffectKind, string>>>;
  citizenEffect: string;
  sdgGoals: number[];
  tags: string[];
  predecessorPlanId: string;
}

export type DraftField = keyof PlanDraft;

/** The sheet's fields in the order the sheet prints them: diffs and conflict tables follow it. */
export const SHEET_FIELDS = [
  'frameworkNodeId', 'relistedNodeIds', 'number', 'title', 'kind', 'leadDepartmentId', 'collaboratingDepartmentIds',
  'currentSituation', 'aim', 'actions', 'startFiscalYear', 'endFiscalYear', 'schedule', 'targets', 'noTargetReason',
  'financialEffects', 'citizenEffect', 'sdgGoals', 'tags', 'predecessorPlanId',
] as const satisfies readonly (keyof PlanSheet & DraftField)[];

export const emptyTarget = (): TargetDraft => ({
  key: nextRowKey(),
  id: randomUuid(),
  indicator: '',
  unit: '',
  direction: '',
  baseline: '',
  baselineFiscalYear: '',
  values: {},
});

export function emptyDraft(defaults: { leadDepartmentId: string }): PlanDraft {
  return {
    number: '', title: '', frameworkNodeId: '', relistedNodeIds: [], leadDepartmentId: defaults.leadDepartmentId,
    collaboratingDepartmentIds: [], currentSituation: '', aim: '', actions: '', kind: '', startFiscalYear: '',
    endFiscalYear: '', schedule: {}, targets: [emptyTarget()], noTargetReason: '', financialEffects: {},
    citizenEffect: '', sdgGoals: [], tags: [], predecessorPlanId: '',
  };
}

/** The sheet part of a plan as the server returned it. */
export function sheetOf(plan: Plan): PlanSheet {
  return Object.fromEntries(SHEET_FIELDS.map((field) => [field, plan[field]])) as PlanSheet;
}

/** `-2500` → `▲2,500`: the amount as the city writes it, without the unit the form shows beside it. */
export const yenText = (amount: number) => formatYen(amount, '円').slice(0, -1);
const quantityText = (value: number | null) => (value === null ? '' : String(value));

/** A stored sheet in the form's terms; `yearText` writes years in the municipality's style. */
export function draftFromSheet(sheet: PlanSheet, yearText: (fiscalYear: number) => string): PlanDraft {
  const financialEffects: PlanDraft['financialEffects'] = {};
  for (const effect of sheet.financialEffects) {
    financialEffects[effect.fiscalYear] = { ...financialEffects[effect.fiscalYear], [effect.kind]: yenText(effect.amount) };
  }
  return {
    ...sheet,
    kind: sheet.kind,
    startFiscalYear: yearText(sheet.startFiscalYear),
    endFiscalYear: yearText(sheet.endFiscalYear),
    schedule: Object.fromEntries(sheet.schedule.map((row) => [row.fiscalYear, { description: row.description, phase: row.phase }])),
    targets: sheet.targets.map((target) => ({
      key: nextRowKey(),
      id: target.id,
      indicator: target.indicator,
      unit: target.unit,
      direction: target.direction ?? '',
      baseline: quantityText(target.baseline),
      baselineFiscalYear: target.baselineFiscalYear === null ? '' : yearText(target.baselineFiscalYear),
      values: Object.fromEntries(target.values.map((entry) => [entry.fiscalYear, quantityText(entry.value)])),
    })),
    financialEffects,
    predecessorPlanId: sheet.predecessorPlanId ?? '',
  };
}

const blank = (text: string | undefined) => (text ?? '').trim() === '';

/** A field's content with row keys and empty per-year rows left out, so only real edits compare unequal. */
function comparable(draft: PlanDraft, field: DraftField): string {
  const value = draft[field];
  if (field === 'targets') return JSON.stringify(draft.targets.map(({ key: _key, ...target }) => target));
  if (field === 'schedule' || field === 'financialEffects') {
    const rows = Object.entries(value as Record<string, Record<string, string>>).filter(([, row]) => Object.values(row).some((text) => !blank(text)));
    return JSON.stringify(rows);
  }
  return JSON.stringify(value);
}

/** The fields the user changed since `base`, the draft of the version they started from. */
export function changedFields(base: PlanDraft, mine: PlanDraft): Set<DraftField> {
  return new Set(SHEET_FIELDS.filter((field) => comparable(base, field) !== comparable(mine, field)));
}

/**
 * Re-applies the user's edits onto a newer version: fields the user changed keep the user's
 * values, every other field takes the newer version's, so the other person's changes survive.
 */
export function reapplyChanges(current: PlanDraft, mine: PlanDraft, changed: ReadonlySet<DraftField>): PlanDraft {
  const merged: PlanDraft = { ...current };
  for (const field of changed) (merged as unknown as Record<string, unknown>)[field] = mine[field];
  return merged;
}
