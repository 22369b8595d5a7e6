import { DomainError } from '../errors/domain-error.js';
import { assertFiscalYear } from '../fiscal-year/fiscal-year.js';

/**
 * An extension is a correction to a running cycle, not a new one: beyond five years (the usual
 * length of a whole outline) the council should be given a new outline or plan instead.
 */
export const MAX_PERIOD_EXTENSION_YEARS = 5;

export interface PeriodExtension {
  readonly currentEnd: number;
  readonly newEnd: number;
  /** Recorded in the change history and shown to the council, so it may not be blank. */
  readonly reason: string;
}

/** Checks an extension of an outline's or plan's end fiscal year. */
export function validatePeriodExtension({ currentEnd, newEnd, reason }: PeriodExtension): void {
  assertFiscalYear(currentEnd);
  assertFiscalYear(newEnd);
  if (newEnd <= currentEnd) {
    throw new DomainError(
      'invalid_period_extension',
      `延長後の終了年度（${newEnd}年度）は現在の終了年度（${currentEnd}年度）より後にしてください。`,
    );
  }
  if (newEnd - currentEnd > MAX_PERIOD_EXTENSION_YEARS) {
    throw new DomainError(
      'invalid_period_extension',
      `期間の延長は${MAX_PERIOD_EXTENSION_YEARS}年度までです（${currentEnd}年度→${newEnd}年度）。`,
    );
  }
  if (reason.trim() === '') {
    throw new DomainError('reason_required', '期間を延長する理由を入力してください。');
  }
}
