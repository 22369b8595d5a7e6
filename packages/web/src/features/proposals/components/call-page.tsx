import type { Call } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button, LinkButton } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../auth/api/use-session';
import { hasRole } from '../../auth/roles';
import { useCall } from '../api/use-calls';
import { CallFacts } from './call-facts';
import { CallForm } from './call-form';
import { CallProgress } from './call-progress';
import { DepartmentAnswer } from './department-answer';
import { StatusMessage } from './status-message';

function Instructions({ call }: { call: Call }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('proposals.call.instructions')}>
      {call.instructions ? <p className="whitespace-pre-wrap">{call.instructions}</p> : <p className="text-solid-gray-700">{t('proposals.call.noInstructions')}</p>}
    </Panel>
  );
}

/**
 * One call for proposals: its period and instructions for everyone; each addressed department's
 * own proposals and answer; for the secretariat, every department's progress and reminders.
 */
export function CallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation() as { state: { message?: string } | null };
  const { user } = useSession();
  const query = useCall(id);
  const secretariat = hasRole(user, 'secretariat');
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const call = query.data;

  return (
    <>
      <p className="mb-4">{call && <Link to={`/outlines/${call.outlineId}`}>{t('proposals.call.back', { outline: call.outlineTitle })}</Link>}</p>
      <PageHeader
        title={call?.title ?? t('proposals.calls.title')}
        lead={call && t('proposals.call.lead', { outline: call.outlineTitle })}
        actions={
          call &&
          secretariat && (
            <>
              <Button
                variant="secondary"
                aria-expanded={editing}
                onClick={() => {
                  setMessage(null);
                  setEditing(true);
                }}
              >
                {t('proposals.call.edit')}
              </Button>
              <LinkButton to={`/outlines/${call.outlineId}/plans?callId=${call.id}`}>{t('proposals.call.allProposals')}</LinkButton>
            </>
          )
        }
      />
      <QueryState query={query}>
        {(loaded) => (
          <div className="flex flex-col gap-8">
            {state?.message && !message && (
              <Notice tone="success">
                <p>{state.message}</p>
              </Notice>
            )}
            {message && <StatusMessage message={message} />}
            {editing && (
              <CallForm
                key={loaded.version}
                outlineId={loaded.outlineId}
                call={loaded}
                onSaved={() => {
                  setEditing(false);
                  setMessage(t('common.saved'));
                }}
                onCancel={() => setEditing(false)}
                onReload={() => void query.refetch()}
              />
            )}
            <CallFacts call={loaded} />
            <Instructions call={loaded} />
            {loaded.ownDepartmentIds.map((departmentId) => (
              <DepartmentAnswer key={departmentId} call={loaded} departmentId={departmentId} />
            ))}
            {secretariat && <CallProgress call={loaded} />}
          </div>
        )}
      </QueryState>
    </>
  );
}
