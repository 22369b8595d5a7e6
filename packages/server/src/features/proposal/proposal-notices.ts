import type { NotificationKind } from '@gyokaku/contracts';
import type { ProposalAction, ProposalState } from '@gyokaku/domain';
import type { Audience } from '../inbox/notifications.js';

const NOTICE_OF: Readonly<Record<ProposalAction, NotificationKind>> = {
  submit: 'proposal_submitted',
  withdraw: 'proposal_withdrawn',
  approve: 'proposal_approved',
  return_to_drafter: 'proposal_returned',
  return: 'proposal_returned',
  accept: 'proposal_accepted',
  adopt: 'proposal_decided',
  adopt_with_changes: 'proposal_decided',
  reject: 'proposal_decided',
  merge: 'proposal_merged',
};

export const noticeOf = (action: ProposalAction): NotificationKind => NOTICE_OF[action];

/**
 * Who is told when a proposal reaches `state`: whoever acts next (the department's approver, its
 * editors, the secretariat, the HQ), and once it rests for good, the whole lead department.
 */
export function audienceFor(state: ProposalState, leadDepartmentId: string): Audience {
  const lead = [leadDepartmentId];
  switch (state) {
    case 'awaiting_approval':
      return { roles: ['department_approver'], departmentIds: lead };
    case 'drafting':
    case 'returned':
      return { roles: ['department_editor'], departmentIds: lead };
    case 'submitted':
      return { roles: ['secretariat'] };
    case 'accepted':
      return { roles: ['hq_member'] };
    default:
      return { roles: ['department_editor', 'department_approver'], departmentIds: lead };
  }
}
