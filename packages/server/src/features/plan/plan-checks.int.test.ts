import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { target } from '../../test-support/plan-factories.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

describe('the outline’s plan checks', () => {
  it('lists flagged plans and likely duplicates across departments, not within one', async () => {
    const { agent, user, municipality } = await server.createTenant();
    const municipalityId = municipality.id;
    const [tax, collection, general] = await Promise.all(
      ['税務課', '収納課', '総務課'].map((name) => server.createDepartment({ municipalityId, name })),
    );
    const outline = await server.createOutlineWithFramework({ municipalityId });
    const plan = (number: string, leadDepartmentId: string, title: string, aim: string, withTarget = true) =>
      server.createPlan({
        municipalityId,
        outlineId: outline.id,
        frameworkNodeId: outline.nodes['2-1-1']!,
        leadDepartmentId,
        actorId: user.id,
        sheet: { number, title, aim, targets: withTarget ? [target()] : [] },
      });
    const a = await plan('2-1-1-1', tax!.id, 'コンビニエンスストアでの市税納付', '納付の機会を増やし収納率を上げる。');
    const b = await plan('2-1-1-2', collection!.id, 'コンビニエンスストアでの市税の納付', '夜間や休日にも納付できるようにする。');
    const c = await plan('2-1-1-3', general!.id, '文書管理システムの導入', '文書を電子で管理する。', false);
    await plan('2-1-1-4', general!.id, '文書管理システムの更新', '文書を電子で管理する。');

    const response = await agent.get(`/api/outlines/${outline.id}/plan-checks`);
    expect(response.status).toBe(200);
    expect(response.body.duplicates).toEqual([
      {
        similarity: expect.any(Number),
        plans: [
          { id: a.id, number: '2-1-1-1', title: a.title, leadDepartment: { id: tax!.id, name: '税務課' } },
          { id: b.id, number: '2-1-1-2', title: b.title, leadDepartment: { id: collection!.id, name: '収納課' } },
        ],
      },
    ]);
    expect(response.body.duplicates[0].similarity).toBeGreaterThan(0.5);
    const flagged = response.body.plans.map((p: { number: string; checks: { code: string }[] }) => [p.number, p.checks.map((ch) => ch.code)]);
    expect(flagged).toEqual([
      ['2-1-1-1', ['possible_duplicate']],
      ['2-1-1-2', ['possible_duplicate']],
      ['2-1-1-3', ['no_numerical_target']],
    ]);
    expect(response.body.plans[0].checks[0].message).toContain('2-1-1-2「コンビニエンスストアでの市税の納付」（収納課）');
    expect(response.body.plans[2]).toMatchObject({ id: c.id, leadDepartment: { name: '総務課' } });
  });

  it('is open to the secretariat and HQ, not to departments', async () => {
    const { agent, municipality } = await server.createTenant();
    const department = await server.createDepartment({ municipalityId: municipality.id });
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    expect((await agent.get(`/api/outlines/${outline.id}/plan-checks`)).body).toEqual({ plans: [], duplicates: [] });
    const { agent: hq } = await server.signedInUser({ municipalityId: municipality.id, roles: [{ role: 'hq_member' }] });
    expect((await hq.get(`/api/outlines/${outline.id}/plan-checks`)).status).toBe(200);
    const { agent: editor } = await server.signedInUser({
      municipalityId: municipality.id,
      roles: [{ role: 'department_editor', departmentId: department.id }],
    });
    expect((await editor.get(`/api/outlines/${outline.id}/plan-checks`)).status).toBe(403);
  });
});
