import { DEPARTMENT_CALL_STATUSES, hasAnsweredCall, PROPOSAL_STATES } from '@gyokaku/domain';
import type { Call, CallDepartment, DepartmentCallStatus } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/form-field';
import { Panel } from '../../../components/panel';
import { Table, Td, Th } from '../../../components/table';
import { formatDateTime } from '../../../lib/format';
import { ReminderConfirm } from './reminder-confirm';
import { DepartmentStatusBadge } from './status-badges';
import { StatusMessage } from './status-message';

type Reminding = { departments: CallDepartment[]; all: boolean } | null;

function ProposalCount({ entry }: { entry: CallDepartment }) {
  const { t } = useTranslation();
  const states = PROPOSAL_STATES.filter((state) => (entry.proposalStates[state] ?? 0) > 0);
  return (
    <>
      {t('proposals.calls.count', { count: entry.proposalCount })}
      {states.length > 0 && (
        <span className="block text-dns-14N-130 text-solid-gray-800">
          {states.map((state) => t('proposals.progress.stateCount', { state: t(`proposals.states.${state}`), count: entry.proposalStates[state] })).join('・')}
        </span>
      )}
    </>
  );
}

/** The secretariat's view of a call: how far each addressed department is, and reminders to those that have not answered. */
export function CallProgress({ call }: { call: Call }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<DepartmentCallStatus | ''>('');
  const [reminding, setReminding] = useState<Reminding>(null);
  const [message, setMessage] = useState<string | null>(null);
  const unanswered = call.departments.filter((entry) => !hasAnsweredCall(entry.status));
  const shown = filter ? call.departments.filter((entry) => entry.status === filter) : call.departments;
  const countOf = (status: DepartmentCallStatus) => call.departments.filter((entry) => entry.status === status).length;
  const ask = (next: Reminding) => {
    setMessage(null);
    setReminding(next);
  };

  return (
    <Panel
      title={t('proposals.progress.title')}
      actions={
        unanswered.length > 0 && (
          <Button size="sm" aria-expanded={reminding?.all ?? false} onClick={() => ask({ departments: unanswered, all: true })}>
            {t('proposals.progress.remindAll', { count: unanswered.length })}
          </Button>
        )
      }
    >
      <p>{t('proposals.progress.summary', { answered: call.answeredCount, total: call.departmentCount })}</p>
      {message && <StatusMessage message={message} />}
      {reminding && (
        <ReminderConfirm
          callId={call.id}
          {...reminding}
          onSent={(text) => {
            setReminding(null);
            setMessage(text);
          }}
          onCancel={() => setReminding(null)}
        />
      )}
      <div className="flex flex-wrap items-end gap-6">
        <SelectField id="call-progress-filter" label={t('proposals.progress.filter')} value={filter} onChange={(e) => setFilter(e.target.value as DepartmentCallStatus | '')} width="md">
          <option value="">{t('proposals.progress.allStatuses', { count: call.departments.length })}</option>
          {DEPARTMENT_CALL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t('proposals.progress.statusOption', { status: t(`proposals.departmentStatus.${status}`), count: countOf(status) })}
            </option>
          ))}
        </SelectField>
        <p role="status" className="mb-3 text-solid-gray-800">
          {t('proposals.progress.shown', { count: shown.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p>{t('proposals.progress.empty')}</p>
      ) : (
        <Table caption={t('proposals.progress.caption')} captionHidden>
          <thead>
            <tr>
              {(['division', 'department', 'status', 'proposals', 'reminded', 'actions'] as const).map((column) => (
                <Th key={column}>{t(`proposals.progress.columns.${column}`)}</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.department.id}>
                <Td className="whitespace-nowrap">{entry.divisionName}</Td>
                <th scope="row" className="border-b border-solid-gray-200 px-4 py-3 text-left align-top text-std-16B-170 whitespace-nowrap">
                  {entry.department.name}
                </th>
                <Td className="min-w-48">
                  <DepartmentStatusBadge status={entry.status} />
                  {entry.status === 'no_proposal' && entry.noProposalNote && (
                    <span className="mt-1 block text-dns-14N-130 text-solid-gray-800">{entry.noProposalNote}</span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  <ProposalCount entry={entry} />
                </Td>
                <Td className="whitespace-nowrap">{entry.lastRemindedAt ? formatDateTime(entry.lastRemindedAt, i18n.language) : t('proposals.progress.never')}</Td>
                <Td>
                  {!hasAnsweredCall(entry.status) && (
                    <Button
                      variant="secondary"
                      size="sm"
                      className="whitespace-nowrap"
                      aria-label={t('proposals.progress.remindOne', { department: entry.department.name })}
                      onClick={() => ask({ departments: [entry], all: false })}
                    >
                      {t('proposals.progress.remind')}
                    </Button>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Panel>
  );
}
