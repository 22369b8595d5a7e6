import { PlanSheetSchema, type Plan, type PlanSheet } from '@gyokaku/contracts';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf, countRows } from '../../test-support/db-helpers.js';
import { planSheet, target } from '../../test-support/plan-factories.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';
import { downloadBytes, fieldCell, labelRow, postBytes, readWorkbook, tableCell, writeWorkbook } from '../../test-support/workbook-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const sheetFields = (plan: Plan): PlanSheet =>
  Object.fromEntries(Object.keys(PlanSheetSchema.shape).map((key) => [key, plan[key as keyof PlanSheet]])) as PlanSheet;

/** A municipality with three departments, an outline (FY2023–2027) and two plans filed through the API. */
async function setUp() {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const division = await server.createDivision({ municipalityId, name: '総務部' });
  const [general, it_, tax] = await Promise.all(
    ['総務課', '情報政策課', '税務課'].map((name) => server.createDepartment({ municipalityId, divisionId: division.id, name })),
  );
  const outline = await server.createOutlineWithFramework({ municipalityId, title: '第4次行政改革大綱', startFiscalYear: 2023 });
  const create = async (sheet: Parameters<typeof planSheet>[0]) => {
    const response = await tenant.agent.post(`/api/outlines/${outline.id}/plans`, planSheet(sheet));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as Plan;
  };
  const first = await create({
    frameworkNodeId: outline.nodes['1-1-1']!,
    leadDepartmentId: general!.id,
    number: '1-1-1-1',
    title: 'AI・RPAによる定型業務の自動化',
    kind: 'reform',
    collaboratingDepartmentIds: [it_!.id],
    schedule: [
      { fiscalYear: 2023, description: '対象業務の調査', phase: '検討' },
      { fiscalYear: 2024, description: '一部の課で試行', phase: '試行' },
    ],
    targets: [
      target({
        indicator: 'RPAによる削減時間',
        unit: '時間',
        baseline: 800,
        baselineFiscalYear: 2022,
        values: [
          { fiscalYear: 2023, value: 1200 },
          { fiscalYear: 2027, value: 3000 },
        ],
      }),
    ],
    financialEffects: [{ fiscalYear: 2024, kind: 'expenditure', amount: 1_200_000 }],
    citizenEffect: '申請の処理が早くなる。',
    sdgGoals: [16, 9],
    tags: ['デジタル化'],
  });
  const second = await create({
    frameworkNodeId: outline.nodes['2-1-1']!,
    leadDepartmentId: it_!.id,
    number: '2-1-1-1',
    title: 'ペーパーレス会議の推進',
    noTargetReason: '会議の数が年度ごとに大きく変わるため。',
  });
  const template = async (agent: Agent = tenant.agent, query = '') => {
    const response = await downloadBytes(agent, `/api/outlines/${outline.id}/plan-template.xlsx${query}`);
    expect(response.status).toBe(200);
    return readWorkbook(response.body);
  };
  const upload = async (workbook: ExcelJS.Workbook, agent: Agent = tenant.agent, query = '') =>
    postBytes(agent, `/api/outlines/${outline.id}/plan-imports?format=template&fileName=${encodeURIComponent('実施計画.xlsx')}${query}`, await writeWorkbook(workbook));
  const plan = async (id: string) => (await tenant.agent.get(`/api/plans/${id}`)).body as Plan;
  const versionCount = () => countRows(server.db, 'plan_version', municipalityId);
  return { ...tenant, municipalityId, departments: { general: general!, it: it_!, tax: tax! }, outline, first, second, template, upload, plan, versionCount };
}

