import { describe, expect, it } from 'vitest';
import { formatDate } from './report-labels.js';

describe('formatDate', () => {
  it('writes a date in the era in force that day, the first year as 元年', () => {
    expect(formatDate('2019-04-30', 'wareki')).toBe('平成31年4月30日');
    expect(formatDate('2019-05-01', 'wareki')).toBe('令和元年5月1日');
    expect(formatDate('2022-10-14', 'wareki')).toBe('令和4年10月14日');
  });

  it('writes R4.10.14 or 2022年10月14日 when the municipality says so', () => {
    expect(formatDate('2022-10-14', 'wareki-short')).toBe('R4.10.14');
    expect(formatDate('2019-04-30', 'wareki-short')).toBe('H31.4.30');
    expect(formatDate('2022-10-14', 'seireki')).toBe('2022年10月14日');
  });
});
