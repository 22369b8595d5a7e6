import type { Call, Plan, PlanSheet, ProposalAction } from '@gyokaku/contracts';
import { expect } from 'vitest';
import { japanDateInDays } from '../demo/seed-proposals.js';
import { planSheet } from './plan-factories.js';
import type { Agent, TestServer } from './test-server.js';

type Role = 'department_editor' | 'department_approver' | 'hq_member' | 'council_member' | 'secretariat';

/**
 * A municipality ready for proposals: 市民課 (the lead of most tests, with 情報政策課 collaborating),
 * 税務課 (unrelated to 市民課's plans) and 財政課, each with a signed-in editor and approver; an HQ
 * member, a council member, a second secretariat user; a draft outline with the default framework
 * and a call addressing 市民課, 情報政策課 and 税務課 (not 財政課), opened by the secretariat through
 * the API and running from a week ago to two weeks from now.
 */
export async function createProposalWorld(server: TestServer, options: { opensOn?: string; closesOn?: string; answerRequired?: boolean } = {}) {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const division = await server.createDivision({ municipalityId, name: '市民生活部' });
  // One after another: each takes the next position in the division, which orders every list of them.
  const departments = [];
  for (const name of ['市民課', '情報政策課', '税務課', '財政課']) {
    departments.push(await server.createDepartment({ municipalityId, divisionId: division.id, name }));
  }
  const [citizen, it_, tax, finance] = departments;
  const as = async (role: Role, departmentId?: string) => {
    const { user, agent } = await server.signedInUser({ municipalityId, roles: [{ role, departmentId: departmentId ?? null }] });
    return Object.assign(agent, { user });
  };
  const staffOf = async (departmentId: string) => ({
    editor: await as('department_editor', departmentId),
    approver: await as('department_approver', departmentId),
  });
  const people = {
    secretariat: Object.assign(tenant.agent, { user: tenant.user }),
    secretariat2: await as('secretariat'),
    citizen: await staffOf(citizen!.id),
    it: await staffOf(it_!.id),
    tax: await staffOf(tax!.id),
    finance: await staffOf(finance!.id),
    hq: await as('hq_member'),
    council: await as('council_member'),
  };
  const outline = await server.createOutlineWithFramework({ municipalityId, title: '第4次行政改革大綱', status: 'draft', startFiscalYear: 2023 });
  const opened = await tenant.agent.post(`/api/outlines/${outline.id}/calls`, {
    title: '令和9年度実施計画の追加募集',
    instructions: '数値目標を必ず設定してください。',
    opensOn: options.opensOn ?? japanDateInDays(-7),
    closesOn: options.closesOn ?? japanDateInDays(14),
    answerRequired: options.answerRequired ?? true,
    departmentIds: [citizen!.id, it_!.id, tax!.id],
  });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const call = opened.body as Call;

  /** A proposal sheet of 市民課 with 情報政策課 collaborating, unless told otherwise. */
  const sheet = (overrides: Partial<PlanSheet> = {}) =>
    planSheet({ frameworkNodeId: outline.nodes['1-1-1']!, leadDepartmentId: citizen!.id, collaboratingDepartmentIds: [it_!.id], ...overrides });

  /** Files a proposal into the call; fails the test unless it is created. */
  const file = async (agent: Agent = people.citizen.editor, overrides: Partial<PlanSheet> = {}) => {
    const response = await agent.post(`/api/calls/${call.id}/proposals`, sheet(overrides));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as Plan;
  };

  /** One workflow step quoting the plan's current version unless told otherwise; the raw response. */
  const step = async (
    agent: Agent,
    planId: string,
    action: ProposalAction,
    extra: { comment?: string; fieldComments?: { field: string | null; body: string }[]; version?: number } = {},
  ) => {
    const version = extra.version ?? (await people.secretariat.get(`/api/plans/${planId}`)).body.version;
    return agent.post(`/api/plans/${planId}/transitions`, { action, ...extra, version });
  };

  /** Takes the steps in order, failing the test at the first refused. */
  const walk = async (planId: string, steps: [Agent, ProposalAction, string?][]) => {
    let plan: Plan | undefined;
    for (const [agent, action, comment] of steps) {
      const response = await step(agent, planId, action, comment ? { comment } : {});
      expect(response.status, `${action}: ${JSON.stringify(response.body)}`).toBe(200);
      plan = response.body as Plan;
    }
    return plan!;
  };

  return {
    ...tenant,
    municipalityId,
    departments: { citizen: citizen!, it: it_!, tax: tax!, finance: finance! },
    people,
    outline,
    call,
    sheet,
    file,
    step,
    walk,
  };
}

export type ProposalWorld = Awaited<ReturnType<typeof createProposalWorld>>;
