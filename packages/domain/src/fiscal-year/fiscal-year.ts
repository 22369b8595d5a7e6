import { japanCalendarDate } from '../calendar/japan-time.js';
import { DomainError } from '../errors/domain-error.js';
import { eraOfFiscalYear } from './era.js';

// Wareki needs an era, and Meiji is the first we know; four digits are plenty for plans.
export const MIN_FISCAL_YEAR = 1868;
export const MAX_FISCAL_YEAR = 9999;

export type FiscalYearStyle = 'wareki' | 'wareki-short' | 'seireki';

export function isFiscalYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_FISCAL_YEAR && (value as number) <= MAX_FISCAL_YEAR;
}

export function assertFiscalYear(value: number): void {
  if (!isFiscalYear(value)) {
    throw new DomainError(
      'invalid_fiscal_year',
      `年度は${MIN_FISCAL_YEAR}～${MAX_FISCAL_YEAR}の整数で指定してください: ${String(value)}`,
    );
  }
}

/** The fiscal year (starting 1 April, Japan time) that contains `date`. */
export function fiscalYearOf(date: Date): number {
  const { year, month } = japanCalendarDate(date);
  return month >= 4 ? year : year - 1;
}

/** `令和元年度` / `R1` / `2019年度`. */
export function formatFiscalYear(fiscalYear: number, style: FiscalYearStyle): string {
  assertFiscalYear(fiscalYear);
  if (style === 'seireki') return `${fiscalYear}年度`;
  const found = eraOfFiscalYear(fiscalYear);
  if (!found) throw new DomainError('invalid_fiscal_year', `元号のない年度です: ${fiscalYear}`);
  const { era, eraYear } = found;
  if (style === 'wareki-short') return `${era.letter}${eraYear}`;
  if (style === 'wareki') return `${era.name}${eraYear === 1 ? '元' : eraYear}年度`;
  throw new DomainError('invalid_fiscal_year', `未知の表記です: ${String(style)}`);
}
