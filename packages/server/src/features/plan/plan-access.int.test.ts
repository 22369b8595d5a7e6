import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../../test-support/db-helpers.js';
import { planSheet } from '../../test-support/plan-factories.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

/** A plan led by 総務課 with 情報政策課 collaborating; 税務課 has nothing to do with it. */
async function setUp() {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const [lead, collaborator, unrelated] = await Promise.all(
    ['総務課', '情報政策課', '税務課'].map((name) => server.createDepartment({ municipalityId, name })),
  );
  const outline = await server.createOutlineWithFramework({ municipalityId });
  const plan = await server.createPlan({
    municipalityId,
    outlineId: outline.id,
    frameworkNodeId: outline.nodes['1-1-1']!,
    leadDepartmentId: lead!.id,
    actorId: tenant.user.id,
    sheet: { collaboratingDepartmentIds: [collaborator!.id] },
  });
  const as = async (role: 'department_editor' | 'department_approver' | 'hq_member' | 'council_member', departmentId?: string) =>
    (await server.signedInUser({ municipalityId, roles: [{ role, departmentId: departmentId ?? null }] })).agent;
  const edit = (title: string, version = 0) => ({
    ...planSheet({
      number: plan.number,
      title,
      frameworkNodeId: outline.nodes['1-1-1']!,
      leadDepartmentId: lead!.id,
      collaboratingDepartmentIds: [collaborator!.id],
    }),
    version,
  });
  return { ...tenant, municipalityId, lead: lead!, collaborator: collaborator!, unrelated: unrelated!, outline, plan, as, edit };
}

describe('who may do what with a plan', () => {
  it('lets an editor of the lead department edit, and tells them so', async () => {
    const { plan, lead, as, edit } = await setUp();
    const editor = await as('department_editor', lead.id);
    expect((await editor.get(`/api/plans/${plan.id}`)).body.editable).toBe(true);
    const response = await editor.put(`/api/plans/${plan.id}`, edit('主担当課による修正'));
    expect(response.status).toBe(200);
    expect(response.body.title).toBe('主担当課による修正');
  });

  it('lets an editor or approver of a collaborating department edit', async () => {
    const { plan, collaborator, as, edit } = await setUp();
    const editor = await as('department_editor', collaborator.id);
    expect((await editor.put(`/api/plans/${plan.id}`, edit('関係課による修正', 0))).status).toBe(200);
    const approver = await as('department_approver', collaborator.id);
    expect((await approver.put(`/api/plans/${plan.id}`, edit('所属長による修正', 1))).status).toBe(200);
  });

  it('refuses an editor of an unrelated department with 403, though they may read it', async () => {
    const { plan, unrelated, as, edit } = await setUp();
    const editor = await as('department_editor', unrelated.id);
    const read = await editor.get(`/api/plans/${plan.id}`);
    expect(read.status).toBe(200);
    expect(read.body.editable).toBe(false);
    const response = await editor.put(`/api/plans/${plan.id}`, edit('無関係な課の修正'));
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect((await editor.post(`/api/plans/${plan.id}/extend`, { endFiscalYear: 2028, reason: 'x', version: 0 })).status).toBe(403);
    expect((await editor.get(`/api/plans/${plan.id}`)).body).toMatchObject({ title: plan.title, version: 0 });
  });

  it('keeps HQ members and council members read-only (403 on PUT and POST)', async () => {
    const { plan, outline, lead, as, edit } = await setUp();
    for (const role of ['hq_member', 'council_member'] as const) {
      const agent = await as(role);
      expect((await agent.get(`/api/plans/${plan.id}`)).body.editable).toBe(false);
      expect((await agent.get(`/api/outlines/${outline.id}/plans`)).body.total).toBe(1);
      expect((await agent.put(`/api/plans/${plan.id}`, edit('閲覧者の修正'))).status).toBe(403);
      const create = await agent.post(`/api/outlines/${outline.id}/plans`, planSheet({ frameworkNodeId: outline.nodes['1-1-2']!, leadDepartmentId: lead.id }));
      expect(create.status).toBe(403);
    }
  });

  it('lets a department file plans it leads, not plans led by another department', async () => {
    const { outline, lead, unrelated, as, municipalityId } = await setUp();
    const editor = await as('department_editor', unrelated.id);
    const own = await editor.post(`/api/outlines/${outline.id}/plans`, planSheet({ frameworkNodeId: outline.nodes['1-1-2']!, leadDepartmentId: unrelated.id }));
    expect(own.status).toBe(201);
    expect(own.body.editable).toBe(true);
    const before = await countRows(server.db, 'plan', municipalityId);
    const others = await editor.post(
      `/api/outlines/${outline.id}/plans`,
      planSheet({ frameworkNodeId: outline.nodes['1-1-2']!, leadDepartmentId: lead.id, collaboratingDepartmentIds: [unrelated.id] }),
    );
    expect(others.status).toBe(403);
    expect(await countRows(server.db, 'plan', municipalityId)).toBe(before);
  });

  it('does not let a department hand a plan wholly to other departments', async () => {
    const { plan, outline, lead, unrelated, as } = await setUp();
    const editor = await as('department_editor', lead.id);
    const handOff = await editor.put(`/api/plans/${plan.id}`, {
      ...planSheet({ number: plan.number, title: plan.title, frameworkNodeId: outline.nodes['1-1-1']!, leadDepartmentId: unrelated.id }),
      version: 0,
    });
    expect(handOff.status).toBe(403);
  });

  it('lets only the secretariat delete plans', async () => {
    const { municipalityId, lead, as } = await setUp();
    const draft = await server.createOutlineWithFramework({ municipalityId, status: 'draft' });
    const plan = await server.createPlan({ municipalityId, outlineId: draft.id, frameworkNodeId: draft.nodes['1-1-1']!, leadDepartmentId: lead.id });
    const editor = await as('department_editor', lead.id);
    expect((await editor.delete(`/api/plans/${plan.id}?version=0`)).status).toBe(403);
  });
});

