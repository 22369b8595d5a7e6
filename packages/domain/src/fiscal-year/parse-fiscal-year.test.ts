import { describe, it, expect } from 'vitest';
import { parseFiscalYear } from './parse-fiscal-year.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('parseFiscalYear', () => {
  it.each([
    '令和5年度', '令和５年度', '令和5年', '令和5', 'R5', 'Ｒ５', 'r5', 'ｒ５', 'R5年度', 'R.5', 'R．5',
    'R05', '令5', '㋿5年度', '2023年度', '２０２３', '2023', '2023年', '２０２３年度',
  ])('reads %s as fiscal 2023', (text) => {
    expect(parseFiscalYear(text)).toBe(2023);
  });

  it('ignores surrounding and inner spaces, full-width ones too', () => {
    expect(parseFiscalYear('令和 5 年度')).toBe(2023);
    expect(parseFiscalYear('\u3000Ｒ\u3000５\u3000')).toBe(2023);
    expect(parseFiscalYear(' 2 0 2 3 ')).toBe(2023);
  });

  it('reads 元 as the first year of an era', () => {
    expect(parseFiscalYear('令和元年度')).toBe(2019);
    expect(parseFiscalYear('R元')).toBe(2019);
    expect(parseFiscalYear('平成元年')).toBe(1989);
    expect(parseFiscalYear('昭和元年度')).toBe(1926);
  });

  it('treats 平成31年度 as fiscal 2019', () => {
    expect(parseFiscalYear('平成31年度')).toBe(2019);
  });

  it('keeps counting era years past the era end, as pre-2019 plans do (H34 = 2022)', () => {
    expect(parseFiscalYear('H34')).toBe(2022);
    expect(parseFiscalYear('昭和64年度')).toBe(1989);
    expect(parseFiscalYear('昭和100年')).toBe(2025);
  });

  it.each([
    ['M1', 1868], ['明治45年', 1912], ['T1', 1912], ['大正15年度', 1926], ['S1', 1926],
    ['S63', 1988], ['H1', 1989], ['h30', 2018], ['平30', 2018], ['R1', 2019],
  ])('converts %s to fiscal %i with era start year + n − 1', (text, expected) => {
    expect(parseFiscalYear(text)).toBe(expected);
  });

  it.each([
    '', '   ', '令和', 'R', '令和0年度', 'R0', 'R00', 'X5', '平静5年度', '令和5年度度', '令和-5', 'R5.5',
    '20234', '202', '1867', '0999', 'abc', '令和五年度', '2023年度1', 'FY2023', 'R1000',
  ])('rejects %j with invalid_fiscal_year', (text) => {
    expectCode(() => parseFiscalYear(text), 'invalid_fiscal_year');
  });

  it('accepts the seireki bounds 1868 and 9999', () => {
    expect(parseFiscalYear('1868')).toBe(1868);
    expect(parseFiscalYear('9999年度')).toBe(9999);
  });
});
