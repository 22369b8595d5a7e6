import type { CallDepartment } from '@gyokaku/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useRemindDepartments } from '../api/use-call-mutations';

interface ReminderConfirmProps {
  callId: string;
  /** The departments to remind; `all` sends to every one that has not answered, as the server counts them. */
  departments: CallDepartment[];
  all: boolean;
  onSent: (message: string) => void;
  onCancel: () => void;
}

/** Names who will be reminded before anything is sent: a reminder reaches every editor and approver of those departments. */
export function ReminderConfirm({ callId, departments, all, onSent, onCancel }: ReminderConfirmProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const remind = useRemindDepartments(callId);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const send = () =>
    remind.mutate(all ? undefined : departments.map((entry) => entry.department.id), {
      onSuccess: (result) => onSent(t('proposals.progress.reminded', { departments: result.departments, users: result.users })),
    });

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-12 border-2 border-key-900 bg-white p-6">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="text-std-20B-150 outline-none">
        {t('proposals.progress.confirmTitle')}
      </h3>
      <p>{t('proposals.progress.confirmLead', { count: departments.length })}</p>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {departments.map((entry) => (
          <li key={entry.department.id}>{`${entry.divisionName} ${entry.department.name}`}</li>
        ))}
      </ul>
      {remind.isError && (
        <Notice tone="error">
          <p>{errorMessage(remind.error)}</p>
        </Notice>
      )}
      <div className="flex flex-wrap gap-4">
        <Button aria-disabled={remind.isPending} onClick={() => !remind.isPending && send()}>
          {t('proposals.progress.confirmSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </section>
  );
}
