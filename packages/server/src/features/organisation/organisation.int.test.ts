import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf, countRows } from '../../test-support/db-helpers.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

async function departmentOf(agent: Agent, id: string) {
  const { body } = await agent.get('/api/organisation?includeEnded=true');
  return body.departments.find((d: { id: string }) => d.id === id);
}

describe('organisation', () => {
  it('lists the organisation as of a date, hiding departments ended before it unless includeEnded=true', async () => {
    const { agent, municipality } = await server.createTenant();
    const division = await server.createDivision({ municipalityId: municipality.id, name: '総務部' });
    const ended = await server.createDepartment({ municipalityId: municipality.id, divisionId: division.id, name: '旧課', validTo: '2015-03-31' });
    const current = await server.createDepartment({ municipalityId: municipality.id, divisionId: division.id, name: '新課', validFrom: '2015-04-01' });

    const names = (body: { departments: { name: string }[] }) => body.departments.map((d) => d.name).sort();
    expect(names((await agent.get('/api/organisation?asOf=2015-03-31')).body)).toEqual(['旧課']);
    const later = await agent.get('/api/organisation?asOf=2015-04-01');
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ asOf: '2015-04-01', divisions: [{ id: division.id, name: '総務部', validFrom: '2000-04-01', validTo: null }] });
    expect(later.body.departments).toEqual([
      { id: current.id, divisionId: division.id, name: '新課', validFrom: '2015-04-01', validTo: null, version: 0, predecessorIds: [], successorIds: [] },
    ]);
    const history = await agent.get('/api/organisation?asOf=2015-04-01&includeEnded=true');
    expect(names(history.body)).toEqual(['新課', '旧課'].sort());
    expect(history.body.departments.find((d: { id: string }) => d.id === ended.id).validTo).toBe('2015-03-31');
  });

  it('creates a division and a department (201) and records each in the audit log', async () => {
    const { agent, user } = await server.createTenant();
    const division = await agent.post('/api/divisions', { name: '企画部', validFrom: '2024-04-01' });
    expect(division.status).toBe(201);
    expect(division.body).toEqual({ id: expect.any(String), name: '企画部', validFrom: '2024-04-01', validTo: null, version: 0 });

    const department = await agent.post('/api/departments', { divisionId: division.body.id, name: '企画課', validFrom: '2024-04-01' });
    expect(department.status).toBe(201);
    expect(department.body).toMatchObject({ divisionId: division.body.id, name: '企画課', validFrom: '2024-04-01', validTo: null });

    expect(await auditEntriesOf(server.db, division.body.id)).toEqual([
      expect.objectContaining({ actor_id: user.id, action: 'created', entity_type: 'division', before: null, after: { name: '企画部', validFrom: '2024-04-01' } }),
    ]);
    expect(await auditEntriesOf(server.db, department.body.id)).toEqual([
      expect.objectContaining({ action: 'created', entity_type: 'department', after: { divisionId: division.body.id, name: '企画課', validFrom: '2024-04-01' } }),
    ]);
  });

  it('refuses a department under a division that does not exist yet on its start date with 422 invalid_date', async () => {
    const { agent, municipality } = await server.createTenant();
    const division = await server.createDivision({ municipalityId: municipality.id, validFrom: '2024-04-01' });
    const response = await agent.post('/api/departments', { divisionId: division.id, name: '早すぎる課', validFrom: '2024-03-31' });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid_date');
    expect(await countRows(server.db, 'department', municipality.id)).toBe(0);
  });

  it('edits a department, recording before and after, and answers a stale version with 409 edit_conflict', async () => {
    const { agent, municipality } = await server.createTenant();
    const department = await server.createDepartment({ municipalityId: municipality.id, name: '税務課' });
    const edit = { divisionId: department.divisionId, name: '課税課', validTo: null };

    const saved = await agent.patch(`/api/departments/${department.id}`, { ...edit, version: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: '課税課', version: 1 });
    const [audit] = await auditEntriesOf(server.db, department.id);
    expect(audit).toMatchObject({ action: 'updated', before: { name: '税務課', validTo: null }, after: { name: '課税課', validTo: null } });

    const stale = await agent.patch(`/api/departments/${department.id}`, { ...edit, name: '収税課', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('edit_conflict');
    expect(await departmentOf(agent, department.id)).toMatchObject({ name: '課税課', version: 1 });
    expect(await auditEntriesOf(server.db, department.id)).toHaveLength(1);
  });
});

