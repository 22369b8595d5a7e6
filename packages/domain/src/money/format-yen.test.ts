import { describe, it, expect } from 'vitest';
import { formatYen } from './format-yen.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('formatYen', () => {
  it('formats 182,090,568 yen in each unit, half-up by default', () => {
    expect(formatYen(182_090_568, '円')).toBe('182,090,568円');
    expect(formatYen(182_090_568, '千円')).toBe('182,091千円');
    expect(formatYen(182_090_568, '百万円')).toBe('182百万円');
  });

  it('truncates with floor', () => {
    expect(formatYen(182_090_568, '千円', 'floor')).toBe('182,090千円');
    expect(formatYen(182_999_999, '百万円', 'floor')).toBe('182百万円');
  });

  it('rounds halves up at the .5 boundary', () => {
    expect(formatYen(1_500, '千円')).toBe('2千円');
    expect(formatYen(1_499, '千円')).toBe('1千円');
    expect(formatYen(2_500_000, '百万円')).toBe('3百万円');
    expect(formatYen(2_499_999, '百万円')).toBe('2百万円');
    expect(formatYen(999_500, '千円')).toBe('1,000千円');
  });

  it('writes negatives with ▲, rounding the magnitude half-up (away from zero)', () => {
    expect(formatYen(-2_500, '円')).toBe('▲2,500円');
    expect(formatYen(-2_500, '千円')).toBe('▲3千円');
    expect(formatYen(-2_499, '千円')).toBe('▲2千円');
  });

  it('truncates a negative magnitude toward zero with floor', () => {
    expect(formatYen(-2_500, '千円', 'floor')).toBe('▲2千円');
    expect(formatYen(-2_999, '千円', 'floor')).toBe('▲2千円');
  });

  it('never writes ▲0', () => {
    expect(formatYen(-499, '千円')).toBe('0千円');
    expect(formatYen(-999, '千円', 'floor')).toBe('0千円');
    expect(formatYen(-0, '円')).toBe('0円');
  });

  it('formats zero and small amounts', () => {
    expect(formatYen(0, '円')).toBe('0円');
    expect(formatYen(0, '百万円')).toBe('0百万円');
    expect(formatYen(999, '円')).toBe('999円');
    expect(formatYen(499, '千円')).toBe('0千円');
  });

  it('formats the largest safe integers exactly', () => {
    expect(formatYen(Number.MAX_SAFE_INTEGER, '円')).toBe('9,007,199,254,740,991円');
    expect(formatYen(Number.MAX_SAFE_INTEGER, '千円')).toBe('9,007,199,254,741千円');
    expect(formatYen(Number.MAX_SAFE_INTEGER, '千円', 'floor')).toBe('9,007,199,254,740千円');
    expect(formatYen(-Number.MAX_SAFE_INTEGER, '百万円')).toBe('▲9,007,199,255百万円');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, -(2 ** 60)])(
    'rejects %s with invalid_amount',
    (value) => {
      expectCode(() => formatYen(value, '円'), 'invalid_amount');
    },
  );

  it('rejects an unknown unit or rounding at run time', () => {
    expectCode(() => formatYen(1, 'ドル' as never), 'invalid_amount');
    expectCode(() => formatYen(1, '円', 'ceil' as never), 'invalid_amount');
  });
});
