import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf } from '../../test-support/db-helpers.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

describe('plans through a reorganisation', () => {
  it('hands the merged departments’ plans, led or shared, to the new department as a new version', async () => {
    const { agent, municipality } = await server.createTenant();
    const municipalityId = municipality.id;
    const division = await server.createDivision({ municipalityId });
    const [tax, collection, general] = await Promise.all(
      ['課税課', '収税課', '総務課'].map((name) => server.createDepartment({ municipalityId, divisionId: division.id, name })),
    );
    const outline = await server.createOutlineWithFramework({ municipalityId });
    const plan = (number: string, leadDepartmentId: string, collaboratingDepartmentIds: string[]) =>
      server.createPlan({
        municipalityId,
        outlineId: outline.id,
        frameworkNodeId: outline.nodes['1-1-1']!,
        leadDepartmentId,
        sheet: { number, collaboratingDepartmentIds },
      });
    const led = await plan('1-1-1-1', tax!.id, [general!.id]);
    const shared = await plan('1-1-1-2', general!.id, [tax!.id, collection!.id]);
    const untouched = await plan('1-1-1-3', general!.id, []);
    const closedOutline = await server.createOutlineWithFramework({ municipalityId, startFiscalYear: 2018 });
    const historic = await server.createPlan({
      municipalityId,
      outlineId: closedOutline.id,
      frameworkNodeId: closedOutline.nodes['1-1-1']!,
      leadDepartmentId: tax!.id,
    });
    await server.db.updateTable('outline').set({ status: 'closed' }).where('id', '=', closedOutline.id).execute();

    const reorganised = await agent.post('/api/reorganisations', {
      kind: 'merge',
      effectiveDate: '2024-04-01',
      fromDepartmentIds: [tax!.id, collection!.id],
      to: [{ name: '税務課', divisionId: division.id }],
    });
    expect(reorganised.status).toBe(201);
    const heir = reorganised.body.to[0].id as string;

    const ledNow = (await agent.get(`/api/plans/${led.id}`)).body;
    expect(ledNow).toMatchObject({
      version: 1,
      leadDepartmentId: heir,
      leadDepartment: { id: heir, name: '税務課' },
      collaboratingDepartmentIds: [general!.id],
    });
    const sharedNow = (await agent.get(`/api/plans/${shared.id}`)).body;
    expect(sharedNow).toMatchObject({ version: 1, leadDepartmentId: general!.id, collaboratingDepartmentIds: [heir] });
    expect((await agent.get(`/api/plans/${untouched.id}`)).body.version).toBe(0);
    expect((await agent.get(`/api/plans/${historic.id}`)).body).toMatchObject({ version: 0, leadDepartmentId: tax!.id });

    expect((await agent.get(`/api/outlines/${outline.id}/plans?departmentId=${heir}`)).body.total).toBe(2);
    const versions = (await agent.get(`/api/plans/${led.id}/versions`)).body.items;
    expect(versions[0]).toMatchObject({ version: 1, change: 'reorganised', reason: expect.stringContaining('税務課') });
    const diff = (await agent.get(`/api/plans/${led.id}/diff?from=0&to=1`)).body.changes;
    expect(diff).toEqual([{ field: 'leadDepartmentId', before: tax!.id, after: heir }]);
    expect((await auditEntriesOf(server.db, shared.id, 'plan')).at(-1)).toMatchObject({
      action: 'reassigned',
      before: { leadDepartmentId: general!.id, collaboratingDepartmentIds: [tax!.id, collection!.id] },
      after: { leadDepartmentId: general!.id, collaboratingDepartmentIds: [heir] },
    });

    // The new department's editor can now edit the plan it inherited.
    const { agent: editor } = await server.signedInUser({ municipalityId, roles: [{ role: 'department_editor', departmentId: heir }] });
    expect((await editor.get(`/api/plans/${led.id}`)).body.editable).toBe(true);
  });
});
