import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../test-support/db-helpers.js';
import { getTestServer, type TestServer } from '../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

/** A signed-in secretariat, and a snapshot of what its municipality holds, to prove nothing was saved. */
async function setUp() {
  const tenant = await server.createTenant();
  const department = await server.createDepartment({ municipalityId: tenant.municipality.id });
  const counts = async () => {
    const tables = ['division', 'department', 'app_user', 'user_role', 'audit_log'] as const;
    return Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await countRows(server.db, t, tenant.municipality.id)] as const)),
    );
  };
  return { ...tenant, department, counts, before: await counts() };
}

describe('request validation', () => {
  it('answers malformed JSON with 400 invalid_json and saves nothing', async () => {
    const { agent, counts, before } = await setUp();
    const response = await agent.post('/api/divisions', undefined, { raw: '{"name": "総務部", "validFrom": ' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_json');
    expect(await counts()).toEqual(before);
  });

  it('answers an empty JSON body with 400', async () => {
    const { agent, counts, before } = await setUp();
    const response = await agent.post('/api/divisions', undefined, { raw: '' });
    expect(response.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('answers wrong types with 400 validation_failed naming each field, and saves nothing', async () => {
    const { agent, counts, before } = await setUp();
    const response = await agent.post('/api/divisions', { name: 123, validFrom: '2024-02-30' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    const paths = response.body.error.issues.map((issue: { path: unknown[] }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([['name'], ['validFrom']]));
    expect(await counts()).toEqual(before);
  });

  it('names the nested field of a wrong role in the issue path', async () => {
    const { agent, counts, before } = await setUp();
    const response = await agent.post('/api/users', {
      loginId: 'nested-role-user',
      displayName: '役割 誤り',
      password: 'long-enough-password',
      roles: [{ role: 'secretariat' }, { role: 'mayor' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.issues).toEqual([expect.objectContaining({ path: ['roles', 1, 'role'] })]);
    expect(await counts()).toEqual(before);
  });

  it('refuses unknown fields with 400 validation_failed and saves nothing', async () => {
    const { agent, counts, before } = await setUp();
    const response = await agent.post('/api/divisions', { name: '総務部', validFrom: '2024-04-01', municipalityId: crypto.randomUUID() });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(await counts()).toEqual(before);
  });

  it('refuses a 61-character division name but accepts 60 characters', async () => {
    const { agent, counts, before } = await setUp();
    const tooLong = await agent.post('/api/divisions', { name: '部'.repeat(61), validFrom: '2024-04-01' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error).toMatchObject({ code: 'validation_failed', issues: [{ path: ['name'] }] });
    expect(await counts()).toEqual(before);

    const longest = await agent.post('/api/divisions', { name: '部'.repeat(60), validFrom: '2024-04-01' });
    expect(longest.status).toBe(201);
    expect(longest.body.name).toBe('部'.repeat(60));
  });

  it('refuses a name of spaces only, since names are trimmed first', async () => {
    const { agent, counts, before } = await setUp();
    const response = await agent.post('/api/divisions', { name: '   ', validFrom: '2024-04-01' });
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toEqual(['name']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a department edit with a non-numeric version and leaves the department unchanged', async () => {
    const { agent, department, counts, before } = await setUp();
    const response = await agent.patch(`/api/departments/${department.id}`, {
      divisionId: department.divisionId,
      name: '改名課',
      validTo: null,
      version: '0',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([expect.objectContaining({ path: ['version'] })]);
    const row = await server.db.selectFrom('department').select(['name', 'version']).where('id', '=', department.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: department.name, version: 0 });
    expect(await counts()).toEqual(before);
  });

  it('refuses a malformed id in the path with 400', async () => {
    const { agent } = await setUp();
    const response = await agent.patch('/api/departments/not-a-uuid', { divisionId: crypto.randomUUID(), name: 'x', validTo: null, version: 0 });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'validation_failed', issues: [{ path: ['id'] }] });
  });

  it('refuses an unknown query parameter and an invalid date in the query', async () => {
    const { agent } = await setUp();
    expect((await agent.get('/api/organisation?asOf=2024-13-01')).status).toBe(400);
    expect((await agent.get('/api/audit-log?pageSize=1000')).status).toBe(400);
    expect((await agent.get('/api/audit-log?sort=at')).status).toBe(400);
  });

  it('refuses a body over 1 MiB with 413 payload_too_large and saves nothing', async () => {
    const { agent, counts, before } = await setUp();
    const response = await agent.post('/api/divisions', { name: 'x'.repeat(1024 * 1024), validFrom: '2024-04-01' });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect(await counts()).toEqual(before);
  });

  it('refuses a request body that is not JSON with 415', async () => {
    const { agent, counts, before } = await setUp();
    const response = await agent.post('/api/divisions', undefined, {
      raw: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
    expect(await counts()).toEqual(before);
  });
});