describe('reorganisations', () => {
  const effectiveDate = '2024-04-01';

  async function setUp() {
    const tenant = await server.createTenant();
    const municipalityId = tenant.municipality.id;
    const division = await server.createDivision({ municipalityId });
    const department = (name: string) => server.createDepartment({ municipalityId, divisionId: division.id, name });
    return { ...tenant, municipalityId, division, department };
  }

  it('renames a department: the old one ends the day before, the new one starts on the date, both linked', async () => {
    const { agent, division, department } = await setUp();
    const old = await department('情報政策課');
    const response = await agent.post('/api/reorganisations', {
      kind: 'rename',
      effectiveDate,
      fromDepartmentIds: [old.id],
      to: [{ name: 'デジタル推進課', divisionId: division.id }],
      note: 'DX推進のため',
    });
    expect(response.status).toBe(201);
    const successor = response.body.to[0];
    expect(response.body).toMatchObject({
      kind: 'rename',
      effectiveDate,
      note: 'DX推進のため',
      from: [{ id: old.id, name: '情報政策課' }],
      to: [{ name: 'デジタル推進課', primary: true }],
    });
    expect(await departmentOf(agent, old.id)).toMatchObject({ validTo: '2024-03-31', successorIds: [successor.id], predecessorIds: [] });
    expect(await departmentOf(agent, successor.id)).toMatchObject({ validFrom: effectiveDate, validTo: null, predecessorIds: [old.id] });

    const list = await agent.get('/api/reorganisations');
    expect(list.body.items).toEqual([response.body]);
    expect(await auditEntriesOf(server.db, response.body.id)).toEqual([
      expect.objectContaining({
        action: 'reorganised',
        entity_type: 'reorganisation',
        before: { departments: [{ id: old.id, name: '情報政策課', validTo: null }] },
        after: expect.objectContaining({ kind: 'rename', endedOn: '2024-03-31' }),
      }),
    ]);
  });

  it('merges two departments into one, ending both and linking each to the successor', async () => {
    const { agent, division, department } = await setUp();
    const [a, b] = [await department('保険課'), await department('年金課')];
    const response = await agent.post('/api/reorganisations', {
      kind: 'merge',
      effectiveDate,
      fromDepartmentIds: [a.id, b.id],
      to: [{ name: '保険年金課', divisionId: division.id }],
    });
    expect(response.status).toBe(201);
    const merged = response.body.to[0].id;
    for (const old of [a, b]) expect(await departmentOf(agent, old.id)).toMatchObject({ validTo: '2024-03-31', successorIds: [merged] });
    const successor = await departmentOf(agent, merged);
    expect(successor.predecessorIds.sort()).toEqual([a.id, b.id].sort());
  });

  it('splits one department into two with exactly one primary successor', async () => {
    const { agent, division, department } = await setUp();
    const old = await department('福祉課');
    const response = await agent.post('/api/reorganisations', {
      kind: 'split',
      effectiveDate,
      fromDepartmentIds: [old.id],
      to: [
        { name: '高齢福祉課', divisionId: division.id, primary: true },
        { name: '障害福祉課', divisionId: division.id },
      ],
    });
    expect(response.status).toBe(201);
    expect(response.body.to.map((t: { name: string; primary: boolean }) => [t.name, t.primary]).sort()).toEqual([
      ['障害福祉課', false],
      ['高齢福祉課', true],
    ]);
    const ids = response.body.to.map((t: { id: string }) => t.id);
    const ended = await departmentOf(agent, old.id);
    expect(ended.validTo).toBe('2024-03-31');
    expect(ended.successorIds.sort()).toEqual([...ids].sort());
  });

  it.each([
    ['no primary', [false, false]],
    ['two primaries', [true, true]],
  ])('refuses a split with %s with 422 invalid_reorganisation and changes nothing', async (_, primaries) => {
    const { agent, division, department, municipalityId } = await setUp();
    const old = await department('福祉課');
    const response = await agent.post('/api/reorganisations', {
      kind: 'split',
      effectiveDate,
      fromDepartmentIds: [old.id],
      to: primaries.map((primary, i) => ({ name: `新課${i}`, divisionId: division.id, primary })),
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid_reorganisation');
    expect(await departmentOf(agent, old.id)).toMatchObject({ validTo: null, successorIds: [] });
    expect(await countRows(server.db, 'reorganisation', municipalityId)).toBe(0);
    expect(await countRows(server.db, 'department', municipalityId)).toBe(1);
  });

  it('refuses a merge of a single department with 422 invalid_reorganisation', async () => {
    const { agent, division, department } = await setUp();
    const old = await department('単独課');
    const response = await agent.post('/api/reorganisations', {
      kind: 'merge',
      effectiveDate,
      fromDepartmentIds: [old.id],
      to: [{ name: '統合課', divisionId: division.id }],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid_reorganisation');
  });

  it('refuses to reorganise a department that has already ended with 422 department_ended', async () => {
    const { agent, division, municipalityId } = await setUp();
    const ended = await server.createDepartment({ municipalityId, divisionId: division.id, validTo: '2020-03-31' });
    const response = await agent.post('/api/reorganisations', {
      kind: 'rename',
      effectiveDate,
      fromDepartmentIds: [ended.id],
      to: [{ name: '復活課', divisionId: division.id }],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('department_ended');
    expect(await countRows(server.db, 'reorganisation', municipalityId)).toBe(0);
  });

  it('moves department-scoped roles to the primary successor and keeps municipality-wide roles', async () => {
    const { agent, division, department, municipalityId } = await setUp();
    const old = await department('子育て課');
    const staff = await server.createUser({
      municipalityId,
      roles: [{ role: 'department_editor', departmentId: old.id }, { role: 'department_approver', departmentId: old.id }, { role: 'hq_member' }],
    });
    const response = await agent.post('/api/reorganisations', {
      kind: 'split',
      effectiveDate,
      fromDepartmentIds: [old.id],
      to: [
        { name: '保育課', divisionId: division.id },
        { name: '子育て支援課', divisionId: division.id, primary: true },
      ],
    });
    expect(response.status).toBe(201);
    const heir = response.body.to.find((t: { primary: boolean }) => t.primary).id;
    const users = await agent.get('/api/users');
    const roles = users.body.items.find((u: { id: string }) => u.id === staff.id).roles;
    expect(roles).toEqual([
      { role: 'department_approver', departmentId: heir, departmentName: '子育て支援課' },
      { role: 'department_editor', departmentId: heir, departmentName: '子育て支援課' },
      { role: 'hq_member', departmentId: null, departmentName: null },
    ]);
  });
});

describe('access to the organisation', () => {
  it.each(['department_editor', 'department_approver', 'hq_member', 'council_member'] as const)(
    'lets a %s read the organisation but refuses it the secretariat endpoints with 403 forbidden',
    async (role) => {
      const municipality = await server.createMunicipality();
      const department = await server.createDepartment({ municipalityId: municipality.id });
      const departmentId = role.startsWith('department_') ? department.id : null;
      const { agent } = await server.signedInUser({ municipalityId: municipality.id, roles: [{ role, departmentId }] });

      const organisation = await agent.get('/api/organisation');
      expect(organisation.status).toBe(200);
      expect(organisation.body.departments.map((d: { id: string }) => d.id)).toEqual([department.id]);
      expect((await agent.get('/api/reorganisations')).status).toBe(200);

      const refused = [
        await agent.post('/api/reorganisations', {
          kind: 'rename',
          effectiveDate: '2024-04-01',
          fromDepartmentIds: [department.id],
          to: [{ name: '改名課', divisionId: department.divisionId }],
        }),
        await agent.post('/api/divisions', { name: '新設部', validFrom: '2024-04-01' }),
        await agent.patch(`/api/departments/${department.id}`, { divisionId: department.divisionId, name: 'x', validTo: null, version: 0 }),
        await agent.get('/api/users'),
        await agent.get('/api/audit-log'),
      ];
      for (const response of refused) {
        expect(response.status).toBe(403);
        expect(response.body.error.code).toBe('forbidden');
      }
      expect(await countRows(server.db, 'division', municipality.id)).toBe(1);
      expect(await countRows(server.db, 'reorganisation', municipality.id)).toBe(0);
    },
  );
});
