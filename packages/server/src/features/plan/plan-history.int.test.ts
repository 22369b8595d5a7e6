import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSheet, target } from '../../test-support/plan-factories.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

describe('plan history', () => {
  it('keeps every saved version whole, lists them newest first, and diffs two of them in the sheet’s order', async () => {
    const { agent, user, municipality } = await server.createTenant();
    const department = await server.createDepartment({ municipalityId: municipality.id });
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const base = planSheet({ frameworkNodeId: outline.nodes['1-1-1']!, leadDepartmentId: department.id, number: '1-1-1-1' });
    const goal = target({ values: [{ fiscalYear: 2027, value: 500 }] });
    const { body: created } = await agent.post(`/api/outlines/${outline.id}/plans`, { ...base, targets: [goal] });
    const v1 = { ...base, title: '電子申請の拡大', aim: '来庁不要の手続を増やす。', targets: [{ ...goal, values: [{ fiscalYear: 2027, value: 800 }] }] };
    await agent.put(`/api/plans/${created.id}`, { ...v1, version: 0 });
    await agent.put(`/api/plans/${created.id}`, { ...v1, tags: ['デジタル化'], version: 1 });

    const versions = await agent.get(`/api/plans/${created.id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.items).toEqual([2, 1, 0].map((version) => ({
      version,
      savedAt: expect.any(String),
      savedBy: user.displayName,
      change: version === 0 ? 'created' : 'updated',
      reason: '',
    })));

    const first = await agent.get(`/api/plans/${created.id}/versions/0`);
    expect(first.status).toBe(200);
    expect(first.body.sheet).toEqual({ ...base, targets: [goal] });

    const diff = await agent.get(`/api/plans/${created.id}/diff?from=0&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.from).toMatchObject({ version: 0 });
    expect(diff.body.to).toMatchObject({ version: 2 });
    expect(diff.body.changes).toEqual([
      { field: 'title', before: base.title, after: '電子申請の拡大' },
      { field: 'aim', before: base.aim, after: '来庁不要の手続を増やす。' },
      { field: 'targets', before: [goal], after: v1.targets },
      { field: 'tags', before: [], after: ['デジタル化'] },
    ]);
  });

  it('answers 404 for a version that does not exist', async () => {
    const { agent, municipality } = await server.createTenant();
    const department = await server.createDepartment({ municipalityId: municipality.id });
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const plan = await server.createPlan({ municipalityId: municipality.id, outlineId: outline.id, frameworkNodeId: outline.nodes['1-1-1']!, leadDepartmentId: department.id });
    expect((await agent.get(`/api/plans/${plan.id}/versions/3`)).status).toBe(404);
    expect((await agent.get(`/api/plans/${plan.id}/diff?from=0&to=1`)).status).toBe(404);
    expect((await agent.get(`/api/plans/${plan.id}/diff?from=0&to=0`)).body.changes).toEqual([]);
  });
});
