import { DomainError } from '../errors/domain-error.js';

export const TARGET_DIRECTIONS = ['increase', 'decrease', 'maintain-min', 'maintain-max'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

export interface AchievementInput {
  readonly direction: TargetDirection;
  readonly baseline?: number | null;
  readonly target: number;
  readonly actual: number;
}

export interface AchievementResult {
  /** Raw ratio (0.75 = 75 %), unrounded; over-achievement (> 1) is kept for increase/decrease. */
  readonly rate: number;
  /** The figure moved away from the target (or, for maintain-*, the line was not kept). */
  readonly worsened: boolean;
}

export function isTargetDirection(value: unknown): value is TargetDirection {
  return (TARGET_DIRECTIONS as readonly unknown[]).includes(value);
}

function invalid(message: string): DomainError {
  return new DomainError('invalid_target', message);
}

// A negative ratio means the figure went the wrong way; reporting it as a negative (or, for a
// doubled overtime figure, as 200 %) would mislead, so it becomes 0 and is flagged instead.
function progress(raw: number): AchievementResult {
  return raw < 0 ? { rate: 0, worsened: true } : { rate: raw + 0, worsened: false };
}

function increase(baseline: number | undefined, target: number, actual: number): AchievementResult {
  if (baseline === undefined) {
    // Without a baseline the rate is a share of the target, which only means something for a
    // positive target (a negative one would reward moving further below zero).
    if (target <= 0) throw invalid('基準値なしの増加目標は正の目標値が必要です');
    return progress(actual / target);
  }
  if (target === baseline) throw invalid('目標値が基準値と同じです');
  if (target < baseline) throw invalid('増加目標なのに目標値が基準値を下回っています');
  return progress((actual - baseline) / (target - baseline));
}

function decrease(baseline: number | undefined, target: number, actual: number): AchievementResult {
  if (baseline === undefined) throw invalid('削減目標には基準値が必要です');
  if (target === baseline) throw invalid('目標値が基準値と同じです');
  if (target > baseline) throw invalid('削減目標なのに目標値が基準値を上回っています');
  return progress((baseline - actual) / (baseline - target));
}

// A line that is not kept counts as worsened. Its ratio is clamped into [0, 1]: with negative
// figures (e.g. keep ≥ −10, actual −20) the plain ratio exceeds 1, which would overstate a failure.
function shortfall(numerator: number, denominator: number): AchievementResult {
  if (denominator === 0) throw invalid('達成率を計算できません（0で割ることになります）');
  return { rate: Math.min(1, Math.max(0, numerator / denominator)) + 0, worsened: true };
}

/**
 * Achievement rate of a reform target.
 * - increase: (actual − baseline) / (target − baseline), or actual / target without a baseline.
 * - decrease: (baseline − actual) / (baseline − target); a baseline is required.
 * - maintain-min: 1 when actual ≥ target, else actual / target.
 * - maintain-max: 1 when actual ≤ target, else target / actual.
 * Division happens only when needed; a zero divisor at that point is `invalid_target`.
 */
export function achievementRate(input: AchievementInput): AchievementResult {
  const { direction, target, actual } = input;
  const baseline = input.baseline ?? undefined;
  for (const value of [target, actual, ...(baseline === undefined ? [] : [baseline])]) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid('数値が不正です');
  }
  switch (direction) {
    case 'increase':
      return increase(baseline, target, actual);
    case 'decrease':
      return decrease(baseline, target, actual);
    case 'maintain-min':
      return actual >= target ? { rate: 1, worsened: false } : shortfall(actual, target);
    case 'maintain-max':
      return actual <= target ? { rate: 1, worsened: false } : shortfall(target, actual);
    default:
      throw invalid(`未知の目標の方向です: ${String(direction)}`);
  }
}
