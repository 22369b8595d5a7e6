import type { OutlineDetailResponse } from '@gyokaku/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { target } from '../../test-support/plan-factories.js';
import { createProposalWorld, type ProposalWorld } from '../../test-support/proposal-factories.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';
import { SESSION_COOKIE } from '../auth/session-token.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

/**
 * An outline with one plan entered directly and four proposals: one adopted, one not adopted, and
 * one merged into another, accepted one. All under 1-1-1; the not-adopted one re-listed under 2-1-1.
 */
async function setUp() {
  const w = await createProposalWorld(server);
  const p = w.people;
  const nodes = w.outline.nodes;
  const direct = await p.secretariat.post(`/api/outlines/${w.outline.id}/plans`, w.sheet({ title: '直接登録した計画' }));
  expect(direct.status).toBe(201);
  const proposal = async (title: string, extra: Parameters<ProposalWorld['sheet']>[0] = {}) => {
    const plan = await w.file(p.citizen.editor, { title, ...extra });
    await w.walk(plan.id, [
      [p.citizen.editor, 'submit'],
      [p.citizen.approver, 'approve'],
      [p.secretariat, 'accept'],
    ]);
    return plan;
  };
  const adopted = await proposal('採択された提案', { targets: [target()] });
  const rejected = await proposal('不採択の提案', { relistedNodeIds: [nodes['2-1-1']!], targets: [target()] });
  const survivor = await proposal('統合先の提案');
  const absorbed = await proposal('統合された提案', { frameworkNodeId: nodes['2-2-2']! });
  await w.walk(adopted.id, [[p.hq, 'adopt']]);
  await w.walk(rejected.id, [[p.hq, 'reject', '効果が見込めないため。']]);
  const merged = await p.secretariat.post(`/api/plans/${survivor.id}/merge`, { version: 0, absorbedPlanId: absorbed.id, absorbedVersion: 0 });
  expect(merged.status).toBe(200);
  return w;
}

describe('proposals that did not make it', () => {
  it('stay out of the framework’s plan counts and the outline total, while the plan list still shows them', async () => {
    const w = await setUp();
    const detail = (await w.people.hq.get(`/api/outlines/${w.outline.id}`)).body as OutlineDetailResponse;
    const node = (code: string) => detail.nodes.find((n) => n.code === code)!;
    expect(detail.planCount).toBe(3);
    expect([node('1'), node('1-1'), node('1-1-1')].map((n) => [n.planCount, n.planWithTargetCount])).toEqual([
      [3, 1],
      [3, 1],
      [3, 1],
    ]);
    expect([node('2-1-1').relistedCount, node('2-2-2').planCount, node('2').planCount]).toEqual([0, 0, 0]);
    const listed = await w.people.hq.get(`/api/outlines/${w.outline.id}/plans`);
    expect(listed.body.total).toBe(5);
  });

  it('are left out of the plan tables (CSV and workbook) the booklet is printed from', async () => {
    const w = await setUp();
    const download = (url: string) =>
      server.app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: w.people.secretariat.sessionToken! } });
    const csv = await download(`/api/outlines/${w.outline.id}/plans.csv`);
    expect(csv.statusCode).toBe(200);
    for (const title of ['直接登録した計画', '採択された提案', '統合先の提案']) expect(csv.body).toContain(title);
    for (const title of ['不採択の提案', '統合された提案']) expect(csv.body).not.toContain(title);

    const xlsx = await download(`/api/outlines/${w.outline.id}/plans.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const titles = new Set<string>();
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => titles.add(String(cell.value)))));
    expect(['直接登録した計画', '採択された提案', '統合先の提案'].filter((t) => titles.has(t))).toHaveLength(3);
    expect(['不採択の提案', '統合された提案'].filter((t) => titles.has(t))).toEqual([]);
  });
});
