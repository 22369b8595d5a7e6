import type { Plan } from '@gyokaku/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../../test-support/db-helpers.js';
import { planSheet, target } from '../../test-support/plan-factories.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';
import { postBytes, writeWorkbook } from '../../test-support/workbook-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

/** The headings of a list a department typed by hand, in its own order, under a title line. */
const HEADERS = ['担当課', '取組名', '計画期間', 'No.', '目標値', '体系', '指標', '単位', '効果額（千円）', 'SDGs', '区分'];

async function listWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('一覧');
  sheet.addRow(['令和5年度 実施計画一覧（総務部）']);
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return writeWorkbook(workbook);
}

async function setUp() {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const division = await server.createDivision({ municipalityId });
  const general = await server.createDepartment({ municipalityId, divisionId: division.id, name: '総務課' });
  const outline = await server.createOutlineWithFramework({ municipalityId, startFiscalYear: 2023 });
  const created = await tenant.agent.post(
    `/api/outlines/${outline.id}/plans`,
    planSheet({
      frameworkNodeId: outline.nodes['1-1-1']!,
      leadDepartmentId: general.id,
      number: '1-1-1-1',
      title: '窓口手続のオンライン化',
      targets: [target({ indicator: 'オンライン手続の数', unit: '件', values: [{ fiscalYear: 2027, value: 50 }] })],
    }),
  );
  expect(created.status).toBe(201);
  const upload = async (rows: (string | number | null)[][]) =>
    postBytes(tenant.agent, `/api/outlines/${outline.id}/plan-imports?format=rows&fileName=${encodeURIComponent('一覧.xlsx')}`, await listWorkbook(rows));
  return { ...tenant, municipalityId, general, outline, existing: created.body as Plan, upload };
}

const CHANGED_ROW = ['総務課', '窓口手続のオンライン化（拡充）', null, '１－１－１－１', '６０', null, null, null, null, null, null];
const NEW_ROW = ['総務課', '証明書のコンビニ交付', 'R5～R9', null, '８０', '1-1-2', '交付率', '％', '1,200', '11、16', '改善'];

