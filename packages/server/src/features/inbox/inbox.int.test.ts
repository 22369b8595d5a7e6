import type { InboxResponse, NotificationListResponse } from '@gyokaku/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { japanDateInDays } from '../../demo/seed-proposals.js';
import { createProposalWorld } from '../../test-support/proposal-factories.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const inboxOf = async (agent: Agent) => {
  const response = await agent.get('/api/inbox');
  expect(response.status).toBe(200);
  return response.body as InboxResponse;
};
const summary = (inbox: InboxResponse) => inbox.items.map((task) => [task.kind, task.plan?.title ?? task.department.name]);
const notificationsOf = async (agent: Agent, query = '') => (await agent.get(`/api/notifications${query}`)).body as NotificationListResponse;

describe('the inbox', () => {
  it('gives each person what waits for them, oldest first, with the call’s deadline', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const file = (title: string) => w.file(p.citizen.editor, { title });
    const drafting = await file('作成中の提案');
    const awaiting = await file('承認待ちの提案');
    const [later, earlier] = [await file('後から提出された提案'), await file('先に提出された提案')];
    const accepted = await file('受理された提案');
    const returned = await file('差し戻された提案');
    await w.walk(awaiting.id, [[p.citizen.editor, 'submit']]);
    for (const plan of [earlier, later, accepted, returned]) {
      await w.walk(plan.id, [
        [p.citizen.editor, 'submit'],
        [p.citizen.approver, 'approve'],
      ]);
    }
    await w.walk(accepted.id, [[p.secretariat, 'accept']]);
    await w.walk(returned.id, [[p.secretariat, 'return', '目標を見直してください。']]);

    const editor = await inboxOf(p.citizen.editor);
    expect(summary(editor)).toEqual([
      ['revise_proposal', '作成中の提案'],
      ['revise_proposal', '差し戻された提案'],
    ]);
    expect(editor.total).toBe(2);
    expect(editor.items[1]).toEqual({
      kind: 'revise_proposal',
      callId: w.call.id,
      callTitle: '令和9年度実施計画の追加募集',
      round: null,
      reportId: null,
      deadline: w.call.closesOn,
      since: expect.any(String),
      department: { id: w.departments.citizen.id, name: '市民課' },
      plan: { id: returned.id, number: returned.number, title: '差し戻された提案', state: 'returned' },
    });
    expect(editor.items[0]!.plan!.id).toBe(drafting.id);

    expect(summary(await inboxOf(p.citizen.approver))).toEqual([['approve_proposal', '承認待ちの提案']]);
    // Ordered by when each reached its state, not by when it was filed.
    expect(summary(await inboxOf(p.secretariat))).toEqual([
      ['review_proposal', '先に提出された提案'],
      ['review_proposal', '後から提出された提案'],
    ]);
    const hq = await inboxOf(p.hq);
    expect(summary(hq)).toEqual([['decide_proposal', '受理された提案']]);
    expect(hq.items[0]!.deadline).toBeNull();

    // Departments that have not answered the open call are asked to; 市民課 has filed, so it is not.
    const tax = await inboxOf(p.tax.editor);
    expect(tax.items).toEqual([
      {
        kind: 'answer_call',
        callId: w.call.id,
        callTitle: w.call.title,
        round: null,
        reportId: null,
        deadline: w.call.closesOn,
        since: new Date(`${w.call.opensOn}T00:00:00+09:00`).toISOString(),
        department: { id: w.departments.tax.id, name: '税務課' },
        plan: null,
      },
    ]);
    for (const agent of [p.tax.approver, p.finance.editor, p.council]) expect((await inboxOf(agent)).items).toEqual([]);

    const counts = await Promise.all([p.citizen.editor, p.citizen.approver, p.secretariat, p.hq, p.tax.editor, p.council].map((a) => a.get('/api/inbox/counts')));
    expect(counts.map((c) => c.body.tasks)).toEqual([2, 1, 2, 1, 1, 0]);
  });

  it('puts a call that opened earlier before the proposals waiting since today', async () => {
    const w = await createProposalWorld(server);
    const both = await server.signedInUser({
      municipalityId: w.municipalityId,
      roles: [
        { role: 'department_editor', departmentId: w.departments.citizen.id },
        { role: 'department_editor', departmentId: w.departments.tax.id },
      ],
    });
    await w.file();
    expect(summary(await inboxOf(both.agent))).toEqual([
      ['answer_call', '税務課'],
      ['revise_proposal', '窓口手続のオンライン化'],
    ]);
  });

  it('drops a call once the department answers 「提案なし」, and never shows calls that are not open', async () => {
    const w = await createProposalWorld(server);
    const { tax } = w.departments;
    expect((await inboxOf(w.people.tax.editor)).items).toHaveLength(1);
    await w.people.tax.editor.post(`/api/calls/${w.call.id}/no-proposal`, { departmentId: tax.id, note: '' });
    expect((await inboxOf(w.people.tax.editor)).items).toEqual([]);

    for (const period of [
      { opensOn: japanDateInDays(2), closesOn: japanDateInDays(9) },
      { opensOn: japanDateInDays(-9), closesOn: japanDateInDays(-1) },
    ]) {
      const response = await w.people.secretariat.post(`/api/outlines/${w.outline.id}/calls`, {
        title: '期間外の募集',
        instructions: '',
        ...period,
        answerRequired: true,
        departmentIds: [tax.id],
      });
      expect(response.status).toBe(201);
    }
    expect((await inboxOf(w.people.tax.editor)).items).toEqual([]);
  });

  it('keeps another municipality’s proposals out of its secretariat’s inbox', async () => {
    const w = await createProposalWorld(server);
    const plan = await w.file();
    await w.walk(plan.id, [
      [w.people.citizen.editor, 'submit'],
      [w.people.citizen.approver, 'approve'],
    ]);
    const other = await server.createTenant();
    expect((await inboxOf(other.agent)).items).toEqual([]);
    expect((await other.agent.get('/api/inbox/counts')).body).toEqual({ tasks: 0, unreadNotifications: 0 });
  });
});

