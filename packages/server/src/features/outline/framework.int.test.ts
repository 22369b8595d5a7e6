import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf, countRows } from '../../test-support/db-helpers.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

interface NodeView {
  id: string;
  parentId: string | null;
  depth: number;
  position: number;
  title: string;
  code: string;
  version: number;
}

/** The framework as `code title` lines, in display order: what a reader of the outline sees. */
async function outlineLines(agent: Agent, outlineId: string) {
  const { body } = await agent.get(`/api/outlines/${outlineId}`);
  return (body.nodes as NodeView[]).map((n) => `${n.code} ${n.title}`);
}

async function nodesOf(agent: Agent, outlineId: string): Promise<NodeView[]> {
  return (await agent.get(`/api/outlines/${outlineId}`)).body.nodes;
}

describe('framework editing', () => {
  it('adds nodes last among their siblings, numbered by position in the tree', async () => {
    const { agent } = await server.createTenant();
    const { body: outline } = await agent.post('/api/outlines', { title: '大綱', startFiscalYear: 2023, endFiscalYear: 2027 });
    const add = (parentId: string | null, title: string) => agent.post(`/api/outlines/${outline.id}/nodes`, { parentId, title });
    const p1 = await add(null, '市民に分かりやすい市役所にしよう！');
    expect(p1.status).toBe(201);
    expect(p1.body).toMatchObject({ parentId: null, depth: 0, position: 0, code: '1', planCount: 0, version: 0, description: '' });
    const p2 = (await add(null, '効率的に仕事をしよう！')).body;
    const item = (await add(p2.id, 'ICTの活用')).body;
    const programme = await add(item.id, 'ペーパーレス化');
    expect(programme.body).toMatchObject({ parentId: item.id, depth: 2, code: '2-1-1' });
    expect(await outlineLines(agent, outline.id)).toEqual([
      '1 市民に分かりやすい市役所にしよう！',
      '2 効率的に仕事をしよう！',
      '2-1 ICTの活用',
      '2-1-1 ペーパーレス化',
    ]);
    expect(await auditEntriesOf(server.db, programme.body.id, 'framework_node')).toEqual([
      expect.objectContaining({ action: 'created', after: expect.objectContaining({ title: 'ペーパーレス化', parentId: item.id }) }),
    ]);
  });

  it('refuses a node deeper than the number of level names with 422 framework_too_deep', async () => {
    const { agent, municipality } = await server.createTenant();
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const before = await countRows(server.db, 'framework_node', municipality.id);
    const response = await agent.post(`/api/outlines/${outline.id}/nodes`, { parentId: outline.nodes['1-1-1'], title: '4階層目' });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'framework_too_deep', message: '体系は3階層までです。この位置に置くと4階層になります。' });
    expect(await countRows(server.db, 'framework_node', municipality.id)).toBe(before);
  });

  it('uses the outline’s own level names for the depth limit', async () => {
    const { agent } = await server.createTenant();
    const { body: outline } = await agent.post('/api/outlines', {
      title: '大綱',
      startFiscalYear: 2023,
      endFiscalYear: 2027,
      frameworkLevels: ['重点項目', '取組事項'],
    });
    const top = (await agent.post(`/api/outlines/${outline.id}/nodes`, { parentId: null, title: '重点1' })).body;
    const item = (await agent.post(`/api/outlines/${outline.id}/nodes`, { parentId: top.id, title: '取組1' })).body;
    const third = await agent.post(`/api/outlines/${outline.id}/nodes`, { parentId: item.id, title: '3階層目' });
    expect(third.status).toBe(422);
    expect(third.body.error.code).toBe('framework_too_deep');
  });

  it('refuses a parent from another outline with 422 invalid_reference', async () => {
    const { agent, municipality } = await server.createTenant();
    const one = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const two = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const response = await agent.post(`/api/outlines/${one.id}/nodes`, { parentId: two.nodes['1'], title: '越境' });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'invalid_reference', issues: [{ path: ['parentId'] }] });
  });

  it('renames a node and answers a stale version with 409 edit_conflict', async () => {
    const { agent, municipality } = await server.createTenant();
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const id = outline.nodes['1-2']!;
    const renamed = await agent.patch(`/api/framework-nodes/${id}`, { title: '窓口サービスの向上', description: '説明', version: 0 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: '窓口サービスの向上', description: '説明', code: '1-2', version: 1 });
    const stale = await agent.patch(`/api/framework-nodes/${id}`, { title: '上書き', description: '', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('edit_conflict');
    expect((await nodesOf(agent, outline.id)).find((n) => n.id === id)).toMatchObject({ title: '窓口サービスの向上', version: 1 });
  });

  it('reorders siblings, renumbering them densely', async () => {
    const { agent, municipality } = await server.createTenant();
    const outline = await server.createOutlineWithFramework({
      municipalityId: municipality.id,
      framework: [{ title: '方針', children: [{ title: '項目', children: ['A', 'B', 'C'] }] }],
    });
    const moved = await agent.post(`/api/framework-nodes/${outline.nodes['1-1-3']}/move`, { parentId: outline.nodes['1-1'], position: 0, version: 0 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ title: 'C', code: '1-1-1', position: 0, version: 1 });
    expect(await outlineLines(agent, outline.id)).toEqual(['1 方針', '1-1 項目', '1-1-1 C', '1-1-2 A', '1-1-3 B']);
    const positions = (await nodesOf(agent, outline.id)).filter((n) => n.depth === 2).map((n) => n.position);
    expect(positions).toEqual([0, 1, 2]);
    // A position past the end puts it last.
    await agent.post(`/api/framework-nodes/${outline.nodes['1-1-3']}/move`, { parentId: outline.nodes['1-1'], position: 99, version: 1 });
    expect(await outlineLines(agent, outline.id)).toEqual(['1 方針', '1-1 項目', '1-1-1 A', '1-1-2 B', '1-1-3 C']);
  });

  it('moves a node with its subtree under another parent, updating depths and closing the gap it left', async () => {
    const { agent, municipality } = await server.createTenant();
    const outline = await server.createOutlineWithFramework({
      municipalityId: municipality.id,
      framework: [
        { title: '方針1', children: [{ title: '項目1-1', children: ['P1'] }, { title: '項目1-2', children: ['P2'] }] },
        { title: '方針2', children: [] },
      ],
    });
    const response = await agent.post(`/api/framework-nodes/${outline.nodes['1-1']}/move`, { parentId: outline.nodes['2'], position: 0, version: 0 });
    expect(response.status).toBe(200);
    expect(await outlineLines(agent, outline.id)).toEqual(['1 方針1', '1-1 項目1-2', '1-1-1 P2', '2 方針2', '2-1 項目1-1', '2-1-1 P1']);
    const nodes = await nodesOf(agent, outline.id);
    expect(nodes.find((n) => n.title === '項目1-2')).toMatchObject({ position: 0 });
    // Promoting an item to the top level brings its programme up one level too.
    await agent.post(`/api/framework-nodes/${outline.nodes['1-1']}/move`, { parentId: null, position: 2, version: 1 });
    const promoted = await nodesOf(agent, outline.id);
    expect(promoted.find((n) => n.title === 'P1')).toMatchObject({ depth: 1, code: '3-1' });
    const stored = await server.db.selectFrom('framework_node').select(['title', 'depth']).where('outline_id', '=', outline.id).execute();
    expect(stored.find((n) => n.title === 'P1')?.depth).toBe(1);
  });

  it('refuses moving a node under its own descendant, or deeper than the levels allow', async () => {
    const { agent, municipality } = await server.createTenant();
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const cycle = await agent.post(`/api/framework-nodes/${outline.nodes['1']}/move`, { parentId: outline.nodes['1-1'], position: 0, version: 0 });
    expect(cycle.status).toBe(422);
    expect(cycle.body.error.code).toBe('framework_cycle');
    const deep = await agent.post(`/api/framework-nodes/${outline.nodes['1-1']}/move`, { parentId: outline.nodes['2-1'], position: 0, version: 0 });
    expect(deep.status).toBe(422);
    expect(deep.body.error.code).toBe('framework_too_deep');
    expect(await outlineLines(agent, outline.id)).toHaveLength(14);
    expect((await nodesOf(agent, outline.id)).find((n) => n.id === outline.nodes['1-1'])).toMatchObject({ code: '1-1', version: 0 });
  });

  it('removes a leaf (204) and renumbers its siblings', async () => {
    const { agent, municipality } = await server.createTenant();
    const outline = await server.createOutlineWithFramework({
      municipalityId: municipality.id,
      framework: [{ title: '方針', children: ['A', 'B', 'C'] }],
    });
    const response = await agent.delete(`/api/framework-nodes/${outline.nodes['1-1']}`);
    expect(response.status).toBe(204);
    expect(await outlineLines(agent, outline.id)).toEqual(['1 方針', '1-1 B', '1-2 C']);
    expect((await nodesOf(agent, outline.id)).map((n) => n.position)).toEqual([0, 0, 1]);
    expect(await auditEntriesOf(server.db, outline.nodes['1-1']!, 'framework_node')).toEqual([
      expect.objectContaining({ action: 'deleted', before: expect.objectContaining({ title: 'A' }) }),
    ]);
  });

  it('refuses to remove a node with children with 409 node_has_children', async () => {
    const { agent, municipality } = await server.createTenant();
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const response = await agent.delete(`/api/framework-nodes/${outline.nodes['2-1']}`);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('node_has_children');
    expect(await outlineLines(agent, outline.id)).toHaveLength(14);
  });

  it('refuses to remove a node with plans under it, filed or re-listed, with 409 node_has_plans and deletes nothing', async () => {
    const { agent, municipality } = await server.createTenant();
    const department = await server.createDepartment({ municipalityId: municipality.id });
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    await server.createPlan({
      municipalityId: municipality.id,
      outlineId: outline.id,
      frameworkNodeId: outline.nodes['1-1-1']!,
      leadDepartmentId: department.id,
      sheet: { relistedNodeIds: [outline.nodes['2-2-2']!] },
    });
    const before = await countRows(server.db, 'framework_node', municipality.id);
    for (const code of ['1-1-1', '1-1', '1', '2-2-2']) {
      const response = await agent.delete(`/api/framework-nodes/${outline.nodes[code]}`);
      expect(response.status, code).toBe(409);
      expect(response.body.error).toEqual({
        code: 'node_has_plans',
        message: 'この項目には実施計画が登録されているため削除できません。計画を別の項目に移してから削除してください。',
      });
    }
    expect(await countRows(server.db, 'framework_node', municipality.id)).toBe(before);
  });

  it('refuses to put a node under a programme that holds plans, since plans sit on the lowest level', async () => {
    const { agent, municipality } = await server.createTenant();
    const department = await server.createDepartment({ municipalityId: municipality.id });
    const outline = await server.createOutlineWithFramework({
      municipalityId: municipality.id,
      framework: [{ title: '方針', children: ['A', 'B'] }],
    });
    await server.createPlan({ municipalityId: municipality.id, outlineId: outline.id, frameworkNodeId: outline.nodes['1-1']!, leadDepartmentId: department.id });
    const add = await agent.post(`/api/outlines/${outline.id}/nodes`, { parentId: outline.nodes['1-1'], title: '下位' });
    expect(add.status).toBe(409);
    expect(add.body.error.code).toBe('node_has_plans');
    const move = await agent.post(`/api/framework-nodes/${outline.nodes['1-2']}/move`, { parentId: outline.nodes['1-1'], position: 0, version: 0 });
    expect(move.status).toBe(409);
  });

  it('refuses framework edits on a closed outline with 409 outline_closed', async () => {
    const { agent, municipality } = await server.createTenant();
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id, status: 'closed' });
    const add = await agent.post(`/api/outlines/${outline.id}/nodes`, { parentId: null, title: '追加' });
    expect(add.status).toBe(409);
    expect(add.body.error.code).toBe('outline_closed');
    const rename = await agent.patch(`/api/framework-nodes/${outline.nodes['1']}`, { title: '改名', description: '', version: 0 });
    expect(rename.body.error.code).toBe('outline_closed');
    expect((await agent.delete(`/api/framework-nodes/${outline.nodes['2-2-2']}`)).status).toBe(409);
  });

  it('lets only the secretariat edit the framework, and hides other municipalities’ nodes (404)', async () => {
    const { municipality } = await server.createTenant();
    const department = await server.createDepartment({ municipalityId: municipality.id });
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id });
    const { agent: editor } = await server.signedInUser({
      municipalityId: municipality.id,
      roles: [{ role: 'department_editor', departmentId: department.id }],
    });
    expect((await editor.post(`/api/outlines/${outline.id}/nodes`, { parentId: null, title: 'x' })).status).toBe(403);
    expect((await editor.delete(`/api/framework-nodes/${outline.nodes['2-2-2']}`)).status).toBe(403);
    const other = await server.createTenant();
    expect((await other.agent.post(`/api/outlines/${outline.id}/nodes`, { parentId: null, title: 'x' })).status).toBe(404);
    expect((await other.agent.patch(`/api/framework-nodes/${outline.nodes['1']}`, { title: 'x', description: '', version: 0 })).status).toBe(404);
    expect((await other.agent.delete(`/api/framework-nodes/${outline.nodes['2-2-2']}`)).status).toBe(404);
    expect(await outlineLines(editor, outline.id)).toHaveLength(14);
  });
});
