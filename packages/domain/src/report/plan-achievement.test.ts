import { describe, expect, it } from 'vitest';
import { planAchievement, suggestEvaluation, type TargetForAchievement } from './plan-achievement.js';

const paperless: TargetForAchievement = {
  id: 't-paper',
  direction: 'decrease',
  baseline: 1000,
  values: [
    { fiscalYear: 2019, value: 900 },
    { fiscalYear: 2020, value: 800 },
    { fiscalYear: 2022, value: 600 },
  ],
};
const online: TargetForAchievement = {
  id: 't-online',
  direction: 'increase',
  baseline: 10,
  values: [{ fiscalYear: 2020, value: 30 }],
};

describe('plan achievement in a fiscal year', () => {
  it('measures each target against the year’s value, direction-aware, and averages the rates', () => {
    const result = planAchievement([paperless, online], 2020, { 't-paper': 850, 't-online': 30 });
    expect(result.targets.map((t) => [t.targetId, t.target, t.rate])).toEqual([
      ['t-paper', 800, 0.75],
      ['t-online', 30, 1],
    ]);
    expect(result.meanRate).toBeCloseTo(0.875);
    expect(result.hasNumericTarget).toBe(true);
    expect(result.worsenedCount).toBe(0);
  });

  it('uses the latest earlier target value for a year without its own', () => {
    expect(planAchievement([paperless], 2021, { 't-paper': 800 }).targets[0]).toMatchObject({ target: 800, rate: 1 });
  });

  it('flags a lower-is-better figure that rose instead of showing it above 100 %', () => {
    const result = planAchievement([paperless], 2019, { 't-paper': 2000 });
    expect(result.targets[0]).toMatchObject({ rate: 0, worsened: true });
    expect(result.worsenedCount).toBe(1);
  });

  it('leaves missing actuals and years before the first target value out of the mean, saying why', () => {
    const result = planAchievement([paperless, online], 2019, { 't-paper': 900 });
    expect(result.targets.map((t) => [t.targetId, t.gap])).toEqual([
      ['t-paper', null],
      ['t-online', 'no_target_value'],
    ]);
    expect(result.meanRate).toBe(1);
    expect(planAchievement([online], 2020, {}).targets[0]?.gap).toBe('no_actual');
    expect(planAchievement([online], 2020, {}).meanRate).toBeNull();
  });

  it('reports an unusable target definition instead of failing the whole report', () => {
    const broken: TargetForAchievement = { id: 'x', direction: 'decrease', baseline: null, values: [{ fiscalYear: 2020, value: 5 }] };
    expect(planAchievement([broken], 2020, { x: 3 }).targets[0]).toMatchObject({ rate: null, gap: 'invalid_target' });
  });

  it('treats a plan with only descriptive or empty targets as having no numerical target', () => {
    const descriptive: TargetForAchievement = { id: 'd', direction: null, baseline: null, values: [{ fiscalYear: 2020, value: 1 }] };
    const empty: TargetForAchievement = { id: 'e', direction: 'increase', baseline: 0, values: [{ fiscalYear: 2020, value: null }] };
    const result = planAchievement([descriptive, empty], 2020, { d: 1 });
    expect(result).toEqual({ targets: [], meanRate: null, hasNumericTarget: false, worsenedCount: 0 });
  });
});

describe('suggested evaluation', () => {
  const thresholds = [
    { code: 'A', minRate: 1 },
    { code: 'S', minRate: 1.2 },
    { code: 'B', minRate: 0.6 },
    { code: 'C', minRate: 0 },
  ];

  it('picks the highest grade whose threshold the mean reaches, in whatever order they are set', () => {
    expect(suggestEvaluation(1.25, thresholds)).toBe('S');
    expect(suggestEvaluation(1, thresholds)).toBe('A');
    expect(suggestEvaluation(0.6, thresholds)).toBe('B');
    expect(suggestEvaluation(0.1, thresholds)).toBe('C');
  });

  it('suggests nothing without a mean, or below every threshold', () => {
    expect(suggestEvaluation(null, thresholds)).toBeNull();
    expect(suggestEvaluation(0.5, [{ code: 'A', minRate: 1 }])).toBeNull();
  });
});
