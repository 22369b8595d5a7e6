import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';
import { carryReport, reportingCity } from '../../test-support/reporting-city.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

async function twoYears() {
  const city = await reportingCity(server);
  const everyone = await city.role([
    { role: 'secretariat' },
    { role: 'department_approver', departmentId: city.citizens.id },
    { role: 'department_approver', departmentId: city.tax.id },
  ]);
  const open = async (fiscalYear: number) =>
    (await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, { fiscalYear, period: 'full_year', dueOn: `${fiscalYear + 1}-05-31` })).body;
  const { waiting, online, hall } = city.plans;
  const waitingTarget = waiting.targets[0]!.id;
  const onlineTarget = online.targets[0]!.id;
  const idIn = (round: { reports: { id: string; plan: { id: string } }[] }, planId: string) => round.reports.find((r) => r.plan.id === planId)!.id;

  const fy2018 = await open(2018);
  await carryReport(everyone, idIn(fy2018, waiting.id), { status: 'in_progress', grade: 'A', actual: { targetId: waitingTarget, value: 51 }, effect: 1_200_000 });
  await carryReport(everyone, idIn(fy2018, online.id), { status: 'in_progress', grade: 'S', actual: { targetId: onlineTarget, value: 30 } });
  await carryReport(everyone, idIn(fy2018, hall.id), { status: 'completed', grade: 'B' });

  const fy2019 = await open(2019);
  await carryReport(everyone, idIn(fy2019, waiting.id), { status: 'completed', grade: 'A', actual: { targetId: waitingTarget, value: 45 }, effect: 900_000 });
  await carryReport(everyone, idIn(fy2019, online.id), { status: 'cancelled', grade: null, reason: 'システム更新に合わせて中止', actual: { targetId: onlineTarget, value: 5 } });
  await carryReport(everyone, idIn(fy2019, hall.id), { status: 'in_progress', grade: 'C' });
  return { city, everyone, fy2018, fy2019, open };
}

const row = (rows: { axis: string; code: string }[], axis: string, code: string) => rows.find((r) => r.axis === axis && r.code === code);

