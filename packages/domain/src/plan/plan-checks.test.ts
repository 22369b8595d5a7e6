import { describe, it, expect } from 'vitest';
import { PLAN_CHECK_CODES, PLAN_CHECK_MESSAGES, PLAN_CHECK_SEVERITIES } from './plan-check-codes.js';
import { checkPlan, countSetTargets, type PlanCheckContext, type PlanForCheck } from './plan-checks.js';

const CONTEXT: PlanCheckContext = {
  outline: { startFiscalYear: 2023, endFiscalYear: 2027 },
  leafNodeIds: new Set(['leaf-1', 'leaf-2']),
};

// A sheet the council would be happy with: a unit, a direction and yearly values, an effect, a
// schedule within the period.
const GOOD: PlanForCheck = {
  kind: 'reform',
  frameworkNodeId: 'leaf-1',
  startFiscalYear: 2023,
  endFiscalYear: 2027,
  noTargetReason: '',
  targets: [
    {
      indicator: '電子申請できる手続の数',
      unit: '件',
      direction: 'increase',
      values: [
        { fiscalYear: 2023, value: 20 },
        { fiscalYear: 2027, value: 100 },
      ],
    },
  ],
  financialEffects: [{ fiscalYear: 2024, amount: 1_200_000 }],
  citizenEffect: '来庁せずに24時間申請できるようになる',
  schedule: [{ fiscalYear: 2023 }, { fiscalYear: 2027 }],
};

const codes = (plan: PlanForCheck, context = CONTEXT) => checkPlan(plan, context).map((check) => check.code);
const emptyTarget = { indicator: '', unit: '', direction: null, values: [{ fiscalYear: 2023, value: null }] };

