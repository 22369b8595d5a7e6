import { DomainError } from '../errors/domain-error.js';

// Japan has had no daylight saving since 1952, so a fixed offset is exact for every date we handle,
// and it keeps the result independent of the server's own time zone.
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

export function japanCalendarDate(instant: Date): CalendarDate {
  const time = instant.getTime();
  if (!Number.isFinite(time)) {
    throw new DomainError('invalid_date', '日時が不正です');
  }
  const shifted = new Date(time + JST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}
