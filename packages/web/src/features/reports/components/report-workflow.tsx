import type { ProgressReport, ReportAction } from '@gyokaku/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { formatDateTime } from '../../../lib/format';
import { useEditingPanel } from '../../../lib/use-editing-panel';
import { StatusMessage } from '../../proposals/components/status-message';
import { ReportActionForm } from './report-action-form';
import { ReportStateBadge } from './report-state-badge';
import { ReportSteps } from './report-steps';
import { ReportTimeline } from './report-timeline';

type Editing = { form: 'none' } | { form: 'action'; action: ReportAction };

// Steps that move the report forward lead; withdrawals and returns follow as secondary buttons.
const FORWARD: ReadonlySet<ReportAction> = new Set(['submit', 'approve', 'accept']);

/**
 * Where the report stands, what the reader may do with it now, and its history. Each step ends in
 * a focused status message, because the button pressed usually disappears with the state it belonged to.
 */
export function ReportWorkflow({ report, unsaved }: { report: ProgressReport; unsaved: boolean }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { editing, message, open, saved, close } = useEditingPanel<Editing>({ form: 'none' });
  const returned = report.state === 'returned' ? report.events.findLast((event) => event.toState === 'returned') : undefined;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-6 rounded-12 border-2 border-key-900 bg-white p-6">
      <h2 id={headingId} className="text-std-24B-150">
        {t('reports.workflow.title')}
      </h2>
      <ReportSteps state={report.state} />
      <p className="flex flex-wrap items-center gap-2">
        <ReportStateBadge state={report.state} />
        <span>{t('reports.workflow.since', { at: formatDateTime(report.stateSince, i18n.language) })}</span>
      </p>
      <p>{t(`reports.next.${report.state}`)}</p>
      {returned?.comment && (
        <div className="rounded-8 border-l-8 border-error-2 bg-red-50 p-4">
          <p className="text-std-16B-170">{t('reports.workflow.returnReason', { name: returned.actorName })}</p>
          <p className="mt-1 whitespace-pre-wrap">{returned.comment}</p>
        </div>
      )}
      {message && <StatusMessage message={message} />}
      {report.availableActions.length > 0 && (
        <div className="flex flex-wrap gap-3">
          {report.availableActions.map((action) => (
            <Button
              key={action}
              variant={FORWARD.has(action) ? 'primary' : 'secondary'}
              aria-expanded={editing.form === 'action' && editing.action === action}
              onClick={() => open({ form: 'action', action })}
            >
              {t(`reports.actions.${action}`)}
            </Button>
          ))}
        </div>
      )}
      {editing.form === 'action' && <ReportActionForm key={editing.action} report={report} action={editing.action} unsaved={unsaved} onDone={saved} onCancel={close} />}
      <details open className="flex flex-col gap-3">
        <summary className="cursor-pointer text-std-17B-170 text-key-900 underline">{t('reports.timeline.title', { count: report.events.length })}</summary>
        <div className="mt-3">
          <ReportTimeline events={report.events} />
        </div>
      </details>
    </section>
  );
}
