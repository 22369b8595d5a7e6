import type { Notification, NotificationListResponse } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { formatDateTime } from '../../../lib/format';
import { useNotificationText } from './use-notification-text';

interface NotificationListProps {
  items: NotificationListResponse['items'];
  pending: boolean;
  onRead: (id: string) => void;
}

/** Where a notification leads: the report, reporting round, plan or call it is about. */
function linkOf({ params, planId, callId }: Notification): string | null {
  if (typeof params.reportId === 'string') return `/reports/${params.reportId}`;
  if (typeof params.roundId === 'string') return `/report-rounds/${params.roundId}`;
  if (planId) return `/plans/${planId}`;
  return callId ? `/calls/${callId}` : null;
}

/** Newest first; unread ones stand out with a word and a bar, and each can be marked read on its own. */
export function NotificationList({ items, pending, onRead }: NotificationListProps) {
  const { t, i18n } = useTranslation();
  const message = useNotificationText();
  return (
    <ul className="flex flex-col gap-3">
      {items.map((notification) => {
        const unread = notification.readAt === null;
        const to = linkOf(notification);
        const comment = notification.params.comment;
        return (
          <li
            key={notification.id}
            className={`flex flex-wrap items-start justify-between gap-3 rounded-8 border p-4 ${unread ? 'border-l-8 border-key-900 bg-key-50' : 'border-solid-gray-200 bg-white'}`}
          >
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <p className="text-dns-14N-130 text-solid-gray-800">
                {unread && <span className="mr-2 rounded-4 bg-key-900 px-1.5 py-0.5 text-dns-14B-130 text-white">{t('inbox.notifications.unread')}</span>}
                {formatDateTime(notification.createdAt, i18n.language)}
                {notification.actorName && `　${notification.actorName}`}
              </p>
              <p className={unread ? 'text-std-16B-170' : ''}>{to ? (
                  // Following a notification is reading it.
                  <Link to={to} onClick={() => unread && !pending && onRead(notification.id)}>
                    {message(notification)}
                  </Link>
                ) : (
                  message(notification)
                )}</p>
              {typeof comment === 'string' && comment && <p className="whitespace-pre-wrap text-solid-gray-800">{t('inbox.notifications.comment', { comment })}</p>}
            </div>
            {unread && (
              <Button
                variant="secondary"
                size="sm"
                aria-disabled={pending}
                aria-label={t('inbox.notifications.markOneLabel', { message: message(notification) })}
                onClick={() => !pending && onRead(notification.id)}
              >
                {t('inbox.notifications.markOne')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
