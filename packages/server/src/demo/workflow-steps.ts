/** The stages a demo proposal or report is left in; both workflows share them up to the secretariat. */
export type DemoStage = 'drafting' | 'awaiting_approval' | 'submitted' | 'returned' | 'accepted';

export interface DemoStep {
  /** Named alike in the proposal and the report workflow. */
  action: 'submit' | 'approve' | 'return' | 'accept';
  by: 'drafter' | 'approver' | 'secretariat';
}

/** Who takes each step on the way to a stage: the department drafts and approves, the secretariat reviews. */
export const STEPS_TO: Readonly<Record<DemoStage, readonly DemoStep[]>> = {
  drafting: [],
  awaiting_approval: [{ action: 'submit', by: 'drafter' }],
  submitted: [
    { action: 'submit', by: 'drafter' },
    { action: 'approve', by: 'approver' },
  ],
  returned: [
    { action: 'submit', by: 'drafter' },
    { action: 'approve', by: 'approver' },
    { action: 'return', by: 'secretariat' },
  ],
  accepted: [
    { action: 'submit', by: 'drafter' },
    { action: 'approve', by: 'approver' },
    { action: 'accept', by: 'secretariat' },
  ],
};
