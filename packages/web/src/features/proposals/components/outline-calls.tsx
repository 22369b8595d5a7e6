import type { OutlineDetailResponse } from '@gyokaku/contracts';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../auth/api/use-session';
import { hasRole } from '../../auth/roles';
import { useCalls } from '../api/use-calls';
import { CallTable } from './call-table';

// The form brings the contract schemas and Zod, which only the secretariat needs.
const CallForm = lazy(async () => ({ default: (await import('./call-form')).CallForm }));

/** 「実施計画の募集」 on the outline page: the outline's calls, and for the secretariat the way to open one. */
export function OutlineCalls({ outline }: { outline: OutlineDetailResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const calls = useCalls(outline.id);
  const [creating, setCreating] = useState(false);
  const canOpen = hasRole(user, 'secretariat') && outline.status !== 'closed';
  // Departments see only the calls addressed to them; without any, the section would only say so.
  if (!canOpen && (calls.data?.items.length ?? 0) === 0) return null;

  return (
    <Panel
      title={t('proposals.calls.title')}
      actions={
        canOpen && (
          <Button size="sm" aria-expanded={creating} onClick={() => setCreating(true)}>
            {t('proposals.calls.open')}
          </Button>
        )
      }
    >
      <p className="text-solid-gray-800">{t('proposals.calls.lead')}</p>
      {creating && (
        <Suspense fallback={<Loading />}>
          <CallForm
            outlineId={outline.id}
            onSaved={(call) => void navigate(`/calls/${call.id}`, { state: { message: t('proposals.calls.opened', { title: call.title }) } })}
            onCancel={() => setCreating(false)}
          />
        </Suspense>
      )}
      <QueryState query={calls}>{({ items }) => (items.length === 0 ? <p>{t('proposals.calls.empty')}</p> : <CallTable calls={items} />)}</QueryState>
    </Panel>
  );
}
