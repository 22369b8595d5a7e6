import type { Call, CallSummary } from '@gyokaku/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { japanDateInDays } from '../../demo/seed-proposals.js';
import { auditEntriesOf } from '../../test-support/db-helpers.js';
import { createProposalWorld, type ProposalWorld } from '../../test-support/proposal-factories.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const noticeKinds = async (agent: Agent, callId: string) => {
  const { body } = await agent.get('/api/notifications?pageSize=100');
  return (body.items as { kind: string; callId: string | null }[]).filter((n) => n.callId === callId).map((n) => n.kind);
};
const readCall = async (agent: Agent, id: string) => (await agent.get(`/api/calls/${id}`)).body as Call;
const statusOf = (call: Call, departmentId: string) => call.departments.find((d) => d.department.id === departmentId)!;

/** A second call of the world's outline, opened by its secretariat. */
async function openCall(w: ProposalWorld, request: Partial<Record<string, unknown>> = {}) {
  const response = await w.people.secretariat.post(`/api/outlines/${w.outline.id}/calls`, {
    title: '追加募集',
    instructions: '',
    opensOn: japanDateInDays(-1),
    closesOn: japanDateInDays(10),
    answerRequired: true,
    departmentIds: [w.departments.tax.id],
    ...request,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as Call;
}

describe('opening a call', () => {
  it('opens a call for the chosen departments, each not started, and tells their editors and approvers', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    expect(w.call).toEqual({
      id: expect.any(String),
      outlineId: w.outline.id,
      outlineTitle: '第4次行政改革大綱',
      title: '令和9年度実施計画の追加募集',
      instructions: '数値目標を必ず設定してください。',
      opensOn: japanDateInDays(-7),
      closesOn: japanDateInDays(14),
      phase: 'open',
      daysLeft: 14,
      answerRequired: true,
      departmentCount: 3,
      answeredCount: 0,
      proposalCount: 0,
      version: 0,
      createdAt: expect.any(String),
      departments: ['市民課', '情報政策課', '税務課'].map((name) => ({
        department: { id: expect.any(String), name },
        divisionName: '市民生活部',
        status: 'not_started',
        proposalCount: 0,
        proposalStates: {},
        noProposalNote: '',
        noProposalAt: null,
        lastRemindedAt: null,
      })),
      ownDepartmentIds: [],
    });
    for (const agent of [p.citizen.editor, p.citizen.approver, p.it.editor, p.tax.approver]) {
      expect(await noticeKinds(agent, w.call.id)).toEqual(['call_opened']);
    }
    for (const agent of [p.finance.editor, p.secretariat, p.secretariat2, p.hq]) expect(await noticeKinds(agent, w.call.id)).toEqual([]);
    const { body } = await p.tax.editor.get('/api/notifications');
    expect(body.items[0].params).toEqual({ callTitle: '令和9年度実施計画の追加募集', opensOn: w.call.opensOn, closesOn: w.call.closesOn });
    const audits = await auditEntriesOf(server.db, w.call.id, 'proposal_call');
    expect(audits).toEqual([expect.objectContaining({ action: 'created', actor_id: p.secretariat.user.id })]);
  });

  it('refuses a close date before the open date (422 invalid_call_period)', async () => {
    const w = await createProposalWorld(server);
    const response = await w.people.secretariat.post(`/api/outlines/${w.outline.id}/calls`, {
      title: '募集',
      instructions: '',
      opensOn: '2027-02-01',
      closesOn: '2027-01-31',
      answerRequired: true,
      departmentIds: [w.departments.tax.id],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid_call_period');
  });

  it('refuses departments that have ended or belong to another municipality (422, per field)', async () => {
    const w = await createProposalWorld(server);
    const ended = await server.createDepartment({ municipalityId: w.municipalityId, name: '旧総務課', validTo: '2020-03-31' });
    const other = await server.createTenant();
    const foreign = await server.createDepartment({ municipalityId: other.municipality.id });
    const before = (await w.people.secretariat.get('/api/calls')).body.items.length;
    const response = await w.people.secretariat.post(`/api/outlines/${w.outline.id}/calls`, {
      title: '募集',
      instructions: '',
      opensOn: japanDateInDays(0),
      closesOn: japanDateInDays(5),
      answerRequired: false,
      departmentIds: [w.departments.tax.id, ended.id, foreign.id],
    });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'invalid_reference',
      issues: [
        { path: ['departmentIds', 1], code: 'department_ended' },
        { path: ['departmentIds', 2], code: 'department_ended' },
      ],
    });
    expect((await w.people.secretariat.get('/api/calls')).body.items).toHaveLength(before);
  });

  it('is the secretariat’s alone (403), and not for a closed outline (409 outline_closed)', async () => {
    const w = await createProposalWorld(server);
    const request = { title: '募集', instructions: '', opensOn: japanDateInDays(0), closesOn: japanDateInDays(5), answerRequired: true, departmentIds: [w.departments.tax.id] };
    for (const agent of [w.people.hq, w.people.citizen.approver]) {
      expect((await agent.post(`/api/outlines/${w.outline.id}/calls`, request)).status).toBe(403);
    }
    const closed = await server.createOutlineWithFramework({ municipalityId: w.municipalityId, status: 'closed' });
    const response = await w.people.secretariat.post(`/api/outlines/${closed.id}/calls`, request);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('outline_closed');
  });
});

describe('seeing calls', () => {
  it('shows a department only the calls addressing it, the secretariat and the HQ every call, a council member none', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const second = await openCall(w);
    const titles = async (agent: Agent, query = '') => ((await agent.get(`/api/calls${query}`)).body.items as CallSummary[]).map((c) => c.id);
    expect(await titles(p.secretariat)).toEqual([second.id, w.call.id]);
    expect(await titles(p.hq, `?outlineId=${w.outline.id}`)).toEqual([second.id, w.call.id]);
    expect(await titles(p.tax.editor)).toEqual([second.id, w.call.id]);
    expect(await titles(p.citizen.approver)).toEqual([w.call.id]);
    expect(await titles(p.finance.editor)).toEqual([]);
    expect(await titles(p.council)).toEqual([]);

    expect((await readCall(p.citizen.editor, w.call.id)).ownDepartmentIds).toEqual([w.departments.citizen.id]);
    for (const agent of [p.citizen.editor, p.finance.editor, p.council]) {
      const response = await agent.get(`/api/calls/${second.id}`);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    const otherOutline = await server.createOutlineWithFramework({ municipalityId: w.municipalityId });
    expect(await titles(p.secretariat, `?outlineId=${otherOutline.id}`)).toEqual([]);
  });

  it('says in Japan time whether a call is scheduled, open or closed, and how many days are left', async () => {
    const w = await createProposalWorld(server);
    const scheduled = await openCall(w, { opensOn: japanDateInDays(3), closesOn: japanDateInDays(20) });
    const closed = await openCall(w, { opensOn: japanDateInDays(-30), closesOn: japanDateInDays(-2) });
    const closesToday = await openCall(w, { opensOn: japanDateInDays(-3), closesOn: japanDateInDays(0) });
    expect([scheduled, closed, closesToday].map((c) => [c.phase, c.daysLeft])).toEqual([
      ['scheduled', 20],
      ['closed', -2],
      ['open', 0],
    ]);
  });

  it('keeps other municipalities’ calls out of sight (404)', async () => {
    const w = await createProposalWorld(server);
    const other = await server.createTenant();
    expect((await other.agent.get('/api/calls')).body.items).toEqual([]);
    expect((await other.agent.get(`/api/calls/${w.call.id}`)).status).toBe(404);
    expect((await other.agent.put(`/api/calls/${w.call.id}`, { ...editOf(w.call), title: '乗っ取り' })).status).toBe(404);
    expect((await other.agent.post(`/api/calls/${w.call.id}/reminders`, {})).status).toBe(404);
    expect((await other.agent.post(`/api/calls/${w.call.id}/proposals`, w.sheet())).status).toBe(404);
  });
});

const editOf = (call: Call) => ({
  title: call.title,
  instructions: call.instructions,
  opensOn: call.opensOn,
  closesOn: call.closesOn,
  answerRequired: call.answerRequired,
  departmentIds: call.departments.map((d) => d.department.id),
  version: call.version,
});

describe('changing a call', () => {
  it('extends the period and adds a department, telling only the new one; 409 edit_conflict on an old version', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const response = await p.secretariat.put(`/api/calls/${w.call.id}`, {
      ...editOf(w.call),
      closesOn: japanDateInDays(21),
      departmentIds: [...editOf(w.call).departmentIds, w.departments.finance.id],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ closesOn: japanDateInDays(21), daysLeft: 21, version: 1, departmentCount: 4 });
    expect(await noticeKinds(p.finance.approver, w.call.id)).toEqual(['call_opened']);
    expect(await noticeKinds(p.citizen.editor, w.call.id)).toEqual(['call_opened']);
    const stale = await p.secretariat.put(`/api/calls/${w.call.id}`, { ...editOf(w.call), title: '古い版からの変更' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('edit_conflict');
    expect((await readCall(p.secretariat, w.call.id)).title).toBe('令和9年度実施計画の追加募集');
    const audits = await auditEntriesOf(server.db, w.call.id, 'proposal_call');
    expect(audits.at(-1)).toMatchObject({
      action: 'updated',
      before: expect.objectContaining({ closesOn: japanDateInDays(14) }),
      after: expect.objectContaining({ closesOn: japanDateInDays(21) }),
    });
    expect((await p.hq.put(`/api/calls/${w.call.id}`, editOf(response.body))).status).toBe(403);
  });

  it('drops a department that has not filed, but refuses one that has (409 department_has_proposals)', async () => {
    const w = await createProposalWorld(server);
    await w.file();
    const { citizen, it: it_ } = w.departments;
    const refused = await w.people.secretariat.put(`/api/calls/${w.call.id}`, { ...editOf(w.call), departmentIds: [it_.id] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('department_has_proposals');
    const dropped = await w.people.secretariat.put(`/api/calls/${w.call.id}`, { ...editOf(w.call), departmentIds: [citizen.id, it_.id] });
    expect(dropped.status).toBe(200);
    expect(dropped.body.departments.map((d: { department: { name: string } }) => d.department.name)).toEqual(['市民課', '情報政策課']);
  });
});

describe('answering 「提案なし」', () => {
  it('lets a department answer that it has nothing to propose, with a note, and take it back', async () => {
    const w = await createProposalWorld(server);
    const { tax } = w.departments;
    const answered = await w.people.tax.approver.post(`/api/calls/${w.call.id}/no-proposal`, { departmentId: tax.id, note: '今回は既存計画で対応します。' });
    expect(answered.status).toBe(200);
    expect(statusOf(answered.body, tax.id)).toMatchObject({ status: 'no_proposal', noProposalNote: '今回は既存計画で対応します。', noProposalAt: expect.any(String) });
    expect(answered.body).toMatchObject({ answeredCount: 1, ownDepartmentIds: [tax.id] });
    const withdrawn = await w.people.tax.editor.post(`/api/calls/${w.call.id}/no-proposal`, { departmentId: tax.id, note: '', withdraw: true });
    expect(statusOf(withdrawn.body, tax.id)).toMatchObject({ status: 'not_started', noProposalNote: '', noProposalAt: null });
    const audits = await auditEntriesOf(server.db, w.call.id, 'proposal_call');
    expect(audits.map((a) => a.action)).toEqual(['created', 'no_proposal_declared', 'no_proposal_withdrawn']);
  });

  it('is for the department’s own staff only (403), and not while it has live proposals (409)', async () => {
    const w = await createProposalWorld(server);
    const { citizen, tax } = w.departments;
    for (const agent of [w.people.citizen.editor, w.people.secretariat, w.people.hq]) {
      expect((await agent.post(`/api/calls/${w.call.id}/no-proposal`, { departmentId: tax.id, note: '' })).status).toBe(403);
    }
    await w.file();
    const refused = await w.people.citizen.editor.post(`/api/calls/${w.call.id}/no-proposal`, { departmentId: citizen.id, note: '' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('department_has_proposals');
    // A department the call does not address has nothing to answer.
    const finance = await w.people.finance.editor.post(`/api/calls/${w.call.id}/no-proposal`, { departmentId: w.departments.finance.id, note: '' });
    expect(finance.status).toBe(404);
  });

  it('is closed with the call (409 call_not_open)', async () => {
    const w = await createProposalWorld(server, { opensOn: japanDateInDays(-20), closesOn: japanDateInDays(-1) });
    const response = await w.people.tax.editor.post(`/api/calls/${w.call.id}/no-proposal`, { departmentId: w.departments.tax.id, note: '' });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('call_not_open');
  });
});

describe('filing a proposal', () => {
  it('files a plan in 作成中 into the call, counted in the department’s progress', async () => {
    const w = await createProposalWorld(server);
    const plan = await w.file(w.people.citizen.approver);
    expect(plan).toMatchObject({ outlineId: w.outline.id, number: '1-1-1-1', version: 0, editable: true });
    expect(plan.proposal).toMatchObject({ callId: w.call.id, state: 'drafting', availableActions: ['submit'] });
    const call = await readCall(w.people.secretariat, w.call.id);
    expect(call.proposalCount).toBe(1);
    expect(statusOf(call, w.departments.citizen.id)).toMatchObject({ status: 'drafting', proposalCount: 1, proposalStates: { drafting: 1 } });
    const listed = await w.people.secretariat.get(`/api/outlines/${w.outline.id}/plans?callId=${w.call.id}&proposalState=drafting`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([plan.id]);
  });

  it('refuses departments outside the call’s period (409 call_not_open), while the secretariat may still file for them', async () => {
    for (const period of [
      { opensOn: japanDateInDays(-20), closesOn: japanDateInDays(-1) },
      { opensOn: japanDateInDays(1), closesOn: japanDateInDays(20) },
    ]) {
      const w = await createProposalWorld(server, period);
      const response = await w.people.citizen.editor.post(`/api/calls/${w.call.id}/proposals`, w.sheet());
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('call_not_open');
      const late = await w.file(w.people.secretariat);
      expect(late.proposal!.state).toBe('drafting');
    }
  });

  it('refuses a lead department the call does not address (422)', async () => {
    const w = await createProposalWorld(server);
    const response = await w.people.finance.editor.post(
      `/api/calls/${w.call.id}/proposals`,
      w.sheet({ leadDepartmentId: w.departments.finance.id, collaboratingDepartmentIds: [] }),
    );
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'invalid_reference', issues: [{ path: ['leadDepartmentId'] }] });
  });
});

describe('reminders', () => {
  it('reminds the editors and approvers of departments that have not answered, and notes when', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const { citizen, it: it_, tax } = w.departments;
    const submitted = await w.file();
    await w.walk(submitted.id, [
      [p.citizen.editor, 'submit'],
      [p.citizen.approver, 'approve'],
    ]);
    await p.tax.editor.post(`/api/calls/${w.call.id}/no-proposal`, { departmentId: tax.id, note: '' });

    const response = await p.secretariat.post(`/api/calls/${w.call.id}/reminders`, {});
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ departments: 1, users: 2 });
    for (const agent of [p.it.editor, p.it.approver]) expect(await noticeKinds(agent, w.call.id)).toEqual(['call_reminder', 'call_opened']);
    for (const agent of [p.citizen.editor, p.tax.editor, p.finance.editor]) expect(await noticeKinds(agent, w.call.id)).not.toContain('call_reminder');
    const call = await readCall(p.secretariat, w.call.id);
    expect(call.departments.map((d) => [d.department.id, d.status, d.lastRemindedAt !== null])).toEqual([
      [citizen.id, 'submitted', false],
      [it_.id, 'not_started', true],
      [tax.id, 'no_proposal', false],
    ]);
    expect(call.answeredCount).toBe(2);
    const audits = await auditEntriesOf(server.db, w.call.id, 'proposal_call');
    expect(audits.at(-1)).toMatchObject({ action: 'reminded', after: { departmentIds: [it_.id] } });
  });

  it('reminds only the named departments, and never one that has answered', async () => {
    const w = await createProposalWorld(server);
    const { citizen, it: it_, finance } = w.departments;
    const drafting = await w.file();
    expect(drafting.proposal!.state).toBe('drafting');
    // A department still drafting has not answered yet.
    const named = await w.people.secretariat.post(`/api/calls/${w.call.id}/reminders`, { departmentIds: [citizen.id] });
    expect(named.body).toEqual({ departments: 1, users: 2 });
    expect(await noticeKinds(w.people.it.editor, w.call.id)).toEqual(['call_opened']);
    const notAddressed = await w.people.secretariat.post(`/api/calls/${w.call.id}/reminders`, { departmentIds: [it_.id, finance.id] });
    expect(notAddressed.status).toBe(422);
    expect(notAddressed.body.error.issues).toEqual([expect.objectContaining({ path: ['departmentIds', 1] })]);
    expect((await w.people.citizen.approver.post(`/api/calls/${w.call.id}/reminders`, {})).status).toBe(403);
  });
});
