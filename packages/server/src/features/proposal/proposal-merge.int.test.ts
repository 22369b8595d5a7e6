import type { Plan, ProposalTimeline } from '@gyokaku/contracts';
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

const timelineOf = async (agent: Agent, planId: string) => (await agent.get(`/api/plans/${planId}/proposal`)).body as ProposalTimeline;

/**
 * Two proposals of the same work: 市民課's (情報政策課 collaborating) and 税務課's (財政課
 * collaborating), both approved by their departments.
 */
async function twoProposals(w: ProposalWorld) {
  const p = w.people;
  const survivor = await w.file(p.citizen.editor, { title: '窓口キャッシュレス決済の導入', sdgGoals: [9], tags: ['デジタル化'] });
  const absorbed = await w.file(p.tax.editor, {
    title: '窓口におけるキャッシュレス決済の導入',
    leadDepartmentId: w.departments.tax.id,
    collaboratingDepartmentIds: [w.departments.finance.id],
    frameworkNodeId: w.outline.nodes['1-1-2']!,
    sdgGoals: [16, 9],
    tags: ['庁内連携', 'デジタル化'],
  });
  await w.walk(survivor.id, [
    [p.citizen.editor, 'submit'],
    [p.citizen.approver, 'approve'],
  ]);
  await w.walk(absorbed.id, [
    [p.tax.editor, 'submit'],
    [p.tax.approver, 'approve'],
  ]);
  return { survivor, absorbed };
}

const merge = (agent: Agent, survivorId: string, request: { absorbedPlanId: string; version?: number; absorbedVersion?: number }) =>
  agent.post(`/api/plans/${survivorId}/merge`, { version: 0, absorbedVersion: 0, ...request });