describe('the plan-sheet template', () => {
  it('writes one sheet per plan in framework order, blank sheets, drop-downs from a hidden list and a very hidden identity sheet', async () => {
    const { template, outline, first, second } = await setUp();
    const workbook = await template();
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['1-1-1-1', 'visible'],
      ['2-1-1-1', 'visible'],
      ['新規1', 'visible'],
      ['新規2', 'visible'],
      ['新規3', 'visible'],
      ['選択肢', 'hidden'],
      ['gyokaku_plans', 'veryHidden'],
    ]);
    const sheet = workbook.getWorksheet('1-1-1-1')!;
    expect(fieldCell(sheet, '番号').value).toBe('1-1-1-1');
    expect(fieldCell(sheet, '取組名').value).toBe('AI・RPAによる定型業務の自動化');
    expect(fieldCell(sheet, '体系').value).toBe('1-1-1 改革プログラム1-1-1');
    expect(fieldCell(sheet, '主担当課').value).toBe('総務課');
    expect(fieldCell(sheet, '連携課').value).toBe('情報政策課');
    expect(fieldCell(sheet, '区分').value).toBe('改革');
    expect([fieldCell(sheet, '計画期間', 2).value, fieldCell(sheet, '計画期間', 4).value]).toEqual(['令和5年度', '令和9年度']);
    expect(fieldCell(sheet, '区分').dataValidation).toMatchObject({ type: 'list', formulae: ["'選択肢'!$A$2:$A$3"] });
    expect(fieldCell(sheet, '体系').dataValidation).toMatchObject({ type: 'list', formulae: ["'選択肢'!$E$2:$E$9"] });

    const scheduleRow = labelRow(sheet, 'スケジュール') + 2;
    expect([0, 1, 2, 3, 4].map((i) => sheet.getCell(scheduleRow + i, 1).value)).toEqual(['令和5年度', '令和6年度', '令和7年度', '令和8年度', '令和9年度']);
    expect(sheet.getCell(scheduleRow, 2).value).toBe('対象業務の調査');
    expect(sheet.getCell(scheduleRow, 10).value).toBe('検討');
    expect(sheet.getCell(scheduleRow, 10).dataValidation).toMatchObject({ type: 'list', formulae: ["'選択肢'!$B$2:$B$6"] });
    expect(tableCell(sheet, '数値目標', 1, '指標').value).toBe('RPAによる削減時間');
    expect(tableCell(sheet, '数値目標', 1, '方向').value).toBe('増加');
    expect(tableCell(sheet, '数値目標', 1, '基準年度').value).toBe('令和4年度');
    expect(tableCell(sheet, '数値目標', 1, '令和5年度').value).toBe(1200);
    expect(tableCell(sheet, '数値目標', 1, '令和9年度').value).toBe(3000);
    expect(tableCell(sheet, '数値目標', 2, '指標').value).toBe('');
    expect(tableCell(sheet, '財政効果（円）', 2, '令和6年度').value).toBe(1_200_000);
    expect([2, 3].map((offset) => sheet.getCell(labelRow(sheet, '財政効果（円）') + offset, 1).value)).toEqual(['歳入確保', '歳出削減']);
    expect([2, 3, 4].map((column) => fieldCell(sheet, 'SDGs', column).value)).toEqual(['9 産業と技術革新の基盤をつくろう', '16 平和と公正をすべての人に', '']);
    expect(fieldCell(sheet, 'タグ').value).toBe('デジタル化');

    const lists = workbook.getWorksheet('選択肢')!;
    expect(lists.getColumn(1).values.slice(1)).toEqual(['区分', '改革', '改善']);
    expect(lists.getColumn(2).values.slice(1)).toEqual(['段階', '検討', '準備', '試行', '実施', '完了']);
    expect(lists.getColumn(4).values).toHaveLength(1 + 1 + 17);
    expect(lists.getColumn(5).values.slice(2, 4)).toEqual(['1-1-1 改革プログラム1-1-1', '1-1-2 改革プログラム1-1-2']);

    const identity = workbook.getWorksheet('gyokaku_plans')!;
    expect(identity.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1))).toEqual([
      ['outline', outline.id],
      ['1-1-1-1', first.id, 0],
      ['2-1-1-1', second.id, 0],
    ]);
  });

  it('holds only a department’s own plans (lead or collaborating) and pre-fills it on the blank sheets', async () => {
    const { template, departments } = await setUp();
    const workbook = await template(undefined, `?departmentId=${departments.general.id}&blankSheets=1`);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['1-1-1-1', '新規1', '選択肢', 'gyokaku_plans']);
    expect(fieldCell(workbook.getWorksheet('新規1')!, '主担当課').value).toBe('総務課');
    expect(fieldCell(workbook.getWorksheet('新規1')!, '取組名').value).toBe('');
    const collaborator = await template(undefined, `?departmentId=${departments.it.id}&blankSheets=0`);
    expect(collaborator.worksheets.map((sheet) => sheet.name)).toEqual(['1-1-1-1', '2-1-1-1', '選択肢', 'gyokaku_plans']);
  });
});

