import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../../test-support/db-helpers.js';
import { reportingCity } from '../../test-support/reporting-city.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';
import { postBytes, writeWorkbook } from '../../test-support/workbook-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

type Cell = string | number | null;

const HEADERS = ['番号', '取組名', '進捗状況', '自己評価', '本部評価', '実績値', 'オンライン申請率（％）', '財政効果額（千円）', '取組内容（実績）', '課題', '今後の方向性', '市民への効果', '変更・中止の理由'];

/** A round's sheet as cities keep it: a title line, the headings, one plan a row. */
async function roundSheet(rows: Cell[][], headers: string[] = HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('令和元年度');
  sheet.addRow(['令和元年度 行政改革実施計画 進捗状況一覧']);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return writeWorkbook(workbook);
}

/** A row of the default headings, by heading. */
const row = (cells: Partial<Record<(typeof HEADERS)[number], Cell>>): Cell[] => HEADERS.map((header) => cells[header] ?? null);

async function city() {
  const found = await reportingCity(server);
  const { waiting, online, hall } = found.plans;
  const upload = (file: Buffer, query = 'fiscalYear=2019&period=full_year', agent: Agent = found.agent) =>
    postBytes(agent, `/api/outlines/${found.outline.id}/report-imports?fileName=${encodeURIComponent('進捗状況.xlsx')}&${query}`, file);
  const fy2019 = () =>
    roundSheet([
      row({ 番号: waiting.number, 取組名: waiting.title, 進捗状況: '取組中', 自己評価: 'A', 本部評価: 'B', 実績値: 45, '財政効果額（千円）': 900, '取組内容（実績）': '土曜日の臨時窓口を開設した。', 課題: '応援職員の確保' }),
      row({ 番号: online.number, 取組名: online.title, 進捗状況: '完了', 自己評価: 'S', 'オンライン申請率（％）': 35, 今後の方向性: '対象手続の拡大' }),
    ]);
  return { ...found, waiting, online, hall, upload, fy2019 };
}

const at = (items: { row: number; errors: { cell: string; code: string; message: string }[] }[], rowNumber: number) =>
  items.find((item) => item.row === rowNumber)!.errors.map(({ cell, code, message }) => ({ cell, code, message }));

