import type { Call } from '@gyokaku/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../organisation/components/use-date-format';
import { CallPhase } from './call-phase';

/** Period, deadline and reach of a call, as everyone sees them at the top of its page. */
export function CallFacts({ call }: { call: Call }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const rows: [string, ReactNode][] = [
    [t('proposals.call.period'), t('proposals.call.periodValue', { from: date(call.opensOn), to: date(call.closesOn) })],
    [t('proposals.call.phase'), <CallPhase key="phase" call={call} />],
    [t('proposals.call.answerRequired'), t(call.answerRequired ? 'proposals.call.answerRequiredYes' : 'proposals.call.answerRequiredNo')],
    [t('proposals.call.departments'), t('proposals.call.departmentsValue', { total: call.departmentCount, answered: call.answeredCount })],
    [t('proposals.call.proposals'), t('proposals.calls.count', { count: call.proposalCount })],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-12 bg-solid-gray-50 p-6 md:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-std-16B-170">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
