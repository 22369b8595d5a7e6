import { describe, it, expect } from 'vitest';
import { fiscalYearsBetween } from './fiscal-year-range.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('fiscalYearsBetween', () => {
  it('lists every fiscal year, both ends included', () => {
    expect(fiscalYearsBetween(2023, 2027)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(fiscalYearsBetween(2023, 2023)).toEqual([2023]);
  });

  it('rejects reversed and invalid years', () => {
    expectCode(() => fiscalYearsBetween(2024, 2023), 'invalid_fiscal_year_range');
    expectCode(() => fiscalYearsBetween(2023.5, 2024), 'invalid_fiscal_year');
    expectCode(() => fiscalYearsBetween(1000, 2024), 'invalid_fiscal_year');
  });
});
