import type { Agent, TestServer } from './test-server.js';
import { target } from './plan-factories.js';

/**
 * An outline in force for FY2018–2022 with plans of two departments:
 * - waiting: 市民課, waiting time (lower is better: 52 → 30 minutes), ¥1,000,000 a year saved;
 * - online: 市民課, online applications (higher is better: 10 → 60 %);
 * - hall: 税務課, no numerical target;
 * - late: 税務課, runs only from FY2020.
 */
export async function reportingCity(server: TestServer) {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const [citizens, tax] = await Promise.all(['市民課', '税務課'].map((name) => server.createDepartment({ municipalityId, name })));
  const outline = await server.createOutlineWithFramework({ municipalityId, startFiscalYear: 2018, endFiscalYear: 2022 });
  const years = [2018, 2019, 2020, 2021, 2022];
  const plan = (title: string, leadDepartmentId: string, nodeCode: string, sheet: Parameters<TestServer['createPlan']>[0]['sheet'] = {}) =>
    server.createPlan({
      municipalityId,
      outlineId: outline.id,
      frameworkNodeId: outline.nodes[nodeCode]!,
      leadDepartmentId,
      actorId: tenant.user.id,
      sheet: { title, startFiscalYear: 2018, endFiscalYear: 2022, ...sheet },
    });
  const waiting = await plan('窓口待ち時間の短縮', citizens!.id, '1-1-1', {
    targets: [target({ indicator: '平均待ち時間', unit: '分', direction: 'decrease', baseline: 52, baselineFiscalYear: 2017, values: years.map((fiscalYear, i) => ({ fiscalYear, value: 50 - i * 5 })) })],
    financialEffects: years.map((fiscalYear) => ({ fiscalYear, kind: 'expenditure' as const, amount: 1_000_000 })),
    sdgGoals: [16],
  });
  const online = await plan('オンライン申請の拡大', citizens!.id, '1-1-2', {
    targets: [target({ indicator: 'オンライン申請率', unit: '%', direction: 'increase', baseline: 10, baselineFiscalYear: 2017, values: years.map((fiscalYear, i) => ({ fiscalYear, value: 20 + i * 10 })) })],
    sdgGoals: [9, 16],
  });
  const hall = await plan('庁舎案内の改善', tax!.id, '2-1-1', { targets: [], noTargetReason: '定性的な取組のため' });
  const late = await plan('納付方法の拡大', tax!.id, '2-1-2', { startFiscalYear: 2020, targets: [], noTargetReason: '定性的な取組のため' });

  const role = async (roles: { role: 'department_editor' | 'department_approver' | 'hq_member' | 'secretariat'; departmentId?: string }[]) =>
    (await server.signedInUser({ municipalityId, roles: roles.map((grant) => ({ role: grant.role, departmentId: grant.departmentId ?? null })) })).agent;
  return { ...tenant, municipalityId, citizens: citizens!, tax: tax!, outline, plans: { waiting, online, hall, late }, role };
}

export interface FilledReport {
  status: string;
  grade: string | null;
  actual?: { targetId: string; value: number };
  effect?: number;
  reason?: string;
  workDone?: string;
}

/** Fills a report and carries it through the approver to 確認済, as one person holding every role. */
export async function carryReport(agent: Agent, id: string, filled: FilledReport): Promise<void> {
  const body = {
    version: 0,
    progressStatus: filled.status,
    selfEvaluation: filled.grade,
    workDone: filled.workDone ?? '実施した。',
    actualValues: filled.actual ? [filled.actual] : [],
    actualFinancialEffect: filled.effect ?? null,
    issues: '',
    nextSteps: '',
    citizenEffect: '',
    changeReason: filled.reason ?? '',
  };
  const saved = await agent.put(`/api/reports/${id}`, body);
  if (saved.status !== 200) throw new Error(`report not saved: ${JSON.stringify(saved.body)}`);
  for (const [action, version] of [['submit', 1], ['approve', 2], ['accept', 3]] as const) {
    const moved = await agent.post(`/api/reports/${id}/transitions`, { action, version });
    if (moved.status !== 200) throw new Error(`${action} refused: ${JSON.stringify(moved.body)}`);
  }
}
