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
import { useReportRounds } from '../api/use-report-rounds';
import { RoundTable } from './round-table';

// The form brings the contract schemas and Zod, which only the secretariat needs.
const RoundForm = lazy(async () => ({ default: (await import('./round-form')).RoundForm }));

/** Only an adopted outline has plans in force to report on, and a closed one is finished. */
const canReportOn = (outline: OutlineDetailResponse) => outline.status === 'adopted' || outline.status === 'in_force';

/** 「進捗状況報告」 on the outline page: the outline's reporting rounds, and for the secretariat the way to open one. */
export function OutlineReportRounds({ outline }: { outline: OutlineDetailResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const rounds = useReportRounds(outline.id);
  const [creating, setCreating] = useState(false);
  const canOpen = hasRole(user, 'secretariat') && canReportOn(outline);
  // Departments see only rounds with a report of theirs; without any, the section would only say so.
  if (!canOpen && (rounds.data?.items.length ?? 0) === 0) return null;

  return (
    <Panel
      title={t('reports.rounds.title')}
      actions={
        canOpen && (
          <Button size="sm" aria-expanded={creating} onClick={() => setCreating(true)}>
            {t('reports.rounds.open')}
          </Button>
        )
      }
    >
      <p className="text-solid-gray-800">{t('reports.rounds.lead')}</p>
      {creating && (
        <Suspense fallback={<Loading />}>
          <RoundForm
            outline={outline}
            onSaved={(round) => void navigate(`/report-rounds/${round.id}`, { state: { message: t('reports.roundForm.opened', { title: round.title, count: round.reportCount }) } })}
            onCancel={() => setCreating(false)}
          />
        </Suspense>
      )}
      <QueryState query={rounds}>
        {({ items }) => (items.length === 0 ? <p>{t('reports.rounds.empty')}</p> : <RoundTable rounds={items} withDashboard={hasRole(user, 'secretariat', 'hq_member')} />)}
      </QueryState>
    </Panel>
  );
}
