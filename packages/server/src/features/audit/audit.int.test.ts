import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

interface Entry {
  action: string;
  entityType: string;
  entityId: string | null;
  at: string;
  actor: { id: string; displayName: string } | null;
  after: unknown;
}

/** A secretariat who signs in, then creates two divisions and a department, in that order. */
async function setUp() {
  const municipality = await server.createMunicipality();
  const { user, agent } = await server.signedInUser({ municipalityId: municipality.id });
  const first = (await agent.post('/api/divisions', { name: '第一部', validFrom: '2024-04-01' })).body;
  const second = (await agent.post('/api/divisions', { name: '第二部', validFrom: '2024-04-01' })).body;
  const department = (await agent.post('/api/departments', { divisionId: first.id, name: '第一課', validFrom: '2024-04-01' })).body;
  return { municipality, user, agent, first, second, department };
}

describe('audit log', () => {
  it('lists entries newest first with the actor’s display name', async () => {
    const { user, agent, first, second, department } = await setUp();
    const response = await agent.get('/api/audit-log');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 4, page: 1, pageSize: 50 });
    const items: Entry[] = response.body.items;
    expect(items.map((e) => [e.action, e.entityType, e.entityId])).toEqual([
      ['created', 'department', department.id],
      ['created', 'division', second.id],
      ['created', 'division', first.id],
      ['signed_in', 'session', user.id],
    ]);
    expect(items.every((e) => e.actor?.id === user.id && e.actor.displayName === user.displayName)).toBe(true);
    expect(items[1]!.after).toEqual({ name: '第二部', validFrom: '2024-04-01' });
    const times = items.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('pages through the entries', async () => {
    const { agent, first, second, department } = await setUp();
    const page1 = await agent.get('/api/audit-log?page=1&pageSize=2');
    const page2 = await agent.get('/api/audit-log?page=2&pageSize=2');
    const page3 = await agent.get('/api/audit-log?page=3&pageSize=2');
    expect(page1.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(page1.body.items.map((e: Entry) => e.entityId)).toEqual([department.id, second.id]);
    expect(page2.body.items.map((e: Entry) => e.entityId)).toEqual([first.id, expect.any(String)]);
    expect(page2.body.items[1].action).toBe('signed_in');
    expect(page3.body).toMatchObject({ total: 4, page: 3, items: [] });
  });

  it('filters by entity type', async () => {
    const { agent, first, second } = await setUp();
    const response = await agent.get('/api/audit-log?entityType=division');
    expect(response.body.total).toBe(2);
    expect(response.body.items.map((e: Entry) => e.entityId)).toEqual([second.id, first.id]);
    expect((await agent.get('/api/audit-log?entityType=outline')).body).toMatchObject({ total: 0, items: [] });
  });

  it('shows a change made by a user later deactivated with that user’s name still attached', async () => {
    const { municipality, agent, first } = await setUp();
    const other = await server.signedInUser({ municipalityId: municipality.id });
    await other.agent.patch(`/api/divisions/${first.id}`, { name: '改名部', validTo: null, version: 0 });
    await agent.patch(`/api/users/${other.user.id}`, {
      displayName: other.user.displayName,
      active: false,
      roles: [{ role: 'secretariat' }],
      version: 0,
    });
    const response = await agent.get('/api/audit-log?entityType=division&pageSize=1');
    expect(response.body.items[0]).toMatchObject({
      action: 'updated',
      actor: { id: other.user.id, displayName: other.user.displayName },
      after: { name: '改名部', validTo: null },
    });
  });

  it.each(['department_editor', 'department_approver', 'hq_member', 'council_member'] as const)(
    'refuses the audit log to a %s with 403 forbidden',
    async (role) => {
      const municipality = await server.createMunicipality();
      const department = await server.createDepartment({ municipalityId: municipality.id });
      const departmentId = role.startsWith('department_') ? department.id : null;
      const { agent } = await server.signedInUser({ municipalityId: municipality.id, roles: [{ role, departmentId }] });
      const response = await agent.get('/api/audit-log');
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    },
  );

  it('refuses the audit log without a session with 401', async () => {
    const response = await server.anonymous().get('/api/audit-log');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });
});
