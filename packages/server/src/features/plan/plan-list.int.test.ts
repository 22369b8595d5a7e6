import type { PlanSheet } from '@gyokaku/contracts';
import { rollUpPlanCounts, type PlanListing } from '@gyokaku/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { target } from '../../test-support/plan-factories.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;

/**
 * Six plans that each filter tells apart. 総務課 leads 1-1-1-1 and 2-2-1-1 and collaborates on
 * 1-1-1-2; 1-1-2-1 is re-listed (再掲) under 2-1-1; 2-1-1-9 and 2-1-1-10 test natural order.
 */
async function buildWorld() {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const division = await server.createDivision({ municipalityId });
  const [general, it_, tax] = await Promise.all(
    ['総務課', '情報政策課', '税務課'].map((name) => server.createDepartment({ municipalityId, divisionId: division.id, name })),
  );
  const outline = await server.createOutlineWithFramework({ municipalityId });
  const n = outline.nodes;
  const plan = (node: string, lead: string, sheet: Partial<PlanSheet>) =>
    server.createPlan({
      municipalityId,
      outlineId: outline.id,
      frameworkNodeId: n[node]!,
      leadDepartmentId: lead,
      actorId: tenant.user.id,
      sheet: { targets: [target()], ...sheet },
    });
  const p = {
    ai: await plan('1-1-1', general!.id, {
      number: '1-1-1-1',
      title: 'AIチャットボットによる窓口案内',
      kind: 'reform',
      citizenEffect: '夜間も問合せできる。',
      tags: ['デジタル化'],
      sdgGoals: [9],
      startFiscalYear: 2023,
      endFiscalYear: 2024,
    }),
    paperless: await plan('1-1-1', it_!.id, {
      number: '1-1-1-2',
      title: '会議資料のペーパーレス化',
      collaboratingDepartmentIds: [general!.id],
      sdgGoals: [16],
      targets: [],
      startFiscalYear: 2025,
    }),
    facilities: await plan('1-1-2', tax!.id, {
      number: '1-1-2-1',
      title: '公共施設の再配置',
      relistedNodeIds: [n['2-1-1']!],
      tags: ['民間活力'],
    }),
    nine: await plan('2-1-1', tax!.id, { number: '2-1-1-9', title: 'コンビニ収納の拡大' }),
    ten: await plan('2-1-1', it_!.id, { number: '2-1-1-10', title: '電子契約の導入', endFiscalYear: 2028 }),
    percent: await plan('2-2-1', general!.id, { number: '2-2-1-1', title: '収納率100%を目指す滞納整理' }),
  };
  return { ...tenant, outline, departments: { general: general!, it: it_!, tax: tax! }, p };
}

beforeAll(async () => {
  server = await getTestServer();
  world = await buildWorld();
});
afterAll(() => server?.close());

async function list(agent: Agent, query = '') {
  const response = await agent.get(`/api/outlines/${world.outline.id}/plans${query ? `?${query}` : ''}`);
  expect(response.status, response.body?.error?.message).toBe(200);
  return response.body as { items: { number: string; relisted: boolean }[]; total: number; page: number; pageSize: number };
}
const numbers = async (query = '') => (await list(world.agent, query)).items.map((item) => item.number);
const ALL = ['1-1-1-1', '1-1-1-2', '1-1-2-1', '2-1-1-9', '2-1-1-10', '2-2-1-1'];

