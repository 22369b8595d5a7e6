import { describe, expect, it } from 'vitest';
import { WORKFLOW_ACTORS, type WorkflowActor } from '../workflow/workflow-machine.js';
import { availableReportActions, canEditReport, reportActionNeedsComment, REPORT_ACTIONS, REPORT_STATES, reportTransition, type ReportAction, type ReportState } from './report-workflow.js';

const LEGAL: [ReportState, ReportAction, ReportState, WorkflowActor[]][] = [
  ['drafting', 'submit', 'awaiting_approval', ['drafter', 'approver']],
  ['returned', 'submit', 'awaiting_approval', ['drafter', 'approver']],
  ['awaiting_approval', 'withdraw', 'drafting', ['drafter', 'approver']],
  ['awaiting_approval', 'approve', 'submitted', ['approver']],
  ['awaiting_approval', 'return_to_drafter', 'returned', ['approver']],
  ['submitted', 'return', 'returned', ['secretariat']],
  ['submitted', 'accept', 'accepted', ['secretariat']],
  ['accepted', 'reopen', 'returned', ['secretariat']],
];

describe('progress report workflow', () => {
  describe.each(LEGAL)('%s —%s→ %s', (from, action, to, allowed) => {
    it.each(allowed)('is allowed to the %s', (actor) => {
      expect(reportTransition({ from, action, actors: [actor], comment: '実績値を確認してください。' })).toBe(to);
    });
    const refused = WORKFLOW_ACTORS.filter((actor) => !allowed.includes(actor));
    it.each(refused)('is refused to the %s with report_action_forbidden', (actor) => {
      expect(() => reportTransition({ from, action, actors: [actor], comment: 'x' })).toThrow(
        expect.objectContaining({ code: 'report_action_forbidden' }),
      );
    });
  });

  it('refuses every other state/action pair with invalid_report_transition', () => {
    for (const from of REPORT_STATES) {
      for (const action of REPORT_ACTIONS) {
        if (LEGAL.some(([f, a]) => f === from && a === action)) continue;
        expect(() => reportTransition({ from, action, actors: [...WORKFLOW_ACTORS], comment: 'x' })).toThrow(
          expect.objectContaining({ code: 'invalid_report_transition' }),
        );
      }
    }
  });

  it('says which step the report’s state does not allow, in Japanese', () => {
    expect(() => reportTransition({ from: 'accepted', action: 'approve', actors: ['approver'] })).toThrow('「確認済」の報告には「承認して事務局へ提出」を行えません');
  });

  it('needs a reason to return or reopen, and says so to forms', () => {
    expect(REPORT_ACTIONS.filter(reportActionNeedsComment)).toEqual(['return_to_drafter', 'return', 'reopen']);
    for (const [from, action] of [['awaiting_approval', 'return_to_drafter'], ['submitted', 'return'], ['accepted', 'reopen']] as const) {
      expect(() => reportTransition({ from, action, actors: [...WORKFLOW_ACTORS], comment: ' ' })).toThrow(
        expect.objectContaining({ code: 'reason_required' }),
      );
    }
  });

  it('offers each person their steps and lets them edit only while it is theirs', () => {
    expect(availableReportActions('submitted', ['secretariat'])).toEqual(['return', 'accept']);
    expect(availableReportActions('accepted', ['hq'])).toEqual([]);
    expect(canEditReport('returned', ['drafter'])).toBe(true);
    expect(canEditReport('submitted', ['drafter', 'approver'])).toBe(false);
    expect(canEditReport('submitted', ['secretariat'])).toBe(true);
    expect(canEditReport('accepted', ['secretariat'])).toBe(false);
  });
});