describe('merging two proposals', () => {
  it('makes one cross-department plan, keeping both histories, and tells both lead departments', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const { survivor, absorbed } = await twoProposals(w);
    const response = await merge(p.secretariat, survivor.id, { absorbedPlanId: absorbed.id });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const merged = response.body as Plan;
    expect(merged).toMatchObject({
      id: survivor.id,
      version: 1,
      title: '窓口キャッシュレス決済の導入',
      leadDepartment: { name: '市民課' },
      sdgGoals: [9, 16],
      tags: ['デジタル化', '庁内連携'],
      proposal: { state: 'submitted' },
    });
    expect(merged.collaboratingDepartments.map((d) => d.name)).toEqual(['情報政策課', '税務課', '財政課']);

    const versions = (await p.hq.get(`/api/plans/${survivor.id}/versions`)).body.items;
    expect(versions[0]).toMatchObject({ version: 1, change: 'merged', reason: `「${absorbed.number} 窓口におけるキャッシュレス決済の導入」を統合` });

    const gone = (await p.tax.editor.get(`/api/plans/${absorbed.id}`)).body as Plan;
    expect(gone.proposal).toMatchObject({
      state: 'merged',
      availableActions: [],
      mergedInto: { id: survivor.id, number: survivor.number, title: survivor.title },
    });
    expect(gone.editable).toBe(false);
    expect((await timelineOf(p.tax.editor, absorbed.id)).events.map((e) => [e.action, e.toState])).toEqual([
      ['filed', 'drafting'],
      ['submit', 'awaiting_approval'],
      ['approve', 'submitted'],
      ['merge', 'merged'],
    ]);
    const kept = await timelineOf(p.citizen.editor, survivor.id);
    expect(kept.events.map((e) => [e.action, e.fromState, e.toState, e.planVersion])).toEqual([
      ['filed', null, 'drafting', 0],
      ['submit', 'drafting', 'awaiting_approval', 0],
      ['approve', 'awaiting_approval', 'submitted', 0],
      ['absorbed', 'submitted', 'submitted', 1],
    ]);
    expect(kept.absorbed).toEqual([{ id: absorbed.id, number: absorbed.number, title: absorbed.title }]);
    // The absorbed sheet is still there, whole, version by version.
    expect((await p.hq.get(`/api/plans/${absorbed.id}/versions/0`)).body.sheet.title).toBe('窓口におけるキャッシュレス決済の導入');

    for (const agent of [p.citizen.editor, p.citizen.approver, p.tax.editor, p.tax.approver]) {
      const { body } = await agent.get('/api/notifications');
      expect(body.items[0]).toMatchObject({
        kind: 'proposal_merged',
        planId: survivor.id,
        params: expect.objectContaining({ planTitle: survivor.title, absorbedTitle: absorbed.title, absorbedNumber: absorbed.number }),
      });
    }
    const { body: itNotices } = await p.it.editor.get('/api/notifications');
    expect(itNotices.items.map((n: { kind: string }) => n.kind)).not.toContain('proposal_merged');

    expect((await auditEntriesOf(server.db, survivor.id, 'plan')).at(-1)).toMatchObject({ action: 'merged', actor_id: p.secretariat.user.id });
    expect((await auditEntriesOf(server.db, absorbed.id, 'plan')).at(-1)).toMatchObject({
      action: 'proposal_state_changed',
      after: expect.objectContaining({ state: 'merged', mergedIntoPlanId: survivor.id }),
    });
  });

  it('merges an accepted proposal into a submitted one', async () => {
    const w = await createProposalWorld(server);
    const { survivor, absorbed } = await twoProposals(w);
    await w.walk(absorbed.id, [[w.people.secretariat, 'accept']]);
    expect((await merge(w.people.secretariat, survivor.id, { absorbedPlanId: absorbed.id })).status).toBe(200);
  });

  it('refuses proposals not yet past their department (409), of two calls or the same plan (422 invalid_merge)', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const { survivor, absorbed } = await twoProposals(w);
    const drafting = await w.file(p.citizen.editor, { title: '作成中の提案' });

    const intoDrafting = await merge(p.secretariat, drafting.id, { absorbedPlanId: absorbed.id });
    expect(intoDrafting.status).toBe(409);
    expect(intoDrafting.body.error.code).toBe('invalid_merge');
    const draftingAbsorbed = await merge(p.secretariat, survivor.id, { absorbedPlanId: drafting.id });
    expect(draftingAbsorbed.status).toBe(409);
    expect(draftingAbsorbed.body.error.code).toBe('invalid_proposal_transition');

    const self = await merge(p.secretariat, survivor.id, { absorbedPlanId: survivor.id });
    expect([self.status, self.body.error.code]).toEqual([422, 'invalid_merge']);

    const other = await p.secretariat.post(`/api/outlines/${w.outline.id}/calls`, {
      title: '別の募集',
      instructions: '',
      opensOn: japanDateInDays(0),
      closesOn: japanDateInDays(9),
      answerRequired: false,
      departmentIds: [w.departments.tax.id],
    });
    const inOtherCall = await p.tax.editor.post(`/api/calls/${other.body.id}/proposals`, w.sheet({ leadDepartmentId: w.departments.tax.id, collaboratingDepartmentIds: [] }));
    await w.walk(inOtherCall.body.id, [
      [p.tax.editor, 'submit'],
      [p.tax.approver, 'approve'],
    ]);
    const across = await merge(p.secretariat, survivor.id, { absorbedPlanId: inOtherCall.body.id });
    expect([across.status, across.body.error.code]).toEqual([422, 'invalid_merge']);

    // Nothing of it happened.
    expect((await p.secretariat.get(`/api/plans/${survivor.id}`)).body).toMatchObject({ version: 0, proposal: { state: 'submitted' } });
    expect((await p.secretariat.get(`/api/plans/${absorbed.id}`)).body.proposal.state).toBe('submitted');
  });

  it('checks both versions (409 edit_conflict) and is the secretariat’s alone (403)', async () => {
    const w = await createProposalWorld(server);
    const p = w.people;
    const { survivor, absorbed } = await twoProposals(w);
    for (const versions of [{ version: 1 }, { absorbedVersion: 2 }]) {
      const stale = await merge(p.secretariat, survivor.id, { absorbedPlanId: absorbed.id, ...versions });
      expect([stale.status, stale.body.error.code]).toEqual([409, 'edit_conflict']);
    }
    for (const agent of [p.hq, p.citizen.approver]) {
      const refused = await merge(agent, survivor.id, { absorbedPlanId: absorbed.id });
      expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
    }
    expect((await p.secretariat.get(`/api/plans/${absorbed.id}`)).body.proposal.state).toBe('submitted');
  });

  it('keeps the survivor from being deleted and both plans out of the duplicate review', async () => {
    const w = await createProposalWorld(server);
    const { survivor, absorbed } = await twoProposals(w);
    const before = (await w.people.secretariat.get(`/api/outlines/${w.outline.id}/plan-checks`)).body;
    expect(before.duplicates.map((pair: { plans: { id: string }[] }) => pair.plans.map((plan) => plan.id).sort())).toContainEqual(
      [survivor.id, absorbed.id].sort(),
    );
    await merge(w.people.secretariat, survivor.id, { absorbedPlanId: absorbed.id });
    const after = (await w.people.secretariat.get(`/api/outlines/${w.outline.id}/plan-checks`)).body;
    expect(after.duplicates).toEqual([]);
    const refused = await w.people.secretariat.delete(`/api/plans/${survivor.id}?version=1`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'plan_has_merged_proposals']);
  });
});
