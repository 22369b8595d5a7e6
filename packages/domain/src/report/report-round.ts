import { formatFiscalYear, type FiscalYearStyle } from '../fiscal-year/fiscal-year.js';

/** A reporting round covers the first half of a fiscal year (上半期) or the whole of it. */
export const REPORT_PERIODS = ['first_half', 'full_year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const REPORT_PERIOD_LABELS: Readonly<Record<ReportPeriod, string>> = { first_half: '上半期', full_year: '通期' };

export interface RoundRef {
  readonly fiscalYear: number;
  readonly period: ReportPeriod;
}

/**
 * The documents' own wording: 「令和4年度上半期進捗状況報告書」 for a half year, and for a full year
 * 「令和3年度取組報告書」 (the achievement report), in the municipality's year style.
 */
export function roundDocumentTitle(round: RoundRef, kind: 'progress' | 'achievement', style: FiscalYearStyle): string {
  const year = formatFiscalYear(round.fiscalYear, style);
  const period = round.period === 'first_half' ? '上半期' : '';
  return `${year}${period}${kind === 'progress' ? '進捗状況報告書' : '取組報告書'}`;
}

/** The last day a round covers: 30 September for a first half, 31 March of the next year for a full year. */
export function roundPeriodEnd(round: RoundRef): string {
  return round.period === 'first_half' ? `${round.fiscalYear}-09-30` : `${round.fiscalYear + 1}-03-31`;
}

/** Rounds in time order: a year's first half comes before its full year. */
export function compareRounds(a: RoundRef, b: RoundRef): number {
  return a.fiscalYear - b.fiscalYear || REPORT_PERIODS.indexOf(a.period) - REPORT_PERIODS.indexOf(b.period);
}

/**
 * The round a report's 増減 is measured against: the latest earlier round of the same period
 * kind, else the latest earlier round of any kind — a city compares 上半期 with last year's 上半期
 * when it has one, and with whatever it reported last otherwise.
 */
export function previousRound<T extends RoundRef>(round: RoundRef, rounds: readonly T[]): T | undefined {
  const earlier = rounds.filter((other) => compareRounds(other, round) < 0).sort(compareRounds);
  return earlier.filter((other) => other.period === round.period).at(-1) ?? earlier.at(-1);
}