describe('checkPlan', () => {
  it('finds nothing to point out on a complete sheet', () => {
    expect(checkPlan(GOOD, CONTEXT)).toEqual([]);
  });

  describe('numerical targets (審議会: 数値目標・見える化)', () => {
    it('warns when there is no target and no reason', () => {
      expect(checkPlan({ ...GOOD, targets: [] }, CONTEXT)).toEqual([
        {
          code: 'no_numerical_target',
          severity: 'warning',
          field: 'targets',
          message: PLAN_CHECK_MESSAGES.no_numerical_target,
        },
      ]);
    });

    it('accepts a stated reason instead of a target, but not a blank one', () => {
      expect(codes({ ...GOOD, targets: [], noTargetReason: '窓口の質の向上であり数値化になじまないため' })).toEqual([]);
      expect(codes({ ...GOOD, targets: [], noTargetReason: ' \u3000 ' })).toEqual(['no_numerical_target']);
    });

    it('treats an untouched empty target row as no target at all', () => {
      expect(codes({ ...GOOD, targets: [emptyTarget] })).toEqual(['no_numerical_target']);
    });

    it('warns per target about a missing unit, direction or values, pointing at the field', () => {
      const plan: PlanForCheck = {
        ...GOOD,
        targets: [
          GOOD.targets[0]!,
          { indicator: '時間外勤務時間', unit: ' ', direction: null, values: [{ fiscalYear: 2027, value: null }] },
        ],
      };
      expect(checkPlan(plan, CONTEXT).map(({ code, field }) => [code, field])).toEqual([
        ['target_without_unit', 'targets.1.unit'],
        ['target_without_direction', 'targets.1.direction'],
        ['target_without_values', 'targets.1.values'],
      ]);
    });

    it('names the target in the message so a sheet with several targets is clear', () => {
      const plan = { ...GOOD, targets: [{ ...GOOD.targets[0]!, unit: '' }] };
      expect(checkPlan(plan, CONTEXT)[0]?.message).toBe(
        `数値目標1「電子申請できる手続の数」：${PLAN_CHECK_MESSAGES.target_without_unit}`,
      );
    });

    it('counts a target with values for no year as without values, even when years are listed', () => {
      const noYears = { ...GOOD.targets[0]!, values: [] };
      expect(codes({ ...GOOD, targets: [noYears] })).toEqual(['target_without_values']);
      const zero = { ...GOOD.targets[0]!, values: [{ fiscalYear: 2027, value: 0 }] };
      expect(codes({ ...GOOD, targets: [zero] })).toEqual([]);
    });

    it('still checks a target row that has only a unit filled in', () => {
      const partial = { ...emptyTarget, unit: '件' };
      expect(codes({ ...GOOD, targets: [partial] })).toEqual(['target_without_direction', 'target_without_values']);
    });
  });

  describe('period (作業部会: 永年継続の取組は外す; 期限の設定)', () => {
    it('warns when the plan runs past the outline or starts before it', () => {
      expect(codes({ ...GOOD, endFiscalYear: 2029, schedule: [] })).toEqual(['end_year_beyond_outline']);
      expect(codes({ ...GOOD, startFiscalYear: 2021, schedule: [] })).toEqual(['start_year_before_outline']);
    });

    it('points at the year field and states both periods', () => {
      const [check] = checkPlan({ ...GOOD, endFiscalYear: 2029, schedule: [] }, CONTEXT);
      expect(check?.field).toBe('endFiscalYear');
      expect(check?.message).toBe(
        `${PLAN_CHECK_MESSAGES.end_year_beyond_outline}（計画：2023～2029年度、大綱：2023～2027年度）`,
      );
    });

    it('accepts a plan of a single year on the outline’s edge', () => {
      expect(codes({ ...GOOD, startFiscalYear: 2027, endFiscalYear: 2027, schedule: [{ fiscalYear: 2027 }] })).toEqual([]);
    });

    it('makes an end before the start an error and skips the comparisons it would spoil', () => {
      const plan = { ...GOOD, startFiscalYear: 2026, endFiscalYear: 2020 };
      expect(checkPlan(plan, CONTEXT)).toEqual([
        expect.objectContaining({ code: 'end_before_start', severity: 'error', field: 'endFiscalYear' }),
      ]);
    });

    it('warns about each schedule row outside the plan period', () => {
      const plan = { ...GOOD, endFiscalYear: 2025, schedule: [{ fiscalYear: 2022 }, { fiscalYear: 2024 }, { fiscalYear: 2026 }] };
      expect(checkPlan(plan, CONTEXT).map(({ code, field }) => [code, field])).toEqual([
        ['schedule_outside_period', 'schedule.0.fiscalYear'],
        ['schedule_outside_period', 'schedule.2.fiscalYear'],
      ]);
    });
  });

  describe('framework (作業部会: 計画と体系の項目が合致していない)', () => {
    it('makes a plan under a non-leaf or unknown node an error', () => {
      for (const frameworkNodeId of ['policy-1', '', 'deleted']) {
        expect(checkPlan({ ...GOOD, frameworkNodeId }, CONTEXT)).toEqual([
          expect.objectContaining({ code: 'plan_under_non_leaf', severity: 'error', field: 'frameworkNodeId' }),
        ]);
      }
    });
  });

  describe('effect of a reform (審議会: 効果を数値や具体例で)', () => {
    it('warns when a reform has neither a financial nor a citizen effect', () => {
      const plan = { ...GOOD, financialEffects: [{ fiscalYear: 2024, amount: 0 }], citizenEffect: '　' };
      expect(checkPlan(plan, CONTEXT)).toEqual([
        expect.objectContaining({ code: 'reform_without_effect', severity: 'warning', field: 'citizenEffect' }),
      ]);
    });

    it('is satisfied by either effect alone, a negative (cost) one included', () => {
      expect(codes({ ...GOOD, financialEffects: [] })).toEqual([]);
      expect(codes({ ...GOOD, citizenEffect: '' })).toEqual([]);
      expect(codes({ ...GOOD, citizenEffect: '', financialEffects: [{ fiscalYear: 2024, amount: -300_000 }] })).toEqual([]);
    });

    it('does not ask a business improvement for an effect', () => {
      expect(codes({ ...GOOD, kind: 'improvement', financialEffects: [], citizenEffect: '' })).toEqual([]);
    });
  });

  it('reports several problems together, errors included, in form order', () => {
    const plan: PlanForCheck = {
      ...GOOD,
      frameworkNodeId: 'policy-1',
      endFiscalYear: 2030,
      targets: [],
      financialEffects: [],
      citizenEffect: '',
      schedule: [{ fiscalYear: 2031 }],
    };
    expect(codes(plan)).toEqual([
      'plan_under_non_leaf',
      'end_year_beyond_outline',
      'schedule_outside_period',
      'no_numerical_target',
      'reform_without_effect',
    ]);
  });
});

describe('plan check codes', () => {
  it('has a severity and a Japanese explanation for every code', () => {
    for (const code of PLAN_CHECK_CODES) {
      expect(['error', 'warning']).toContain(PLAN_CHECK_SEVERITIES[code]);
      expect(PLAN_CHECK_MESSAGES[code]).toMatch(/[ぁ-んァ-ヶ一-龠]/u);
    }
    expect(Object.keys(PLAN_CHECK_MESSAGES).sort()).toEqual([...PLAN_CHECK_CODES].sort());
  });

  it('makes only impossible sheets errors', () => {
    const errors = PLAN_CHECK_CODES.filter((code) => PLAN_CHECK_SEVERITIES[code] === 'error');
    expect(errors).toEqual(['end_before_start', 'plan_under_non_leaf']);
  });
});

describe('countSetTargets', () => {
  it('counts the targets a department set, not untouched form rows', () => {
    expect(countSetTargets(GOOD.targets)).toBe(1);
    expect(countSetTargets([...GOOD.targets, emptyTarget])).toBe(1);
    expect(countSetTargets([{ ...emptyTarget, values: [{ fiscalYear: 2023, value: 5 }] }])).toBe(1);
    expect(countSetTargets([])).toBe(0);
  });
});
