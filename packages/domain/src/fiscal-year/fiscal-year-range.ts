import { DomainError } from '../errors/domain-error.js';
import { assertFiscalYear } from './fiscal-year.js';

/** Every fiscal year from `start` to `end`, both included (a plan period's columns). */
export function fiscalYearsBetween(start: number, end: number): number[] {
  assertFiscalYear(start);
  assertFiscalYear(end);
  if (end < start) {
    throw new DomainError('invalid_fiscal_year_range', `終了年度が開始年度より前です: ${start}～${end}`);
  }
  return Array.from({ length: end - start + 1 }, (_, index) => start + index);
}
