import type { TargetDirection } from '../target/achievement-rate.js';
import {
  PLAN_CHECK_MESSAGES,
  PLAN_CHECK_SEVERITIES,
  type PlanCheckCode,
  type PlanCheckSeverity,
} from './plan-check-codes.js';

export interface PlanTargetForCheck {
  readonly indicator: string;
  readonly unit: string;
  readonly direction: TargetDirection | null;
  readonly values: readonly { readonly fiscalYear: number; readonly value: number | null }[];
}

export interface PlanForCheck {
  readonly kind: 'reform' | 'improvement';
  readonly frameworkNodeId: string;
  readonly startFiscalYear: number;
  readonly endFiscalYear: number;
  /** Why the plan has no numerical target; filling it in answers `no_numerical_target`. */
  readonly noTargetReason: string;
  readonly targets: readonly PlanTargetForCheck[];
  /** Planned financial effect per fiscal year, integer yen. */
  readonly financialEffects: readonly { readonly fiscalYear: number; readonly amount: number }[];
  readonly citizenEffect: string;
  readonly schedule: readonly { readonly fiscalYear: number }[];
}

export interface PlanCheckContext {
  readonly outline: { readonly startFiscalYear: number; readonly endFiscalYear: number };
  /** See `leafIds`. */
  readonly leafNodeIds: ReadonlySet<string>;
}

export interface PlanCheck {
  readonly code: PlanCheckCode;
  readonly severity: PlanCheckSeverity;
  /** Path of the form field the message belongs to, e.g. `targets.0.unit`. */
  readonly field: string;
  readonly message: string;
}

const isBlank = (text: string): boolean => text.trim() === '';

// `subject` names the row (数値目標2「…」：); `detail` adds the figures the message is about.
function check(code: PlanCheckCode, field: string, subject = '', detail = ''): PlanCheck {
  return { code, severity: PLAN_CHECK_SEVERITIES[code], field, message: subject + PLAN_CHECK_MESSAGES[code] + detail };
}

// A form shows an empty target row to fill in; an untouched one is not a target the department
// set, so it neither counts as one nor draws per-target warnings.
function isUntouched(target: PlanTargetForCheck): boolean {
  return (
    isBlank(target.indicator) &&
    isBlank(target.unit) &&
    target.direction === null &&
    target.values.every((entry) => entry.value === null)
  );
}

/** The targets a department actually set (an untouched form row is none): what "has a numerical target" counts. */
export function countSetTargets(targets: readonly PlanTargetForCheck[]): number {
  return targets.filter((target) => !isUntouched(target)).length;
}

function targetChecks(plan: PlanForCheck): PlanCheck[] {
  const checks: PlanCheck[] = [];
  const targets = plan.targets
    .map((target, index) => ({ target, index }))
    .filter(({ target }) => !isUntouched(target));
  if (targets.length === 0 && isBlank(plan.noTargetReason)) checks.push(check('no_numerical_target', 'targets'));
  for (const { target, index } of targets) {
    const name = target.indicator.trim();
    const subject = `数値目標${index + 1}${name ? `「${name}」` : ''}：`;
    if (isBlank(target.unit)) checks.push(check('target_without_unit', `targets.${index}.unit`, subject));
    if (target.direction === null) {
      checks.push(check('target_without_direction', `targets.${index}.direction`, subject));
    }
    if (target.values.every((entry) => entry.value === null)) {
      checks.push(check('target_without_values', `targets.${index}.values`, subject));
    }
  }
  return checks;
}

function periodChecks(plan: PlanForCheck, { outline }: PlanCheckContext): PlanCheck[] {
  const { startFiscalYear: start, endFiscalYear: end } = plan;
  // With an impossible period every comparison below would mislead; end_before_start says it all.
  if (end < start) return [check('end_before_start', 'endFiscalYear', '', `（${start}～${end}年度）`)];
  const span = `（計画：${start}～${end}年度、大綱：${outline.startFiscalYear}～${outline.endFiscalYear}年度）`;
  const checks: PlanCheck[] = [];
  if (start < outline.startFiscalYear) checks.push(check('start_year_before_outline', 'startFiscalYear', '', span));
  if (end > outline.endFiscalYear) checks.push(check('end_year_beyond_outline', 'endFiscalYear', '', span));
  plan.schedule.forEach(({ fiscalYear }, index) => {
    if (fiscalYear < start || fiscalYear > end) {
      checks.push(check('schedule_outside_period', `schedule.${index}.fiscalYear`, `${fiscalYear}年度：`));
    }
  });
  return checks;
}

function effectChecks(plan: PlanForCheck): PlanCheck[] {
  if (plan.kind !== 'reform') return [];
  const hasFinancialEffect = plan.financialEffects.some(({ amount }) => amount !== 0);
  // Attached to the citizen-effect field because a description is possible for every reform,
  // whereas not every reform saves money.
  return hasFinancialEffect || !isBlank(plan.citizenEffect) ? [] : [check('reform_without_effect', 'citizenEffect')];
}

/**
 * Everything the reviewers would otherwise point out by hand, errors and warnings alike, in form
 * order (framework, period, targets, effect). An empty list means nothing to point out.
 * `possible_duplicate` needs the other plans and comes from `findLikelyDuplicates`.
 */
export function checkPlan(plan: PlanForCheck, context: PlanCheckContext): PlanCheck[] {
  const framework = context.leafNodeIds.has(plan.frameworkNodeId)
    ? []
    : [check('plan_under_non_leaf', 'frameworkNodeId')];
  return [...framework, ...periodChecks(plan, context), ...targetChecks(plan), ...effectChecks(plan)];
}
