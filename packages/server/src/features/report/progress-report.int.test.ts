import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../../test-support/db-helpers.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';
import { reportingCity } from '../../test-support/reporting-city.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const round2018 = { fiscalYear: 2018, period: 'full_year', dueOn: '2019-05-31', instructions: '5月末までに報告してください。' };

describe('opening a reporting round', () => {
  it('gives every plan running in the year a report to fill, titled in the city’s year style', async () => {
    const city = await reportingCity(server);
    const response = await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, round2018);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ title: '平成30年度進捗状況報告書', fiscalYear: 2018, period: 'full_year', reportCount: 3, stateCounts: { drafting: 3 } });
    expect(response.body.reports.map((report: { plan: { title: string } }) => report.plan.title).sort()).toEqual(
      ['オンライン申請の拡大', '庁舎案内の改善', '窓口待ち時間の短縮'].sort(),
    );
    expect(await countRows(server.db, 'report_event', city.municipalityId)).toBe(3);
    const half = await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, { ...round2018, fiscalYear: 2022, period: 'first_half' });
    expect(half.body.title).toBe('令和4年度上半期進捗状況報告書');
  });

  it('refuses a second round for the same year and period, a year outside the outline, a draft outline and departments', async () => {
    const city = await reportingCity(server);
    await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, round2018);
    expect((await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, round2018)).body.error.code).toBe('report_round_exists');
    const outside = await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, { ...round2018, fiscalYear: 2023 });
    expect([outside.status, outside.body.error.issues[0].path]).toEqual([422, ['fiscalYear']]);
    const draft = await server.createOutlineWithFramework({ municipalityId: city.municipalityId, status: 'draft' });
    const refused = await city.agent.post(`/api/outlines/${draft.id}/report-rounds`, round2018);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'outline_not_in_force']);
    const editor = await city.role([{ role: 'department_editor', departmentId: city.citizens.id }]);
    expect((await editor.post(`/api/outlines/${city.outline.id}/report-rounds`, { ...round2018, fiscalYear: 2019 })).status).toBe(403);
  });

  it('keeps each municipality’s rounds to itself', async () => {
    const city = await reportingCity(server);
    const round = (await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, round2018)).body;
    const other = await server.createTenant();
    expect((await other.agent.get(`/api/report-rounds/${round.id}`)).status).toBe(404);
    expect((await other.agent.get('/api/report-rounds')).body.items).toEqual([]);
    expect((await other.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, { ...round2018, fiscalYear: 2019 })).status).toBe(404);
  });
});

