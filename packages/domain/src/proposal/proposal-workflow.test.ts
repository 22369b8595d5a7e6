import { describe, expect, it } from 'vitest';
import {
  availableProposalActions,
  canEditProposal,
  nextProposalActor,
  PROPOSAL_ACTIONS,
  PROPOSAL_ACTORS,
  PROPOSAL_STATES,
  proposalTransition,
  type ProposalAction,
  type ProposalActor,
  type ProposalState,
} from './proposal-workflow.js';

// The whole table, written out independently of the implementation: [from, action, to, who may].
const LEGAL: [ProposalState, ProposalAction, ProposalState, ProposalActor[]][] = [
  ['drafting', 'submit', 'awaiting_approval', ['drafter', 'approver']],
  ['returned', 'submit', 'awaiting_approval', ['drafter', 'approver']],
  ['awaiting_approval', 'withdraw', 'drafting', ['drafter', 'approver']],
  ['awaiting_approval', 'approve', 'submitted', ['approver']],
  ['awaiting_approval', 'return_to_drafter', 'returned', ['approver']],
  ['submitted', 'return', 'returned', ['secretariat']],
  ['submitted', 'accept', 'accepted', ['secretariat']],
  ['accepted', 'adopt', 'adopted', ['hq', 'secretariat']],
  ['accepted', 'adopt_with_changes', 'adopted_with_changes', ['hq', 'secretariat']],
  ['accepted', 'reject', 'not_adopted', ['hq', 'secretariat']],
  ['submitted', 'merge', 'merged', ['secretariat']],
  ['accepted', 'merge', 'merged', ['secretariat']],
];

const comment = '目標値を数値で記入してください。';

describe('proposal workflow', () => {
  describe.each(LEGAL)('%s —%s→ %s', (from, action, to, allowed) => {
    it.each(allowed)('is allowed to the %s', (actor) => {
      expect(proposalTransition({ from, action, actors: [actor], comment })).toBe(to);
    });

    const refused = PROPOSAL_ACTORS.filter((actor) => !allowed.includes(actor));
    if (refused.length > 0) {
      it.each(refused)('is refused to the %s with proposal_action_forbidden', (actor) => {
        expect(() => proposalTransition({ from, action, actors: [actor], comment })).toThrow(
          expect.objectContaining({ code: 'proposal_action_forbidden' }),
        );
      });
    }
  });

  it('refuses every other state/action pair with invalid_proposal_transition, whoever asks', () => {
    let refused = 0;
    for (const from of PROPOSAL_STATES) {
      for (const action of PROPOSAL_ACTIONS) {
        if (LEGAL.some(([f, a]) => f === from && a === action)) continue;
        expect(() => proposalTransition({ from, action, actors: [...PROPOSAL_ACTORS], comment })).toThrow(
          expect.objectContaining({ code: 'invalid_proposal_transition' }),
        );
        refused += 1;
      }
    }
    expect(refused).toBe(PROPOSAL_STATES.length * PROPOSAL_ACTIONS.length - LEGAL.length);
  });

  it('says in Japanese which step the state does not allow', () => {
    expect(() => proposalTransition({ from: 'adopted', action: 'submit', actors: ['drafter'] })).toThrow('「採択」の提案には「所属長へ提出」を行えません');
  });

  it('reports a wrong state before a wrong role, since the state may just have moved on', () => {
    expect(() => proposalTransition({ from: 'submitted', action: 'approve', actors: ['drafter'] })).toThrow(
      expect.objectContaining({ code: 'invalid_proposal_transition' }),
    );
  });

  it.each(['return_to_drafter', 'return', 'adopt_with_changes', 'reject'] as const)('needs a reason for %s', (action) => {
    const from = LEGAL.find(([, a]) => a === action)![0];
    for (const blank of [undefined, '', '   ']) {
      expect(() => proposalTransition({ from, action, actors: [...PROPOSAL_ACTORS], ...(blank === undefined ? {} : { comment: blank }) })).toThrow(
        expect.objectContaining({ code: 'reason_required' }),
      );
    }
  });

  it('takes the other steps without a comment', () => {
    expect(proposalTransition({ from: 'drafting', action: 'submit', actors: ['drafter'] })).toBe('awaiting_approval');
    expect(proposalTransition({ from: 'accepted', action: 'adopt', actors: ['hq'] })).toBe('adopted');
  });

  it('offers each person exactly the legal steps they may take', () => {
    expect(availableProposalActions('drafting', ['drafter'])).toEqual(['submit']);
    expect(availableProposalActions('awaiting_approval', ['drafter'])).toEqual(['withdraw']);
    expect(availableProposalActions('awaiting_approval', ['approver'])).toEqual(['withdraw', 'approve', 'return_to_drafter']);
    expect(availableProposalActions('submitted', ['secretariat'])).toEqual(['return', 'accept', 'merge']);
    expect(availableProposalActions('accepted', ['hq'])).toEqual(['adopt', 'adopt_with_changes', 'reject']);
    expect(availableProposalActions('submitted', ['drafter', 'approver', 'hq'])).toEqual([]);
    for (const state of ['adopted', 'adopted_with_changes', 'not_adopted', 'merged'] as const) {
      expect(availableProposalActions(state, [...PROPOSAL_ACTORS])).toEqual([]);
    }
  });

  it('lets the department edit only while the proposal is in its hands', () => {
    expect(canEditProposal('drafting', ['drafter'])).toBe(true);
    expect(canEditProposal('returned', ['drafter'])).toBe(true);
    expect(canEditProposal('awaiting_approval', ['drafter'])).toBe(false);
    expect(canEditProposal('awaiting_approval', ['approver'])).toBe(true);
    expect(canEditProposal('submitted', ['drafter', 'approver'])).toBe(false);
    expect(canEditProposal('accepted', ['hq'])).toBe(false);
    expect(canEditProposal('submitted', ['secretariat'])).toBe(true);
    expect(canEditProposal('adopted_with_changes', ['secretariat'])).toBe(true);
    expect(canEditProposal('not_adopted', ['secretariat'])).toBe(false);
    expect(canEditProposal('merged', ['secretariat'])).toBe(false);
  });

  it('names who acts next in every live state and nobody once decided', () => {
    expect(PROPOSAL_STATES.map((state) => [state, nextProposalActor(state)])).toEqual([
      ['drafting', 'drafter'],
      ['awaiting_approval', 'approver'],
      ['submitted', 'secretariat'],
      ['returned', 'drafter'],
      ['accepted', 'hq'],
      ['adopted', null],
      ['adopted_with_changes', null],
      ['not_adopted', null],
      ['merged', null],
    ]);
  });
});
