import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../test-support/db-helpers.js';
import { getTestServer, type TestServer } from '../test-support/test-server.js';
import { DEMO_PASSWORD, seedDemo } from './seed-demo.js';

let server: TestServer;
let seeded: boolean;
beforeAll(async () => {
  server = await getTestServer();
  seeded = await seedDemo(server.db);
});
afterAll(() => server?.close());

const tables = ['division', 'department', 'reorganisation', 'department_link', 'app_user', 'user_role', 'outline', 'framework_node'] as const;
const countAll = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await countRows(server.db, t)] as const)));

describe('the demo city', () => {
  it('creates 本庄市 with its local government code 112119', async () => {
    expect(seeded).toBe(true);
    const rows = await server.db.selectFrom('municipality').select(['code', 'name']).execute();
    expect(rows).toEqual([{ code: '112119', name: '本庄市' }]);
  });

  it.each([
    ['secretariat', 'secretariat', null],
    ['editor', 'department_editor', '市民課'],
    ['approver', 'department_approver', '市民課'],
    ['hq', 'hq_member', null],
    ['council', 'council_member', null],
  ])('lets the demo user "%s" sign in with the demo password as %s', async (loginId, role, departmentName) => {
    const { session } = await server.login(loginId, DEMO_PASSWORD);
    expect(session.municipality).toMatchObject({ code: '112119', name: '本庄市' });
    expect(session.user.roles).toEqual([{ role, departmentId: departmentName ? expect.any(String) : null, departmentName }]);
  });

  it('has the three past outlines with their top-level headings', async () => {
    const agent = await server.login('hq', DEMO_PASSWORD);
    const { body } = await agent.get('/api/outlines');
    const outlines = body.items as { id: string; startFiscalYear: number; endFiscalYear: number; predecessorId: string | null }[];
    const summary = await Promise.all(
      outlines.map(async (o) => {
        const detail = (await agent.get(`/api/outlines/${o.id}`)).body as { nodes: { depth: number }[] };
        return [o.startFiscalYear, o.endFiscalYear, detail.nodes.filter((n) => n.depth === 0).length];
      }),
    );
    expect(summary).toEqual([
      [2018, 2022, 3],
      [2013, 2017, 3],
      [2007, 2011, 4],
    ]);
    // Each outline follows the one before it.
    expect(outlines.map((o) => o.predecessorId)).toEqual([outlines[1]!.id, outlines[2]!.id, null]);
  });

  it('has renamed 情報政策課 to デジタル推進課 on 2022-04-01, with lineage', async () => {
    const agent = await server.login('council', DEMO_PASSWORD);
    const { body } = await agent.get('/api/reorganisations');
    expect(body.items).toEqual([
      expect.objectContaining({
        kind: 'rename',
        effectiveDate: '2022-04-01',
        from: [{ id: expect.any(String), name: '情報政策課' }],
        to: [{ id: expect.any(String), name: 'デジタル推進課', primary: true }],
      }),
    ]);
    const organisation = (await agent.get('/api/organisation?asOf=2022-04-01')).body;
    const names = organisation.departments.map((d: { name: string }) => d.name);
    expect(names).toContain('デジタル推進課');
    expect(names).not.toContain('情報政策課');
    const before = (await agent.get('/api/organisation?asOf=2022-03-31')).body.departments.map((d: { name: string }) => d.name);
    expect(before).toContain('情報政策課');
    expect(before).not.toContain('デジタル推進課');
  });

  it('does nothing when run a second time', async () => {
    const before = await countAll();
    expect(before.app_user).toBe(5);
    expect(before.outline).toBe(3);
    expect(await seedDemo(server.db)).toBe(false);
    expect(await countAll()).toEqual(before);
    expect(await server.db.selectFrom('municipality').select('id').execute()).toHaveLength(1);
  });
});