describe('importing a hand-made list of plans, one per row', () => {
  it('finds the header under a title line, suggests a mapping from the Japanese headings and waits for it', async () => {
    const { upload, agent } = await setUp();
    const response = await upload([CHANGED_ROW, NEW_ROW]);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.columns.map((c: { column: string; header: string }) => `${c.column}:${c.header}`)).toEqual(HEADERS.map((header, i) => `${String.fromCharCode(65 + i)}:${header}`));
    expect(response.body.columns[1].samples).toEqual(['窓口手続のオンライン化（拡充）', '証明書のコンビニ交付']);
    expect(response.body.suggestedMapping).toEqual({
      leadDepartment: 'A',
      title: 'B',
      startFiscalYear: 'C',
      endFiscalYear: 'C',
      number: 'D',
      targetValue: 'E',
      frameworkNode: 'F',
      targetIndicator: 'G',
      targetUnit: 'H',
      financialEffect: 'I',
      sdgGoals: 'J',
      kind: 'K',
    });
    expect(response.body).toMatchObject({ format: 'rows', mapping: null, items: [], committable: false });
    const early = await agent.post(`/api/plan-imports/${response.body.id}/commit`);
    expect([early.status, early.body.error.code]).toEqual([409, 'import_mapping_required']);
  });

  it('previews the mapped rows — a known number changes that plan, others are new — and commits them', async () => {
    const { upload, agent, existing, general, outline } = await setUp();
    const uploaded = await upload([CHANGED_ROW, NEW_ROW]);
    const mapped = await agent.put(`/api/plan-imports/${uploaded.body.id}/mapping`, { mapping: uploaded.body.suggestedMapping });
    expect(mapped.status, JSON.stringify(mapped.body)).toBe(200);
    const [changed, fresh] = mapped.body.items;
    expect(changed).toMatchObject({ sheet: '一覧', row: 3, status: 'changed', planId: existing.id, number: '1-1-1-1', workbookVersion: 0, errors: [] });
    expect(changed.changes.map((c: { field: string }) => c.field)).toEqual(['title', 'targets']);
    expect(changed.changes[1].after).toEqual([{ ...existing.targets[0], values: [{ fiscalYear: 2027, value: 60 }] }]);
    expect(fresh).toMatchObject({ row: 4, status: 'new', planId: null, title: '証明書のコンビニ交付', errors: [] });
    expect(mapped.body).toMatchObject({ mapping: uploaded.body.suggestedMapping, committable: true });

    const committed = await agent.post(`/api/plan-imports/${uploaded.body.id}/commit`);
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    expect(committed.body).toMatchObject({ created: 1, updated: 1 });
    const created = (await agent.get(`/api/plans/${committed.body.planIds[1]}`)).body as Plan;
    expect(created).toMatchObject({
      number: '1-1-2-1',
      frameworkNodeId: outline.nodes['1-1-2'],
      leadDepartment: { id: general.id, name: '総務課' },
      kind: 'improvement',
      startFiscalYear: 2023,
      endFiscalYear: 2027,
      financialEffects: [{ fiscalYear: 2027, kind: 'expenditure', amount: 1_200_000 }],
      sdgGoals: [11, 16],
    });
    expect(created.targets).toEqual([
      { id: expect.any(String), indicator: '交付率', unit: '%', direction: null, baseline: null, baselineFiscalYear: null, values: [{ fiscalYear: 2027, value: 80 }] },
    ]);
    expect((await agent.get(`/api/plans/${existing.id}`)).body).toMatchObject({ version: 1, title: '窓口手続のオンライン化（拡充）' });
  });

  it('addresses each bad cell of a row (A6, C6 …), leaves nothing committable and saves nothing', async () => {
    const { upload, agent, municipalityId } = await setUp();
    const bad = ['人事課', '行政評価の見直し', 'H99x～R9', null, 'たくさん', '9-9-9', null, null, null, null, null];
    const uploaded = await upload([CHANGED_ROW, NEW_ROW, [], bad]);
    const mapped = await agent.put(`/api/plan-imports/${uploaded.body.id}/mapping`, { mapping: uploaded.body.suggestedMapping });
    expect(mapped.status).toBe(200);
    const invalid = mapped.body.items.find((item: { row: number }) => item.row === 6);
    expect(invalid.status).toBe('invalid');
    expect(invalid.errors.map((e: { cell: string; code: string }) => `${e.cell} ${e.code}`).sort()).toEqual([
      'A6 unknown_department',
      'C6 invalid_fiscal_year',
      'E6 invalid_number',
      'F6 unknown_framework_node',
    ]);
    expect(invalid.errors.every((e: { sheet: string; message: string }) => e.sheet === '一覧' && /^[^：]+：/u.test(e.message))).toBe(true);
    expect(mapped.body.committable).toBe(false);
    const plans = await countRows(server.db, 'plan', municipalityId);
    const refused = await agent.post(`/api/plan-imports/${uploaded.body.id}/commit`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'import_has_errors']);
    expect(await countRows(server.db, 'plan', municipalityId)).toBe(plans);
  });

  it('requires the title column and columns that exist', async () => {
    const { upload, agent } = await setUp();
    const uploaded = await upload([NEW_ROW]);
    const noTitle = await agent.put(`/api/plan-imports/${uploaded.body.id}/mapping`, { mapping: { leadDepartment: 'A' } });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.issues).toEqual([{ path: ['mapping', 'title'], code: 'required', message: expect.any(String) }]);
    const missing = await agent.put(`/api/plan-imports/${uploaded.body.id}/mapping`, { mapping: { title: 'B', tags: 'Z' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toEqual(['mapping', 'tags']);
  });
});