describe('isolation between municipalities', () => {
  it('answers 404 for another municipality’s plan, its history, its outline’s plans and checks', async () => {
    const { plan, outline } = await setUp();
    const other = await server.createTenant();
    for (const url of [
      `/api/plans/${plan.id}`,
      `/api/plans/${plan.id}/versions`,
      `/api/plans/${plan.id}/versions/0`,
      `/api/plans/${plan.id}/diff?from=0&to=0`,
      `/api/outlines/${outline.id}/plans`,
      `/api/outlines/${outline.id}/plan-checks`,
      `/api/outlines/${outline.id}/plan-number?nodeId=${outline.nodes['1-1-1']}`,
    ]) {
      const response = await other.agent.get(url);
      expect(response.status, url).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });

  it('refuses editing, extending or deleting another municipality’s plan with 404 and leaves it unchanged', async () => {
    const { plan, edit } = await setUp();
    const other = await server.createTenant();
    expect((await other.agent.put(`/api/plans/${plan.id}`, edit('乗っ取り'))).status).toBe(404);
    expect((await other.agent.post(`/api/plans/${plan.id}/extend`, { endFiscalYear: 2028, reason: 'x', version: 0 })).status).toBe(404);
    expect((await other.agent.delete(`/api/plans/${plan.id}?version=0`)).status).toBe(404);
    const stored = await server.db.selectFrom('plan').select(['title', 'version']).where('id', '=', plan.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ title: plan.title, version: 0 });
  });

  it('refuses filing under another municipality’s outline, node or department, and saves nothing', async () => {
    const a = await setUp();
    const b = await server.createTenant();
    const bDepartment = await server.createDepartment({ municipalityId: b.municipality.id });
    const bOutline = await server.createOutlineWithFramework({ municipalityId: b.municipality.id });
    const count = () => countRows(server.db, 'plan', b.municipality.id);

    const intoA = await b.agent.post(`/api/outlines/${a.outline.id}/plans`, planSheet({ frameworkNodeId: a.outline.nodes['1-1-1']!, leadDepartmentId: bDepartment.id }));
    expect(intoA.status).toBe(404);
    const aNode = await b.agent.post(`/api/outlines/${bOutline.id}/plans`, planSheet({ frameworkNodeId: a.outline.nodes['1-1-1']!, leadDepartmentId: bDepartment.id }));
    expect(aNode.status).toBe(422);
    expect(aNode.body.error.issues).toEqual([expect.objectContaining({ path: ['frameworkNodeId'] })]);
    const aDepartment = await b.agent.post(`/api/outlines/${bOutline.id}/plans`, planSheet({ frameworkNodeId: bOutline.nodes['1-1-1']!, leadDepartmentId: a.lead.id }));
    expect(aDepartment.status).toBe(422);
    expect(aDepartment.body.error.issues).toEqual([expect.objectContaining({ path: ['leadDepartmentId'] })]);
    const aPredecessor = await b.agent.post(
      `/api/outlines/${bOutline.id}/plans`,
      planSheet({ frameworkNodeId: bOutline.nodes['1-1-1']!, leadDepartmentId: bDepartment.id, predecessorPlanId: a.plan.id }),
    );
    expect(aPredecessor.status).toBe(422);
    expect(await count()).toBe(0);
    expect(await countRows(server.db, 'plan', a.municipalityId)).toBe(1);
  });
});