describe('the round dashboard', () => {
  it('counts statuses and grades with 増減 against the previous round, cancelled plans out of the grades', async () => {
    const { city, fy2019 } = await twoYears();
    const dashboard = (await city.agent.get(`/api/report-rounds/${fy2019.id}/dashboard`)).body;
    expect(dashboard.previousRound.title).toBe('平成30年度進捗状況報告書');
    const { rows } = dashboard.overall;
    expect(['not_started', 'in_progress', 'completed', 'cancelled'].map((code) => [row(rows, 'status', code)!.count, row(rows, 'status', code)!.change])).toEqual([
      [0, 0],
      [1, -1],
      [1, 0],
      [1, 1],
    ]);
    expect(row(rows, 'self_evaluation', 'A')).toMatchObject({ count: 1, share: 0.5, change: 0 });
    expect(row(rows, 'self_evaluation', 'S')).toMatchObject({ count: 0, change: -1 });
    expect(row(rows, 'self_group', '計画実施率')).toMatchObject({ count: 1, share: 0.5, change: -2 });
    // The cancelled plan's figures stay out of the mean; the plan without a target is counted apart.
    expect(dashboard.overall).toMatchObject({ planCount: 3, meanRate: 1, withRate: 1, withoutNumericTarget: 1, notReported: 0 });
    expect(row(rows, 'achievement', 'without_numeric_target')).toMatchObject({ count: 1, change: 0 });
  });

  it('slices the figures per framework node and per lead department', async () => {
    const { city, fy2019 } = await twoYears();
    const dashboard = (await city.agent.get(`/api/report-rounds/${fy2019.id}/dashboard`)).body;
    const node = (code: string) => dashboard.byNode.find((entry: { node: { code: string } }) => entry.node.code === code);
    expect(node('1').summary.planCount).toBe(2);
    expect(node('1-1-1').summary.planCount).toBe(1);
    expect(node('2').summary.planCount).toBe(1);
    expect(dashboard.byDepartment.map((entry: { department: { name: string }; summary: { planCount: number } }) => [entry.department.name, entry.summary.planCount])).toEqual([
      ['市民課', 2],
      ['税務課', 1],
    ]);
    expect(dashboard.sdgCoverage).toEqual([
      { goal: 9, planCount: 1 },
      { goal: 16, planCount: 2 },
    ]);
  });

  it('sets the financial effect planned against actual per year and cumulatively, stopping where actuals stop', async () => {
    const { city, fy2019 } = await twoYears();
    const { financialEffect } = (await city.agent.get(`/api/report-rounds/${fy2019.id}/dashboard`)).body;
    expect(financialEffect.slice(0, 3)).toEqual([
      { fiscalYear: 2018, planned: 1_000_000, actual: 1_200_000, plannedCumulative: 1_000_000, actualCumulative: 1_200_000 },
      { fiscalYear: 2019, planned: 1_000_000, actual: 900_000, plannedCumulative: 2_000_000, actualCumulative: 2_100_000 },
      { fiscalYear: 2020, planned: 1_000_000, actual: null, plannedCumulative: 3_000_000, actualCumulative: null },
    ]);
  });

  it('drills down to the plans behind each figure', async () => {
    const { city, fy2019 } = await twoYears();
    const titles = async (query: string) =>
      (await city.agent.get(`/api/report-rounds/${fy2019.id}/reports?${query}`)).body.items.map((item: { plan: { title: string } }) => item.plan.title);
    expect(await titles('axis=status&code=cancelled')).toEqual(['オンライン申請の拡大']);
    expect(await titles(`axis=self_group&code=${encodeURIComponent('計画実施率')}`)).toEqual(['窓口待ち時間の短縮']);
    expect(await titles('axis=achievement&code=without_numeric_target')).toEqual(['庁舎案内の改善']);
    expect(await titles(`departmentId=${city.tax.id}`)).toEqual(['庁舎案内の改善']);
  });

  it('leaves a plan cancelled in an earlier round out of later rounds, and takes in plans that start later', async () => {
    const { city, open } = await twoYears();
    const fy2020 = await open(2020);
    expect(fy2020.reports.map((r: { plan: { title: string } }) => r.plan.title).sort()).toEqual(['庁舎案内の改善', '窓口待ち時間の短縮', '納付方法の拡大'].sort());
  });

  it('counts reports not yet approved as not reported', async () => {
    const { city, open } = await twoYears();
    const fy2020 = await open(2020);
    const dashboard = (await city.agent.get(`/api/report-rounds/${fy2020.id}/dashboard`)).body;
    expect(dashboard.overall).toMatchObject({ planCount: 3, notReported: 3, meanRate: null });
  });

  it('draws each target’s yearly line: the value set against the actual reported', async () => {
    const { city } = await twoYears();
    const trajectory = (await city.agent.get(`/api/plans/${city.plans.waiting.id}/trajectory`)).body;
    expect(trajectory.targets[0].points.slice(0, 3)).toEqual([
      { fiscalYear: 2018, target: 50, actual: 51 },
      { fiscalYear: 2019, target: 45, actual: 45 },
      { fiscalYear: 2020, target: 40, actual: null },
    ]);
    expect((await city.agent.get(`/api/plans/${city.plans.hall.id}/trajectory`)).body.targets).toEqual([]);
  });

  it('is for the secretariat and the HQ', async () => {
    const { city, fy2019 } = await twoYears();
    const editor = await city.role([{ role: 'department_editor', departmentId: city.citizens.id }]);
    const hq = await city.role([{ role: 'hq_member' }]);
    expect((await editor.get(`/api/report-rounds/${fy2019.id}/dashboard`)).status).toBe(403);
    expect((await hq.get(`/api/report-rounds/${fy2019.id}/dashboard`)).status).toBe(200);
  });
});

describe('the HQ’s evaluation of a framework node', () => {
  it('is taken at the level the city evaluates at, over the version seen', async () => {
    const { city, fy2019 } = await twoYears();
    const hq = await city.role([{ role: 'hq_member' }]);
    const url = (code: string) => `/api/report-rounds/${fy2019.id}/node-evaluations/${city.outline.nodes[code]}`;
    const body = { evaluation: 'A', comment: '全体として計画どおり進んでいる。', version: null };
    expect((await hq.put(url('1-1'), body)).body.error.code).toBe('node_evaluation_not_enabled');

    const municipality = (await city.agent.get('/api/municipality')).body;
    const settings = { ...municipality.settings, hqEvaluationDepth: 1 };
    expect((await city.agent.put('/api/municipality/settings', { version: municipality.version, settings })).status).toBe(200);

    const saved = await hq.put(url('1-1'), body);
    expect(saved.body).toEqual({ nodeId: city.outline.nodes['1-1'], evaluation: 'A', comment: body.comment, version: 0 });
    expect((await hq.put(url('1-1'), { ...body, evaluation: 'B' })).body.error.code).toBe('edit_conflict');
    expect((await hq.put(url('1-1'), { ...body, evaluation: 'Z', version: 0 })).status).toBe(422);
    expect((await hq.put(url('1'), body)).body.error.code).toBe('node_evaluation_not_enabled');
    const editor = await city.role([{ role: 'department_editor', departmentId: city.citizens.id }]);
    expect((await editor.put(url('1-1'), { ...body, version: 0 })).status).toBe(403);

    const dashboard = (await hq.get(`/api/report-rounds/${fy2019.id}/dashboard`)).body;
    const node = dashboard.byNode.find((entry: { node: { code: string } }) => entry.node.code === '1-1');
    expect(node).toMatchObject({ evaluable: true, hqEvaluation: { evaluation: 'A', version: 0 } });
    expect(dashboard.byNode.find((entry: { node: { code: string } }) => entry.node.code === '1').evaluable).toBe(false);
  });
});
