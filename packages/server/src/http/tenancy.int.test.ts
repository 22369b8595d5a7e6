import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../test-support/db-helpers.js';
import { getTestServer, type Agent, type TestServer } from '../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const password = 'a-long-enough-passphrase';

/**
 * Municipality A with a division, a department, a user, an outline and audit entries (made through
 * A's own secretariat), and municipality B's secretariat who must see and touch none of it.
 */
async function twoMunicipalities() {
  const a = await server.createTenant();
  const aId = a.municipality.id;
  const division = (await a.agent.post('/api/divisions', { name: 'A市総務部', validFrom: '2020-04-01' })).body;
  const department = (await a.agent.post('/api/departments', { divisionId: division.id, name: 'A市総務課', validFrom: '2020-04-01' })).body;
  const user = await server.createUser({ municipalityId: aId, roles: [{ role: 'department_editor', departmentId: department.id }] });
  const outline = await server.createOutline({ municipalityId: aId, title: 'A市行政改革大綱' });
  const b = await server.createTenant();
  const snapshot = async () => ({
    departments: await server.db.selectFrom('department').selectAll().where('municipality_id', '=', aId).orderBy('id').execute(),
    users: await server.db.selectFrom('app_user').selectAll().where('municipality_id', '=', aId).orderBy('id').execute(),
    roles: await countRows(server.db, 'user_role', aId),
    audit: await countRows(server.db, 'audit_log', aId),
  });
  return { a: { ...a, division, department, user, outline }, b, bCounts: () => counts(b.municipality.id), snapshot };
}

async function counts(municipalityId: string) {
  const tables = ['division', 'department', 'app_user', 'user_role', 'reorganisation'] as const;
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await countRows(server.db, t, municipalityId)] as const)));
}

const ids = async (agent: Agent, url: string, key: string) =>
  ((await agent.get(url)).body[key] as { id: string }[]).map((item) => item.id);

describe('isolation between municipalities', () => {
  it('keeps A’s departments, users, audit entries and outlines out of B’s lists', async () => {
    const { a, b } = await twoMunicipalities();
    expect((await a.agent.get('/api/organisation')).body.departments.map((d: { id: string }) => d.id)).toEqual([a.department.id]);

    expect(await ids(b.agent, '/api/organisation?includeEnded=true', 'departments')).toEqual([]);
    expect(await ids(b.agent, '/api/organisation?includeEnded=true', 'divisions')).toEqual([]);
    expect(await ids(b.agent, '/api/users', 'items')).toEqual([b.user.id]);
    expect(await ids(b.agent, '/api/outlines', 'items')).toEqual([]);
    const audit = await b.agent.get('/api/audit-log?pageSize=200');
    expect(audit.body.total).toBe(await countRows(server.db, 'audit_log', b.municipality.id));
    expect(audit.body.items.length).toBeGreaterThan(0);
    expect(audit.body.items.every((e: { actor: { id: string } | null }) => e.actor?.id === b.user.id)).toBe(true);
    expect(JSON.stringify(audit.body)).not.toContain(a.department.id);
  });

  it('answers 404 for A’s outline', async () => {
    const { a, b } = await twoMunicipalities();
    expect((await a.agent.get(`/api/outlines/${a.outline.id}`)).status).toBe(200);
    const response = await b.agent.get(`/api/outlines/${a.outline.id}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('answers 404 to B editing A’s department or division, leaving them unchanged', async () => {
    const { a, b, snapshot } = await twoMunicipalities();
    const before = await snapshot();
    const department = await b.agent.patch(`/api/departments/${a.department.id}`, {
      divisionId: a.division.id,
      name: '乗っ取り課',
      validTo: '2024-03-31',
      version: 0,
    });
    expect(department.status).toBe(404);
    const division = await b.agent.patch(`/api/divisions/${a.division.id}`, { name: '乗っ取り部', validTo: null, version: 0 });
    expect(division.status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 to B editing, deactivating or resetting the password of A’s user, leaving them unchanged', async () => {
    const { a, b, snapshot } = await twoMunicipalities();
    const before = await snapshot();
    const edit = await b.agent.patch(`/api/users/${a.user.id}`, {
      displayName: '乗っ取り',
      active: false,
      roles: [{ role: 'secretariat' }],
      version: 0,
    });
    expect(edit.status).toBe(404);
    const reset = await b.agent.post(`/api/users/${a.user.id}/password`, { password });
    expect(reset.status).toBe(404);
    expect(await snapshot()).toEqual(before);
    await server.login(a.user.loginId, a.user.password);
  });

  it('refuses B creating a department under A’s division and saves nothing', async () => {
    const { a, b, bCounts, snapshot } = await twoMunicipalities();
    const [beforeA, beforeB] = [await snapshot(), await bCounts()];
    const response = await b.agent.post('/api/departments', { divisionId: a.division.id, name: '越境課', validFrom: '2024-04-01' });
    expect([404, 422]).toContain(response.status);
    expect(await snapshot()).toEqual(beforeA);
    expect(await bCounts()).toEqual(beforeB);
  });

  it('refuses B granting a role on A’s department, to a new or an existing user', async () => {
    const { a, b, bCounts, snapshot } = await twoMunicipalities();
    const [beforeA, beforeB] = [await snapshot(), await bCounts()];
    const created = await b.agent.post('/api/users', {
      loginId: 'cross-tenant-editor',
      displayName: '越境 編集者',
      password,
      roles: [{ role: 'department_editor', departmentId: a.department.id }],
    });
    expect(created.status).toBe(400);
    expect(created.body.error.issues).toEqual([expect.objectContaining({ path: ['roles', 0, 'departmentId'] })]);

    const bStaff = await server.createUser({ municipalityId: b.municipality.id, roles: [{ role: 'hq_member' }] });
    const edited = await b.agent.patch(`/api/users/${bStaff.id}`, {
      displayName: bStaff.displayName,
      active: true,
      roles: [{ role: 'department_approver', departmentId: a.department.id }],
      version: 0,
    });
    expect(edited.status).toBe(400);
    expect(await snapshot()).toEqual(beforeA);
    expect(await bCounts()).toEqual({ ...beforeB, app_user: beforeB.app_user! + 1, user_role: beforeB.user_role! + 1 });
  });

  it('refuses B reorganising A’s department, or moving B’s department under A’s division', async () => {
    const { a, b, bCounts, snapshot } = await twoMunicipalities();
    const own = await server.createDepartment({ municipalityId: b.municipality.id });
    const [beforeA, beforeB] = [await snapshot(), await bCounts()];
    const reorganise = await b.agent.post('/api/reorganisations', {
      kind: 'rename',
      effectiveDate: '2024-04-01',
      fromDepartmentIds: [a.department.id],
      to: [{ name: '越境改名課', divisionId: own.divisionId }],
    });
    expect(reorganise.status).toBe(422);
    const intoA = await b.agent.post('/api/reorganisations', {
      kind: 'rename',
      effectiveDate: '2024-04-01',
      fromDepartmentIds: [own.id],
      to: [{ name: '越境改名課', divisionId: a.division.id }],
    });
    expect(intoA.status).toBe(422);
    const move = await b.agent.patch(`/api/departments/${own.id}`, { divisionId: a.division.id, name: own.name, validTo: null, version: 0 });
    expect(move.status).toBe(404);
    expect(await snapshot()).toEqual(beforeA);
    expect(await bCounts()).toEqual(beforeB);
  });
});
