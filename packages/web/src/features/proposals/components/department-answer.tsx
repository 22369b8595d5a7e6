import type { Call } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../components/button';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { usePlans } from '../../plans/api/use-plans';
import { useDateFormat } from '../../organisation/components/use-date-format';
import { DepartmentProposals } from './department-proposals';
import { NoProposalAnswer } from './no-proposal-answer';
import { DepartmentStatusBadge } from './status-badges';
import { StatusMessage } from './status-message';

/** What one addressed department does with the call: file proposals, follow them, or answer 「提案なし」. */
export function DepartmentAnswer({ call, departmentId }: { call: Call; departmentId: string }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const [message, setMessage] = useState<string | null>(null);
  const entry = call.departments.find((candidate) => candidate.department.id === departmentId);
  const plans = usePlans(call.outlineId, { callId: call.id, departmentId, pageSize: 200 });
  if (!entry) return null;
  const name = entry.department.name;

  return (
    <Panel title={t('proposals.answer.title', { department: name })}>
      <p className="flex flex-wrap items-center gap-2">
        <span>{t('proposals.answer.status')}</span>
        <DepartmentStatusBadge status={entry.status} />
      </p>
      {message && <StatusMessage message={message} />}
      <QueryState query={plans}>
        {(list) => {
          // The list filter also matches collaborating departments; the department answers for the proposals it leads.
          const led = list.items.filter((plan) => plan.leadDepartment.id === departmentId);
          return led.length === 0 ? <p>{t('proposals.answer.none')}</p> : <DepartmentProposals caption={t('proposals.answer.caption', { department: name })} items={led} />;
        }}
      </QueryState>
      {call.phase === 'open' ? (
        <div>
          <LinkButton to={`/outlines/${call.outlineId}/plans/new?callId=${call.id}`} variant="primary">
            {t('proposals.answer.create')}
          </LinkButton>
        </div>
      ) : (
        <p className="text-solid-gray-800">{call.phase === 'scheduled' ? t('proposals.answer.notYetOpen', { date: date(call.opensOn) }) : t('proposals.answer.closed')}</p>
      )}
      {entry.proposalCount === 0 && <NoProposalAnswer call={call} entry={entry} onDone={setMessage} />}
    </Panel>
  );
}
