import type { MunicipalitySettings } from '@gyokaku/contracts';

type YearStyle = MunicipalitySettings['yearStyle'];

// The server stores instants in UTC; staff read them as Japan time whatever the PC's zone.
const TIME_ZONE = 'Asia/Tokyo';

export function formatDateTime(timestamp: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(timestamp));
}

/** A calendar date (YYYY-MM-DD) as the municipality writes it: 令和6年4月1日 or 2024年4月1日. */
export function formatDate(isoDate: string, options: { language: string; yearStyle: YearStyle }): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  // A calendar date has no zone; pinning UTC keeps the day from shifting.
  const instant = new Date(Date.UTC(year, month - 1, day));
  if (options.language === 'en') {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
  }
  if (options.yearStyle === 'seireki') return `${year}年${month}月${day}日`;
  return new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}
