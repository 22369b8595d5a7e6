import { describe, expect, it } from 'vitest';
import { financialEffectTotals } from './financial-effect-totals.js';
import { formatCountChange, formatShare, summaryRows } from './round-change.js';
import { summariseRound, type ReportedPlan } from './round-summary.js';

const settings = {
  statuses: [
    { code: 'not_started', label: '未着手' },
    { code: 'in_progress', label: '取組中' },
    { code: 'completed', label: '完了' },
    { code: 'cancelled', label: '中止' },
  ],
  scale: ['S', 'A', 'B', 'C'].map((code) => ({ code, label: code })),
  groups: [{ name: '計画実施率', codes: ['S', 'A', 'B'] }],
};

const plan = (planId: string, overrides: Partial<ReportedPlan> = {}): ReportedPlan => ({
  planId,
  status: 'in_progress',
  selfEvaluation: 'A',
  hqEvaluation: null,
  meanRate: 1,
  hasNumericTarget: true,
  worsenedCount: 0,
  cancelled: false,
  ...overrides,
});

describe('round summary', () => {
  const reports = [
    plan('p1', { selfEvaluation: 'S', hqEvaluation: 'A', meanRate: 1.2 }),
    plan('p2', { selfEvaluation: 'A', hqEvaluation: 'A', meanRate: 0.8 }),
    plan('p3', { status: 'completed', selfEvaluation: 'B', hqEvaluation: 'B', meanRate: 0, worsenedCount: 1 }),
    plan('p4', { selfEvaluation: 'C', meanRate: null, hasNumericTarget: false }),
    plan('p5', { status: 'cancelled', selfEvaluation: null, meanRate: 0.1, cancelled: true }),
    plan('p6', { status: null, selfEvaluation: null, meanRate: null }),
  ];
  const summary = summariseRound(reports, settings);

  it('counts each status over every plan, the unreported apart', () => {
    expect(summary.planCount).toBe(6);
    expect(summary.status.categories.map((c) => [c.label, c.count])).toEqual([
      ['未着手', 0],
      ['取組中', 3],
      ['完了', 1],
      ['中止', 1],
    ]);
    expect(summary.status.categories[1]?.share).toBeCloseTo(0.5);
    expect(summary.status.notReported).toBe(1);
  });

  it('shares grades among reported plans still running or done, leaving cancelled ones out', () => {
    const self = summary.selfEvaluation;
    expect(self.denominator).toBe(4);
    expect(self.categories.map((c) => [c.code, c.count, c.share])).toEqual([
      ['S', 1, 0.25],
      ['A', 1, 0.25],
      ['B', 1, 0.25],
      ['C', 1, 0.25],
    ]);
    expect(self.groups).toEqual([{ code: '計画実施率', label: '計画実施率', count: 3, share: 0.75 }]);
    expect(summary.hqEvaluation.notEvaluated).toBe(1);
  });

  it('averages achievement over measured plans only and counts plans without numerical target apart', () => {
    expect(summary.achievement).toEqual({
      withNumericTarget: 5,
      withRate: 3,
      meanRate: (1.2 + 0.8 + 0) / 3,
      withoutNumericTarget: 1,
      worsenedPlans: 1,
    });
  });

  it('counts a re-listed plan once', () => {
    expect(summariseRound([plan('p1'), plan('p1'), plan('p2')], settings).planCount).toBe(2);
  });

  it('gives no share rather than dividing by zero', () => {
    const empty = summariseRound([], settings);
    expect(empty.status.categories[0]?.share).toBeNull();
    expect(empty.selfEvaluation.groups[0]?.share).toBeNull();
    expect(empty.achievement.meanRate).toBeNull();
  });
});

describe('増減 against the previous round', () => {
  const previous = summariseRound(
    [plan('p1'), plan('p2'), plan('p3', { status: 'completed' }), plan('p4', { status: 'completed', selfEvaluation: 'S' })],
    settings,
  );
  const current = summariseRound(
    [
      plan('p1', { status: 'completed' }),
      plan('p2'),
      plan('p3', { status: 'completed' }),
      plan('p4', { status: 'completed', selfEvaluation: 'S' }),
      plan('p5', { status: 'cancelled', cancelled: true, selfEvaluation: null }),
    ],
    settings,
  );

  it('writes each category’s change next to its count, ▲ for a decrease', () => {
    const rows = summaryRows(current, previous).filter((row) => row.axis === 'status');
    expect(rows.map((row) => [row.category, row.count, formatCountChange(row.change)])).toEqual([
      ['未着手', 0, '±0'],
      ['取組中', 1, '▲1'],
      ['完了', 3, '+1'],
      ['中止', 1, '+1'],
    ]);
  });

  it('has no change column without a previous round', () => {
    expect(summaryRows(current).every((row) => row.change === null)).toBe(true);
    expect(formatCountChange(null)).toBe('―');
  });

  it('covers every axis: statuses, grades, grade groups and the achievement counts', () => {
    const axes = new Set(summaryRows(current, previous).map((row) => row.axis));
    expect([...axes]).toEqual(['status', 'self_evaluation', 'self_group', 'hq_evaluation', 'hq_group', 'achievement']);
    const group = summaryRows(current, previous).find((row) => row.axis === 'self_group')!;
    expect([group.count, group.change, formatShare(group.share)]).toEqual([4, 0, '100.0%']);
  });

  it('formats shares with one decimal', () => {
    expect(formatShare(0.6521)).toBe('65.2%');
    expect(formatShare(2 / 3)).toBe('66.7%');
    expect(formatShare(null)).toBe('―');
  });
});

describe('financial effect totals', () => {
  it('sums planned and actual per year and cumulatively, in integer yen', () => {
    const totals = financialEffectTotals(
      [2020, 2018, 2019],
      [
        { fiscalYear: 2018, amount: 1_000_000 },
        { fiscalYear: 2018, amount: 500_000 },
        { fiscalYear: 2019, amount: 2_000_000 },
        { fiscalYear: 2020, amount: 2_000_000 },
      ],
      [
        { fiscalYear: 2018, amount: 1_200_000 },
        { fiscalYear: 2019, amount: 1_800_000 },
      ],
    );
    expect(totals).toEqual([
      { fiscalYear: 2018, planned: 1_500_000, actual: 1_200_000, plannedCumulative: 1_500_000, actualCumulative: 1_200_000 },
      { fiscalYear: 2019, planned: 2_000_000, actual: 1_800_000, plannedCumulative: 3_500_000, actualCumulative: 3_000_000 },
      { fiscalYear: 2020, planned: 2_000_000, actual: null, plannedCumulative: 5_500_000, actualCumulative: null },
    ]);
  });

  it('keeps a reported 0 yen apart from a year not reported', () => {
    const totals = financialEffectTotals([2018, 2019], [], [{ fiscalYear: 2018, amount: 0 }]);
    expect(totals.map((year) => [year.actual, year.actualCumulative])).toEqual([
      [0, 0],
      [null, null],
    ]);
  });
});
