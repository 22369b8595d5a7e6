import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf, countRows } from '../../test-support/db-helpers.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const password = 'a-long-enough-passphrase';

async function setUp() {
  const tenant = await server.createTenant();
  const department = await server.createDepartment({ municipalityId: tenant.municipality.id, name: '市民課' });
  return { ...tenant, department };
}

describe('users', () => {
  it('lets the secretariat create a user (201) who can then sign in with the given roles', async () => {
    const { agent, department, user: secretariat } = await setUp();
    const loginId = `sato-${Date.now().toString(36)}`;
    const response = await agent.post('/api/users', {
      loginId,
      displayName: '佐藤 健一',
      password,
      roles: [{ role: 'department_editor', departmentId: department.id }],
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      loginId,
      displayName: '佐藤 健一',
      active: true,
      roles: [{ role: 'department_editor', departmentId: department.id, departmentName: '市民課' }],
      createdAt: expect.any(String),
      version: 0,
    });
    const [audit] = await auditEntriesOf(server.db, response.body.id, 'user');
    expect(audit).toMatchObject({ actor_id: secretariat.id, action: 'created', after: { loginId, roles: ['department_editor（市民課）'] } });
    expect(JSON.stringify(audit)).not.toContain(password);

    const session = (await server.login(loginId, password)).session;
    expect(session.user.roles).toEqual(response.body.roles);
    const stored = await server.db.selectFrom('app_user').select('password_hash').where('id', '=', response.body.id).executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a login ID already taken, even by another municipality’s user, with 409 login_id_taken', async () => {
    const { agent, municipality } = await setUp();
    const elsewhere = await server.createMunicipality();
    const taken = await server.createUser({ municipalityId: elsewhere.id });
    const response = await agent.post('/api/users', { loginId: taken.loginId, displayName: '重複', password, roles: [{ role: 'hq_member' }] });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('login_id_taken');
    expect(await countRows(server.db, 'app_user', municipality.id)).toBe(1);
  });

  it('requires a department for a department role, reporting the path roles.0.departmentId', async () => {
    const { agent, municipality } = await setUp();
    const response = await agent.post('/api/users', {
      loginId: 'no-department',
      displayName: '所属 なし',
      password,
      roles: [{ role: 'department_approver' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['roles', 0, 'departmentId'], code: 'department_required' }],
    });
    expect(await countRows(server.db, 'app_user', municipality.id)).toBe(1);
  });

  it('refuses a department for a municipality-wide role and an ended department for a department role', async () => {
    const { agent, department, municipality } = await setUp();
    const ended = await server.createDepartment({ municipalityId: municipality.id, validTo: '2020-03-31' });
    const wide = await agent.post('/api/users', {
      loginId: 'wide-role',
      displayName: '全庁 役割',
      password,
      roles: [{ role: 'hq_member', departmentId: department.id }],
    });
    expect(wide.body.error.issues).toEqual([expect.objectContaining({ path: ['roles', 0, 'departmentId'], code: 'department_not_allowed' })]);
    const old = await agent.post('/api/users', {
      loginId: 'ended-department',
      displayName: '廃止 課',
      password,
      roles: [{ role: 'hq_member' }, { role: 'department_editor', departmentId: ended.id }],
    });
    expect(old.status).toBe(400);
    expect(old.body.error.issues).toEqual([expect.objectContaining({ path: ['roles', 1, 'departmentId'], code: 'department_ended' })]);
  });

  it('refuses a password shorter than 12 characters, on creation and on reset', async () => {
    const { agent, municipality } = await setUp();
    const target = await server.createUser({ municipalityId: municipality.id, roles: [{ role: 'hq_member' }] });
    const created = await agent.post('/api/users', { loginId: 'short-pass', displayName: '短い', password: 'elevenchars', roles: [{ role: 'hq_member' }] });
    expect(created.status).toBe(400);
    expect(created.body.error.issues).toEqual([expect.objectContaining({ path: ['password'] })]);
    const reset = await agent.post(`/api/users/${target.id}/password`, { password: 'elevenchars' });
    expect(reset.status).toBe(400);
    await server.login(target.loginId, target.password);
  });

  it('edits a user and answers a stale version with 409 edit_conflict, keeping the saved edit', async () => {
    const { agent, municipality } = await setUp();
    const target = await server.createUser({ municipalityId: municipality.id, roles: [{ role: 'hq_member' }], displayName: '高橋 美和' });
    const edit = { active: true, roles: [{ role: 'council_member' }] };

    const saved = await agent.patch(`/api/users/${target.id}`, { ...edit, displayName: '高橋 美和子', version: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ displayName: '高橋 美和子', version: 1, roles: [{ role: 'council_member' }] });

    const stale = await agent.patch(`/api/users/${target.id}`, { ...edit, displayName: '別の名前', roles: [{ role: 'secretariat' }], version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('edit_conflict');
    const users = await agent.get('/api/users');
    expect(users.body.items.find((u: { id: string }) => u.id === target.id)).toMatchObject({
      displayName: '高橋 美和子',
      version: 1,
      roles: [{ role: 'council_member', departmentId: null, departmentName: null }],
    });
  });

  it('ends every session of a user who is deactivated, and refuses their sign-in afterwards', async () => {
    const { agent, municipality } = await setUp();
    const target = await server.createUser({ municipalityId: municipality.id, roles: [{ role: 'hq_member' }] });
    const targetAgent = await server.login(target.loginId, target.password);

    const response = await agent.patch(`/api/users/${target.id}`, {
      displayName: target.displayName,
      active: false,
      roles: [{ role: 'hq_member' }],
      version: 0,
    });
    expect(response.status).toBe(200);
    expect(response.body.active).toBe(false);
    expect((await targetAgent.get('/api/auth/session')).status).toBe(401);
    expect(await countRows(server.db, 'session', municipality.id)).toBe(1);
    const login = await server.anonymous().post('/api/auth/login', { loginId: target.loginId, password: target.password });
    expect(login.status).toBe(401);
  });

  it('keeps a secretariat from removing their own secretariat role or deactivating themselves (422 cannot_demote_self)', async () => {
    const { agent, user } = await setUp();
    const attempts = [
      { displayName: user.displayName, active: true, roles: [{ role: 'hq_member' }], version: 0 },
      { displayName: user.displayName, active: false, roles: [{ role: 'secretariat' }], version: 0 },
    ];
    for (const body of attempts) {
      const response = await agent.patch(`/api/users/${user.id}`, body);
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('cannot_demote_self');
    }
    expect((await agent.get('/api/auth/session')).body.user.roles).toEqual([{ role: 'secretariat', departmentId: null, departmentName: null }]);
  });

  it('resets a password (204), ending the user’s sessions; the new password works and the old does not', async () => {
    const { agent, municipality } = await setUp();
    const target = await server.createUser({ municipalityId: municipality.id, roles: [{ role: 'hq_member' }] });
    const targetAgent = await server.login(target.loginId, target.password);

    const response = await agent.post(`/api/users/${target.id}/password`, { password });
    expect(response.status).toBe(204);
    expect((await targetAgent.get('/api/auth/session')).status).toBe(401);
    const old = await server.anonymous().post('/api/auth/login', { loginId: target.loginId, password: target.password });
    expect(old.status).toBe(401);
    await server.login(target.loginId, password);
    // The entry names whose password was reset, never the password itself.
    expect(await auditEntriesOf(server.db, target.id, 'user')).toEqual([
      expect.objectContaining({ action: 'password_reset', before: null, after: { loginId: target.loginId, displayName: target.displayName } }),
    ]);
  });

  it('answers 404 for an unknown user id', async () => {
    const { agent } = await setUp();
    const unknown = crypto.randomUUID();
    expect((await agent.post(`/api/users/${unknown}/password`, { password })).status).toBe(404);
    const edit = await agent.patch(`/api/users/${unknown}`, { displayName: 'x', active: true, roles: [{ role: 'hq_member' }], version: 0 });
    expect(edit.status).toBe(404);
    expect(edit.body.error.code).toBe('not_found');
  });
});
