import type { APIRequestContext } from 'playwright-core';
import type { CreatePlanRequest, OutlineDetailResponse, Plan } from '@gyokaku/contracts';
import { unique } from './browser';

/** A write through the API with the session's CSRF token, failing loudly so a test never runs on half its data. */
export async function apiSend<T>(request: APIRequestContext, csrfToken: string, method: 'POST' | 'PUT' | 'PATCH', url: string, data: unknown): Promise<T> {
  const response = await request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function apiGet<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  if (!response.ok()) throw new Error(`GET ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A draft outline of this test alone, FY2028–2032, two levels (重点項目 → 取組事項) with one leaf. */
export async function createOutlineWithLeaf(request: APIRequestContext, csrfToken: string) {
  const outline = await apiSend<OutlineDetailResponse>(request, csrfToken, 'POST', '/api/outlines', {
    title: unique('試験用大綱'),
    startFiscalYear: 2028,
    endFiscalYear: 2032,
    frameworkLevels: ['重点項目', '取組事項'],
  });
  const top = await apiSend<{ id: string }>(request, csrfToken, 'POST', `/api/outlines/${outline.id}/nodes`, {
    parentId: null,
    title: '市民サービスの向上',
  });
  const leaf = await apiSend<{ id: string }>(request, csrfToken, 'POST', `/api/outlines/${outline.id}/nodes`, {
    parentId: top.id,
    title: '手続のオンライン化',
  });
  return { outline, leafId: leaf.id };
}

export async function departmentId(request: APIRequestContext, name: string): Promise<string> {
  const organisation = await apiGet<{ departments: { id: string; name: string }[] }>(request, '/api/organisation');
  const found = organisation.departments.find((d) => d.name === name);
  if (!found) throw new Error(`no department ${name}`);
  return found.id;
}

export function planSheet(overrides: Partial<CreatePlanRequest> & Pick<CreatePlanRequest, 'frameworkNodeId' | 'leadDepartmentId'>): CreatePlanRequest {
  return {
    number: '',
    title: unique('申請手続のオンライン化'),
    relistedNodeIds: [],
    collaboratingDepartmentIds: [],
    currentSituation: '窓口での紙の申請が多く、待ち時間が長い。',
    aim: '自宅から申請できるようにし、来庁の負担を減らす。',
    actions: '電子申請システムで受け付ける手続を順次増やす。',
    kind: 'reform',
    startFiscalYear: 2028,
    endFiscalYear: 2030,
    schedule: [],
    targets: [],
    noTargetReason: '',
    financialEffects: [],
    citizenEffect: '来庁せずに手続ができる。',
    sdgGoals: [],
    tags: [],
    predecessorPlanId: null,
    ...overrides,
  };
}

export const createPlan = (request: APIRequestContext, csrfToken: string, outlineId: string, sheet: CreatePlanRequest) =>
  apiSend<Plan>(request, csrfToken, 'POST', `/api/outlines/${outlineId}/plans`, sheet);