describe('importing a past round from Excel', () => {
  it('previews the rows with columns mapped from their headings and says how each actual value was placed', async () => {
    const { upload, fy2019, waiting, online, hall } = await city();
    const response = await upload(await fy2019());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const preview = response.body;
    expect(preview).toMatchObject({
      roundTitle: '令和元年度進捗状況報告書',
      dueOn: '2020-03-31',
      sheet: '令和元年度',
      mapping: { number: 'A', progressStatus: 'C', selfEvaluation: 'D', hqEvaluation: 'E', actualValue: 'F', actualFinancialEffect: 'H', workDone: 'I', issues: 'J', nextSteps: 'K', citizenEffect: 'L', changeReason: 'M' },
      indicatorColumns: [{ column: 'G', header: 'オンライン申請率（％）' }],
      summary: { rows: 2, valid: 2, invalid: 0, notInSheet: 1 },
      committable: true,
    });
    expect(preview.items[0]).toMatchObject({
      row: 3,
      planId: waiting.id,
      title: waiting.title,
      progressStatus: 'in_progress',
      selfEvaluation: 'A',
      hqEvaluation: 'B',
      actualValues: [{ targetId: waiting.targets[0]!.id, value: 45, cell: 'F3', source: 'actual_value_column' }],
      // The heading says 千円.
      actualFinancialEffect: 900_000,
      workDone: '土曜日の臨時窓口を開設した。',
    });
    expect(preview.items[1]).toMatchObject({
      planId: online.id,
      progressStatus: 'completed',
      actualValues: [{ targetId: online.targets[0]!.id, value: 35, cell: 'G4', source: 'indicator_column' }],
    });
    // 納付方法の拡大 starts in FY2020, so only 庁舎案内の改善 is missing from the sheet.
    expect(preview.notInSheet).toEqual([{ planId: hall.id, number: hall.number, title: hall.title }]);
  });

  it('commits an imported round of accepted reports, against which a later round shows its 増減', async () => {
    const { agent, outline, municipalityId, upload, fy2019, waiting, online, hall, citizens, tax } = await city();
    const preview = (await upload(await fy2019())).body;
    const committed = await agent.post(`/api/report-imports/${preview.id}/commit`);
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    expect(committed.body.reportCount).toBe(2);
    const round = (await agent.get(`/api/report-rounds/${committed.body.roundId}`)).body;
    expect(round).toMatchObject({ title: '令和元年度進捗状況報告書', source: 'imported', reportCount: 2, stateCounts: { accepted: 2 } });
    const report = (await agent.get(`/api/reports/${round.reports[0].id}`)).body;
    expect(report).toMatchObject({ state: 'accepted', actualFinancialEffect: 900_000, issues: '応援職員の確保', events: [{ action: 'imported', fromState: null, toState: 'accepted' }] });
    expect((await agent.get(`/api/report-imports/${preview.id}`)).body).toMatchObject({ roundId: round.id, committable: false });
    const audit = await server.db.selectFrom('audit_log').select(['entity_type', 'action']).where('municipality_id', '=', municipalityId).where('entity_type', 'in', ['report_import', 'report_round', 'progress_report']).orderBy('at').execute();
    expect(audit.map((entry) => `${entry.entity_type}:${entry.action}`)).toEqual([
      'report_import:uploaded',
      'report_round:created',
      'progress_report:imported',
      'progress_report:imported',
      'report_import:committed',
    ]);
    expect((await agent.post(`/api/report-imports/${preview.id}/commit`)).body.error.code).toBe('import_already_committed');

    // FY2020 is reported in the app; its dashboard compares it with the imported FY2019.
    const fy2020 = (await agent.post(`/api/outlines/${outline.id}/report-rounds`, { fiscalYear: 2020, period: 'full_year', dueOn: '2021-05-31' })).body;
    const everyone = await server.signedInUser({
      municipalityId,
      roles: [
        { role: 'secretariat', departmentId: null },
        { role: 'department_approver', departmentId: citizens.id },
        { role: 'department_approver', departmentId: tax.id },
      ],
    });
    const fill = async (planId: string, progressStatus: string, selfEvaluation: string) => {
      const id = fy2020.reports.find((entry: { plan: { id: string } }) => entry.plan.id === planId).id;
      const body = { version: 0, progressStatus, selfEvaluation, workDone: '', actualValues: [], actualFinancialEffect: null, issues: '', nextSteps: '', citizenEffect: '', changeReason: '' };
      expect((await everyone.agent.put(`/api/reports/${id}`, body)).status).toBe(200);
      for (const [action, version] of [['submit', 1], ['approve', 2], ['accept', 3]] as const) {
        expect((await everyone.agent.post(`/api/reports/${id}/transitions`, { action, version })).status).toBe(200);
      }
    };
    await fill(waiting.id, 'completed', 'A');
    await fill(online.id, 'completed', 'A');
    await fill(hall.id, 'in_progress', 'B');
    const dashboard = (await agent.get(`/api/report-rounds/${fy2020.id}/dashboard`)).body;
    expect(dashboard.previousRound).toEqual({ id: round.id, title: '令和元年度進捗状況報告書' });
    const line = (axis: string, code: string) => dashboard.overall.rows.find((entry: { axis: string; code: string }) => entry.axis === axis && entry.code === code);
    expect(line('status', 'completed')).toMatchObject({ count: 2, change: 1 });
    expect(line('status', 'in_progress')).toMatchObject({ count: 1, change: 0 });
    expect(line('self_evaluation', 'S')).toMatchObject({ count: 0, change: -1 });
    expect(line('self_evaluation', 'A')).toMatchObject({ count: 2, change: 1 });
    expect(line('hq_evaluation', 'B')).toMatchObject({ count: 0, change: -1 });
  });

  it('reports each bad cell by its address in Japanese and commits nothing while any row is wrong', async () => {
    const { agent, municipalityId, upload, waiting, online, hall } = await city();
    const file = await roundSheet([
      row({ 番号: '9-9-9-9', 進捗状況: '取組中', 自己評価: 'A' }),
      row({ 番号: waiting.number, 進捗状況: '進行中', 自己評価: 'Z', 実績値: '約45', '財政効果額（千円）': '1,0,0' }),
      row({ 番号: online.number, 進捗状況: '中止', 自己評価: null }),
      row({ 番号: hall.number, 進捗状況: '取組中', 自己評価: 'B', 実績値: 3, 'オンライン申請率（％）': 40 }),
      row({ 番号: waiting.number, 進捗状況: null, 自己評価: 'A' }),
    ]);
    const preview = (await upload(file)).body;
    expect(preview.summary).toMatchObject({ rows: 5, valid: 0, invalid: 5 });
    expect(preview.committable).toBe(false);
    expect(at(preview.items, 3)).toEqual([{ cell: 'A3', code: 'unknown_plan', message: '番号：この大綱に番号「9-9-9-9」の実施計画はありません。' }]);
    expect(at(preview.items, 4).map(({ cell, code }) => [cell, code])).toEqual([
      ['C4', 'invalid_settings_code'],
      ['D4', 'invalid_settings_code'],
      ['F4', 'invalid_number'],
      ['H4', 'invalid_amount'],
    ]);
    expect(at(preview.items, 4)[0]!.message).toBe('進捗状況：設定された区分（未着手・取組中・完了・中止）から選んでください: 進行中');
    // Cancelled needs its reason, but no grade.
    expect(at(preview.items, 5)).toEqual([{ cell: 'M5', code: 'required', message: '変更・中止の理由：「中止」の場合は、その理由を入力してください。' }]);
    expect(at(preview.items, 6).map(({ cell, code }) => [cell, code])).toEqual([
      ['F6', 'no_numeric_target'],
      ['G6', 'not_a_target_of_plan'],
    ]);
    expect(at(preview.items, 7).map(({ cell, code }) => [cell, code])).toEqual([
      ['A7', 'duplicate_plan'],
      ['C7', 'required'],
    ]);

    const refused = await agent.post(`/api/report-imports/${preview.id}/commit`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'import_has_errors']);
    expect(await countRows(server.db, 'report_round', municipalityId)).toBe(0);
    expect(await countRows(server.db, 'progress_report', municipalityId)).toBe(0);
  });

  it('reads full-width digits and numbers, ▲, ￥, codes as well as labels, and a full-width grade', async () => {
    const { upload, waiting, online } = await city();
    const headers = ['計画番号', '進捗', '自己評価', '実績値', '効果額（円）'];
    const file = await roundSheet(
      [
        ['１－１－１－１', 'in_progress', 'Ｓ', '４５．５', '￥１，２００，０００'],
        [online.number, ' 取 組 中 ', 'ｂ', '３０', '▲５００'],
      ],
      headers,
    );
    const preview = (await upload(file)).body;
    expect(preview.items.map((item: { errors: unknown[] }) => item.errors)).toEqual([[], []]);
    expect(preview.items.map((item: { planId: string; progressStatus: string; selfEvaluation: string; actualValues: { value: number }[]; actualFinancialEffect: number }) => [
      item.planId,
      item.progressStatus,
      item.selfEvaluation,
      item.actualValues[0]!.value,
      item.actualFinancialEffect,
    ])).toEqual([
      [waiting.id, 'in_progress', 'S', 45.5, 1_200_000],
      [online.id, 'in_progress', 'B', 30, -500],
    ]);
  });

  it('reads the sheet again with the user’s column mapping', async () => {
    const { agent, upload, waiting } = await city();
    const file = await roundSheet([[waiting.number, '取組中', 'A', 45]], ['No', '段階', '評定', '平均待ち時間（分）']);
    const preview = (await upload(file)).body;
    expect(preview.mapping).toEqual({ number: 'A' });
    expect(preview.indicatorColumns).toEqual([{ column: 'D', header: '平均待ち時間（分）' }]);
    expect(at(preview.items, 3).map(({ code, message }) => [code, message])).toEqual([
      ['required', '進捗状況：「進捗状況」の列が割り当てられていません。'],
      ['required', '自己評価：「自己評価」の列が割り当てられていません。'],
    ]);
    const unmapped = await agent.put(`/api/report-imports/${preview.id}/mapping`, { mapping: { progressStatus: 'B' } });
    expect([unmapped.status, unmapped.body.error.issues[0].path]).toEqual([400, ['mapping', 'number']]);
    const mapped = await agent.put(`/api/report-imports/${preview.id}/mapping`, { mapping: { number: 'A', progressStatus: 'B', selfEvaluation: 'C' } });
    expect(mapped.status).toBe(200);
    expect(mapped.body).toMatchObject({ committable: true, items: [{ progressStatus: 'in_progress', selfEvaluation: 'A', actualValues: [{ value: 45, source: 'indicator_column' }] }] });
  });

  it('refuses a round that already exists, on upload and again at commit, saving nothing', async () => {
    const { agent, outline, municipalityId, upload, fy2019 } = await city();
    await agent.post(`/api/outlines/${outline.id}/report-rounds`, { fiscalYear: 2019, period: 'full_year', dueOn: '2020-05-31' });
    const taken = await upload(await fy2019());
    expect([taken.status, taken.body.error.code]).toEqual([409, 'report_round_exists']);

    const preview = (await upload(await fy2019(), 'fiscalYear=2019&period=first_half')).body;
    await agent.post(`/api/outlines/${outline.id}/report-rounds`, { fiscalYear: 2019, period: 'first_half', dueOn: '2019-10-31' });
    const reportsBefore = await countRows(server.db, 'progress_report', municipalityId);
    const refused = await agent.post(`/api/report-imports/${preview.id}/commit`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'report_round_exists']);
    expect(await countRows(server.db, 'progress_report', municipalityId)).toBe(reportsBefore);
    expect((await agent.get(`/api/report-imports/${preview.id}`)).body).toMatchObject({ committedAt: null, roundId: null });
  });

  it('saves nothing when the sheet no longer reads as previewed, and shows the new reading', async () => {
    const { agent, municipalityId, upload, fy2019 } = await city();
    const preview = (await upload(await fy2019())).body;
    const municipality = (await agent.get('/api/municipality')).body;
    const statuses = municipality.settings.progressStatuses.map((status: { code: string; label: string }) =>
      status.code === 'in_progress' ? { ...status, label: '実施中' } : status,
    );
    const saved = await agent.put('/api/municipality/settings', { version: municipality.version, settings: { ...municipality.settings, progressStatuses: statuses } });
    expect(saved.status).toBe(200);
    const refused = await agent.post(`/api/report-imports/${preview.id}/commit`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'import_conflict']);
    expect(await countRows(server.db, 'report_round', municipalityId)).toBe(0);
    const reread = (await agent.get(`/api/report-imports/${preview.id}`)).body;
    expect(reread).toMatchObject({ committable: false, summary: { invalid: 1 } });
    expect(at(reread.items, 3)[0]).toMatchObject({ cell: 'C3', code: 'invalid_settings_code' });
  });

  it('is the secretariat’s, within its own municipality', async () => {
    const { outline, upload, fy2019, role, citizens } = await city();
    const preview = (await upload(await fy2019())).body;
    const editor = await role([{ role: 'department_editor', departmentId: citizens.id }]);
    const hq = await role([{ role: 'hq_member' }]);
    expect((await upload(await fy2019(), 'fiscalYear=2020&period=full_year', editor)).status).toBe(403);
    expect((await hq.get(`/api/report-imports/${preview.id}`)).status).toBe(403);
    expect((await editor.post(`/api/report-imports/${preview.id}/commit`)).status).toBe(403);

    const other = await server.createTenant();
    expect((await other.agent.get(`/api/report-imports/${preview.id}`)).status).toBe(404);
    expect((await other.agent.post(`/api/report-imports/${preview.id}/commit`)).status).toBe(404);
    const foreign = await postBytes(other.agent, `/api/outlines/${outline.id}/report-imports?fileName=x.xlsx&fiscalYear=2020&period=full_year`, await fy2019());
    expect(foreign.status).toBe(404);
  });
});
