import type { Plan, ProposalTimeline } from '@gyokaku/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf } from '../../test-support/db-helpers.js';
import { createProposalWorld, type ProposalWorld } from '../../test-support/proposal-factories.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const timelineOf = async (agent: Agent, planId: string) => (await agent.get(`/api/plans/${planId}/proposal`)).body as ProposalTimeline;
const stateOf = async (agent: Agent, planId: string) => ((await agent.get(`/api/plans/${planId}`)).body as Plan).proposal!.state;
/** The kinds of the user's notifications about one plan, oldest first. */
const noticesAbout = async (agent: Agent, planId: string) => {
  const { body } = await agent.get('/api/notifications?pageSize=100');
  return (body.items as { kind: string; planId: string | null }[])
    .filter((n) => n.planId === planId)
    .map((n) => n.kind)
    .reverse();
};

/** A proposal of 市民課 taken to `state` by the people whose step it is. */
async function proposalIn(w: ProposalWorld, state: 'drafting' | 'awaiting_approval' | 'submitted' | 'accepted') {
  const plan = await w.file();
  const p = w.people;
  const steps: Parameters<ProposalWorld['walk']>[1] = [
    [p.citizen.editor, 'submit'],
    [p.citizen.approver, 'approve'],
    [p.secretariat, 'accept'],
  ];
  const count = { drafting: 0, awaiting_approval: 1, submitted: 2, accepted: 3 }[state];
  if (count > 0) await w.walk(plan.id, steps.slice(0, count));
  return plan;
}

