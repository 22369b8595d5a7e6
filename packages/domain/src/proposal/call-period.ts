import { DomainError } from '../errors/domain-error.js';

/** Where a call for proposals stands on a given Japan-time date (ISO yyyy-mm-dd compare as text). */
export type CallPhase = 'scheduled' | 'open' | 'closed';

export function callPhase(period: { opensOn: string; closesOn: string }, today: string): CallPhase {
  if (today < period.opensOn) return 'scheduled';
  if (today > period.closesOn) return 'closed';
  return 'open';
}

/** Days left until the close date, counting the close date itself as a working day of the call. */
export function daysUntil(closesOn: string, today: string): number {
  const day = 86_400_000;
  return Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / day);
}

export function validateCallPeriod(period: { opensOn: string; closesOn: string }): void {
  if (period.closesOn < period.opensOn) {
    throw new DomainError('invalid_call_period', '締切日は募集開始日以降の日付にしてください。');
  }
}