describe('notifications', () => {
  it('lists the user’s own notifications newest first, unread ones alone on request, a page at a time', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const plan = await w.file();
    await w.walk(plan.id, [
      [p.citizen.editor, 'submit'],
      [p.citizen.approver, 'approve'],
      [p.secretariat, 'return', '戻します。'],
    ]);
    const all = await notificationsOf(p.citizen.editor);
    expect(all.items.map((n) => n.kind)).toEqual(['proposal_returned', 'call_opened']);
    expect(all).toMatchObject({ total: 2, unread: 2 });
    expect((await p.citizen.editor.get('/api/inbox/counts')).body).toEqual({ tasks: 1, unreadNotifications: 2 });

    const page = await notificationsOf(p.citizen.editor, '?page=2&pageSize=1');
    expect(page.items.map((n) => n.kind)).toEqual(['call_opened']);
    expect(page.total).toBe(2);

    const read = await p.citizen.editor.post('/api/notifications/read', { ids: [all.items[1]!.id] });
    expect(read.body).toEqual({ unread: 1 });
    const unread = await notificationsOf(p.citizen.editor, '?unread=true');
    expect(unread.items.map((n) => n.kind)).toEqual(['proposal_returned']);
    expect(unread).toMatchObject({ total: 1, unread: 1 });
    expect((await notificationsOf(p.citizen.editor)).items[1]!.readAt).toEqual(expect.any(String));
  });

  it('lets nobody read or mark another person’s notifications', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const theirs = await notificationsOf(p.tax.approver);
    expect(theirs.unread).toBe(1);
    const ids = theirs.items.map((n) => n.id);
    // Someone else's ids match nothing: nothing changes, for them or for the owner.
    const other = await server.createTenant();
    for (const agent of [p.citizen.editor, other.agent]) {
      expect((await agent.post('/api/notifications/read', { ids })).status).toBe(200);
      expect((await notificationsOf(agent)).items.filter((n) => ids.includes(n.id))).toEqual([]);
    }
    expect((await notificationsOf(p.tax.approver)).unread).toBe(1);
    // Marking all marks only one's own.
    expect((await p.citizen.editor.post('/api/notifications/read', {})).body).toEqual({ unread: 0 });
    expect((await notificationsOf(p.tax.approver)).unread).toBe(1);
    expect((await p.tax.approver.post('/api/notifications/read', {})).body).toEqual({ unread: 0 });
  });

  it('needs a signed-in user (401)', async () => {
    for (const url of ['/api/inbox', '/api/inbox/counts', '/api/notifications']) {
      expect((await server.anonymous().get(url)).status).toBe(401);
    }
  });
});
