import { achievementRate, type TargetDirection } from '../target/achievement-rate.js';

export interface TargetForAchievement {
  readonly id: string;
  readonly direction: TargetDirection | null;
  readonly baseline: number | null;
  readonly values: readonly { readonly fiscalYear: number; readonly value: number | null }[];
}

/** Why a target has no rate this year: each is shown as such, never averaged in as 0 %. */
export type TargetRateGap = 'no_target_value' | 'no_actual' | 'invalid_target';

export interface TargetAchievement {
  readonly targetId: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly rate: number | null;
  readonly worsened: boolean;
  readonly gap: TargetRateGap | null;
}

export interface PlanAchievement {
  readonly targets: TargetAchievement[];
  /** Mean of the targets' rates that could be computed; null when none could. */
  readonly meanRate: number | null;
  /** Whether the plan has any numerical target at all (plans without are counted apart). */
  readonly hasNumericTarget: boolean;
  readonly worsenedCount: number;
}

/** The target set for the fiscal year, or the latest earlier one (a target reached stays the target). */
function targetFor(values: TargetForAchievement['values'], fiscalYear: number): number | null {
  const set = values.filter((entry) => entry.value !== null && entry.fiscalYear <= fiscalYear);
  return set.sort((a, b) => a.fiscalYear - b.fiscalYear).at(-1)?.value ?? null;
}

/**
 * Each target's achievement in a fiscal year from the actual values reported, and the plan's
 * mean. A target without an actual, a value for the year or a usable definition gets no rate and
 * says why; the mean covers only the targets that have one.
 */
export function planAchievement(
  targets: readonly TargetForAchievement[],
  fiscalYear: number,
  actuals: Readonly<Record<string, number | null | undefined>>,
): PlanAchievement {
  const numeric = targets.filter((target) => target.direction !== null && target.values.some((entry) => entry.value !== null));
  const results = numeric.map((target): TargetAchievement => {
    const value = targetFor(target.values, fiscalYear);
    const actual = actuals[target.id] ?? null;
    const base = { targetId: target.id, target: value, actual, rate: null, worsened: false };
    if (value === null) return { ...base, gap: 'no_target_value' };
    if (actual === null) return { ...base, gap: 'no_actual' };
    try {
      const result = achievementRate({ direction: target.direction!, baseline: target.baseline, target: value, actual });
      return { ...base, rate: result.rate, worsened: result.worsened, gap: null };
    } catch {
      return { ...base, gap: 'invalid_target' };
    }
  });
  const rates = results.flatMap((result) => (result.rate === null ? [] : [result.rate]));
  return {
    targets: results,
    meanRate: rates.length === 0 ? null : rates.reduce((sum, rate) => sum + rate, 0) / rates.length,
    hasNumericTarget: numeric.length > 0,
    worsenedCount: results.filter((result) => result.worsened).length,
  };
}

export interface EvaluationThreshold {
  /** A grade of the municipality's scale. */
  readonly code: string;
  /** The lowest mean achievement (1 = 100 %) that suggests this grade. */
  readonly minRate: number;
}

/**
 * The grade the figures suggest: the first threshold (highest first) the mean reaches. Only a
 * suggestion shown beside the department's own evaluation, which it never replaces.
 */
export function suggestEvaluation(meanRate: number | null, thresholds: readonly EvaluationThreshold[]): string | null {
  if (meanRate === null) return null;
  const ordered = [...thresholds].sort((a, b) => b.minRate - a.minRate);
  return ordered.find((threshold) => meanRate >= threshold.minRate - 1e-9)?.code ?? null;
}
