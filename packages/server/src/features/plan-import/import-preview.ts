import { PlanSheetSchema, type CellError, type FinancialEffect, type ImportItem, type PlanSheet } from '@gyokaku/contracts';
import { countSetTargets, diffSnapshots, normalizePlanNumber } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError } from '../../http/app-error.js';
import { canCreatePlan, canEditPlan, canSavePlan, proposalAllowsEdit } from '../plan/plan.policy.js';
import { normalizeSheet } from '../plan/plan-sheet.js';
import { proposalLocked } from '../plan/plan.service.js';
import { assertCanFileInto } from '../proposal/proposal-filing.js';
import type { ExistingPlan, ImportContext } from './import-context.js';
import { addressOf, validateParsedPlan } from './sheet-validation.js';
import type { ParsedPlan } from './parsed-plan.js';

/** A preview item as stored: what the API shows, plus the sheet the commit will save. */
export interface StoredItem extends ImportItem {
  planSheet: PlanSheet | null;
}

export interface StoredPreview {
  items: StoredItem[];
}

/** The sheet's own field order, so a diff reads top to bottom like the sheet (as the history diff does). */
const SHEET_FIELD_ORDER = Object.keys(PlanSheetSchema.shape);

function mergeEffects(effects: readonly FinancialEffect[]): FinancialEffect[] {
  const sums = new Map<string, FinancialEffect>();
  for (const effect of effects) {
    const key = `${effect.fiscalYear}:${effect.kind}`;
    const sum = sums.get(key);
    sums.set(key, { ...effect, amount: (sum?.amount ?? 0) + effect.amount });
  }
  return [...sums.values()].filter((e) => e.amount !== 0).sort((a, b) => a.fiscalYear - b.fiscalYear || a.kind.localeCompare(b.kind));
}

/**
 * The sheet as a workbook can express it: rows in year order, no empty target rows or null
 * values, effects summed per year and kind. A plan downloaded and uploaded untouched compares
 * equal, however the app happened to store it.
 */
export function comparableSheet(sheet: PlanSheet): PlanSheet {
  const normalized = normalizeSheet(sheet);
  return {
    ...normalized,
    schedule: [...normalized.schedule].sort((a, b) => a.fiscalYear - b.fiscalYear),
    targets: normalized.targets
      .filter((target) => countSetTargets([target]) > 0)
      .map((target) => ({ ...target, values: target.values.filter((v) => v.value !== null).sort((a, b) => a.fiscalYear - b.fiscalYear) })),
    financialEffects: mergeEffects(normalized.financialEffects),
    sdgGoals: [...normalized.sdgGoals].sort((a, b) => a - b),
  };
}

const sheetError = (parsed: ParsedPlan, field: string, code: string, message: string): CellError => ({
  sheet: parsed.sheet,
  cell: addressOf(parsed.addresses, [field]),
  field,
  code,
  message,
});

/** What the user may not do with this plan: rights and the proposal lock, as a save would refuse them. */
async function rightsErrors(
  db: Kysely<Database>,
  options: { auth: Auth; context: ImportContext; parsed: ParsedPlan; existing: ExistingPlan | undefined; callId: string | null },
): Promise<CellError[]> {
  const { auth, parsed, existing } = options;
  const lead = parsed.candidate.leadDepartmentId;
  if (existing) {
    if (!canEditPlan(auth, existing.sheet)) {
      return [sheetError(parsed, 'leadDepartmentId', 'forbidden', '主担当課：担当課または連携課になっている実施計画だけを取り込めます。')];
    }
    if (!proposalAllowsEdit(auth, existing.sheet, existing.proposalState)) {
      return [{ ...sheetError(parsed, 'title', 'proposal_locked', proposalLocked(existing.proposalState!).message), cell: '' }];
    }
    if (!canSavePlan(auth, existing.sheet, parsed.candidate)) {
      return [sheetError(parsed, 'leadDepartmentId', 'forbidden', '主担当課：自分の課を主担当課・連携課から外す変更は、事務局に依頼してください。')];
    }
    return [];
  }
  if (!canCreatePlan(auth, lead)) {
    return [sheetError(parsed, 'leadDepartmentId', 'forbidden', '主担当課：自分の課が主担当課の計画だけを新しく登録できます。')];
  }
  if (!options.callId) return [];
  try {
    await assertCanFileInto(db, { auth, callId: options.callId, outlineId: options.context.outline.id, leadDepartmentId: lead });
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return [sheetError(parsed, 'leadDepartmentId', error.code, `主担当課：${error.message}`)];
  }
}

/**
 * Matches, validates and compares every parsed plan: new, changed (with the field-by-field diff),
 * unchanged, a conflict (the plan was saved in the app after the workbook's version), or invalid
 * (with every error addressed by sheet and cell). Nothing is written.
 */
export async function buildPreview(
  db: Kysely<Database>,
  options: { auth: Auth; context: ImportContext; parsed: readonly ParsedPlan[]; callId: string | null },
): Promise<StoredPreview> {
  const { auth, context } = options;
  const numbers = new Map<string, string>();
  const planIds = new Set<string>();
  const items: StoredItem[] = [];
  for (const parsed of options.parsed) {
    const existing = parsed.planId ? context.plans.get(parsed.planId) : undefined;
    const errors = [...parsed.errors];
    const validated = await validateParsedPlan(db, {
      auth,
      outline: context.outline,
      parsed,
      ...(existing ? { previous: existing.sheet, planId: existing.id } : {}),
    });
    errors.push(...validated, ...(await rightsErrors(db, { ...options, parsed, existing })));

    // Within the workbook too, a number means one plan and a plan appears once.
    const number = normalizePlanNumber(parsed.candidate.number);
    const where = parsed.row === null ? `シート「${parsed.sheet}」` : `${parsed.row}行目`;
    if (number && numbers.has(number)) {
      errors.push(sheetError(parsed, 'number', 'duplicate_number', `番号：同じ番号「${number}」が${numbers.get(number)}にもあります。`));
    } else if (number) numbers.set(number, where);
    if (existing && planIds.has(existing.id)) {
      errors.push({ ...sheetError(parsed, 'number', 'duplicate_plan', 'この実施計画は、ファイルの中に二度出てきます。'), cell: '' });
    }
    if (existing) planIds.add(existing.id);

    const changes = existing
      ? diffSnapshots(comparableSheet(existing.sheet), comparableSheet(parsed.candidate), { fieldOrder: SHEET_FIELD_ORDER }).map((c) => ({ ...c }))
      : [];
    const conflict = existing !== undefined && parsed.workbookVersion !== existing.version;
    const status: ImportItem['status'] = conflict
      ? 'conflict'
      : errors.length > 0
        ? 'invalid'
        : !existing
          ? 'new'
          : changes.length > 0
            ? 'changed'
            : 'unchanged';
    items.push({
      sheet: parsed.sheet,
      row: parsed.row,
      status,
      planId: existing?.id ?? null,
      number,
      title: parsed.candidate.title,
      changes,
      errors,
      workbookVersion: parsed.workbookVersion,
      currentVersion: existing?.version ?? null,
      planSheet: status === 'new' || status === 'changed' ? parsed.candidate : null,
    });
  }
  return { items };
}
