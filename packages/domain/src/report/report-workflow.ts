import { defineWorkflow, type WorkflowActor } from '../workflow/workflow-machine.js';

/**
 * A progress report goes the same way as a proposal up to the secretariat — department editor →
 * approver (所属長) → secretariat, which returns it with comments or accepts it. The HQ's own
 * evaluation is recorded beside the department's, not as a step.
 */
export const REPORT_STATES = ['drafting', 'awaiting_approval', 'submitted', 'returned', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_STATE_LABELS: Readonly<Record<ReportState, string>> = {
  drafting: '作成中',
  awaiting_approval: '所属長承認待ち',
  submitted: '提出済',
  returned: '差戻し',
  accepted: '確認済',
};

export const REPORT_ACTIONS = ['submit', 'withdraw', 'approve', 'return_to_drafter', 'return', 'accept', 'reopen'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const REPORT_ACTION_LABELS: Readonly<Record<ReportAction, string>> = {
  submit: '所属長へ提出',
  withdraw: '提出を取り下げ',
  approve: '承認して事務局へ提出',
  return_to_drafter: '担当者へ差戻し',
  return: '差戻し',
  accept: '確認済にする',
  reopen: '確認済を取り消して差戻し',
};

const workflow = defineWorkflow<ReportState, ReportAction>({
  noun: '報告',
  actions: REPORT_ACTIONS,
  stateLabels: REPORT_STATE_LABELS,
  actionLabels: REPORT_ACTION_LABELS,
  codes: { invalid: 'invalid_report_transition', forbidden: 'report_action_forbidden' },
  transitions: {
    submit: { from: ['drafting', 'returned'], to: 'awaiting_approval', by: ['drafter', 'approver'], needsComment: false },
    withdraw: { from: ['awaiting_approval'], to: 'drafting', by: ['drafter', 'approver'], needsComment: false },
    approve: { from: ['awaiting_approval'], to: 'submitted', by: ['approver'], needsComment: false },
    return_to_drafter: { from: ['awaiting_approval'], to: 'returned', by: ['approver'], needsComment: true },
    return: { from: ['submitted'], to: 'returned', by: ['secretariat'], needsComment: true },
    accept: { from: ['submitted'], to: 'accepted', by: ['secretariat'], needsComment: false },
    // A figure found wrong after acceptance goes back to the department rather than being fixed silently.
    reopen: { from: ['accepted'], to: 'returned', by: ['secretariat'], needsComment: true },
  },
});

export const isReportState = (value: unknown): value is ReportState => (REPORT_STATES as readonly unknown[]).includes(value);
export const reportTransition = workflow.transition;
export const availableReportActions = workflow.available;
export const reportActionNeedsComment = workflow.needsComment;

/** The department fills in while the report is in its hands; the secretariat may correct it until accepted. */
export function canEditReport(state: ReportState, actors: readonly WorkflowActor[]): boolean {
  if (actors.includes('secretariat')) return state !== 'accepted';
  if (state === 'drafting' || state === 'returned') return actors.includes('drafter') || actors.includes('approver');
  if (state === 'awaiting_approval') return actors.includes('approver');
  return false;
}
