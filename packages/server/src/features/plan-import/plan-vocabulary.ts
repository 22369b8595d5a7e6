import type { FinancialEffect, PlanKind } from '@gyokaku/contracts';
import { normalizeInput, normalizePlanNumber, type TargetDirection } from '@gyokaku/domain';
import { FINANCIAL_EFFECT_LABELS, PLAN_KIND_LABELS, TARGET_DIRECTION_LABELS } from '../../documents/document-labels.js';
import { choiceKey, type Choices } from './cell-values.js';
import type { ImportContext } from './import-context.js';
import { UNKNOWN_ID, type CellCollector } from './parsed-plan.js';

/** The printed labels, plus the words departments type for them in their own lists. */
function choices<T extends string>(labels: Readonly<Record<T, string>>, synonyms: Record<string, T>): Choices<T> {
  const entries = [...(Object.entries(labels) as [T, string][]).map(([value, label]) => [label, value] as const), ...Object.entries(synonyms)];
  return { byKey: new Map(entries.map(([word, value]) => [choiceKey(word), value as T])), labels: Object.values(labels) };
}

export const KIND_CHOICES = choices<PlanKind>(PLAN_KIND_LABELS, { 業務改善: 'improvement', 改善型: 'improvement', 改革型: 'reform' });

export const DIRECTION_CHOICES = choices<TargetDirection>(TARGET_DIRECTION_LABELS, {
  増: 'increase',
  増やす: 'increase',
  上昇: 'increase',
  向上: 'increase',
  減: 'decrease',
  減らす: 'decrease',
  削減: 'decrease',
  低減: 'decrease',
  維持以上: 'maintain-min',
  維持以下: 'maintain-max',
});

export const EFFECT_KIND_CHOICES = choices<FinancialEffect['kind']>(FINANCIAL_EFFECT_LABELS, { 歳入: 'revenue', 歳出: 'expenditure', 歳出抑制: 'expenditure' });

const nameKey = (name: string) => normalizeInput(name).replace(/\s+/gu, '');

/**
 * A department by name. Names repeat across reorganisations, so the plan's own departments come
 * first (a plan may keep one that has since ended), then one in force, then any — an ended one is
 * then reported by the sheet validation, which says why.
 */
export function findDepartmentId(context: ImportContext, name: string, planDepartmentIds: readonly string[] = []): string | undefined {
  const matches = context.departments.filter((d) => nameKey(d.name) === nameKey(name));
  return (matches.find((d) => planDepartmentIds.includes(d.id)) ?? matches.find((d) => d.inForce) ?? matches[0])?.id;
}

const CODE_PREFIX = /^([0-9０-９]+(?:\s*[-－ー‐‑–—―−]\s*[0-9０-９]+)*)(?:[\s　.．:：]+(.*))?$/su;

/** `1-1-1 手続のオンライン化` (the drop-down's text), `1-1-1`, or the node's title alone. */
export function findFrameworkNodeId(context: ImportContext, text: string): string | undefined {
  const normalized = normalizeInput(text);
  const match = CODE_PREFIX.exec(normalized);
  const entries = [...context.sheetContext.entries.values()];
  if (match) {
    const code = normalizePlanNumber(match[1] ?? '');
    return entries.find((entry) => entry.code === code)?.node.id;
  }
  const byTitle = entries.filter((entry) => nameKey(entry.node.title) === nameKey(normalized));
  return byTitle.length === 1 ? byTitle[0]!.node.id : undefined;
}

/**
 * The framework leaf a plan number is filed under: `2-1-3-4` → node `2-1-3`. A row sheet without
 * a framework column still places its plans this way.
 */
export function frameworkNodeOfNumber(context: ImportContext, number: string): string | undefined {
  const code = normalizePlanNumber(number).split('-').slice(0, -1).join('-');
  if (!code) return undefined;
  return [...context.sheetContext.entries.values()].find((entry) => entry.code === code)?.node.id;
}

/** The examples every year message gives. */
export const YEAR_EXAMPLES = '（例: 令和5年度, R5, 2023）';

/** The framework node a cell names, or `UNKNOWN_ID` with the cell's error recorded. */
export function readFrameworkNode(context: ImportContext, collect: CellCollector, cell: { address: string; text: string }): string {
  const id = findFrameworkNodeId(context, cell.text);
  if (id) return id;
  collect.fail('frameworkNodeId', cell.address, 'unknown_framework_node', `体系：この大綱にない項目です: ${cell.text}`);
  return UNKNOWN_ID;
}

/** The lead department a cell names, or `UNKNOWN_ID` with the cell's error recorded. */
export function readLeadDepartment(
  context: ImportContext,
  collect: CellCollector,
  cell: { address: string; text: string },
  planDepartmentIds: readonly string[],
): string {
  const id = findDepartmentId(context, cell.text, planDepartmentIds);
  if (id) return id;
  collect.fail('leadDepartmentId', cell.address, 'unknown_department', `主担当課：登録されていない課です: ${cell.text}`);
  return UNKNOWN_ID;
}

/** The collaborating departments a cell lists; each unknown name is an error of the cell. */
export function readCollaboratingDepartments(
  context: ImportContext,
  collect: CellCollector,
  cell: { address: string; names: string[] },
  planDepartmentIds: readonly string[],
): string[] {
  return cell.names.flatMap((name) => {
    const id = findDepartmentId(context, name, planDepartmentIds);
    if (!id) collect.fail('collaboratingDepartmentIds', cell.address, 'unknown_department', `連携課：登録されていない課です: ${name}`);
    return id ? [id] : [];
  });
}
