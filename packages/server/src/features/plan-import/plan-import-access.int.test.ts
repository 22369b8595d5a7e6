import type { Plan } from '@gyokaku/contracts';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSheet } from '../../test-support/plan-factories.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';
import { downloadBytes, fieldCell, postBytes, readWorkbook, writeWorkbook, XLSX } from '../../test-support/workbook-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

/** A municipality with 総務課 and 税務課, an editor of each, and one plan of each department. */
async function setUp() {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const division = await server.createDivision({ municipalityId });
  const [general, tax] = await Promise.all(['総務課', '税務課'].map((name) => server.createDepartment({ municipalityId, divisionId: division.id, name })));
  const outline = await server.createOutlineWithFramework({ municipalityId, startFiscalYear: 2023 });
  const create = async (leadDepartmentId: string, number: string) => {
    const response = await tenant.agent.post(
      `/api/outlines/${outline.id}/plans`,
      planSheet({ frameworkNodeId: outline.nodes['1-1-1']!, leadDepartmentId, number, noTargetReason: '理由' }),
    );
    expect(response.status).toBe(201);
    return response.body as Plan;
  };
  const generalPlan = await create(general!.id, '1-1-1-1');
  const taxPlan = await create(tax!.id, '1-1-1-2');
  const editorOf = async (departmentId: string) =>
    (await server.signedInUser({ municipalityId, roles: [{ role: 'department_editor', departmentId }] })).agent;
  const templateUrl = (query = '') => `/api/outlines/${outline.id}/plan-template.xlsx${query}`;
  const uploadUrl = `/api/outlines/${outline.id}/plan-imports?format=template&fileName=plans.xlsx`;
  const template = async (agent: Agent = tenant.agent, query = '') => readWorkbook((await downloadBytes(agent, templateUrl(query))).body);
  const upload = async (agent: Agent, workbook: ExcelJS.Workbook) => postBytes(agent, uploadUrl, await writeWorkbook(workbook));
  return {
    ...tenant,
    municipalityId,
    departments: { general: general!, tax: tax! },
    outline,
    generalPlan,
    taxPlan,
    editorOf,
    templateUrl,
    uploadUrl,
    template,
    upload,
  };
}

