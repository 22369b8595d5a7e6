import type { FinancialEffect, PlanKind, ScheduleRow } from '@gyokaku/contracts';
import type { TargetDirection } from '@gyokaku/domain';

/** A numerical target as the department writes it; the seed gives it its stable id. */
export interface DemoTarget {
  indicator: string;
  /** Left blank on purpose in one plan, so the `target_without_unit` check has something to show. */
  unit: string;
  direction: TargetDirection;
  baseline: number;
  baselineFiscalYear: number;
  /** Target value per fiscal year, e.g. `{ 2023: 5000, 2024: 7000 }`. */
  values: Record<number, number>;
}

/**
 * One plan sheet of the demo, by names rather than ids: the framework programme it is filed under
 * (titles are unique within an outline), departments by their current names, and the plan of the
 * previous outline it carries over, by that plan's title. The number is left blank, so the server
 * suggests it from the framework position exactly as it does for a department filing a plan.
 */
export interface DemoPlan {
  title: string;
  /** Title of the 改革プログラム (leaf) the plan is filed under. */
  programme: string;
  /** Further 改革プログラム the plan is re-listed (再掲) under. */
  relistedUnder?: string[];
  lead: string;
  collaborators?: string[];
  kind: PlanKind;
  startFiscalYear: number;
  endFiscalYear: number;
  /** 現状と課題 */
  currentSituation: string;
  /** 目的 */
  aim: string;
  /** 取組内容 */
  actions: string;
  /** Per fiscal year: [phase, what will be done]. */
  schedule: Record<number, [phase: '検討' | '準備' | '試行' | '実施' | '完了', description: string]>;
  targets: DemoTarget[];
  /** Why there is no numerical target (answers the `no_numerical_target` check). */
  noTargetReason?: string;
  financialEffects?: FinancialEffect[];
  /** 市民への効果 */
  citizenEffect: string;
  sdgGoals: number[];
  tags: string[];
  /** Title of the plan of the previous outline this one carries over (引継ぎ元). */
  carriesOver?: string;
}

const perYear = (kind: FinancialEffect['kind'], amounts: Record<number, number>): FinancialEffect[] =>
  Object.entries(amounts).map(([year, amount]) => ({ fiscalYear: Number(year), kind, amount }));

/** 歳入確保: revenue secured per fiscal year, integer yen. */
export const revenue = (amounts: Record<number, number>) => perYear('revenue', amounts);

/** 歳出削減: expenditure cut per fiscal year, integer yen. */
export const savings = (amounts: Record<number, number>) => perYear('expenditure', amounts);

export const scheduleRows = (schedule: DemoPlan['schedule']): ScheduleRow[] =>
  Object.entries(schedule).map(([year, [phase, description]]) => ({ fiscalYear: Number(year), phase, description }));
