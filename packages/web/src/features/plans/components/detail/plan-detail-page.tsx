import type { Plan } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button, buttonClass, LinkButton } from '../../../../components/button';
import { Notice } from '../../../../components/notice';
import { PageHeader } from '../../../../components/page-header';
import { Panel } from '../../../../components/panel';
import { QueryState } from '../../../../components/query-state';
import { formatDateTime } from '../../../../lib/format';
import { hasRole } from '../../../auth/roles';
import { useSession } from '../../../auth/api/use-session';
import { useOutline } from '../../../outlines/api/use-outline';
import { PeriodChanges } from '../../../outlines/components/period-changes';
import { PeriodExtendForm } from '../../../outlines/components/period-extend-form';
import { ProposalPanel } from '../../../proposals/components/proposal-panel';
import { useFieldNotes } from '../../../proposals/components/use-field-notes';
import { useExtendPlan } from '../../api/use-plan-mutations';
import { usePlan } from '../../api/use-plan';
import { usePlanLabels } from '../use-plan-labels';
import { PlanSheetView } from './plan-sheet-view';

function PlanActions({ plan, onExtend }: { plan: Plan; onExtend: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <>
      {plan.editable && (
        <LinkButton to={`/plans/${plan.id}/edit`} variant="primary">
          {t('plans.detail.edit')}
        </LinkButton>
      )}
      <a href={`/api/plans/${plan.id}/sheet.html`} target="_blank" rel="noopener" className={buttonClass('secondary')}>
        {t('plans.detail.print')}
        <span className="sr-only">{t('plans.detail.printNote')}</span>
      </a>
      <a href={`/api/plans/${plan.id}/sheet.pdf`} download className={buttonClass('secondary')}>
        {t('plans.detail.pdf')}
      </a>
      <LinkButton to={`/plans/${plan.id}/history`}>{t('plans.detail.history')}</LinkButton>
      {onExtend && (
        <Button variant="secondary" onClick={onExtend}>
          {t('outlines.admin.extend')}
        </Button>
      )}
    </>
  );
}

function PlanChecks({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  return (
    <Panel title={t('plans.detail.checks')}>
      {plan.checks.length === 0 ? (
        <p>{t('plans.detail.noChecks')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {plan.checks.map((check, index) => (
            <li key={`${check.code}-${index}`} className={`border-l-4 pl-3 ${check.severity === 'error' ? 'border-error-2' : 'border-yellow-700'}`}>
              <p className="text-std-16B-170">{`${t(`plans.severity.${check.severity}`)}：${labels.check(check.code)}`}</p>
              <p className="text-solid-gray-800">{check.message}</p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export function PlanDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation() as { state: { message?: string } | null };
  const plan = usePlan(id);
  const outline = useOutline(plan.data?.outlineId);
  const { user } = useSession();
  const extend = useExtendPlan();
  const [extending, setExtending] = useState(false);
  const [extended, setExtended] = useState<string | null>(null);
  const notes = useFieldNotes(plan.data);
  // Extending a plan's period is the secretariat's decision, like the outline's.
  const canExtend = hasRole(user, 'secretariat') && outline.data?.status !== 'closed';

  return (
    <>
      <p className="mb-4">
        {plan.data ? <Link to={`/outlines/${plan.data.outlineId}/plans`}>{t('plans.detail.back')}</Link> : null}
      </p>
      <PageHeader
        title={plan.data ? `${plan.data.number} ${plan.data.title}` : t('plans.list.title')}
        lead={plan.data && outline.data && <Link to={`/outlines/${outline.data.id}`}>{outline.data.title}</Link>}
        actions={plan.data && <PlanActions plan={plan.data} onExtend={canExtend ? () => setExtending(true) : null} />}
      />
      <QueryState query={plan}>
        {(loaded) => (
          <div className="flex flex-col gap-8">
            {extending && (
              <PeriodExtendForm
                formId="plan-extend"
                current={loaded}
                extend={extend}
                onSaved={(message) => {
                  setExtending(false);
                  setExtended(message);
                }}
                onCancel={() => setExtending(false)}
              />
            )}
            {extended && (
              <Notice tone="success">
                <p>{extended}</p>
              </Notice>
            )}
            {state?.message && (
              <Notice tone="success">
                <p>{state.message}</p>
              </Notice>
            )}
            {loaded.proposal && <ProposalPanel plan={loaded} proposal={loaded.proposal} outline={outline.data} />}
            <p className="text-solid-gray-800">
              {`${t('plans.detail.version', { version: loaded.version })}　${t('plans.detail.updated', { at: formatDateTime(loaded.updatedAt, i18n.language), by: loaded.updatedBy })}`}
            </p>
            <PlanChecks plan={loaded} />
            <QueryState query={outline}>{(data) => <PlanSheetView plan={loaded} outline={data} notes={notes} />}</QueryState>
            {loaded.periodChanges.length > 0 && <PeriodChanges changes={loaded.periodChanges} />}
          </div>
        )}
      </QueryState>
    </>
  );
}
