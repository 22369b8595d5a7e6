import { defineWorkflow, WORKFLOW_ACTORS, type WorkflowActor } from '../workflow/workflow-machine.js';

/**
 * The life of a proposal (実施計画の提案): a plan filed into a call, drafted by its department,
 * approved by the department head (所属長), reviewed by the secretariat and decided by the HQ
 * (推進本部). `merged` is where a proposal ends when the secretariat folds it into another one.
 */
export const PROPOSAL_STATES = [
  'drafting',
  'awaiting_approval',
  'submitted',
  'returned',
  'accepted',
  'adopted',
  'adopted_with_changes',
  'not_adopted',
  'merged',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const PROPOSAL_STATE_LABELS: Readonly<Record<ProposalState, string>> = {
  drafting: '作成中',
  awaiting_approval: '所属長承認待ち',
  submitted: '提出済',
  returned: '差戻し',
  accepted: '受理',
  adopted: '採択',
  adopted_with_changes: '修正採択',
  not_adopted: '不採択',
  merged: '統合済',
};

/** Where a proposal rests for good: the HQ has decided, or it lives on inside another plan. */
export const FINAL_PROPOSAL_STATES: readonly ProposalState[] = ['adopted', 'adopted_with_changes', 'not_adopted', 'merged'];

export const PROPOSAL_ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'return_to_drafter',
  'return',
  'accept',
  'adopt',
  'adopt_with_changes',
  'reject',
  'merge',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

export const PROPOSAL_ACTION_LABELS: Readonly<Record<ProposalAction, string>> = {
  submit: '所属長へ提出',
  withdraw: '提出を取り下げ',
  approve: '承認して事務局へ提出',
  return_to_drafter: '担当者へ差戻し',
  return: '差戻し',
  accept: '受理',
  adopt: '採択',
  adopt_with_changes: '修正採択',
  reject: '不採択',
  merge: '他の提案へ統合',
};

/** What a person is to one proposal (see `WORKFLOW_ACTORS`). */
export const PROPOSAL_ACTORS = WORKFLOW_ACTORS;
export type ProposalActor = WorkflowActor;

// An approver may also draft (small departments often have one person doing both). The HQ
// decides at its meeting; the secretariat records that decision on the HQ's behalf just as often.
const workflow = defineWorkflow<ProposalState, ProposalAction>({
  noun: '提案',
  actions: PROPOSAL_ACTIONS,
  stateLabels: PROPOSAL_STATE_LABELS,
  actionLabels: PROPOSAL_ACTION_LABELS,
  codes: { invalid: 'invalid_proposal_transition', forbidden: 'proposal_action_forbidden' },
  transitions: {
    submit: { from: ['drafting', 'returned'], to: 'awaiting_approval', by: ['drafter', 'approver'], needsComment: false },
    withdraw: { from: ['awaiting_approval'], to: 'drafting', by: ['drafter', 'approver'], needsComment: false },
    approve: { from: ['awaiting_approval'], to: 'submitted', by: ['approver'], needsComment: false },
    return_to_drafter: { from: ['awaiting_approval'], to: 'returned', by: ['approver'], needsComment: true },
    return: { from: ['submitted'], to: 'returned', by: ['secretariat'], needsComment: true },
    accept: { from: ['submitted'], to: 'accepted', by: ['secretariat'], needsComment: false },
    adopt: { from: ['accepted'], to: 'adopted', by: ['hq', 'secretariat'], needsComment: false },
    adopt_with_changes: { from: ['accepted'], to: 'adopted_with_changes', by: ['hq', 'secretariat'], needsComment: true },
    reject: { from: ['accepted'], to: 'not_adopted', by: ['hq', 'secretariat'], needsComment: true },
    merge: { from: ['submitted', 'accepted'], to: 'merged', by: ['secretariat'], needsComment: false },
  },
});

export const isProposalState = (value: unknown): value is ProposalState => (PROPOSAL_STATES as readonly unknown[]).includes(value);
export const isProposalAction = workflow.isAction;
export const proposalActionNeedsComment = workflow.needsComment;

/**
 * The state after `action`: `invalid_proposal_transition` when the state does not allow it,
 * `proposal_action_forbidden` when the person may not take it, `reason_required` for a return or
 * refusal without a reason.
 */
export const proposalTransition = workflow.transition;

/** The actions this person can take now, in the order a screen offers them. */
export const availableProposalActions = workflow.available;

/**
 * Who may change the sheet in this state. The department works on drafts and returned proposals;
 * the secretariat may correct any proposal still alive (修正採択 changes are its work).
 */
export function canEditProposal(state: ProposalState, actors: readonly ProposalActor[]): boolean {
  if (actors.includes('secretariat')) return state !== 'not_adopted' && state !== 'merged';
  if (state === 'drafting' || state === 'returned') return actors.includes('drafter') || actors.includes('approver');
  if (state === 'awaiting_approval') return actors.includes('approver');
  return false;
}

/** Who acts next, so that they can be notified and the proposal lands in their inbox. */
export function nextProposalActor(state: ProposalState): ProposalActor | null {
  switch (state) {
    case 'drafting':
    case 'returned':
      return 'drafter';
    case 'awaiting_approval':
      return 'approver';
    case 'submitted':
      return 'secretariat';
    case 'accepted':
      return 'hq';
    default:
      return null;
  }
}
