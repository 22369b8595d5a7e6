import { daysUntil, todayInJapan } from '@gyokaku/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** 12月18日（金） / Fri 18 Dec: a deadline is read by its weekday, as staff plan the week around it. */
export function useShortDate(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (isoDate: string) => {
      const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
      // A calendar date has no zone; pinning UTC keeps the day from shifting.
      const instant = new Date(Date.UTC(year, month - 1, day));
      if (english) return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(instant);
      const weekday = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'UTC' }).format(instant);
      return `${month}月${day}日（${weekday}）`;
    },
    [english],
  );
}

/**
 * 「締切：12月18日（金）あと23日」. Days are counted in Japan time; pass the server's `daysLeft`
 * where it sent one so the screen and the server agree on the day.
 */
export function useDeadlineText(): (closesOn: string, daysLeft?: number, options?: { labelled: boolean }) => string {
  const { t } = useTranslation();
  const shortDate = useShortDate();
  return useCallback(
    (closesOn: string, daysLeft?: number, { labelled } = { labelled: true }) => {
      const left = daysLeft ?? daysUntil(closesOn, todayInJapan(new Date()));
      const remaining = left > 0 ? t('proposals.deadline.daysLeft', { count: left }) : left === 0 ? t('proposals.deadline.today') : t('proposals.deadline.passed');
      // Without the 「締切：」 prefix where a label beside it already says so.
      return t(labelled ? 'proposals.deadline.text' : 'proposals.deadline.unlabelled', { date: shortDate(closesOn), remaining });
    },
    [shortDate, t],
  );
}