describe('who may use the Excel round trip', () => {
  it('lets a department download its own plans only, and no one outside the drafting roles', async () => {
    const { editorOf, departments, templateUrl, template, municipalityId } = await setUp();
    const editor = await editorOf(departments.general.id);
    expect((await downloadBytes(editor, templateUrl(`?departmentId=${departments.tax.id}`))).status).toBe(403);
    const own = await template(editor, '?blankSheets=1');
    expect(own.worksheets.map((sheet) => sheet.name)).toEqual(['1-1-1-1', '新規1', '選択肢', 'gyokaku_plans']);
    expect(fieldCell(own.getWorksheet('新規1')!, '主担当課').value).toBe('総務課');
    const hq = (await server.signedInUser({ municipalityId, roles: [{ role: 'hq_member' }] })).agent;
    expect((await downloadBytes(hq, templateUrl())).status).toBe(403);
  });

  it('refuses, sheet by sheet, another department’s plan and a new plan led by another department', async () => {
    const { editorOf, departments, template, upload, generalPlan, taxPlan } = await setUp();
    const workbook = await template();
    fieldCell(workbook.getWorksheet('1-1-1-2')!, '取組名').value = '税務課の計画を総務課が書き換え';
    fieldCell(workbook.getWorksheet('1-1-1-1')!, '取組名').value = '総務課の計画を総務課が変更';
    const fresh = workbook.getWorksheet('新規1')!;
    fieldCell(fresh, '取組名').value = '税務課の新しい計画';
    fieldCell(fresh, '体系').value = '1-1-2';
    fieldCell(fresh, '主担当課').value = '税務課';
    fieldCell(fresh, '区分').value = '改善';
    fieldCell(fresh, '計画期間', 2).value = 'R5';
    fieldCell(fresh, '計画期間', 4).value = 'R9';
    fieldCell(fresh, '目標を設定しない理由').value = '理由';

    const preview = await upload(await editorOf(departments.general.id), workbook);
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    const byPlan = (sheet: string) => preview.body.items.find((item: { sheet: string }) => item.sheet === sheet);
    expect(byPlan('1-1-1-1')).toMatchObject({ status: 'changed', planId: generalPlan.id });
    expect(byPlan('1-1-1-2')).toMatchObject({ status: 'invalid', planId: taxPlan.id, errors: [expect.objectContaining({ code: 'forbidden', field: 'leadDepartmentId' })] });
    expect(byPlan('新規1')).toMatchObject({ status: 'invalid', errors: [expect.objectContaining({ code: 'forbidden', cell: expect.stringMatching(/^B\d+$/u) })] });
  });

  it('refuses a department’s change to a proposal it has handed on', async () => {
    const { editorOf, departments, template, upload, generalPlan, user, outline, municipalityId } = await setUp();
    const call = await server.db
      .insertInto('proposal_call')
      .values({ municipality_id: municipalityId, outline_id: outline.id, title: '募集', opens_on: '2000-04-01', closes_on: '2999-03-31', created_by: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await server.db.updateTable('plan').set({ call_id: call.id, proposal_state: 'submitted', proposal_state_at: new Date() }).where('id', '=', generalPlan.id).execute();
    const editor = await editorOf(departments.general.id);
    const workbook = await template(editor, '?blankSheets=0');
    fieldCell(workbook.getWorksheet('1-1-1-1')!, '取組名').value = '提出後に書き換え';
    const preview = await upload(editor, workbook);
    expect(preview.body.items[0]).toMatchObject({ status: 'invalid', errors: [expect.objectContaining({ code: 'proposal_locked', cell: '' })] });
  });

  it('keeps an upload to its uploader and the secretariat', async () => {
    const { editorOf, departments, template, upload, agent } = await setUp();
    const editor = await editorOf(departments.general.id);
    const preview = await upload(editor, await template(editor));
    expect(preview.status).toBe(201);
    const colleague = await editorOf(departments.general.id);
    for (const response of [await colleague.get(`/api/plan-imports/${preview.body.id}`), await colleague.post(`/api/plan-imports/${preview.body.id}/commit`)]) {
      expect(response.status).toBe(403);
    }
    expect((await agent.get(`/api/plan-imports/${preview.body.id}`)).status).toBe(200);
  });

  it('keeps municipalities apart: another city sees neither the outline nor the upload', async () => {
    const { template, upload, agent, templateUrl, uploadUrl } = await setUp();
    const preview = await upload(agent, await template());
    const other = await server.createTenant();
    expect((await downloadBytes(other.agent, templateUrl())).status).toBe(404);
    expect((await postBytes(other.agent, uploadUrl, await writeWorkbook(await template()))).status).toBe(404);
    expect((await other.agent.get(`/api/plan-imports/${preview.body.id}`)).status).toBe(404);
    expect((await other.agent.post(`/api/plan-imports/${preview.body.id}/commit`)).status).toBe(404);
    expect((await other.agent.put(`/api/plan-imports/${preview.body.id}/mapping`, { mapping: { title: 'A' } })).status).toBe(404);
  });
});

describe('what the upload accepts', () => {
  it('answers 415 for a body that is not a workbook type, 413 past 10 MB and 422 for bytes that are no workbook', async () => {
    const { agent, uploadUrl } = await setUp();
    const json = await postBytes(agent, uploadUrl, JSON.stringify({ a: 1 }), 'application/json');
    expect([json.status, json.body.error.code]).toEqual([415, 'unsupported_media_type']);
    const empty = await postBytes(agent, uploadUrl, undefined, null);
    expect([empty.status, empty.body.error.code]).toEqual([415, 'unsupported_media_type']);
    const huge = await postBytes(agent, uploadUrl, Buffer.alloc(10 * 1024 * 1024 + 1, 1), XLSX);
    expect([huge.status, huge.body.error.code]).toEqual([413, 'payload_too_large']);
    const garbage = await postBytes(agent, uploadUrl, Buffer.from('これはExcelではありません'), XLSX);
    expect(garbage.status).toBe(422);
    expect(garbage.body.error).toMatchObject({ code: 'unreadable_workbook', message: expect.stringContaining('.xlsx') });
  });

  it('refuses a template made for another outline', async () => {
    const { agent, template, municipalityId } = await setUp();
    const otherOutline = await server.createOutlineWithFramework({ municipalityId, startFiscalYear: 2023 });
    const response = await postBytes(agent, `/api/outlines/${otherOutline.id}/plan-imports?format=template&fileName=x.xlsx`, await writeWorkbook(await template()));
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'unreadable_workbook', message: expect.stringContaining('別の行政改革大綱') });
  });
});
