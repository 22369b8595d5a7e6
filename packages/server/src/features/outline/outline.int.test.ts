import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf, countRows } from '../../test-support/db-helpers.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const newOutline = { title: '第4次行政改革大綱', theme: '市民とともに進める改革', startFiscalYear: 2023, endFiscalYear: 2027 };

describe('outlines', () => {
  it('creates a draft outline (201) with the municipality’s level names, and records it in the audit log', async () => {
    const { agent, municipality } = await server.createTenant();
    const response = await agent.post('/api/outlines', newOutline);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      ...newOutline,
      status: 'draft',
      predecessorId: null,
      frameworkLevels: ['基本方針', '実施項目', '改革プログラム'],
      version: 0,
      nodes: [],
      periodChanges: [],
      planCount: 0,
    });
    expect(await auditEntriesOf(server.db, response.body.id, 'outline')).toEqual([
      expect.objectContaining({ action: 'created', after: expect.objectContaining({ title: '第4次行政改革大綱', status: 'draft' }) }),
    ]);
    expect((await agent.get('/api/outlines')).body.items.map((o: { id: string }) => o.id)).toEqual([response.body.id]);
    expect(await countRows(server.db, 'outline', municipality.id)).toBe(1);
  });

  it('keeps the outline’s own level names and its predecessor', async () => {
    const { agent, municipality } = await server.createTenant();
    const previous = await server.createOutline({ municipalityId: municipality.id, startFiscalYear: 2018 });
    const response = await agent.post('/api/outlines', { ...newOutline, predecessorId: previous.id, frameworkLevels: ['重点項目', '取組事項'] });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ predecessorId: previous.id, frameworkLevels: ['重点項目', '取組事項'] });
  });

  it('refuses an end year before the start year with 422 invalid_fiscal_year_range and saves nothing', async () => {
    const { agent, municipality } = await server.createTenant();
    const response = await agent.post('/api/outlines', { ...newOutline, endFiscalYear: 2022 });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'invalid_fiscal_year_range', issues: [{ path: ['endFiscalYear'] }] });
    expect(await countRows(server.db, 'outline', municipality.id)).toBe(0);
  });

  it('refuses another municipality’s outline as predecessor', async () => {
    const { agent, municipality } = await server.createTenant();
    const other = await server.createTenant();
    const foreign = await server.createOutline({ municipalityId: other.municipality.id });
    const response = await agent.post('/api/outlines', { ...newOutline, predecessorId: foreign.id });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'invalid_reference', issues: [{ path: ['predecessorId'] }] });
    expect(await countRows(server.db, 'outline', municipality.id)).toBe(0);
  });

  it('lets only the secretariat create or change outlines', async () => {
    const { municipality } = await server.createTenant();
    const outline = await server.createOutline({ municipalityId: municipality.id, status: 'draft' });
    const { agent: hq } = await server.signedInUser({ municipalityId: municipality.id, roles: [{ role: 'hq_member' }] });
    expect((await hq.post('/api/outlines', newOutline)).status).toBe(403);
    expect((await hq.patch(`/api/outlines/${outline.id}`, { title: 'x', theme: '', version: 0 })).status).toBe(403);
    expect((await hq.post(`/api/outlines/${outline.id}/status`, { status: 'adopted', version: 0 })).status).toBe(403);
    expect((await hq.get(`/api/outlines/${outline.id}`)).status).toBe(200);
  });

  it('edits title and theme, and answers a stale version with 409 edit_conflict leaving the outline unchanged', async () => {
    const { agent } = await server.createTenant();
    const { body: created } = await agent.post('/api/outlines', newOutline);
    const saved = await agent.patch(`/api/outlines/${created.id}`, { title: '第4次大綱（案）', theme: '改訂', version: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ title: '第4次大綱（案）', theme: '改訂', version: 1 });
    const stale = await agent.patch(`/api/outlines/${created.id}`, { title: '上書き', theme: '', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('edit_conflict');
    expect((await agent.get(`/api/outlines/${created.id}`)).body).toMatchObject({ title: '第4次大綱（案）', version: 1 });
  });

  it('walks the status through public comment, back to draft, adoption, in force and closed', async () => {
    const { agent } = await server.createTenant();
    const { body: created } = await agent.post('/api/outlines', newOutline);
    const steps = ['public_comment', 'draft', 'adopted', 'in_force', 'closed'] as const;
    for (const [version, status] of steps.entries()) {
      const response = await agent.post(`/api/outlines/${created.id}/status`, { status, version });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status, version: version + 1 });
    }
    const audit = await auditEntriesOf(server.db, created.id, 'outline');
    expect(audit.filter((e) => e.action === 'status_changed').map((e) => (e.after as { status: string }).status)).toEqual([...steps]);
  });

  it('refuses an illegal status change with 409 invalid_outline_transition', async () => {
    const { agent } = await server.createTenant();
    const { body: created } = await agent.post('/api/outlines', newOutline);
    const skip = await agent.post(`/api/outlines/${created.id}/status`, { status: 'in_force', version: 0 });
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('invalid_outline_transition');
    expect(skip.body.error.message).toBe('大綱の状態を「案」から「推進中」に変更することはできません。');
    await agent.post(`/api/outlines/${created.id}/status`, { status: 'adopted', version: 0 });
    const back = await agent.post(`/api/outlines/${created.id}/status`, { status: 'draft', version: 1 });
    expect(back.status).toBe(409);
    expect((await agent.get(`/api/outlines/${created.id}`)).body).toMatchObject({ status: 'adopted', version: 1 });
  });

  it('extends the period, keeping the old end, the new end and the reason as history', async () => {
    const { agent, user } = await server.createTenant();
    const { body: created } = await agent.post('/api/outlines', newOutline);
    const first = await agent.post(`/api/outlines/${created.id}/extend`, {
      endFiscalYear: 2028,
      reason: '次期大綱の策定を1年延期するため',
      version: 0,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ endFiscalYear: 2028, version: 1 });
    const second = await agent.post(`/api/outlines/${created.id}/extend`, { endFiscalYear: 2029, reason: '感染症対応のため', version: 1 });
    expect(second.body.periodChanges).toEqual([
      { previousEndFiscalYear: 2027, endFiscalYear: 2028, reason: '次期大綱の策定を1年延期するため', changedAt: expect.any(String), changedBy: user.displayName },
      { previousEndFiscalYear: 2028, endFiscalYear: 2029, reason: '感染症対応のため', changedAt: expect.any(String), changedBy: user.displayName },
    ]);
  });

  it('refuses an extension that shortens the period, or has no reason, and saves nothing', async () => {
    const { agent, municipality } = await server.createTenant();
    const { body: created } = await agent.post('/api/outlines', newOutline);
    const shorter = await agent.post(`/api/outlines/${created.id}/extend`, { endFiscalYear: 2026, reason: '短縮', version: 0 });
    expect(shorter.status).toBe(422);
    expect(shorter.body.error.code).toBe('invalid_period_extension');
    const blank = await agent.post(`/api/outlines/${created.id}/extend`, { endFiscalYear: 2028, reason: '   ', version: 0 });
    expect(blank.status).toBe(400);
    expect(await countRows(server.db, 'outline_period_change', municipality.id)).toBe(0);
    expect((await agent.get(`/api/outlines/${created.id}`)).body).toMatchObject({ endFiscalYear: 2027, version: 0 });
  });

  it('clears the “beyond the outline” warning of plans once the outline is extended to cover them', async () => {
    const { agent, municipality } = await server.createTenant();
    const department = await server.createDepartment({ municipalityId: municipality.id });
    const outline = await server.createOutlineWithFramework({ municipalityId: municipality.id, startFiscalYear: 2023 });
    const plan = await server.createPlan({
      municipalityId: municipality.id,
      outlineId: outline.id,
      frameworkNodeId: outline.nodes['1-1-1']!,
      leadDepartmentId: department.id,
      sheet: { endFiscalYear: 2028, noTargetReason: '件数で測れないため' },
    });
    expect(plan.checks.map((c) => c.code)).toEqual(['end_year_beyond_outline']);
    const { body: detail } = await agent.get(`/api/outlines/${outline.id}`);
    await agent.post(`/api/outlines/${outline.id}/extend`, { endFiscalYear: 2028, reason: '1年延長', version: detail.version });
    expect((await agent.get(`/api/plans/${plan.id}`)).body.checks).toEqual([]);
    expect((await agent.get(`/api/outlines/${outline.id}/plans?check=any`)).body.total).toBe(0);
  });
});