describe('a department’s report', () => {
  async function opened() {
    const city = await reportingCity(server);
    const round = (await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, round2018)).body;
    const reportOf = (planId: string) => round.reports.find((report: { plan: { id: string } }) => report.plan.id === planId).id as string;
    const editor = await city.role([{ role: 'department_editor', departmentId: city.citizens.id }]);
    const approver = await city.role([{ role: 'department_approver', departmentId: city.citizens.id }]);
    const taxEditor = await city.role([{ role: 'department_editor', departmentId: city.tax.id }]);
    const hq = await city.role([{ role: 'hq_member' }]);
    return { city, round, reportOf, editor, approver, taxEditor, hq };
  }
  const filled = (waitingTargetId: string, version: number) => ({
    version,
    progressStatus: 'in_progress',
    selfEvaluation: 'A',
    workDone: '繁忙期の土曜日に臨時窓口を開設した。',
    actualValues: [{ targetId: waitingTargetId, value: 51 }],
    actualFinancialEffect: 1_200_000,
    issues: '応援職員の確保',
    nextSteps: '呼出し状況の公開',
    citizenEffect: '待ち時間が短くなった。',
    changeReason: '',
  });

  it('shows a department only its own plans’ reports', async () => {
    const { city, round, editor, taxEditor } = await opened();
    expect((await editor.get(`/api/report-rounds/${round.id}`)).body.reports.map((r: { plan: { title: string } }) => r.plan.title).sort()).toEqual(
      ['オンライン申請の拡大', '窓口待ち時間の短縮'].sort(),
    );
    const taxRounds = (await taxEditor.get('/api/report-rounds')).body.items;
    expect(taxRounds.map((r: { reportCount: number }) => r.reportCount)).toEqual([1]);
    const waiting = round.reports.find((r: { plan: { id: string } }) => r.plan.id === city.plans.waiting.id).id;
    expect((await taxEditor.get(`/api/reports/${waiting}`)).status).toBe(404);
  });

  it('computes the achievement direction-aware and suggests a grade without overriding the department’s', async () => {
    const { city, reportOf, editor } = await opened();
    const id = reportOf(city.plans.waiting.id);
    const targetId = city.plans.waiting.targets[0]!.id;
    const saved = await editor.put(`/api/reports/${id}`, filled(targetId, 0));
    expect(saved.status).toBe(200);
    // Waiting time 52 → target 50, actual 51: half-way.
    expect(saved.body.achievement).toMatchObject({ meanRate: 0.5, hasNumericTarget: true, suggestedEvaluation: 'B' });
    expect(saved.body.selfEvaluation).toBe('A');
    expect(saved.body.plan).toMatchObject({ plannedFinancialEffect: 1_000_000 });
    expect(saved.body.actualFinancialEffect).toBe(1_200_000);
    // Doubled waiting time is worsened, not 200 %.
    const worse = await editor.put(`/api/reports/${id}`, { ...filled(targetId, 1), actualValues: [{ targetId, value: 104 }] });
    expect(worse.body.achievement.targets[0]).toMatchObject({ rate: 0, worsened: true });
  });

  it('refuses codes outside the settings, a cancellation without reason and actuals of another plan’s target', async () => {
    const { city, reportOf, editor } = await opened();
    const id = reportOf(city.plans.waiting.id);
    const targetId = city.plans.waiting.targets[0]!.id;
    const bad = await editor.put(`/api/reports/${id}`, {
      ...filled(targetId, 0),
      progressStatus: 'cancelled',
      selfEvaluation: 'Z',
      actualValues: [{ targetId: city.plans.online.targets[0]!.id, value: 1 }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([['selfEvaluation'], ['changeReason'], ['actualValues', 0, 'targetId']]);
    const cancelled = await editor.put(`/api/reports/${id}`, { ...filled(targetId, 0), progressStatus: 'cancelled', changeReason: '国の制度改正により中止' });
    expect(cancelled.status).toBe(200);
  });

  it('goes editor → approver → secretariat, with a return in between, each step only to its role and state', async () => {
    const { city, reportOf, editor, approver, hq } = await opened();
    const id = reportOf(city.plans.waiting.id);
    const targetId = city.plans.waiting.targets[0]!.id;
    const incomplete = await editor.post(`/api/reports/${id}/transitions`, { action: 'submit', version: 0 });
    expect([incomplete.status, incomplete.body.error.code]).toEqual([422, 'report_incomplete']);
    await editor.put(`/api/reports/${id}`, filled(targetId, 0));
    const submitted = await editor.post(`/api/reports/${id}/transitions`, { action: 'submit', version: 1 });
    expect(submitted.body).toMatchObject({ state: 'awaiting_approval', editable: false, availableActions: ['withdraw'] });
    const locked = await editor.put(`/api/reports/${id}`, filled(targetId, 2));
    expect([locked.status, locked.body.error.code]).toEqual([409, 'report_locked']);
    expect((await editor.post(`/api/reports/${id}/transitions`, { action: 'approve', version: 2 })).body.error.code).toBe('report_action_forbidden');
    expect((await approver.post(`/api/reports/${id}/transitions`, { action: 'approve', version: 1 })).body.error.code).toBe('edit_conflict');
    expect((await approver.post(`/api/reports/${id}/transitions`, { action: 'approve', version: 2 })).body.state).toBe('submitted');
    expect((await city.agent.post(`/api/reports/${id}/transitions`, { action: 'return', version: 3 })).body.error.code).toBe('reason_required');
    const returned = await city.agent.post(`/api/reports/${id}/transitions`, { action: 'return', version: 3, comment: '実績値の根拠を記入してください。' });
    expect(returned.body.state).toBe('returned');
    expect(returned.body.events.at(-1)).toMatchObject({ action: 'return', comment: '実績値の根拠を記入してください。', fromState: 'submitted' });
    await editor.post(`/api/reports/${id}/transitions`, { action: 'submit', version: 4 });
    await approver.post(`/api/reports/${id}/transitions`, { action: 'approve', version: 5 });
    const accepted = await city.agent.post(`/api/reports/${id}/transitions`, { action: 'accept', version: 6 });
    expect(accepted.body).toMatchObject({ state: 'accepted', editable: false });
    expect((await city.agent.post(`/api/reports/${id}/transitions`, { action: 'accept', version: 7 })).body.error.code).toBe('invalid_report_transition');
    expect((await hq.post(`/api/reports/${id}/transitions`, { action: 'reopen', version: 7, comment: 'x' })).body.error.code).toBe('report_action_forbidden');
    const audit = await server.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'progress_report').where('entity_id', '=', id).orderBy('at').execute();
    expect(audit.map((entry) => entry.action)).toEqual(['updated', 'submit', 'approve', 'return', 'submit', 'approve', 'accept']);
  });

  it('takes the HQ’s second evaluation beside the department’s, once approved', async () => {
    const { city, reportOf, editor, approver, hq } = await opened();
    const id = reportOf(city.plans.waiting.id);
    await editor.put(`/api/reports/${id}`, filled(city.plans.waiting.targets[0]!.id, 0));
    const early = await hq.put(`/api/reports/${id}/hq-evaluation`, { version: 1, hqEvaluation: 'B', hqComment: '' });
    expect([early.status, early.body.error.code]).toEqual([409, 'report_locked']);
    await editor.post(`/api/reports/${id}/transitions`, { action: 'submit', version: 1 });
    await approver.post(`/api/reports/${id}/transitions`, { action: 'approve', version: 2 });
    expect((await editor.put(`/api/reports/${id}/hq-evaluation`, { version: 3, hqEvaluation: 'B', hqComment: '' })).status).toBe(403);
    const evaluated = await hq.put(`/api/reports/${id}/hq-evaluation`, { version: 3, hqEvaluation: 'B', hqComment: '目標値の見直しを検討すること。' });
    expect(evaluated.body).toMatchObject({ selfEvaluation: 'A', hqEvaluation: 'B', hqComment: '目標値の見直しを検討すること。' });
    expect((await hq.put(`/api/reports/${id}/hq-evaluation`, { version: 4, hqEvaluation: 'X', hqComment: '' })).status).toBe(422);
  });
});

describe('report tasks and notices', () => {
  it('puts each report in the inbox of whoever acts next and tells them', async () => {
    const city = await reportingCity(server);
    const editor = await city.role([{ role: 'department_editor', departmentId: city.citizens.id }]);
    const approver = await city.role([{ role: 'department_approver', departmentId: city.citizens.id }]);
    const round = (await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, round2018)).body;
    const id = round.reports.find((report: { plan: { id: string } }) => report.plan.id === city.plans.waiting.id).id;

    // 税務課 has a head but no editor: the head fills in its reports.
    const taxHead = await city.role([{ role: 'department_approver', departmentId: city.tax.id }]);
    expect((await taxHead.get('/api/inbox')).body.items.map((task: { kind: string; plan: { title: string } }) => [task.kind, task.plan.title])).toEqual([
      ['fill_report', '庁舎案内の改善'],
    ]);
    expect((await approver.get('/api/inbox')).body.items).toEqual([]);

    const notices = async (agent: typeof editor) => (await agent.get('/api/notifications')).body.items.map((n: { kind: string }) => n.kind);
    expect(await notices(editor)).toEqual(['report_round_opened']);
    const tasks = (await editor.get('/api/inbox')).body.items.filter((task: { kind: string }) => task.kind === 'fill_report');
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ callId: null, round: { id: round.id, title: '平成30年度進捗状況報告書' }, deadline: '2019-05-31', department: { name: '市民課' } });

    await editor.put(`/api/reports/${id}`, {
      version: 0,
      progressStatus: 'in_progress',
      selfEvaluation: 'A',
      workDone: '実施した。',
      actualValues: [],
      actualFinancialEffect: null,
      issues: '',
      nextSteps: '',
      citizenEffect: '',
      changeReason: '',
    });
    await editor.post(`/api/reports/${id}/transitions`, { action: 'submit', version: 1 });
    expect(await notices(approver)).toEqual(['report_submitted']);
    const approverTasks = (await approver.get('/api/inbox')).body.items;
    expect(approverTasks.map((task: { kind: string; reportId: string }) => [task.kind, task.reportId])).toEqual([['approve_report', id]]);
    expect((await approver.get('/api/inbox/counts')).body.tasks).toBe(1);

    await approver.post(`/api/reports/${id}/transitions`, { action: 'approve', version: 2 });
    expect((await city.agent.get('/api/inbox')).body.items.map((task: { kind: string }) => task.kind)).toEqual(['review_report']);
    await city.agent.post(`/api/reports/${id}/transitions`, { action: 'return', version: 3, comment: '根拠を記入してください。' });
    const returned = (await editor.get('/api/notifications')).body.items[0];
    expect(returned).toMatchObject({ kind: 'report_returned', params: { reportId: id, comment: '根拠を記入してください。', planTitle: '窓口待ち時間の短縮' } });
  });
});
