import { describe, it, expect } from 'vitest';
import { parseYen } from './parse-yen.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('parseYen', () => {
  it.each([
    '1000', '1,000', '１，０００', '￥1,000', '¥1000', '\\1000', '＼１０００', '1000円', '1,000円',
    '¥1,000円', ' 1,000 ', '1, 000', '１　０００', '+1000', '＋１，０００',
  ])('reads %j as 1000 yen', (text) => {
    expect(parseYen(text)).toBe(1000);
  });

  it.each([
    ['12千円', 12_000], ['12千', 12_000], ['3百万円', 3_000_000], ['1.5千円', 1_500], ['1万円', 10_000],
    ['2億円', 200_000_000], ['1千万円', 10_000_000], ['1,234百万円', 1_234_000_000], ['１．５千円', 1_500],
    ['0.001千円', 1], ['1兆円', 1_000_000_000_000], ['1.0円', 1], ['0', 0], ['007', 7],
  ])('scales %s to %i yen', (text, expected) => {
    expect(parseYen(text)).toBe(expected);
  });

  it('does decimal arithmetic on the digits, so 1.1千円 is exactly 1100', () => {
    expect(parseYen('1.1千円')).toBe(1100);
    expect(parseYen('0.7千円')).toBe(700);
    expect(parseYen('1.23百万円')).toBe(1_230_000);
    expect(parseYen('4.35千円')).toBe(4350);
  });

  it.each([
    ['-2,500', -2500], ['−2,500', -2500], ['▲2,500', -2500], ['△2,500', -2500], ['－２，５００', -2500],
    ['▲¥2,500', -2500], ['¥-2,500', -2500], ['▲2.5千円', -2500], ['▲ 2,500 円', -2500],
  ])('reads %s as a negative amount', (text, expected) => {
    expect(parseYen(text)).toBe(expected);
  });

  it('returns 0, never -0, for a negative zero', () => {
    expect(Object.is(parseYen('-0'), 0)).toBe(true);
    expect(Object.is(parseYen('▲0千円'), 0)).toBe(true);
  });

  it('accepts the largest safe integer and rejects one more', () => {
    expect(parseYen('9,007,199,254,740,991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseYen('-9007199254740991')).toBe(-Number.MAX_SAFE_INTEGER);
    expectCode(() => parseYen('9007199254740992'), 'invalid_amount');
    expectCode(() => parseYen('1兆兆円'), 'invalid_amount');
    expectCode(() => parseYen('99999999兆円'), 'invalid_amount');
  });

  it.each(['1.5円', '1.0001千円', '0.5', '1.5', '0.0001千円'])('rejects the fraction of a yen in %s', (text) => {
    expectCode(() => parseYen(text), 'invalid_amount');
  });

  it.each([
    '', '   ', '円', '¥', '-', '▲', 'abc', '1,0,0', '10,00', '1,00,000', ',100', '100,', '1,000.', '.5千円',
    '1.2.3', '--1', '▲-1', '-¥-1', '1000ドル', '1e3', '12千千円', '千円', '1 000 円 円', '0x10', 'Infinity',
  ])('rejects junk %j with invalid_amount', (text) => {
    expectCode(() => parseYen(text), 'invalid_amount');
  });
});
