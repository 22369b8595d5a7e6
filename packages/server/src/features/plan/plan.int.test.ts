import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf, countRows } from '../../test-support/db-helpers.js';
import { planSheet, target } from '../../test-support/plan-factories.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

/** A municipality with a signed-in secretariat, three departments and an outline with the default framework. */
async function setUp() {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const division = await server.createDivision({ municipalityId, name: '総務部' });
  const [general, it_, tax] = await Promise.all(
    ['総務課', '情報政策課', '税務課'].map((name) => server.createDepartment({ municipalityId, divisionId: division.id, name })),
  );
  const outline = await server.createOutlineWithFramework({ municipalityId, title: '第4次行政改革大綱', startFiscalYear: 2023 });
  const sheet = (overrides: Parameters<typeof planSheet>[0] extends infer T ? Partial<T> : never = {}) =>
    planSheet({ frameworkNodeId: outline.nodes['1-1-1']!, leadDepartmentId: general!.id, ...overrides });
  const plans = () => countRows(server.db, 'plan', municipalityId);
  return { ...tenant, municipalityId, departments: { general: general!, it: it_!, tax: tax! }, outline, sheet, plans };
}

describe('creating a plan', () => {
  it('saves a full sheet — targets in all four directions, financial effects, SDGs, collaborators, re-listing — as version 0', async () => {
    const { agent, user, outline, departments, sheet } = await setUp();
    const targets = [
      target({ indicator: '電子申請の件数', unit: '件', direction: 'increase', values: [{ fiscalYear: 2027, value: 5000 }] }),
      target({ indicator: '時間外勤務時間', unit: '時間', direction: 'decrease', baseline: 12000, values: [{ fiscalYear: 2027, value: 9000 }] }),
      target({ indicator: '窓口満足度', unit: '％', direction: 'maintain-min', baseline: 80, values: [{ fiscalYear: 2027, value: 80 }] }),
      target({ indicator: '待ち時間', unit: '分', direction: 'maintain-max', baseline: 15, values: [{ fiscalYear: 2027, value: 15 }] }),
    ];
    const request = sheet({
      number: '1-1-1-1',
      title: 'AI・RPAによる定型業務の自動化',
      kind: 'reform',
      collaboratingDepartmentIds: [departments.it.id, departments.tax.id],
      relistedNodeIds: [outline.nodes['2-1-1']!],
      schedule: [
        { fiscalYear: 2023, description: '対象業務の調査', phase: '検討' },
        { fiscalYear: 2024, description: '試行', phase: '試行' },
      ],
      targets,
      financialEffects: [
        { fiscalYear: 2024, kind: 'expenditure', amount: 1_200_000 },
        { fiscalYear: 2025, kind: 'revenue', amount: 300_000 },
      ],
      citizenEffect: '申請の処理が早くなる。',
      sdgGoals: [9, 16],
      tags: ['デジタル化', '庁内連携'],
    });
    const response = await agent.post(`/api/outlines/${outline.id}/plans`, request);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      ...request,
      id: expect.any(String),
      outlineId: outline.id,
      version: 0,
      leadDepartment: { id: departments.general.id, name: '総務課' },
      collaboratingDepartments: [
        { id: departments.it.id, name: '情報政策課' },
        { id: departments.tax.id, name: '税務課' },
      ],
      predecessorPlan: null,
      successorPlans: [],
      checks: [],
      periodChanges: [],
      editable: true,
      proposal: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      updatedBy: user.displayName,
    });
    const id = response.body.id as string;
    expect((await agent.get(`/api/plans/${id}`)).body).toEqual(response.body);
    const row = await server.db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      number_sort: '000001-000001-000001-000001',
      target_count: 4,
      check_codes: [],
      sdg_goals: [9, 16],
      collaborating_department_ids: [departments.it.id, departments.tax.id],
      relisted_node_ids: [outline.nodes['2-1-1']],
    });
    expect(row.search_text).toContain('ai・rpaによる定型業務の自動化');
    const versions = await server.db.selectFrom('plan_version').selectAll().where('plan_id', '=', id).execute();
    expect(versions).toEqual([expect.objectContaining({ version: 0, saved_by: user.id, change: 'created', sheet: request })]);
    expect(await auditEntriesOf(server.db, id, 'plan')).toEqual([expect.objectContaining({ action: 'created', before: null, after: request })]);
  });

  it('suggests the number from the framework position when it is left blank: 1-1-1, then 1-1-2', async () => {
    const { agent, outline, sheet } = await setUp();
    const first = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ number: '' }));
    expect(first.status).toBe(201);
    expect(first.body.number).toBe('1-1-1-1');
    const suggested = await agent.get(`/api/outlines/${outline.id}/plan-number?nodeId=${outline.nodes['1-1-1']}`);
    expect(suggested.body).toEqual({ number: '1-1-1-2' });
    const second = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ number: '  ' }));
    expect(second.body.number).toBe('1-1-1-2');
    const elsewhere = await agent.get(`/api/outlines/${outline.id}/plan-number?nodeId=${outline.nodes['2-2-1']}`);
    expect(elsewhere.body).toEqual({ number: '2-2-1-1' });
  });

  it('stores a full-width number half-width, and refuses a number already used in the outline with 409 plan_number_taken', async () => {
    const { agent, outline, sheet, plans } = await setUp();
    const first = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ number: '１－１－１－５' }));
    expect(first.body.number).toBe('1-1-1-5');
    const before = await plans();
    const duplicate = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ number: '1-1-1-5', title: '別の計画' }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({ code: 'plan_number_taken', issues: [{ path: ['number'] }] });
    expect(await plans()).toBe(before);
  });

  it('returns warnings from the checks and stores their codes, but saves the plan', async () => {
    const { agent, outline, sheet } = await setUp();
    const response = await agent.post(
      `/api/outlines/${outline.id}/plans`,
      sheet({ kind: 'reform', endFiscalYear: 2029, targets: [target({ unit: '' })] }),
    );
    expect(response.status).toBe(201);
    expect(response.body.checks.map((c: { code: string }) => c.code)).toEqual(['end_year_beyond_outline', 'target_without_unit', 'reform_without_effect']);
    expect(response.body.checks[1]).toMatchObject({ severity: 'warning', field: 'targets.0.unit' });
    const row = await server.db.selectFrom('plan').select('check_codes').where('id', '=', response.body.id).executeTakeFirstOrThrow();
    expect(row.check_codes).toEqual(['end_year_beyond_outline', 'target_without_unit', 'reform_without_effect']);
  });

  it('refuses a plan under a node that has children with 422 plan_check_failed, and one ending before it starts', async () => {
    const { agent, outline, sheet, plans } = await setUp();
    const notLeaf = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ frameworkNodeId: outline.nodes['1-1']! }));
    expect(notLeaf.status).toBe(422);
    expect(notLeaf.body.error).toMatchObject({ code: 'plan_check_failed', issues: [{ path: ['frameworkNodeId'], code: 'plan_under_non_leaf' }] });
    expect(notLeaf.body.error.message).toContain('最下層の項目');
    const backwards = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ startFiscalYear: 2026, endFiscalYear: 2024 }));
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.issues).toEqual([expect.objectContaining({ path: ['endFiscalYear'], code: 'end_before_start' })]);
    expect(await plans()).toBe(0);
  });

  it('refuses references that do not fit with 422 invalid_reference, naming each field', async () => {
    const { agent, municipalityId, outline, departments, sheet, plans } = await setUp();
    const other = await server.createOutlineWithFramework({ municipalityId });
    const ended = await server.createDepartment({ municipalityId, name: '旧課', validTo: '2020-03-31' });
    const response = await agent.post(
      `/api/outlines/${outline.id}/plans`,
      sheet({
        collaboratingDepartmentIds: [departments.general.id, ended.id, randomUUID()],
        relistedNodeIds: [outline.nodes['1-1-1']!, other.nodes['1-1-1']!, outline.nodes['2']!],
      }),
    );
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid_reference');
    expect(response.body.error.issues.map((i: { path: unknown[]; code: string }) => [i.path.join('.'), i.code])).toEqual([
      ['relistedNodeIds.0', 'same_as_framework_node'],
      ['relistedNodeIds.1', 'not_found'],
      ['relistedNodeIds.2', 'not_leaf'],
      ['collaboratingDepartmentIds.0', 'lead_among_collaborators'],
      ['collaboratingDepartmentIds.1', 'department_ended'],
      ['collaboratingDepartmentIds.2', 'department_ended'],
    ]);
    const wrongNode = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ frameworkNodeId: other.nodes['1-1-1']! }));
    expect(wrongNode.body.error.issues).toEqual([expect.objectContaining({ path: ['frameworkNodeId'], code: 'not_found' })]);
    const endedLead = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ leadDepartmentId: ended.id }));
    expect(endedLead.body.error.issues).toEqual([expect.objectContaining({ path: ['leadDepartmentId'], code: 'department_ended' })]);
    expect(await plans()).toBe(0);
  });

  it('answers malformed input with 400 and saves nothing', async () => {
    const { agent, municipalityId, outline, sheet, plans } = await setUp();
    const cases = [
      { ...sheet(), title: '' },
      { ...sheet(), sdgGoals: [18] },
      { ...sheet(), kind: 'kaizen' },
      { ...sheet(), financialEffects: [{ fiscalYear: 2024, kind: 'expenditure', amount: 1.5 }] },
      { ...sheet(), targets: [{ ...target(), direction: 'up' }] },
      { ...sheet(), endFiscalYear: undefined },
      { ...sheet(), outlineId: outline.id },
    ];
    for (const body of cases) {
      const response = await agent.post(`/api/outlines/${outline.id}/plans`, body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    const nested = await agent.post(`/api/outlines/${outline.id}/plans`, { ...sheet(), targets: [{ ...target(), direction: 'up' }] });
    expect(nested.body.error.issues[0].path).toEqual(['targets', 0, 'direction']);
    expect(await plans()).toBe(0);
    expect(await countRows(server.db, 'plan_version', municipalityId)).toBe(0);
  });

  it('refuses plans in a closed outline with 409 outline_closed', async () => {
    const { agent, municipalityId, departments } = await setUp();
    const closed = await server.createOutlineWithFramework({ municipalityId, status: 'closed' });
    const response = await agent.post(
      `/api/outlines/${closed.id}/plans`,
      planSheet({ frameworkNodeId: closed.nodes['1-1-1']!, leadDepartmentId: departments.general.id }),
    );
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('outline_closed');
  });

  it('links a plan to the one it carries over from an earlier outline, shown both ways', async () => {
    const { agent, municipalityId, outline, departments, sheet } = await setUp();
    const earlier = await server.createOutlineWithFramework({ municipalityId, title: '第3次行政改革大綱', startFiscalYear: 2018 });
    const predecessor = await server.createPlan({
      municipalityId,
      outlineId: earlier.id,
      frameworkNodeId: earlier.nodes['2-1-1']!,
      leadDepartmentId: departments.it.id,
      sheet: { number: '2-1-1-1', title: 'ペーパーレス化の推進', startFiscalYear: 2018, endFiscalYear: 2022 },
    });
    await server.db.updateTable('outline').set({ status: 'closed' }).where('id', '=', earlier.id).execute();
    const successor = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ predecessorPlanId: predecessor.id }));
    expect(successor.status).toBe(201);
    expect(successor.body.predecessorPlan).toEqual({
      id: predecessor.id,
      number: '2-1-1-1',
      title: 'ペーパーレス化の推進',
      outlineId: earlier.id,
      outlineTitle: '第3次行政改革大綱',
    });
    expect((await agent.get(`/api/plans/${predecessor.id}`)).body.successorPlans).toEqual([
      { id: successor.body.id, number: '1-1-1-1', title: successor.body.title, outlineId: outline.id, outlineTitle: '第4次行政改革大綱' },
    ]);
    const sameOutline = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ predecessorPlanId: successor.body.id }));
    expect(sameOutline.status).toBe(422);
    expect(sameOutline.body.error.issues).toEqual([expect.objectContaining({ path: ['predecessorPlanId'] })]);
  });
});