describe('uploading a filled-in template', () => {
  it('previews an untouched template, even after Excel saved it again, as all unchanged and nothing to commit', async () => {
    const { template, upload } = await setUp();
    const response = await upload(await template());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.items.map((item: { sheet: string; status: string; errors: unknown[] }) => [item.sheet, item.status, item.errors])).toEqual([
      ['1-1-1-1', 'unchanged', []],
      ['2-1-1-1', 'unchanged', []],
    ]);
    expect(response.body.summary).toEqual({ new: 0, changed: 0, unchanged: 2, conflict: 0, invalid: 0 });
    expect(response.body).toMatchObject({ format: 'template', fileName: '実施計画.xlsx', committedAt: null, committable: false, columns: null, mapping: null });
  });

  it('reads full-width digits, a 和暦 year and ▲ money into a field-by-field diff, and the commit saves a version marked imported', async () => {
    const { template, upload, agent, first, second, plan, municipalityId } = await setUp();
    const workbook = await template();
    const sheet = workbook.getWorksheet('1-1-1-1')!;
    fieldCell(sheet, '取組名').value = 'AI・RPAによる定型業務の自動化（全庁展開）';
    fieldCell(sheet, '計画期間', 4).value = '令和７年度';
    tableCell(sheet, '数値目標', 1, '令和7年度').value = '１２０';
    tableCell(sheet, '財政効果（円）', 2, '令和7年度').value = '▲１，０００';

    const preview = await upload(workbook);
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    const [changed, unchanged] = preview.body.items;
    expect(unchanged).toMatchObject({ sheet: '2-1-1-1', status: 'unchanged', planId: second.id });
    expect(changed).toMatchObject({ sheet: '1-1-1-1', status: 'changed', planId: first.id, number: '1-1-1-1', workbookVersion: 0, currentVersion: 0, errors: [] });
    expect(changed.changes.map((change: { field: string }) => change.field)).toEqual(['title', 'endFiscalYear', 'targets', 'financialEffects']);
    const [title, end, targets, effects] = changed.changes;
    expect([title.before, title.after]).toEqual(['AI・RPAによる定型業務の自動化', 'AI・RPAによる定型業務の自動化（全庁展開）']);
    expect([end.before, end.after]).toEqual([2027, 2025]);
    expect(targets.after).toEqual([
      {
        ...first.targets[0],
        values: [
          { fiscalYear: 2023, value: 1200 },
          { fiscalYear: 2025, value: 120 },
          { fiscalYear: 2027, value: 3000 },
        ],
      },
    ]);
    expect(effects.after).toEqual([
      { fiscalYear: 2024, kind: 'expenditure', amount: 1_200_000 },
      { fiscalYear: 2025, kind: 'expenditure', amount: -1000 },
    ]);
    expect(preview.body.committable).toBe(true);

    const committed = await agent.post(`/api/plan-imports/${preview.body.id}/commit`);
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    expect(committed.body).toEqual({ created: 0, updated: 1, planIds: [first.id] });
    const saved = await plan(first.id);
    expect(saved).toMatchObject({ version: 1, title: 'AI・RPAによる定型業務の自動化（全庁展開）', endFiscalYear: 2025, targets: targets.after });
    expect((await plan(second.id)).version).toBe(0);
    const versions = await agent.get(`/api/plans/${first.id}/versions`);
    expect(versions.body.items.map((v: { version: number; change: string }) => [v.version, v.change])).toEqual([
      [1, 'imported'],
      [0, 'created'],
    ]);
    expect((await agent.get(`/api/plan-imports/${preview.body.id}`)).body).toMatchObject({ committedAt: expect.any(String), committable: false });
    expect((await auditEntriesOf(server.db, preview.body.id, 'plan_import')).map((entry) => entry.action)).toEqual(['uploaded', 'committed']);
    expect((await auditEntriesOf(server.db, first.id, 'plan')).map((entry) => entry.action)).toEqual(['created', 'imported']);

    const again = await agent.post(`/api/plan-imports/${preview.body.id}/commit`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('import_already_committed');
    expect(await countRows(server.db, 'plan', municipalityId)).toBe(2);
  });

  it('addresses every bad cell by sheet and cell in Japanese, and refuses the commit without saving anything', async () => {
    const { template, upload, agent, plan, first, second, versionCount } = await setUp();
    const workbook = await template();
    const firstSheet = workbook.getWorksheet('1-1-1-1')!;
    const periodRow = labelRow(firstSheet, '計画期間');
    fieldCell(firstSheet, '計画期間', 2).value = '令和99年度x';
    fieldCell(firstSheet, '取組名').value = '変更したが保存されない名前';
    const secondSheet = workbook.getWorksheet('2-1-1-1')!;
    fieldCell(secondSheet, '計画期間', 4).value = 'R4';
    const fresh = workbook.getWorksheet('新規1')!;
    fieldCell(fresh, '取組名').value = '窓口のキャッシュレス化';
    fieldCell(fresh, '体系').value = '1-1-2 改革プログラム1-1-2';
    fieldCell(fresh, '主担当課').value = '存在しない課';
    fieldCell(fresh, '区分').value = '改善';
    fieldCell(fresh, '計画期間', 2).value = 'R5';
    fieldCell(fresh, '計画期間', 4).value = 'R9';
    fieldCell(fresh, '目標を設定しない理由').value = '件数を数えられないため。';
    const versionsBefore = await versionCount();

    const preview = await upload(workbook);
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    const items = preview.body.items as { sheet: string; status: string; errors: { sheet: string; cell: string; field: string; code: string; message: string }[] }[];
    expect(items.map((item) => [item.sheet, item.status])).toEqual([
      ['1-1-1-1', 'invalid'],
      ['2-1-1-1', 'invalid'],
      ['新規1', 'invalid'],
    ]);
    expect(items[0]!.errors).toEqual([
      {
        sheet: '1-1-1-1',
        cell: `B${periodRow}`,
        field: 'startFiscalYear',
        code: 'invalid_fiscal_year',
        message: expect.stringMatching(/^開始年度：年度を読み取れません.*令和99年度x$/u),
      },
    ]);
    expect(items[1]!.errors).toEqual([
      { sheet: '2-1-1-1', cell: `D${labelRow(secondSheet, '計画期間')}`, field: 'endFiscalYear', code: 'end_before_start', message: expect.stringContaining('終了年度：終了年度が開始年度より前') },
    ]);
    expect(items[2]!.errors).toEqual([
      { sheet: '新規1', cell: `B${labelRow(fresh, '主担当課')}`, field: 'leadDepartmentId', code: 'unknown_department', message: '主担当課：登録されていない課です: 存在しない課' },
    ]);
    expect(preview.body.committable).toBe(false);

    const refused = await agent.post(`/api/plan-imports/${preview.body.id}/commit`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('import_has_errors');
    expect(await versionCount()).toBe(versionsBefore);
    expect((await plan(first.id)).title).toBe('AI・RPAによる定型業務の自動化');
    expect((await plan(second.id)).endFiscalYear).toBe(2027);
    expect((await agent.get(`/api/plan-imports/${preview.body.id}`)).body.committedAt).toBeNull();
  });

  it('shows a plan saved in the app after the download as a conflict, refuses the commit and never overwrites it', async () => {
    const { template, upload, agent, first, plan } = await setUp();
    const workbook = await template();
    fieldCell(workbook.getWorksheet('1-1-1-1')!, '取組名').value = 'Excelで変えた名前';
    const saved = await agent.put(`/api/plans/${first.id}`, { ...sheetFields(first), title: '画面で変えた名前', version: 0 });
    expect(saved.status).toBe(200);

    const preview = await upload(workbook);
    expect(preview.body.items[0]).toMatchObject({ sheet: '1-1-1-1', status: 'conflict', workbookVersion: 0, currentVersion: 1 });
    expect(preview.body.summary).toMatchObject({ conflict: 1, unchanged: 1 });
    expect(preview.body.committable).toBe(false);
    const refused = await agent.post(`/api/plan-imports/${preview.body.id}/commit`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'import_conflict', message: expect.stringContaining('「1-1-1-1」') });
    expect(await plan(first.id)).toMatchObject({ version: 1, title: '画面で変えた名前' });
  });

  it('saves nothing when a plan is saved in the app between preview and commit, even if it is the last of several', async () => {
    const { template, upload, agent, first, second, plan, versionCount, municipalityId } = await setUp();
    const workbook = await template();
    fieldCell(workbook.getWorksheet('1-1-1-1')!, '取組名').value = '一つ目をExcelで変更';
    fieldCell(workbook.getWorksheet('2-1-1-1')!, '取組名').value = '二つ目をExcelで変更';
    const fresh = workbook.getWorksheet('新規1')!;
    fieldCell(fresh, '取組名').value = '新しい計画';
    fieldCell(fresh, '体系').value = '1-1-2 改革プログラム1-1-2';
    fieldCell(fresh, '主担当課').value = '総務課';
    fieldCell(fresh, '区分').value = '改善';
    fieldCell(fresh, '計画期間', 2).value = 'R5';
    fieldCell(fresh, '計画期間', 4).value = 'R9';
    const preview = await upload(workbook);
    expect(preview.body.items.map((item: { status: string }) => item.status)).toEqual(['changed', 'changed', 'new']);

    const meanwhile = await agent.put(`/api/plans/${second.id}`, { ...sheetFields(second), aim: '画面で追記した目的', version: 0 });
    expect(meanwhile.status).toBe(200);
    const versionsBefore = await versionCount();
    const plansBefore = await countRows(server.db, 'plan', municipalityId);

    const refused = await agent.post(`/api/plan-imports/${preview.body.id}/commit`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'import_conflict', message: expect.stringContaining('「2-1-1-1」') });
    expect(await versionCount()).toBe(versionsBefore);
    expect(await plan(first.id)).toMatchObject({ version: 0, title: 'AI・RPAによる定型業務の自動化' });
    expect(await plan(second.id)).toMatchObject({ version: 1, title: 'ペーパーレス会議の推進', aim: '画面で追記した目的' });
    expect(await countRows(server.db, 'plan', municipalityId)).toBe(plansBefore);

    const after = await agent.get(`/api/plan-imports/${preview.body.id}`);
    expect(after.body.items.map((item: { status: string; currentVersion: number | null }) => [item.status, item.currentVersion])).toEqual([
      ['changed', 0],
      ['conflict', 1],
      ['new', null],
    ]);
    expect(after.body).toMatchObject({ committedAt: null, committable: false });
  });

  it('files the sheets filled in as new plans, numbering a blank number, and with a call as proposals in 作成中', async () => {
    const { template, upload, agent, user, outline, departments, municipalityId } = await setUp();
    const call = await server.db
      .insertInto('proposal_call')
      .values({ municipality_id: municipalityId, outline_id: outline.id, title: '追加募集', opens_on: '2000-04-01', closes_on: '2999-03-31', created_by: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await server.db.insertInto('proposal_call_department').values({ municipality_id: municipalityId, call_id: call.id, department_id: departments.general.id }).execute();

    const workbook = await template();
    const fill = (name: string, number: string, title: string) => {
      const sheet = workbook.getWorksheet(name)!;
      fieldCell(sheet, '番号').value = number;
      fieldCell(sheet, '取組名').value = title;
      fieldCell(sheet, '体系').value = '1-1-2 改革プログラム1-1-2';
      fieldCell(sheet, '主担当課').value = '総務課';
      fieldCell(sheet, '区分').value = '改革';
      fieldCell(sheet, '計画期間', 2).value = '令和６年度';
      fieldCell(sheet, '計画期間', 4).value = '2026';
      fieldCell(sheet, '市民への効果').value = '待ち時間が減る。';
      tableCell(sheet, '数値目標', 1, '指標').value = '電子申請の割合';
      tableCell(sheet, '数値目標', 1, '単位').value = '％';
      tableCell(sheet, '数値目標', 1, '方向').value = '増加';
      tableCell(sheet, '数値目標', 1, '令和8年度').value = '８０．５';
      fieldCell(sheet, 'SDGs', 2).value = '11 住み続けられるまちづくりを';
    };
    fill('新規1', '', '窓口のキャッシュレス化');
    fill('新規2', '１－１－２－７', '証明書のコンビニ交付');

    const preview = await upload(workbook, agent, `&callId=${call.id}`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    expect(preview.body.callId).toBe(call.id);
    expect(preview.body.items.filter((item: { status: string }) => item.status === 'new').map((item: { sheet: string; number: string }) => [item.sheet, item.number])).toEqual([
      ['新規1', ''],
      ['新規2', '1-1-2-7'],
    ]);
    const committed = await agent.post(`/api/plan-imports/${preview.body.id}/commit`);
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    expect(committed.body).toMatchObject({ created: 2, updated: 0 });
    const [numbered, given] = await Promise.all(committed.body.planIds.map((id: string) => agent.get(`/api/plans/${id}`)));
    expect(numbered!.body).toMatchObject({
      number: '1-1-2-8',
      title: '窓口のキャッシュレス化',
      kind: 'reform',
      startFiscalYear: 2024,
      endFiscalYear: 2026,
      sdgGoals: [11],
      proposal: { callId: call.id, state: 'drafting' },
    });
    expect(numbered!.body.targets).toEqual([
      { id: expect.any(String), indicator: '電子申請の割合', unit: '%', direction: 'increase', baseline: null, baselineFiscalYear: null, values: [{ fiscalYear: 2026, value: 80.5 }] },
    ]);
    expect(given!.body).toMatchObject({ number: '1-1-2-7', proposal: { state: 'drafting' } });
    const versions = await agent.get(`/api/plans/${given!.body.id}/versions`);
    expect(versions.body.items.map((v: { change: string }) => v.change)).toEqual(['imported']);
  });

  it('reports a renamed sheet instead of filing its plan a second time', async () => {
    const { template, upload } = await setUp();
    const workbook = await template();
    workbook.getWorksheet('1-1-1-1')!.name = 'RPA';
    const preview = await upload(workbook);
    const renamed = preview.body.items.find((item: { sheet: string }) => item.sheet === 'RPA');
    expect(renamed).toMatchObject({ status: 'invalid', planId: null });
    expect(renamed.errors.map((error: { code: string }) => error.code)).toContain('sheet_renamed');
  });
});
