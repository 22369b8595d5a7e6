import { describe, expect, it } from 'vitest';
import { departmentCallStatus, hasAnsweredCall } from './department-call-status.js';
import { callPhase, daysUntil, validateCallPeriod } from './call-period.js';

describe('a department’s progress on a call', () => {
  it('is not started without proposals, and answered once it declares it has none', () => {
    expect(departmentCallStatus([], false)).toBe('not_started');
    expect(departmentCallStatus([], true)).toBe('no_proposal');
  });

  it('is held back by its least advanced proposal, a returned one first', () => {
    expect(departmentCallStatus(['submitted', 'returned', 'drafting'], false)).toBe('returned');
    expect(departmentCallStatus(['submitted', 'drafting', 'awaiting_approval'], false)).toBe('drafting');
    expect(departmentCallStatus(['accepted', 'awaiting_approval'], false)).toBe('awaiting_approval');
    expect(departmentCallStatus(['accepted', 'submitted'], false)).toBe('submitted');
  });

  it('is accepted once every proposal is accepted or decided, whatever the decision', () => {
    expect(departmentCallStatus(['accepted', 'adopted', 'not_adopted', 'merged'], false)).toBe('accepted');
  });

  it('ignores an earlier "no proposal" declaration once it files one', () => {
    expect(departmentCallStatus(['drafting'], true)).toBe('drafting');
  });

  it('counts as answered from submission on', () => {
    expect(['not_started', 'drafting', 'awaiting_approval', 'returned'].map((s) => hasAnsweredCall(s as never))).toEqual([false, false, false, false]);
    expect(['submitted', 'accepted', 'no_proposal'].map((s) => hasAnsweredCall(s as never))).toEqual([true, true, true]);
  });
});

describe('call period', () => {
  const period = { opensOn: '2026-12-01', closesOn: '2027-01-15' };

  it('is scheduled, open on both end days, then closed', () => {
    expect(callPhase(period, '2026-11-30')).toBe('scheduled');
    expect(callPhase(period, '2026-12-01')).toBe('open');
    expect(callPhase(period, '2027-01-15')).toBe('open');
    expect(callPhase(period, '2027-01-16')).toBe('closed');
  });

  it('counts days to the deadline across a year end, negative once past', () => {
    expect(daysUntil('2027-01-15', '2026-12-31')).toBe(15);
    expect(daysUntil('2027-01-15', '2027-01-15')).toBe(0);
    expect(daysUntil('2027-01-15', '2027-01-17')).toBe(-2);
  });

  it('refuses a close date before the open date', () => {
    expect(() => validateCallPeriod({ opensOn: '2027-01-02', closesOn: '2027-01-01' })).toThrow(
      expect.objectContaining({ code: 'invalid_call_period' }),
    );
    expect(() => validateCallPeriod({ opensOn: '2027-01-01', closesOn: '2027-01-01' })).not.toThrow();
  });
});
