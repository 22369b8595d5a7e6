import { describe, expect, it } from 'vitest';
import { compareRounds, previousRound, roundDocumentTitle, roundPeriodEnd } from './report-round.js';

describe('reporting rounds', () => {
  it('titles documents the way the city does, in its year style', () => {
    expect(roundDocumentTitle({ fiscalYear: 2022, period: 'first_half' }, 'progress', 'wareki')).toBe('令和4年度上半期進捗状況報告書');
    expect(roundDocumentTitle({ fiscalYear: 2019, period: 'full_year' }, 'achievement', 'wareki')).toBe('令和元年度取組報告書');
    expect(roundDocumentTitle({ fiscalYear: 2018, period: 'full_year' }, 'progress', 'seireki')).toBe('2018年度進捗状況報告書');
    expect(roundDocumentTitle({ fiscalYear: 2023, period: 'first_half' }, 'progress', 'wareki-short')).toBe('R5上半期進捗状況報告書');
  });

  it('ends a first half on 30 September and a full year on 31 March of the next calendar year', () => {
    expect(roundPeriodEnd({ fiscalYear: 2019, period: 'first_half' })).toBe('2019-09-30');
    expect(roundPeriodEnd({ fiscalYear: 2019, period: 'full_year' })).toBe('2020-03-31');
  });

  it('orders a year’s first half before its full year', () => {
    const rounds = [
      { fiscalYear: 2021, period: 'full_year' as const },
      { fiscalYear: 2021, period: 'first_half' as const },
      { fiscalYear: 2020, period: 'full_year' as const },
    ];
    expect([...rounds].sort(compareRounds)).toEqual([rounds[2], rounds[1], rounds[0]]);
  });

  it('compares with the latest earlier round of the same kind, else the latest earlier round', () => {
    const rounds = [
      { id: 'fy20', fiscalYear: 2020, period: 'full_year' as const },
      { id: 'fy21h1', fiscalYear: 2021, period: 'first_half' as const },
      { id: 'fy21', fiscalYear: 2021, period: 'full_year' as const },
      { id: 'fy22h1', fiscalYear: 2022, period: 'first_half' as const },
    ];
    expect(previousRound({ fiscalYear: 2022, period: 'first_half' }, rounds)?.id).toBe('fy21h1');
    expect(previousRound({ fiscalYear: 2021, period: 'full_year' }, rounds)?.id).toBe('fy20');
    expect(previousRound({ fiscalYear: 2021, period: 'first_half' }, rounds)?.id).toBe('fy20');
    expect(previousRound({ fiscalYear: 2020, period: 'full_year' }, rounds)).toBeUndefined();
  });
});
