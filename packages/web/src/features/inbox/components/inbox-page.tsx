import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useInboxTasks, useMarkNotificationsRead, useNotifications } from '../api/use-inbox';
import { NotificationList } from './notification-list';
import { TaskTable } from './task-table';

const PAGE_SIZE = 20;

function Tasks() {
  const { t } = useTranslation();
  const tasks = useInboxTasks();
  return (
    <Panel title={t('inbox.tasks.title')}>
      <p className="text-solid-gray-800">{t('inbox.tasks.lead')}</p>
      <QueryState query={tasks}>{({ items }) => (items.length === 0 ? <p>{t('inbox.tasks.empty')}</p> : <TaskTable tasks={items} />)}</QueryState>
    </Panel>
  );
}

function Notifications() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [page, setPage] = useState(1);
  const notifications = useNotifications(page, PAGE_SIZE);
  const markRead = useMarkNotificationsRead();
  const unread = notifications.data?.unread ?? 0;

  return (
    <Panel
      title={t('inbox.notifications.title', { count: unread })}
      actions={
        unread > 0 && (
          <Button variant="secondary" size="sm" aria-disabled={markRead.isPending} onClick={() => !markRead.isPending && markRead.mutate(undefined)}>
            {t('inbox.notifications.markAll')}
          </Button>
        )
      }
    >
      {markRead.isError && (
        <Notice tone="error">
          <p>{errorMessage(markRead.error)}</p>
        </Notice>
      )}
      <QueryState query={notifications}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('inbox.notifications.empty')}</p>
          ) : (
            <>
              <NotificationList items={data.items} pending={markRead.isPending} onRead={(id) => markRead.mutate([id])} />
              <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Panel>
  );
}

/** やること: the user's own tasks in the proposal workflow, and the notifications that told them of changes. */
export function InboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('inbox.title')} lead={t('inbox.lead')} />
      <div className="flex flex-col gap-8">
        <Tasks />
        <Notifications />
      </div>
    </>
  );
}
