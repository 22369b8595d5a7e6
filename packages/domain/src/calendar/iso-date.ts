import { DomainError } from '../errors/domain-error.js';
import { japanCalendarDate, type CalendarDate } from './japan-time.js';

// Pure calendar arithmetic on `YYYY-MM-DD` strings: no Date objects, so no time-zone drift and no
// two-digit-year surprises from Date.UTC. Years 0001–9999 only (proleptic Gregorian).
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function tryParse(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return tryParse(text) !== undefined;
}

export function parseIsoDate(text: string): CalendarDate {
  const date = tryParse(text);
  if (!date) {
    throw new DomainError('invalid_date', `日付は YYYY-MM-DD 形式の実在する日付で入力してください: ${text}`);
  }
  return date;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The calendar day before `isoDate`, e.g. the last day of a department that is reorganised. */
export function dayBefore(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  if (day > 1) return formatIsoDate({ year, month, day: day - 1 });
  if (month > 1) return formatIsoDate({ year, month: month - 1, day: daysInMonth(year, month - 1) });
  if (year > 1) return formatIsoDate({ year: year - 1, month: 12, day: 31 });
  throw new DomainError('invalid_date', `${isoDate} の前日は扱えません`);
}

/** Today's date as seen in Japan, whatever the server's time zone. */
export function todayInJapan(now: Date): string {
  return formatIsoDate(japanCalendarDate(now));
}
