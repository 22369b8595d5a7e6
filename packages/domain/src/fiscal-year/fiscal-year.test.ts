import { describe, it, expect } from 'vitest';
import { fiscalYearOf, formatFiscalYear, isFiscalYear } from './fiscal-year.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('fiscalYearOf', () => {
  it('starts the fiscal year at midnight 1 April in Japan time', () => {
    expect(fiscalYearOf(new Date('2024-03-31T15:00:00Z'))).toBe(2024);
    expect(fiscalYearOf(new Date('2024-03-31T14:59:59.999Z'))).toBe(2023);
  });

  it('keeps January–March in the previous fiscal year', () => {
    expect(fiscalYearOf(new Date('2024-01-01T00:00:00+09:00'))).toBe(2023);
    expect(fiscalYearOf(new Date('2024-12-31T23:59:59+09:00'))).toBe(2024);
    expect(fiscalYearOf(new Date('2023-12-31T15:00:00Z'))).toBe(2023);
  });

  it('rejects an invalid Date', () => {
    expectCode(() => fiscalYearOf(new Date(Number.NaN)), 'invalid_date');
  });
});

describe('formatFiscalYear', () => {
  it.each([
    [2023, '令和5年度', 'R5', '2023年度'],
    [2019, '令和元年度', 'R1', '2019年度'],
    [2018, '平成30年度', 'H30', '2018年度'],
    [1989, '平成元年度', 'H1', '1989年度'],
    [1988, '昭和63年度', 'S63', '1988年度'],
    [1926, '昭和元年度', 'S1', '1926年度'],
    [1925, '大正14年度', 'T14', '1925年度'],
    [1912, '大正元年度', 'T1', '1912年度'],
    [1911, '明治44年度', 'M44', '1911年度'],
    [1868, '明治元年度', 'M1', '1868年度'],
  ])('formats fiscal %i as %s / %s / %s', (fy, wareki, short, seireki) => {
    expect(formatFiscalYear(fy, 'wareki')).toBe(wareki);
    expect(formatFiscalYear(fy, 'wareki-short')).toBe(short);
    expect(formatFiscalYear(fy, 'seireki')).toBe(seireki);
  });

  it('rejects years outside 1868–9999 and non-integers', () => {
    for (const fy of [1867, 10000, 2023.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectCode(() => formatFiscalYear(fy, 'wareki'), 'invalid_fiscal_year');
      expectCode(() => formatFiscalYear(fy, 'seireki'), 'invalid_fiscal_year');
    }
    expect(isFiscalYear(2023)).toBe(true);
    expect(isFiscalYear('2023')).toBe(false);
  });
});
