import { describe, it, expect } from 'vitest';
import { parseFiscalYearRange } from './parse-fiscal-year-range.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('parseFiscalYearRange', () => {
  it.each([
    'H30～H34', 'H30〜H34', 'H30~H34', 'H30-H34', 'H30－H34', 'H30ーH34', 'H30‐H34', 'H30–H34',
    '平成30年度～令和4年度', '平成30年度～平成34年度', 'ｈ３０～ｒ４', ' H30 ～ R4 ', '2018-2022',
  ])('reads %s as 2018–2022', (text) => {
    expect(parseFiscalYearRange(text)).toEqual({ start: 2018, end: 2022 });
  });

  it('reads R5-R9 and 2023〜2027年度 as 2023–2027', () => {
    expect(parseFiscalYearRange('R5-R9')).toEqual({ start: 2023, end: 2027 });
    expect(parseFiscalYearRange('2023〜2027年度')).toEqual({ start: 2023, end: 2027 });
    expect(parseFiscalYearRange('２０２３年度－２０２７年度')).toEqual({ start: 2023, end: 2027 });
  });

  it('lets a bare era year on the right borrow the era on the left (平成28～32年度)', () => {
    expect(parseFiscalYearRange('平成28～32年度')).toEqual({ start: 2016, end: 2020 });
    expect(parseFiscalYearRange('R元～5')).toEqual({ start: 2019, end: 2023 });
  });

  it('does not let a bare number borrow anything from a seireki year', () => {
    expectCode(() => parseFiscalYearRange('2023～27'), 'invalid_fiscal_year');
  });

  it('accepts a single-year range', () => {
    expect(parseFiscalYearRange('R5～R5')).toEqual({ start: 2023, end: 2023 });
  });

  it('rejects an invalid side with invalid_fiscal_year', () => {
    for (const text of ['R5～', '～R9', 'R0～R5', 'R5～X9', 'R5', '', 'R5～R7～R9', 'R5--R9', '20234-2025']) {
      expectCode(() => parseFiscalYearRange(text), 'invalid_fiscal_year');
    }
  });

  it('rejects an end before the start with invalid_fiscal_year_range', () => {
    expectCode(() => parseFiscalYearRange('R9～R5'), 'invalid_fiscal_year_range');
    expectCode(() => parseFiscalYearRange('2023-2022'), 'invalid_fiscal_year_range');
  });
});