describe('a proposal’s life', () => {
  it('goes from drafting to adopted through a return, each step recorded with who took it, from which state to which', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await w.file();
    expect(plan.proposal).toMatchObject({
      callId: w.call.id,
      callTitle: '令和9年度実施計画の追加募集',
      closesOn: w.call.closesOn,
      state: 'drafting',
      availableActions: ['submit'],
      canComment: true,
      mergedInto: null,
    });
    const adopted = await w.walk(plan.id, [
      [p.citizen.editor, 'submit'],
      [p.citizen.approver, 'approve'],
      [p.secretariat, 'return', '数値目標の根拠を記入してください。'],
      [p.citizen.editor, 'submit'],
      [p.citizen.approver, 'approve'],
      [p.secretariat, 'accept'],
      [p.hq, 'adopt'],
    ]);
    expect(adopted.proposal).toMatchObject({ state: 'adopted', availableActions: [], canComment: false });
    // Steps are not sheet edits: the sheet is still at its first version.
    expect(adopted.version).toBe(0);

    const timeline = await timelineOf(p.council, plan.id);
    expect(timeline.events.map((e) => [e.action, e.fromState, e.toState, e.actorName])).toEqual([
      ['filed', null, 'drafting', p.citizen.editor.user.displayName],
      ['submit', 'drafting', 'awaiting_approval', p.citizen.editor.user.displayName],
      ['approve', 'awaiting_approval', 'submitted', p.citizen.approver.user.displayName],
      ['return', 'submitted', 'returned', p.secretariat.user.displayName],
      ['submit', 'returned', 'awaiting_approval', p.citizen.editor.user.displayName],
      ['approve', 'awaiting_approval', 'submitted', p.citizen.approver.user.displayName],
      ['accept', 'submitted', 'accepted', p.secretariat.user.displayName],
      ['adopt', 'accepted', 'adopted', p.hq.user.displayName],
    ]);
    const times = timeline.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(timeline.events[3]).toMatchObject({ comment: '数値目標の根拠を記入してください。', planVersion: 0 });
    expect(timeline.comments).toEqual([
      expect.objectContaining({ field: null, body: '数値目標の根拠を記入してください。', authorRole: 'secretariat', authorName: p.secretariat.user.displayName }),
    ]);

    const audits = await auditEntriesOf(server.db, plan.id, 'plan');
    expect(audits.map((a) => a.action)).toEqual(['created', ...Array(7).fill('proposal_state_changed')]);
    expect(audits[3]).toMatchObject({
      actor_id: p.secretariat.user.id,
      before: { state: 'submitted' },
      after: expect.objectContaining({ state: 'returned', action: 'return', comment: '数値目標の根拠を記入してください。' }),
    });
    const row = await server.db.selectFrom('plan').select(['proposal_state', 'proposal_state_at', 'created_at']).where('id', '=', plan.id).executeTakeFirstOrThrow();
    expect(row.proposal_state).toBe('adopted');
    expect(new Date(row.proposal_state_at!).getTime()).toBeGreaterThan(new Date(row.created_at).getTime());
  });

  it('records adoption with changes and refusal with their reasons, and lets the secretariat record the HQ’s decision', async () => {
    const w = await createProposalWorld(server);
    const [first, second] = [await proposalIn(w, 'accepted'), await proposalIn(w, 'accepted')];
    const changed = await w.step(w.people.secretariat, first.id, 'adopt_with_changes', { comment: '実施時期を1年前倒しする。' });
    expect(changed.status).toBe(200);
    expect(changed.body.proposal.state).toBe('adopted_with_changes');
    // The secretariat may still correct an adopted-with-changes plan, as the HQ decided.
    expect(changed.body.editable).toBe(true);
    const rejected = await w.step(w.people.hq, second.id, 'reject', { comment: '既存事業と重複するため。' });
    expect(rejected.body.proposal.state).toBe('not_adopted');
    expect(rejected.body.editable).toBe(false);
    expect((await timelineOf(w.people.hq, second.id)).events.at(-1)).toMatchObject({ action: 'reject', comment: '既存事業と重複するため。' });
  });

  it('lets the drafter withdraw a proposal awaiting approval, and the approver return it to the drafter with a reason', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await proposalIn(w, 'awaiting_approval');
    expect((await w.step(p.citizen.editor, plan.id, 'withdraw')).body.proposal.state).toBe('drafting');
    await w.walk(plan.id, [[p.citizen.editor, 'submit']]);
    const returned = await w.step(p.citizen.approver, plan.id, 'return_to_drafter', { comment: '効果額を見直すこと。' });
    expect(returned.body.proposal.state).toBe('returned');
    expect((await timelineOf(p.citizen.editor, plan.id)).comments).toEqual([
      expect.objectContaining({ field: null, body: '効果額を見直すこと。', authorRole: 'approver' }),
    ]);
  });

  it('tells whoever acts next, and nobody else, at every step', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await w.file();
    await w.walk(plan.id, [
      [p.citizen.editor, 'submit'],
      [p.citizen.approver, 'approve'],
      [p.secretariat, 'return', '再検討してください。'],
      [p.citizen.editor, 'submit'],
      [p.citizen.approver, 'approve'],
      [p.secretariat, 'accept'],
      [p.hq, 'adopt'],
    ]);
    expect(await noticesAbout(p.citizen.approver, plan.id)).toEqual(['proposal_submitted', 'proposal_submitted', 'proposal_decided']);
    expect(await noticesAbout(p.citizen.editor, plan.id)).toEqual(['proposal_returned', 'proposal_decided']);
    // Every secretariat user hears of an approval, except from their own steps nobody hears of them.
    expect(await noticesAbout(p.secretariat2, plan.id)).toEqual(['proposal_approved', 'proposal_approved']);
    expect(await noticesAbout(p.secretariat, plan.id)).toEqual(['proposal_approved', 'proposal_approved']);
    expect(await noticesAbout(p.hq, plan.id)).toEqual(['proposal_accepted']);
    for (const agent of [p.tax.editor, p.tax.approver, p.it.editor, p.council]) expect(await noticesAbout(agent, plan.id)).toEqual([]);

    const { body } = await p.citizen.editor.get('/api/notifications?pageSize=100');
    expect(body.items.find((n: { kind: string }) => n.kind === 'proposal_returned')).toMatchObject({
      planId: plan.id,
      callId: w.call.id,
      actorName: p.secretariat.user.displayName,
      params: { planNumber: plan.number, planTitle: plan.title, callTitle: w.call.title, toState: 'returned', comment: '再検討してください。' },
      readAt: null,
    });
  });
});

