import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useCalls } from '../api/use-calls';
import { useDeadlineText } from './use-deadline';

/**
 * Calls taking proposals now, soonest deadline first. Departments get only the calls addressed to
 * them, so this is their "what is asked of us" on the home page; the secretariat sees the answers coming in.
 */
export function OpenCalls({ showAnswers }: { showAnswers: boolean }) {
  const { t } = useTranslation();
  const deadline = useDeadlineText();
  const calls = useCalls();

  return (
    <Panel title={t('proposals.home.title')}>
      <QueryState query={calls}>
        {({ items }) => {
          const open = items.filter((call) => call.phase === 'open').sort((a, b) => a.closesOn.localeCompare(b.closesOn));
          if (open.length === 0) return <p>{t('proposals.home.none')}</p>;
          return (
            <ul className="flex flex-col gap-4">
              {open.map((call) => (
                <li key={call.id} className="flex flex-col gap-2 rounded-8 border-l-8 border-key-900 bg-key-50 p-5">
                  <Link to={`/calls/${call.id}`} className="text-std-20B-150">
                    {call.title}
                  </Link>
                  <p className="text-solid-gray-800">{call.outlineTitle}</p>
                  <p className={`text-std-16B-170 ${call.daysLeft <= 3 ? 'text-error-2' : ''}`}>{deadline(call.closesOn, call.daysLeft)}</p>
                  {showAnswers && <p>{t('proposals.call.departmentsValue', { total: call.departmentCount, answered: call.answeredCount })}</p>}
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </Panel>
  );
}
