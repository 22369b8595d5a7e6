import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSheet, target } from '../../test-support/plan-factories.js';
import { getTestServer, type Agent, type TestServer } from '../../test-support/test-server.js';
import { SESSION_COOKIE } from '../auth/session-token.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

/** A download as the browser gets it: the raw bytes, not parsed JSON. */
async function download(agent: Agent, url: string) {
  const response = await agent.app.inject({
    method: 'GET',
    url,
    ...(agent.sessionToken ? { cookies: { [SESSION_COOKIE]: agent.sessionToken } } : {}),
  });
  return { status: response.statusCode, headers: response.headers, body: response.rawPayload, text: response.body };
}

const utf8Name = (header: unknown) => decodeURIComponent(String(header).split("filename*=UTF-8''")[1] ?? '');

/** A municipality with two departments, an outline and two plans filed through the API; the second extended once. */
async function setUp() {
  const tenant = await server.createTenant();
  const municipalityId = tenant.municipality.id;
  const division = await server.createDivision({ municipalityId, name: '総務部' });
  const [general, it_] = await Promise.all(
    ['総務課', '情報政策課'].map((name) => server.createDepartment({ municipalityId, divisionId: division.id, name })),
  );
  const outline = await server.createOutlineWithFramework({ municipalityId, title: '第4次行政改革大綱', startFiscalYear: 2023 });
  const create = async (sheet: Parameters<typeof planSheet>[0]) => {
    const response = await tenant.agent.post(`/api/outlines/${outline.id}/plans`, planSheet(sheet));
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  };
  const first = await create({
    frameworkNodeId: outline.nodes['1-1-1']!,
    leadDepartmentId: general!.id,
    number: '1-1-1-1',
    title: 'AI・RPAによる定型業務の自動化',
    kind: 'reform',
    collaboratingDepartmentIds: [it_!.id],
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
    sdgGoals: [9],
    tags: ['デジタル化'],
  });
  const second = await create({
    frameworkNodeId: outline.nodes['2-1-1']!,
    leadDepartmentId: it_!.id,
    number: '2-1-1-1',
    title: 'ペーパーレス会議の推進, "試行"',
    startFiscalYear: 2023,
    endFiscalYear: 2026,
  });
  const extended = await tenant.agent.post(`/api/plans/${second.id}/extend`, { endFiscalYear: 2027, reason: 'システム更新に合わせるため', version: 0 });
  expect(extended.status).toBe(200);
  return { ...tenant, outline, first, second };
}