describe('editing a plan', () => {
  it('saves a new version, and answers a stale version with 409 edit_conflict leaving the stored plan unchanged', async () => {
    const { agent, municipalityId, outline, sheet } = await setUp();
    const { body: created } = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ title: '当初の名称' }));
    const { id, version } = created;
    const edit = { ...sheet({ number: created.number, title: '変更後の名称' }), version: 0 };
    const saved = await agent.put(`/api/plans/${id}`, edit);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ title: '変更後の名称', version: 1 });
    expect(version).toBe(0);

    const stored = async () => ({
      plan: await server.db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      versions: await countRows(server.db, 'plan_version', municipalityId),
      audit: (await auditEntriesOf(server.db, id, 'plan')).length,
    });
    const before = await stored();
    const stale = await agent.put(`/api/plans/${id}`, { ...edit, title: '古い画面からの保存', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('edit_conflict');
    expect(await stored()).toEqual(before);
    expect((await agent.get(`/api/plans/${id}`)).body).toMatchObject({ title: '変更後の名称', version: 1 });
  });

  it('keeps a department that has since ended on an unrelated correction, but will not add an ended one', async () => {
    const { agent, municipalityId, outline, sheet, departments } = await setUp();
    const { body: created } = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ collaboratingDepartmentIds: [departments.tax.id] }));
    await server.db.updateTable('department').set({ valid_to: '2024-03-31' }).where('id', '=', departments.tax.id).execute();
    const corrected = await agent.put(`/api/plans/${created.id}`, { ...sheet({ number: created.number, collaboratingDepartmentIds: [departments.tax.id], aim: '修正' }), version: 0 });
    expect(corrected.status).toBe(200);
    const ended = await server.createDepartment({ municipalityId, validTo: '2020-03-31' });
    const added = await agent.put(`/api/plans/${created.id}`, { ...sheet({ number: created.number, collaboratingDepartmentIds: [ended.id] }), version: 1 });
    expect(added.status).toBe(422);
  });

  it('extends one plan’s period, keeping the reason in its history', async () => {
    const { agent, user, outline, sheet } = await setUp();
    const { body: created } = await agent.post(`/api/outlines/${outline.id}/plans`, sheet({ endFiscalYear: 2026 }));
    const extended = await agent.post(`/api/plans/${created.id}/extend`, { endFiscalYear: 2027, reason: 'システム更新に合わせるため', version: 0 });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ endFiscalYear: 2027, version: 1 });
    expect(extended.body.periodChanges).toEqual([
      { previousEndFiscalYear: 2026, endFiscalYear: 2027, reason: 'システム更新に合わせるため', changedAt: expect.any(String), changedBy: user.displayName },
    ]);
    const versions = await agent.get(`/api/plans/${created.id}/versions`);
    expect(versions.body.items[0]).toMatchObject({ version: 1, change: 'period_extended', reason: 'システム更新に合わせるため' });
    const shorter = await agent.post(`/api/plans/${created.id}/extend`, { endFiscalYear: 2025, reason: '短縮', version: 1 });
    expect(shorter.status).toBe(422);
    expect(shorter.body.error.code).toBe('invalid_period_extension');
  });

  it('deletes a plan of a draft outline (secretariat, 204), but not one of an outline in force', async () => {
    const { agent, municipalityId, outline, departments, sheet } = await setUp();
    const draft = await server.createOutlineWithFramework({ municipalityId, status: 'draft' });
    const plan = await server.createPlan({ municipalityId, outlineId: draft.id, frameworkNodeId: draft.nodes['1-1-1']!, leadDepartmentId: departments.general.id });
    expect((await agent.delete(`/api/plans/${plan.id}?version=1`)).status).toBe(409);
    const removed = await agent.delete(`/api/plans/${plan.id}?version=0`);
    expect(removed.status).toBe(204);
    expect((await agent.get(`/api/plans/${plan.id}`)).status).toBe(404);
    expect(await auditEntriesOf(server.db, plan.id, 'plan')).toEqual([
      expect.objectContaining({ action: 'created' }),
      expect.objectContaining({ action: 'deleted', after: null }),
    ]);
    const { body: inForce } = await agent.post(`/api/outlines/${outline.id}/plans`, sheet());
    const refused = await agent.delete(`/api/plans/${inForce.id}?version=0`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('outline_not_draft');
  });
});
