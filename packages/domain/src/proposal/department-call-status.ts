import type { ProposalState } from './proposal-workflow.js';

/**
 * How far one department is with a call, as the secretariat's progress table shows it. A
 * department that declared it has nothing to propose has answered; one that must answer and has
 * done nothing is "not started".
 */
export const DEPARTMENT_CALL_STATUSES = [
  'not_started',
  'drafting',
  'awaiting_approval',
  'returned',
  'submitted',
  'accepted',
  'no_proposal',
] as const;
export type DepartmentCallStatus = (typeof DEPARTMENT_CALL_STATUSES)[number];

export const DEPARTMENT_CALL_STATUS_LABELS: Readonly<Record<DepartmentCallStatus, string>> = {
  not_started: '未着手',
  drafting: '作成中',
  awaiting_approval: '所属長承認待ち',
  returned: '差戻し',
  submitted: '提出済',
  accepted: '受理',
  no_proposal: '提案なし',
};

const DECIDED: readonly ProposalState[] = ['accepted', 'adopted', 'adopted_with_changes', 'not_adopted', 'merged'];

/**
 * The least advanced of the department's proposals decides, since the department is not done
 * until every one of them has left its hands; a returned proposal outranks everything, because
 * it is waiting on the department again.
 */
export function departmentCallStatus(proposalStates: readonly ProposalState[], declaredNoProposal: boolean): DepartmentCallStatus {
  if (proposalStates.length === 0) return declaredNoProposal ? 'no_proposal' : 'not_started';
  if (proposalStates.includes('returned')) return 'returned';
  if (proposalStates.includes('drafting')) return 'drafting';
  if (proposalStates.includes('awaiting_approval')) return 'awaiting_approval';
  if (proposalStates.every((state) => DECIDED.includes(state))) return 'accepted';
  return 'submitted';
}

/** Whether the department has answered the call (a proposal past its approver, or "no proposal"). */
export function hasAnsweredCall(status: DepartmentCallStatus): boolean {
  return status === 'submitted' || status === 'accepted' || status === 'no_proposal';
}