describe('refused steps', () => {
  it('refuses each step to those who may not take it with 403 proposal_action_forbidden, and changes nothing', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const cases: [state: Parameters<typeof proposalIn>[1], action: Parameters<ProposalWorld['step']>[2], refused: Agent[]][] = [
      ['drafting', 'submit', [p.secretariat, p.hq, p.council, p.it.editor, p.tax.editor, p.tax.approver]],
      ['awaiting_approval', 'approve', [p.citizen.editor, p.secretariat, p.hq, p.tax.approver, p.it.approver]],
      ['submitted', 'accept', [p.citizen.editor, p.citizen.approver, p.hq, p.council]],
      ['accepted', 'adopt', [p.citizen.editor, p.citizen.approver, p.tax.approver, p.council]],
    ];
    for (const [state, action, refused] of cases) {
      const plan = await proposalIn(w, state);
      for (const agent of refused) {
        const response = await w.step(agent, plan.id, action);
        expect(response.status, `${action} in ${state}`).toBe(403);
        expect(response.body.error.code).toBe('proposal_action_forbidden');
      }
      expect(await stateOf(p.secretariat, plan.id)).toBe(state);
      expect((await timelineOf(p.secretariat, plan.id)).events).toHaveLength({ drafting: 1, awaiting_approval: 2, submitted: 3, accepted: 4 }[state]);
    }
  });

  it('refuses a step the state does not allow with 409 invalid_proposal_transition, whoever asks', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const drafting = await proposalIn(w, 'drafting');
    for (const [agent, action] of [
      [p.citizen.approver, 'approve'],
      [p.secretariat, 'accept'],
      [p.hq, 'adopt'],
      [p.citizen.editor, 'withdraw'],
    ] as const) {
      const response = await w.step(agent, drafting.id, action);
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: 'invalid_proposal_transition', message: expect.stringContaining('「作成中」') });
    }
    const decided = await proposalIn(w, 'accepted');
    await w.walk(decided.id, [[p.hq, 'adopt']]);
    expect((await w.step(p.citizen.editor, decided.id, 'submit')).body.error.code).toBe('invalid_proposal_transition');
    expect((await w.step(p.secretariat, decided.id, 'return', { comment: '戻します' })).body.error.code).toBe('invalid_proposal_transition');
  });

  it('lets only one of two approvals sent at once go through; the other gets 409', async () => {
    const w = await createProposalWorld(server);
    const plan = await proposalIn(w, 'awaiting_approval');
    const responses = await Promise.all([w.step(w.people.citizen.approver, plan.id, 'approve'), w.step(w.people.citizen.approver, plan.id, 'approve')]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.status === 409)!.body.error.code).toBe('invalid_proposal_transition');
    expect((await timelineOf(w.people.secretariat, plan.id)).events.filter((e) => e.action === 'approve')).toHaveLength(1);
  });

  it('refuses a step quoting an old version of the sheet with 409 edit_conflict', async () => {
    const w = await createProposalWorld(server);
    const plan = await w.file();
    const edited = await w.people.citizen.editor.put(`/api/plans/${plan.id}`, { ...w.sheet({ number: plan.number, title: '書かない窓口の導入' }), version: 0 });
    expect(edited.body.version).toBe(1);
    const stale = await w.step(w.people.citizen.editor, plan.id, 'submit', { version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('edit_conflict');
    expect(await stateOf(w.people.secretariat, plan.id)).toBe('drafting');
    expect((await w.step(w.people.citizen.editor, plan.id, 'submit', { version: 1 })).status).toBe(200);
  });

  it('needs a reason to return, adopt with changes or reject (422 reason_required)', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const awaiting = await proposalIn(w, 'awaiting_approval');
    const submitted = await proposalIn(w, 'submitted');
    const accepted = await proposalIn(w, 'accepted');
    for (const [agent, plan, action] of [
      [p.citizen.approver, awaiting, 'return_to_drafter'],
      [p.secretariat, submitted, 'return'],
      [p.hq, accepted, 'adopt_with_changes'],
      [p.hq, accepted, 'reject'],
    ] as const) {
      const response = await w.step(agent, plan.id, action, { comment: '   ' });
      expect(response.status, action).toBe(422);
      expect(response.body.error.code).toBe('reason_required');
    }
    expect(await stateOf(p.secretariat, submitted.id)).toBe('submitted');
  });

  it('keeps a proposal out of its department’s hands once handed on (409 proposal_locked), while the secretariat may correct it', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await proposalIn(w, 'awaiting_approval');
    const edit = (title: string, version: number) => ({ ...w.sheet({ number: plan.number, title }), version });
    const locked = await p.citizen.editor.put(`/api/plans/${plan.id}`, edit('担当者の修正', 0));
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('proposal_locked');
    // The approver may still touch it up before approving.
    expect((await p.citizen.approver.put(`/api/plans/${plan.id}`, edit('所属長の修正', 0))).status).toBe(200);
    await w.walk(plan.id, [[p.citizen.approver, 'approve']]);
    for (const agent of [p.citizen.editor, p.citizen.approver]) {
      expect((await agent.put(`/api/plans/${plan.id}`, edit('提出後の修正', 1))).body.error.code).toBe('proposal_locked');
    }
    const corrected = await p.secretariat.put(`/api/plans/${plan.id}`, edit('事務局の修正', 1));
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ title: '事務局の修正', version: 2, editable: true });
  });

  it('keeps another department’s staff from acting on a proposal, even one they collaborate on', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await w.file();
    const read = await p.it.editor.get(`/api/plans/${plan.id}`);
    expect(read.body.proposal).toMatchObject({ availableActions: [], canComment: true });
    expect((await w.step(p.it.editor, plan.id, 'submit')).body.error.code).toBe('proposal_action_forbidden');
    expect((await w.step(p.tax.approver, plan.id, 'submit')).body.error.code).toBe('proposal_action_forbidden');
    // Nor may another department file a proposal in its name.
    const filed = await p.tax.editor.post(`/api/calls/${w.call.id}/proposals`, w.sheet({ title: '他課名義の提案' }));
    expect(filed.status).toBe(403);
  });

  it('sends a merge to its own route (422 invalid_merge)', async () => {
    const w = await createProposalWorld(server);
    const plan = await proposalIn(w, 'submitted');
    const response = await w.step(w.people.secretariat, plan.id, 'merge');
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid_merge');
  });

  it('answers 404 not_a_proposal for a plan entered outside a call', async () => {
    const w = await createProposalWorld(server);
    const plain = await w.people.secretariat.post(`/api/outlines/${w.outline.id}/plans`, w.sheet());
    expect(plain.body.proposal).toBeNull();
    const id = plain.body.id as string;
    const responses = [
      await w.step(w.people.secretariat, id, 'accept'),
      await w.people.secretariat.post(`/api/plans/${id}/comments`, { field: null, body: 'コメント', version: 0 }),
      await w.people.secretariat.get(`/api/plans/${id}/proposal`),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_a_proposal');
    }
  });

  it('keeps another municipality out: its secretariat finds nothing (404)', async () => {
    const w = await createProposalWorld(server);
    const plan = await proposalIn(w, 'submitted');
    const other = await server.createTenant();
    const responses = [
      await w.step(other.agent, plan.id, 'accept', { version: 0 }),
      await other.agent.post(`/api/plans/${plan.id}/comments`, { field: null, body: '他市から', version: 0 }),
      await other.agent.get(`/api/plans/${plan.id}/proposal`),
    ];
    expect(responses.map((r) => [r.status, r.body.error.code])).toEqual([
      [404, 'not_found'],
      [404, 'not_found'],
      [404, 'not_found'],
    ]);
    expect(await stateOf(w.people.secretariat, plan.id)).toBe('submitted');
  });
});

