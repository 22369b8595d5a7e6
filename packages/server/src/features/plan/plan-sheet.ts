import type { PlanCheckView, PlanSheet } from '@gyokaku/contracts';
import { countSetTargets, normalizeInput, normalizePlanNumber } from '@gyokaku/domain';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * The sheet as stored: the number width-folded ('２－１' → '2-1'), repeated ids and tags dropped
 * (a form sending a department twice means it once).
 */
export function normalizeSheet(sheet: PlanSheet): PlanSheet {
  return {
    ...sheet,
    number: normalizePlanNumber(sheet.number),
    relistedNodeIds: unique(sheet.relistedNodeIds),
    collaboratingDepartmentIds: unique(sheet.collaboratingDepartmentIds),
    sdgGoals: unique(sheet.sdgGoals),
    tags: unique(sheet.tags),
  };
}

/** Each digit run zero-padded to 6, so that text order is natural order: 2-1-10 after 2-1-9. */
export function numberSortKey(number: string): string {
  return number.replace(/\d+/gu, (digits) => digits.padStart(6, '0'));
}

/** Width-folded and lower-cased, so that ＡＩ finds ai and ｶﾀｶﾅ finds カタカナ. */
export const foldForSearch = (text: string): string => normalizeInput(text).toLowerCase();

export function searchTextOf(sheet: PlanSheet): string {
  return [sheet.number, sheet.title, sheet.currentSituation, sheet.aim, sheet.actions, sheet.citizenEffect].map(foldForSearch).join('\n');
}

/** A LIKE pattern matching `query` anywhere, with the user's own % and _ taken literally. */
export function containsPattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/gu, '\\$&')}%`;
}

/** The columns lists filter and sort on, derived from the sheet so they can never disagree with it. */
export function planColumns(sheet: PlanSheet, checks: readonly PlanCheckView[]) {
  return {
    framework_node_id: sheet.frameworkNodeId,
    number: sheet.number,
    number_sort: numberSortKey(sheet.number),
    title: sheet.title,
    lead_department_id: sheet.leadDepartmentId,
    collaborating_department_ids: sheet.collaboratingDepartmentIds,
    relisted_node_ids: sheet.relistedNodeIds,
    kind: sheet.kind,
    start_fiscal_year: sheet.startFiscalYear,
    end_fiscal_year: sheet.endFiscalYear,
    sdg_goals: sheet.sdgGoals,
    tags: sheet.tags,
    target_count: countSetTargets(sheet.targets),
    check_codes: unique(checks.map((check) => check.code)),
    predecessor_plan_id: sheet.predecessorPlanId,
    sheet: JSON.stringify(sheet),
    search_text: searchTextOf(sheet),
  };
}
