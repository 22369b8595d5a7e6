import type { Call, CreatePlanRequest, Plan } from '@gyokaku/contracts';
import { todayInJapan } from '@gyokaku/domain';
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { apiSend, planSheet } from '../support/api';
import { newContext, signInByApi, unique } from '../support/browser';

const PASSWORD = 'e2e-proposal-passphrase';

/** A date `days` after today in Japan, as the date inputs and the API take it. */
export const japanDate = (days: number) => new Date(Date.parse(`${todayInJapan(new Date())}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface Department {
  id: string;
  name: string;
  editorLogin: string;
  approverLogin: string;
}

/**
 * A department of this test alone with one editor and one approver, so task counts and
 * notifications are the test's own whatever the demo city or other tests hold.
 */
export async function createDepartmentWithStaff(request: APIRequestContext, csrfToken: string): Promise<Department> {
  const division = await apiSend<{ id: string }>(request, csrfToken, 'POST', '/api/divisions', { name: unique('提案試験部'), validFrom: '2020-04-01' });
  const name = unique('提案試験課');
  const department = await apiSend<{ id: string }>(request, csrfToken, 'POST', '/api/departments', { divisionId: division.id, name, validFrom: '2020-04-01' });
  const staff = async (role: 'department_editor' | 'department_approver', displayName: string) => {
    const loginId = unique(role === 'department_editor' ? 'pe-' : 'pa-');
    await apiSend(request, csrfToken, 'POST', '/api/users', { loginId, displayName, password: PASSWORD, roles: [{ role, departmentId: department.id }] });
    return loginId;
  };
  return { id: department.id, name, editorLogin: await staff('department_editor', '提案 担当'), approverLogin: await staff('department_approver', '提案 課長') };
}

export async function signedInContext(browser: Browser, loginId: string, password?: string): Promise<{ context: BrowserContext; csrfToken: string }> {
  const context = await newContext(browser);
  const { csrfToken } = await signInByApi(context, loginId, password);
  return { context, csrfToken };
}

export const signInStaff = (browser: Browser, loginId: string) => signedInContext(browser, loginId, PASSWORD);

export const openCall = (request: APIRequestContext, csrfToken: string, outlineId: string, departmentIds: string[]) =>
  apiSend<Call>(request, csrfToken, 'POST', `/api/outlines/${outlineId}/calls`, {
    title: unique('提案募集'),
    instructions: '市民サービスの向上につながる改革の提案を求めます。',
    opensOn: japanDate(0),
    closesOn: japanDate(14),
    answerRequired: true,
    departmentIds,
  });

export const fileProposal = (request: APIRequestContext, csrfToken: string, callId: string, sheet: Partial<CreatePlanRequest> & Pick<CreatePlanRequest, 'frameworkNodeId' | 'leadDepartmentId'>) =>
  apiSend<Plan>(request, csrfToken, 'POST', `/api/calls/${callId}/proposals`, planSheet(sheet));

export async function transition(request: APIRequestContext, csrfToken: string, planId: string, body: { action: string; comment?: string; fieldComments?: { field: string; body: string }[] }) {
  const plan = (await (await request.get(`/api/plans/${planId}`)).json()) as Plan;
  return apiSend<Plan>(request, csrfToken, 'POST', `/api/plans/${planId}/transitions`, { ...body, version: plan.version });
}