describe('the plan list', () => {
  it('lists every plan in natural number order: 2-1-1-10 after 2-1-1-9', async () => {
    expect(await numbers()).toEqual(ALL);
    expect(await numbers('order=desc')).toEqual([...ALL].reverse());
  });

  it('shows each item with its departments’ names and the columns lists need', async () => {
    const { items } = await list(world.agent, `departmentId=${world.departments.it.id}`);
    expect(items[0]).toEqual({
      id: world.p.paperless.id,
      number: '1-1-1-2',
      title: '会議資料のペーパーレス化',
      frameworkNodeId: world.outline.nodes['1-1-1'],
      relisted: false,
      leadDepartment: { id: world.departments.it.id, name: '情報政策課' },
      collaboratingDepartments: [{ id: world.departments.general.id, name: '総務課' }],
      kind: 'improvement',
      startFiscalYear: 2025,
      endFiscalYear: 2027,
      targetCount: 0,
      checkCodes: ['no_numerical_target'],
      sdgGoals: [16],
      tags: [],
      proposalState: null,
      updatedAt: expect.any(String),
    });
  });

  it('filters by framework node: plans of the node and its descendants, plus re-listed ones marked as such', async () => {
    expect(await numbers(`nodeId=${world.outline.nodes['1']}`)).toEqual(['1-1-1-1', '1-1-1-2', '1-1-2-1']);
    const { items } = await list(world.agent, `nodeId=${world.outline.nodes['2-1-1']}`);
    expect(items.map((i) => [i.number, i.relisted])).toEqual([
      ['1-1-2-1', true],
      ['2-1-1-9', false],
      ['2-1-1-10', false],
    ]);
    expect(await numbers(`nodeId=${world.outline.nodes['2']}`)).toEqual(['1-1-2-1', '2-1-1-9', '2-1-1-10', '2-2-1-1']);
  });

  it('filters by department, lead or collaborating', async () => {
    expect(await numbers(`departmentId=${world.departments.general.id}`)).toEqual(['1-1-1-1', '1-1-1-2', '2-2-1-1']);
    expect(await numbers(`departmentId=${world.departments.tax.id}`)).toEqual(['1-1-2-1', '2-1-1-9']);
  });

  it('filters by kind, tag, SDG goal and fiscal year', async () => {
    expect(await numbers('kind=reform')).toEqual(['1-1-1-1']);
    expect(await numbers('kind=improvement')).toHaveLength(5);
    expect(await numbers(`tag=${encodeURIComponent('民間活力')}`)).toEqual(['1-1-2-1']);
    expect(await numbers('sdg=16')).toEqual(['1-1-1-2']);
    expect(await numbers('fiscalYear=2024')).toEqual(['1-1-1-1', '1-1-2-1', '2-1-1-9', '2-1-1-10', '2-2-1-1']);
    expect(await numbers('fiscalYear=2028')).toEqual(['2-1-1-10']);
  });

  it('filters by check: any warning, or one code', async () => {
    expect(await numbers('check=any')).toEqual(['1-1-1-2', '2-1-1-10']);
    expect(await numbers('check=end_year_beyond_outline')).toEqual(['2-1-1-10']);
    expect(await numbers('check=no_numerical_target')).toEqual(['1-1-1-2']);
  });

  it('searches Japanese text width-insensitively, and takes % literally', async () => {
    expect(await numbers(`q=${encodeURIComponent('ＡＩ')}`)).toEqual(['1-1-1-1']);
    expect(await numbers(`q=${encodeURIComponent('ai')}`)).toEqual(['1-1-1-1']);
    expect(await numbers(`q=${encodeURIComponent('ペーパーレス')}`)).toEqual(['1-1-1-2']);
    expect(await numbers(`q=${encodeURIComponent('１００％')}`)).toEqual(['2-2-1-1']);
    expect(await numbers(`q=${encodeURIComponent('%')}`)).toEqual(['2-2-1-1']);
    expect(await numbers(`q=${encodeURIComponent('_')}`)).toEqual([]);
    expect(await numbers(`q=${encodeURIComponent('2-1-1-1')}`)).toEqual(['2-1-1-10']);
    // The sheet's prose is searched too, not only the title.
    expect(await numbers(`q=${encodeURIComponent('夜間も問合せ')}`)).toEqual(['1-1-1-1']);
  });

  it('combines filters', async () => {
    expect(await numbers(`departmentId=${world.departments.general.id}&fiscalYear=2026`)).toEqual(['1-1-1-2', '2-2-1-1']);
  });

  it('sorts by title, lead department, start year and last update', async () => {
    const titles = (await list(world.agent, 'sort=title')).items.map((i) => (i as unknown as { title: string }).title);
    expect(titles).toEqual([...titles].sort());
    const departments = (await list(world.agent, 'sort=department')).items.map(
      (i) => (i as unknown as { leadDepartment: { name: string } }).leadDepartment.name,
    );
    expect(departments).toEqual(['情報政策課', '情報政策課', '税務課', '税務課', '総務課', '総務課']);
    expect(await numbers('sort=startFiscalYear&order=desc')).toEqual(['1-1-1-2', '1-1-1-1', '1-1-2-1', '2-1-1-9', '2-1-1-10', '2-2-1-1']);
    const recent = await server.createPlan({
      municipalityId: world.municipality.id,
      outlineId: world.outline.id,
      frameworkNodeId: world.outline.nodes['2-2-2']!,
      leadDepartmentId: world.departments.tax.id,
      actorId: world.user.id,
      sheet: { number: '0-0', targets: [target()] },
    });
    expect((await numbers('sort=updatedAt&order=desc'))[0]).toBe(recent.number);
    expect((await numbers('sort=number'))[0]).toBe('0-0');
    await server.db.deleteFrom('plan_version').where('plan_id', '=', recent.id).execute();
    await server.db.deleteFrom('plan').where('id', '=', recent.id).execute();
  });

  it('pages with a total', async () => {
    const second = await list(world.agent, 'pageSize=2&page=2');
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(second.items.map((i) => i.number)).toEqual(['1-1-2-1', '2-1-1-9']);
    const beyond = await list(world.agent, 'pageSize=2&page=9');
    expect(beyond).toMatchObject({ items: [], total: 6 });
    const filtered = await list(world.agent, `departmentId=${world.departments.general.id}&pageSize=1`);
    expect(filtered.total).toBe(3);
    expect(filtered.items).toHaveLength(1);
  });

  it('refuses unknown query parameters and a node of another outline', async () => {
    expect((await world.agent.get(`/api/outlines/${world.outline.id}/plans?sort=random`)).status).toBe(400);
    expect((await world.agent.get(`/api/outlines/${world.outline.id}/plans?pageSize=500`)).status).toBe(400);
    const other = await server.createOutlineWithFramework({ municipalityId: world.municipality.id });
    expect((await world.agent.get(`/api/outlines/${world.outline.id}/plans?nodeId=${other.nodes['1']}`)).status).toBe(404);
  });
});

