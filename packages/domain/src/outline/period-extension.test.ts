import { describe, it, expect } from 'vitest';
import { MAX_PERIOD_EXTENSION_YEARS, validatePeriodExtension } from './period-extension.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('validatePeriodExtension', () => {
  const reason = '新型コロナウイルス感染症の影響により取組が遅れたため';

  it('accepts an extension of one to five years with a reason', () => {
    expect(() => validatePeriodExtension({ currentEnd: 2022, newEnd: 2023, reason })).not.toThrow();
    expect(() => validatePeriodExtension({ currentEnd: 2022, newEnd: 2027, reason })).not.toThrow();
    expect(MAX_PERIOD_EXTENSION_YEARS).toBe(5);
  });

  it('rejects a new end that is not later than the current one with invalid_period_extension', () => {
    expectCode(() => validatePeriodExtension({ currentEnd: 2022, newEnd: 2022, reason }), 'invalid_period_extension');
    expectCode(() => validatePeriodExtension({ currentEnd: 2022, newEnd: 2021, reason }), 'invalid_period_extension');
  });

  it('rejects more than five years at once with invalid_period_extension', () => {
    expectCode(() => validatePeriodExtension({ currentEnd: 2022, newEnd: 2028, reason }), 'invalid_period_extension');
  });

  it('requires a reason that is not just spaces, full-width ones included', () => {
    for (const blank of ['', '   ', '\u3000\u3000', '\n']) {
      expectCode(() => validatePeriodExtension({ currentEnd: 2022, newEnd: 2023, reason: blank }), 'reason_required');
    }
  });

  it('rejects invalid fiscal years with invalid_fiscal_year', () => {
    expectCode(() => validatePeriodExtension({ currentEnd: 2022.5, newEnd: 2023, reason }), 'invalid_fiscal_year');
    expectCode(() => validatePeriodExtension({ currentEnd: 2022, newEnd: Number.NaN, reason }), 'invalid_fiscal_year');
  });
});
