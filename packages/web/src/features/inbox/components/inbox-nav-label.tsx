import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useInboxCounts } from '../api/use-inbox';

/**
 * 「やること」 with the number of waiting tasks as a badge. The count is part of the link's name
 * (read as 「やること（3件）」), and is fetched again on every navigation besides the polling.
 */
export function InboxNavLabel() {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const { pathname } = useLocation();
  const first = useRef(true);
  const { refetch } = counts;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refetch();
  }, [pathname, refetch]);
  const tasks = counts.data?.tasks ?? 0;

  if (tasks === 0) return <>{t('inbox.nav')}</>;
  // One hidden text carries the whole name: browsers put a space before a separately hidden count.
  return (
    <>
      <span aria-hidden="true">{t('inbox.nav')}</span>
      <span aria-hidden="true" className="ml-2 inline-block min-w-6 rounded-full bg-error-2 px-1.5 py-0.5 text-center text-dns-14B-130 text-white">
        {tasks}
      </span>
      <span className="sr-only">{t('inbox.navWithCount', { count: tasks })}</span>
    </>
  );
}
