import type { NotificationKind } from '@gyokaku/contracts';
import type { ReportAction, ReportState } from '@gyokaku/domain';
import type { Audience } from '../inbox/notifications.js';

const NOTICE_OF: Readonly<Record<ReportAction, NotificationKind>> = {
  submit: 'report_submitted',
  withdraw: 'report_withdrawn',
  approve: 'report_approved',
  return_to_drafter: 'report_returned',
  return: 'report_returned',
  accept: 'report_accepted',
  reopen: 'report_returned',
};

export const reportNoticeOf = (action: ReportAction): NotificationKind => NOTICE_OF[action];

/**
 * Who hears of a report reaching `state`: whoever acts next — the approver, the secretariat —
 * and, when it comes back or is accepted, the whole lead department (the head signed it off, and
 * fills it in where the department has no editor). A withdrawal tells the approver it no longer
 * waits for them.
 */
export function reportAudience(state: ReportState, leadDepartmentId: string): Audience {
  const lead = [leadDepartmentId];
  switch (state) {
    case 'awaiting_approval':
    case 'drafting':
      return { roles: ['department_approver'], departmentIds: lead };
    case 'returned':
    case 'accepted':
      return { roles: ['department_editor', 'department_approver'], departmentIds: lead };
    case 'submitted':
      return { roles: ['secretariat'] };
  }
}