describe('comments', () => {
  it('lets a collaborating department comment before submission, as collaborator, and tells the lead department’s editors', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await w.file();
    const response = await p.it.editor.post(`/api/plans/${plan.id}/comments`, { field: 'targets', body: '情報政策課の目標値も入れてください。', version: 0 });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      field: 'targets',
      body: '情報政策課の目標値も入れてください。',
      authorName: p.it.editor.user.displayName,
      authorRole: 'collaborator',
      planVersion: 0,
      createdAt: expect.any(String),
    });
    expect((await timelineOf(p.citizen.editor, plan.id)).comments).toEqual([response.body]);
    expect(await noticesAbout(p.citizen.editor, plan.id)).toEqual(['proposal_commented']);
    expect(await noticesAbout(p.citizen.approver, plan.id)).toEqual([]);
    const audits = await auditEntriesOf(server.db, plan.id, 'plan');
    expect(audits.at(-1)).toMatchObject({ action: 'commented', actor_id: p.it.editor.user.id, after: expect.objectContaining({ field: 'targets' }) });
    // Reviewers comment as what they are to it.
    const review = await p.secretariat.post(`/api/plans/${plan.id}/comments`, { field: null, body: '全体として良い提案です。', version: 0 });
    expect(review.body.authorRole).toBe('secretariat');
  });

  it('refuses comments from outsiders (403), after the decision (403) and on an old version (409)', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await proposalIn(w, 'accepted');
    const comment = { field: 'aim', body: 'コメント', version: 0 };
    for (const agent of [p.tax.editor, p.council]) {
      const response = await agent.post(`/api/plans/${plan.id}/comments`, comment);
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    }
    const stale = await p.hq.post(`/api/plans/${plan.id}/comments`, { ...comment, version: 3 });
    expect(stale.body.error.code).toBe('edit_conflict');
    await w.walk(plan.id, [[p.hq, 'adopt']]);
    expect((await p.hq.post(`/api/plans/${plan.id}/comments`, comment)).status).toBe(403);
    expect((await timelineOf(p.hq, plan.id)).comments).toEqual([]);
  });

  it('puts a return’s field comments beside their fields, and after the department’s edit shows the reviewer what changed', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await proposalIn(w, 'submitted');
    const returned = await w.step(p.secretariat, plan.id, 'return', {
      comment: '次の2点を修正してください。',
      fieldComments: [
        { field: 'targets', body: '数値目標を設定してください。' },
        { field: 'aim', body: '目的を具体的に書いてください。' },
      ],
    });
    expect(returned.status).toBe(200);
    let timeline = await timelineOf(p.citizen.editor, plan.id);
    expect(timeline.comments.map((c) => [c.field, c.body, c.authorRole, c.planVersion])).toEqual([
      [null, '次の2点を修正してください。', 'secretariat', 0],
      ['aim', '目的を具体的に書いてください。', 'secretariat', 0],
      ['targets', '数値目標を設定してください。', 'secretariat', 0],
    ]);
    // Nothing to compare while the department has not touched it.
    expect(timeline.sinceReturn).toBeNull();

    const edited = await p.citizen.editor.put(`/api/plans/${plan.id}`, {
      ...w.sheet({ number: plan.number, aim: '来庁せずに24時間手続できるようにする。' }),
      version: 0,
    });
    expect(edited.status).toBe(200);
    await w.walk(plan.id, [[p.citizen.editor, 'submit']]);
    timeline = await timelineOf(p.secretariat, plan.id);
    expect(timeline.sinceReturn).toEqual({ fromVersion: 0, toVersion: 1, returnedAt: timeline.events.find((e) => e.action === 'return')!.at });
    const diff = await p.secretariat.get(`/api/plans/${plan.id}/diff?from=${timeline.sinceReturn!.fromVersion}&to=${timeline.sinceReturn!.toVersion}`);
    expect(diff.body.changes.map((c: { field: string }) => c.field)).toEqual(['aim']);
  });
});
