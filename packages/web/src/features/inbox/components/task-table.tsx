import type { InboxTask } from '@gyokaku/contracts';
import { todayInJapan } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, Td, Th } from '../../../components/table';
import { formatDateTime } from '../../../lib/format';
import { useShortDate } from '../../proposals/components/use-deadline';

/** The proposal, report or call the task is about, linked to where it is done. */
function TaskSubject({ task }: { task: InboxTask }) {
  const { t } = useTranslation();
  const to = task.reportId ? `/reports/${task.reportId}` : task.plan ? `/plans/${task.plan.id}` : task.callId ? `/calls/${task.callId}` : null;
  const name = task.plan ? `${task.plan.number} ${task.plan.title}` : (task.callTitle ?? task.round?.title ?? '');
  const context = task.round ? t('inbox.tasks.inRound', { round: task.round.title }) : task.plan && task.callTitle ? t('inbox.tasks.inCall', { call: task.callTitle }) : null;
  return (
    <>
      {to ? (
        <Link to={to} className="text-std-16B-170">
          {name}
        </Link>
      ) : (
        <span className="text-std-16B-170">{name}</span>
      )}
      {context && <span className="block text-dns-14N-130 text-solid-gray-800">{context}</span>}
    </>
  );
}

/** What waits for the user, oldest first as the server sends it; an overdue deadline says so in words, not colour alone. */
export function TaskTable({ tasks }: { tasks: InboxTask[] }) {
  const { t, i18n } = useTranslation();
  const shortDate = useShortDate();
  const today = todayInJapan(new Date());

  return (
    <Table caption={t('inbox.tasks.caption')} captionHidden>
      <thead>
        <tr>
          {(['kind', 'subject', 'department', 'since', 'deadline'] as const).map((column) => (
            <Th key={column}>{t(`inbox.tasks.columns.${column}`)}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const overdue = task.deadline !== null && task.deadline < today;
          return (
            <tr key={`${task.kind}-${task.reportId ?? task.plan?.id ?? task.callId}-${task.department.id}`}>
              <Td className="text-std-16B-170 whitespace-nowrap">{t(`inbox.kinds.${task.kind}`)}</Td>
              <Td className="min-w-64">
                <TaskSubject task={task} />
              </Td>
              <Td>{task.department.name}</Td>
              <Td className="whitespace-nowrap">{formatDateTime(task.since, i18n.language)}</Td>
              <Td className="whitespace-nowrap">
                {task.deadline === null ? (
                  <span className="text-solid-gray-700">{t('inbox.tasks.noDeadline')}</span>
                ) : overdue ? (
                  <span className="font-bold text-error-2">{t('inbox.tasks.overdue', { date: shortDate(task.deadline) })}</span>
                ) : (
                  shortDate(task.deadline)
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
