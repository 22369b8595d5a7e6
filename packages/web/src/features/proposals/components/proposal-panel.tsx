import type { OutlineDetailResponse, Plan, ProposalAction, ProposalState, ProposalStatus } from '@gyokaku/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { useEditingPanel } from '../../../lib/use-editing-panel';
import { useProposalTimeline } from '../api/use-proposal';
import { CommentForm } from './comment-form';
import { MergeProposal } from './merge-proposal';
import { ProposalActionForm } from './proposal-action-form';
import { ProposalComments } from './proposal-comments';
import { ProposalSteps } from './proposal-steps';
import { ProposalTimelineList } from './proposal-timeline';
import { SinceReturn } from './since-return';
import { ProposalStateBadge } from './status-badges';
import { StatusMessage } from './status-message';
import { useDeadlineText } from './use-deadline';

type Editing = { form: 'none' } | { form: 'action'; action: ProposalAction } | { form: 'comment' } | { form: 'merge' };

// Steps that move the proposal forward lead; returns, refusals and withdrawals follow as secondary buttons.
const FORWARD: ReadonlySet<ProposalAction> = new Set(['submit', 'approve', 'accept', 'adopt']);

// The call's deadline binds the department; once the proposal has left its hands the date no longer matters.
const IN_DEPARTMENT: ReadonlySet<ProposalState> = new Set(['drafting', 'returned', 'awaiting_approval']);

function ProposalFacts({ proposal }: { proposal: ProposalStatus }) {
  const { t, i18n } = useTranslation();
  const deadline = useDeadlineText();
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-[max-content_1fr]">
      <dt className="text-std-16B-170">{t('proposals.panel.call')}</dt>
      <dd>
        <Link to={`/calls/${proposal.callId}`}>{proposal.callTitle}</Link>
      </dd>
      {IN_DEPARTMENT.has(proposal.state) && (
        <>
          <dt className="text-std-16B-170">{t('proposals.panel.deadline')}</dt>
          <dd>{deadline(proposal.closesOn, undefined, { labelled: false })}</dd>
        </>
      )}
      <dt className="text-std-16B-170">{t('proposals.panel.state')}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <ProposalStateBadge state={proposal.state} />
        <span>{t('proposals.panel.since', { at: formatDateTime(proposal.stateSince, i18n.language) })}</span>
      </dd>
    </dl>
  );
}

/**
 * The proposal at the top of its plan page: where it stands, what the reader may do now, what
 * changed since the last return, the comments and the history. Each action ends in a focused
 * status message, because the button pressed usually disappears with the state it belonged to.
 */
export function ProposalPanel({ plan, proposal, outline }: { plan: Plan; proposal: ProposalStatus; outline: OutlineDetailResponse | undefined }) {
  const { t } = useTranslation();
  const headingId = useId();
  const timeline = useProposalTimeline(plan.id);
  const { editing, message, open, saved, close } = useEditingPanel<Editing>({ form: 'none' });
  const actions = proposal.availableActions
    .filter((action) => action !== 'merge')
    .sort((a, b) => Number(FORWARD.has(b)) - Number(FORWARD.has(a)));
  const canMerge = proposal.availableActions.includes('merge');
  const formProps = { plan, onDone: saved, onCancel: close };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-6 rounded-12 border-2 border-key-900 bg-white p-6">
      <h2 id={headingId} className="text-std-24B-150">
        {t('proposals.panel.title')}
      </h2>
      <ProposalSteps state={proposal.state} />
      <p>{t(`proposals.next.${proposal.state}`)}</p>
      <ProposalFacts proposal={proposal} />
      {proposal.mergedInto && (
        <Notice tone="info">
          <p>
            {t('proposals.panel.mergedInto')}
            <Link to={`/plans/${proposal.mergedInto.id}`}>{`${proposal.mergedInto.number} ${proposal.mergedInto.title}`}</Link>
          </p>
        </Notice>
      )}
      {message && <StatusMessage message={message} />}
      {(actions.length > 0 || canMerge || proposal.canComment) && (
        <div className="flex flex-wrap gap-3">
          {actions.map((action) => (
            <Button
              key={action}
              variant={FORWARD.has(action) ? 'primary' : 'secondary'}
              aria-expanded={editing.form === 'action' && editing.action === action}
              onClick={() => open({ form: 'action', action })}
            >
              {t(`proposals.actions.${action}`)}
            </Button>
          ))}
          {canMerge && (
            <Button variant="secondary" aria-expanded={editing.form === 'merge'} onClick={() => open({ form: 'merge' })}>
              {t('proposals.merge.button')}
            </Button>
          )}
          {proposal.canComment && (
            <Button variant="tertiary" aria-expanded={editing.form === 'comment'} onClick={() => open({ form: 'comment' })}>
              {t('proposals.comments.write')}
            </Button>
          )}
        </div>
      )}
      {editing.form === 'action' && <ProposalActionForm key={editing.action} action={editing.action} {...formProps} />}
      {editing.form === 'comment' && <CommentForm {...formProps} />}
      {editing.form === 'merge' && <MergeProposal callId={proposal.callId} {...formProps} />}
      <QueryState query={timeline}>
        {(data) => (
          <>
            {data.sinceReturn && outline && <SinceReturn plan={plan} outline={outline} since={data.sinceReturn} />}
            <ProposalComments comments={data.comments} currentVersion={plan.version} />
            {data.absorbed.length > 0 && (
              <div className="flex flex-col gap-2">
                <h3 className="text-std-20B-150">{t('proposals.panel.absorbed')}</h3>
                <ul className="flex list-disc flex-col gap-1 pl-6">
                  {data.absorbed.map((absorbed) => (
                    <li key={absorbed.id}>
                      <Link to={`/plans/${absorbed.id}`}>{`${absorbed.number} ${absorbed.title}`}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <details open className="flex flex-col gap-3">
              <summary className="cursor-pointer text-std-17B-170 text-key-900 underline">{t('proposals.timeline.title', { count: data.events.length })}</summary>
              <div className="mt-3">
                <ProposalTimelineList events={data.events} />
              </div>
            </details>
          </>
        )}
      </QueryState>
    </section>
  );
}
