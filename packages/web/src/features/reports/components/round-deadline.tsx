import { daysUntil, todayInJapan } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../organisation/components/use-date-format';

interface RoundDeadlineProps {
  dueOn: string;
  /** The server's count in Japan time where it sent one, so screen and server agree on the day. */
  daysLeft?: number | undefined;
  /** Nothing is awaited any more: the date is shown without counting down. */
  done: boolean;
}

/** 「令和4年10月31日（あと3日）」, in red when close. */
export function RoundDeadline({ dueOn, daysLeft, done }: RoundDeadlineProps) {
  const { t } = useTranslation();
  const date = useDateFormat();
  if (done) return <span>{date(dueOn)}</span>;
  const left = daysLeft ?? daysUntil(dueOn, todayInJapan(new Date()));
  const remaining = left > 0 ? t('reports.deadline.daysLeft', { count: left }) : left === 0 ? t('reports.deadline.today') : t('reports.deadline.passed');
  return <span className={left <= 3 ? 'text-std-16B-170 text-error-2' : ''}>{t('reports.deadline.text', { date: date(dueOn), remaining })}</span>;
}
