import { describe, it, expect } from 'vitest';
import { achievementRate, isTargetDirection, TARGET_DIRECTIONS } from './achievement-rate.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('achievementRate: increase', () => {
  it('measures progress from the baseline', () => {
    expect(achievementRate({ direction: 'increase', baseline: 100, target: 200, actual: 175 })).toEqual({ rate: 0.75, worsened: false });
  });

  it('uses actual / target without a baseline (null or undefined)', () => {
    expect(achievementRate({ direction: 'increase', baseline: null, target: 40, actual: 30 })).toEqual({ rate: 0.75, worsened: false });
    expect(achievementRate({ direction: 'increase', target: 40, actual: 30 })).toEqual({ rate: 0.75, worsened: false });
  });

  it('keeps over-achievement (150 %)', () => {
    expect(achievementRate({ direction: 'increase', baseline: 100, target: 200, actual: 250 }).rate).toBe(1.5);
  });

  it('gives 0 with no change, and 0 + worsened when below the baseline', () => {
    expect(achievementRate({ direction: 'increase', baseline: 100, target: 200, actual: 100 })).toEqual({ rate: 0, worsened: false });
    expect(achievementRate({ direction: 'increase', baseline: 100, target: 200, actual: 50 })).toEqual({ rate: 0, worsened: true });
  });

  it('returns the raw, unrounded ratio', () => {
    expect(achievementRate({ direction: 'increase', baseline: 0, target: 3, actual: 1 }).rate).toBeCloseTo(1 / 3, 15);
  });

  it('rejects a target at or below the baseline, and a non-positive target without one', () => {
    expectCode(() => achievementRate({ direction: 'increase', baseline: 100, target: 100, actual: 120 }), 'invalid_target');
    expectCode(() => achievementRate({ direction: 'increase', baseline: 100, target: 80, actual: 90 }), 'invalid_target');
    expectCode(() => achievementRate({ direction: 'increase', target: 0, actual: 5 }), 'invalid_target');
    expectCode(() => achievementRate({ direction: 'increase', target: -10, actual: -20 }), 'invalid_target');
  });
});

describe('achievementRate: decrease (lower is better)', () => {
  it('measures the reduction achieved', () => {
    expect(achievementRate({ direction: 'decrease', baseline: 100, target: 80, actual: 90 })).toEqual({ rate: 0.5, worsened: false });
    expect(achievementRate({ direction: 'decrease', baseline: 100, target: 80, actual: 70 }).rate).toBe(1.5);
  });

  it('scores overtime that doubled as 0 and worsened, not 200 %', () => {
    expect(achievementRate({ direction: 'decrease', baseline: 100, target: 80, actual: 200 })).toEqual({ rate: 0, worsened: true });
  });

  it('requires a baseline above the target', () => {
    expectCode(() => achievementRate({ direction: 'decrease', target: 80, actual: 90 }), 'invalid_target');
    expectCode(() => achievementRate({ direction: 'decrease', baseline: null, target: 80, actual: 90 }), 'invalid_target');
    expectCode(() => achievementRate({ direction: 'decrease', baseline: 80, target: 80, actual: 70 }), 'invalid_target');
    expectCode(() => achievementRate({ direction: 'decrease', baseline: 80, target: 100, actual: 90 }), 'invalid_target');
  });
});

describe('achievementRate: maintain-min (keep at or above)', () => {
  it('gives 1 when kept, even when exceeded', () => {
    expect(achievementRate({ direction: 'maintain-min', target: 95, actual: 95 })).toEqual({ rate: 1, worsened: false });
    expect(achievementRate({ direction: 'maintain-min', target: 95, actual: 99 })).toEqual({ rate: 1, worsened: false });
    expect(achievementRate({ direction: 'maintain-min', target: 0, actual: 0 })).toEqual({ rate: 1, worsened: false });
  });

  it('gives actual / target and worsened when not kept; the baseline is ignored', () => {
    expect(achievementRate({ direction: 'maintain-min', baseline: 10, target: 100, actual: 90 })).toEqual({ rate: 0.9, worsened: true });
  });

  it('clamps a negative ratio to 0 and a misleading ratio above 1 to 1', () => {
    expect(achievementRate({ direction: 'maintain-min', target: 10, actual: -5 })).toEqual({ rate: 0, worsened: true });
    expect(achievementRate({ direction: 'maintain-min', target: -10, actual: -20 })).toEqual({ rate: 1, worsened: true });
  });

  it('rejects a zero target when it would have to divide by it', () => {
    expectCode(() => achievementRate({ direction: 'maintain-min', target: 0, actual: -1 }), 'invalid_target');
  });
});

describe('achievementRate: maintain-max (keep at or below)', () => {
  it('gives 1 when kept, including actual 0 under a non-negative target', () => {
    expect(achievementRate({ direction: 'maintain-max', target: 10, actual: 10 })).toEqual({ rate: 1, worsened: false });
    expect(achievementRate({ direction: 'maintain-max', target: 10, actual: 0 })).toEqual({ rate: 1, worsened: false });
    expect(achievementRate({ direction: 'maintain-max', target: 0, actual: 0 })).toEqual({ rate: 1, worsened: false });
  });

  it('gives target / actual and worsened when exceeded', () => {
    expect(achievementRate({ direction: 'maintain-max', target: 10, actual: 20 })).toEqual({ rate: 0.5, worsened: true });
    expect(achievementRate({ direction: 'maintain-max', target: 0, actual: 3 })).toEqual({ rate: 0, worsened: true });
  });

  it('clamps a negative ratio to 0', () => {
    expect(achievementRate({ direction: 'maintain-max', target: -10, actual: 5 })).toEqual({ rate: 0, worsened: true });
  });

  it('rejects dividing by an actual of 0', () => {
    expectCode(() => achievementRate({ direction: 'maintain-max', target: -1, actual: 0 }), 'invalid_target');
  });
});

describe('achievementRate: input validation', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %s anywhere with invalid_target', (bad) => {
    expectCode(() => achievementRate({ direction: 'increase', baseline: 0, target: bad, actual: 1 }), 'invalid_target');
    expectCode(() => achievementRate({ direction: 'increase', baseline: 0, target: 10, actual: bad }), 'invalid_target');
    expectCode(() => achievementRate({ direction: 'decrease', baseline: bad, target: 10, actual: 1 }), 'invalid_target');
  });

  it('rejects an unknown direction', () => {
    expectCode(() => achievementRate({ direction: 'sideways' as never, target: 1, actual: 1 }), 'invalid_target');
  });

  it('exports the four directions', () => {
    expect(TARGET_DIRECTIONS).toEqual(['increase', 'decrease', 'maintain-min', 'maintain-max']);
    expect(isTargetDirection('decrease')).toBe(true);
    expect(isTargetDirection('down')).toBe(false);
  });
});