describe('counts in the framework', () => {
  it('counts a re-listed plan once: in its own subtree as a plan, elsewhere as re-listed, once in the outline total', async () => {
    const { body } = await world.agent.get(`/api/outlines/${world.outline.id}`);
    const node = (code: string) => body.nodes.find((n: { code: string }) => n.code === code);
    expect(body.planCount).toBe(6);
    expect(node('1')).toMatchObject({ planCount: 3, planWithTargetCount: 2, relistedCount: 0 });
    expect(node('1-1-1')).toMatchObject({ planCount: 2, planWithTargetCount: 1, relistedCount: 0 });
    expect(node('1-1-2')).toMatchObject({ planCount: 1, relistedCount: 0 });
    expect(node('2-1-1')).toMatchObject({ planCount: 2, planWithTargetCount: 2, relistedCount: 1 });
    expect(node('2')).toMatchObject({ planCount: 3, relistedCount: 1 });
    expect(node('1-2')).toMatchObject({ planCount: 0, planWithTargetCount: 0, relistedCount: 0 });
  });

  it('agrees with the domain’s rollUpPlanCounts on every node, re-listings inside and across subtrees included', async () => {
    const municipalityId = world.municipality.id;
    const outline = await server.createOutlineWithFramework({ municipalityId });
    const leaves = Object.entries(outline.nodes).filter(([code]) => code.split('-').length === 3);
    const departments = Object.values(world.departments);
    for (let i = 0; i < 16; i++) {
      const [, nodeId] = leaves[i % leaves.length]!;
      // Re-listed under a sibling (same subtree), a cousin and a node of the other basic policy.
      const relisted = [1, 2, 5].filter((step) => (i + step) % 3 === 0).map((step) => leaves[(i + step) % leaves.length]![1]);
      await server.createPlan({
        municipalityId,
        outlineId: outline.id,
        frameworkNodeId: nodeId,
        leadDepartmentId: departments[i % 3]!.id,
        actorId: world.user.id,
        sheet: { relistedNodeIds: relisted.filter((id) => id !== nodeId), targets: i % 3 === 1 ? [] : [target()] },
      });
    }
    const rows = await server.db
      .selectFrom('plan')
      .select(['id', 'framework_node_id', 'relisted_node_ids', 'target_count'])
      .where('outline_id', '=', outline.id)
      .execute();
    const listings: PlanListing[] = rows.flatMap((row) => [
      { planId: row.id, nodeId: row.framework_node_id, relisted: false },
      ...row.relisted_node_ids.map((nodeId) => ({ planId: row.id, nodeId, relisted: true })),
    ]);
    const withTargets = new Set(rows.filter((row) => row.target_count > 0).map((row) => row.id));
    const { body } = await world.agent.get(`/api/outlines/${outline.id}`);
    type Node = { id: string; parentId: string | null; position: number; title: string; code: string; planCount: number; planWithTargetCount: number; relistedCount: number };
    const nodes = body.nodes as Node[];
    const all = rollUpPlanCounts(nodes, listings);
    const targeted = rollUpPlanCounts(nodes, listings.filter((listing) => withTargets.has(listing.planId)));
    const expected = nodes.map((node) => {
      const counts = all.nodes.find((c) => c.nodeId === node.id)!;
      return [node.code, counts.plans, targeted.nodes.find((c) => c.nodeId === node.id)!.plans, counts.relisted];
    });
    expect(nodes.map((node) => [node.code, node.planCount, node.planWithTargetCount, node.relistedCount])).toEqual(expected);
    expect(expected.some(([, , , relisted]) => (relisted as number) > 0)).toBe(true);
    expect(body.planCount).toBe(all.total);
    expect(body.planCount).toBe(16);
  });
});