describe('plan documents', () => {
  it('downloads the outline’s plans and targets as an Excel workbook with a Japanese file name', async () => {
    const { agent, outline } = await setUp();
    const response = await download(agent, `/api/outlines/${outline.id}/plans.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="plans\.xlsx"; filename\*=UTF-8''/u);
    expect(utf8Name(response.headers['content-disposition'])).toBe('第4次行政改革大綱_実施計画一覧.xlsx');
    expect(response.headers['cache-control']).toBe('private, no-store');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const list = workbook.getWorksheet('実施計画一覧')!;
    expect(list.rowCount).toBe(3);
    expect((list.getRow(2).values as unknown[]).slice(1, 9)).toEqual([
      '1-1-1-1', 'AI・RPAによる定型業務の自動化', '1-1-1 改革プログラム1-1-1', '総務課', '情報政策課', '改革', '令和5年度', '令和9年度',
    ]);
    expect(list.getRow(3).getCell(2).value).toBe('ペーパーレス会議の推進, "試行"');
    const targets = workbook.getWorksheet('数値目標')!;
    expect((targets.getRow(1).values as unknown[]).slice(8)).toEqual(['令和5年度', '令和6年度', '令和7年度', '令和8年度', '令和9年度']);
    expect((targets.getRow(2).values as unknown[]).slice(1)).toEqual(['1-1-1-1', 'AI・RPAによる定型業務の自動化', 'RPAによる削減時間', '時間', '増加', 800, '令和4年度', 1200, null, null, null, 3000].map((v) => v ?? undefined));
  });

  it('downloads the plan list and the target list as UTF-8 CSV with a BOM', async () => {
    const { agent, outline } = await setUp();
    const plans = await download(agent, `/api/outlines/${outline.id}/plans.csv`);
    expect(plans.status).toBe(200);
    expect(plans.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(utf8Name(plans.headers['content-disposition'])).toBe('第4次行政改革大綱_実施計画一覧.csv');
    expect(plans.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = plans.text.slice(1).split('\r\n');
    expect(lines[0]!.startsWith('計画番号,計画名,体系,主管課')).toBe(true);
    expect(lines[2]).toContain('2-1-1-1,"ペーパーレス会議の推進, ""試行""",2-1-1 改革プログラム2-1-1,情報政策課,');

    const targets = await download(agent, `/api/outlines/${outline.id}/plans.csv?table=targets`);
    expect(utf8Name(targets.headers['content-disposition'])).toBe('第4次行政改革大綱_数値目標.csv');
    expect(targets.text.slice(1).split('\r\n').slice(0, 2)).toEqual([
      '計画番号,計画名,指標,単位,方向,基準値,基準年度,令和5年度,令和6年度,令和7年度,令和8年度,令和9年度',
      '1-1-1-1,AI・RPAによる定型業務の自動化,RPAによる削減時間,時間,増加,800,令和4年度,1200,,,,3000',
    ]);
    expect((await download(agent, `/api/outlines/${outline.id}/plans.csv?table=everything`)).status).toBe(400);
  });

  it('serves the print view under a policy allowing only its own stylesheet and the bundled fonts', async () => {
    const { agent, second } = await setUp();
    const response = await download(agent, `/api/plans/${second.id}/sheet.html`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; font-src 'self';/u);
    expect(response.text).toContain('ペーパーレス会議の推進, &quot;試行&quot;');
    expect(response.text).toContain('※令和8年度から令和9年度まで延長（システム更新に合わせるため）');
    expect(response.text).toMatch(/url\(\/api\/print-assets\/fonts\/files\/noto-sans-jp-\d+-400-normal\.woff2\)/u);

    const font = await server.anonymous().get('/api/print-assets/fonts/files/noto-sans-jp-0-400-normal.woff2');
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['cache-control']).toBe('public, max-age=604800');
    expect((await server.anonymous().get('/api/print-assets/fonts/files/noto-sans-jp-999-400-normal.woff2')).status).toBe(404);
    expect((await server.anonymous().get('/api/print-assets/fonts/files/..%2Fpackage.json')).status).toBe(400);
  });

  it('prints the plan sheet and the booklet as PDF', async () => {
    const { agent, outline, first } = await setUp();
    const sheet = await download(agent, `/api/plans/${first.id}/sheet.pdf`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    expect(sheet.headers['content-disposition']).toMatch(/^inline; filename="plan-sheet_1-1-1-1\.pdf"; /u);
    expect(utf8Name(sheet.headers['content-disposition'])).toBe('実施計画シート_1-1-1-1.pdf');
    expect(sheet.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const booklet = await download(agent, `/api/outlines/${outline.id}/booklet.pdf`);
    expect(booklet.status).toBe(200);
    expect(booklet.headers['content-type']).toBe('application/pdf');
    expect(utf8Name(booklet.headers['content-disposition'])).toBe('第4次行政改革大綱_実施計画.pdf');
    expect(booklet.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('lets no one outside the municipality download, and asks a visitor to sign in', async () => {
    const { outline, first } = await setUp();
    const stranger = (await server.createTenant()).agent;
    expect((await download(stranger, `/api/plans/${first.id}/sheet.html`)).status).toBe(404);
    expect((await download(stranger, `/api/plans/${first.id}/sheet.pdf`)).status).toBe(404);
    expect((await download(stranger, `/api/outlines/${outline.id}/plans.xlsx`)).status).toBe(404);
    expect((await download(stranger, `/api/outlines/${outline.id}/booklet.pdf`)).status).toBe(404);
    expect((await download(server.anonymous(), `/api/outlines/${outline.id}/plans.csv`)).status).toBe(401);
    expect((await download(server.anonymous(), `/api/plans/${first.id}/sheet.html`)).status).toBe(401);
  });
});

describe('plan documents without Chromium', () => {
  let bare: TestServer;
  beforeAll(async () => {
    const previous = process.env.GYOKAKU_CHROMIUM;
    process.env.GYOKAKU_CHROMIUM = '/nonexistent/chromium';
    try {
      bare = await getTestServer();
    } finally {
      if (previous === undefined) delete process.env.GYOKAKU_CHROMIUM;
      else process.env.GYOKAKU_CHROMIUM = previous;
    }
  });
  afterAll(() => bare?.close());

  it('answers 503 pdf_unavailable for a PDF, while Excel and CSV still work', async () => {
    const { agent, municipality } = await bare.createTenant();
    const department = await bare.createDepartment({ municipalityId: municipality.id });
    const outline = await bare.createOutlineWithFramework({ municipalityId: municipality.id });
    const plan = await bare.createPlan({ municipalityId: municipality.id, outlineId: outline.id, frameworkNodeId: outline.nodes['1-1-1']!, leadDepartmentId: department.id });
    const response = await agent.get(`/api/plans/${plan.id}/sheet.pdf`);
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ error: { code: 'pdf_unavailable', message: 'PDF を作成できません（Chromium がインストールされていません）。' } });
    expect((await agent.get(`/api/outlines/${outline.id}/plans.xlsx`)).status).toBe(200);
  });
});
