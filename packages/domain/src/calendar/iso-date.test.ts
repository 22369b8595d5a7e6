import { describe, it, expect } from 'vitest';
import { dayBefore, isIsoDate, parseIsoDate, todayInJapan } from './iso-date.js';

const expectCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ code }));

describe('isIsoDate / parseIsoDate', () => {
  it('accepts real calendar dates, including 29 February in leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(parseIsoDate('2024-04-01')).toEqual({ year: 2024, month: 4, day: 1 });
  });

  it('rejects impossible dates and other shapes', () => {
    for (const text of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-4-1', '2024/04/01', '', '0000-01-01', ' 2024-04-01']) {
      expect(isIsoDate(text)).toBe(false);
    }
    expectCode(() => parseIsoDate('2024-02-30'), 'invalid_date');
  });
});

describe('dayBefore', () => {
  it('steps back within a month, across months, leap Februaries and years', () => {
    expect(dayBefore('2024-04-02')).toBe('2024-04-01');
    expect(dayBefore('2024-04-01')).toBe('2024-03-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2023-03-01')).toBe('2023-02-28');
    expect(dayBefore('2024-05-01')).toBe('2024-04-30');
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
  });

  it('rejects invalid dates and the first representable day', () => {
    expectCode(() => dayBefore('2024-02-30'), 'invalid_date');
    expectCode(() => dayBefore('0001-01-01'), 'invalid_date');
  });
});

describe('todayInJapan', () => {
  it('gives the JST calendar date regardless of the UTC date', () => {
    expect(todayInJapan(new Date('2024-03-31T15:00:00Z'))).toBe('2024-04-01');
    expect(todayInJapan(new Date('2024-03-31T14:59:59.999Z'))).toBe('2024-03-31');
    expect(todayInJapan(new Date('2023-12-31T15:00:00Z'))).toBe('2024-01-01');
  });

  it('rejects an invalid Date', () => {
    expectCode(() => todayInJapan(new Date('nope')), 'invalid_date');
  });
});
