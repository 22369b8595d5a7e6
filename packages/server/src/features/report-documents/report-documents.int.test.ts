import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryReport, reportingCity } from '../../test-support/reporting-city.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';
import { downloadBytes, readWorkbook, XLSX } from '../../test-support/workbook-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const utf8Name = (header: unknown) => decodeURIComponent(String(header).split("filename*=UTF-8''")[1] ?? '');
/** Pages of a Chromium PDF: one `/Type /Page` dictionary each (`/Pages` is the tree). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/gu)?.length ?? 0;

/**
 * FY2018 (平成30年度) fully reported; FY2019 (令和元年度) with the waiting-time plan done and
 * evaluated by the HQ, online applications cancelled, and the hall plan still with its department.
 */
async function twoRounds() {
  const city = await reportingCity(server);
  const everyone = await city.role([
    { role: 'secretariat' },
    { role: 'department_approver', departmentId: city.citizens.id },
    { role: 'department_approver', departmentId: city.tax.id },
  ]);
  const open = async (fiscalYear: number) =>
    (await city.agent.post(`/api/outlines/${city.outline.id}/report-rounds`, { fiscalYear, period: 'full_year', dueOn: `${fiscalYear + 1}-05-31` })).body;
  const { waiting, online, hall } = city.plans;
  const idIn = (round: { reports: { id: string; plan: { id: string } }[] }, planId: string) => round.reports.find((r) => r.plan.id === planId)!.id;

  const fy2018 = await open(2018);
  await carryReport(everyone, idIn(fy2018, waiting.id), { status: 'in_progress', grade: 'A', actual: { targetId: waiting.targets[0]!.id, value: 51 }, effect: 1_200_000 });
  await carryReport(everyone, idIn(fy2018, online.id), { status: 'in_progress', grade: 'S', actual: { targetId: online.targets[0]!.id, value: 30 } });
  await carryReport(everyone, idIn(fy2018, hall.id), { status: 'completed', grade: 'B' });

  const fy2019 = await open(2019);
  const waiting2019 = idIn(fy2019, waiting.id);
  await carryReport(everyone, waiting2019, { status: 'completed', grade: 'A', actual: { targetId: waiting.targets[0]!.id, value: 45 }, effect: 900_000, workDone: '番号案内システムを導入した。' });
  await carryReport(everyone, idIn(fy2019, online.id), { status: 'cancelled', grade: null, reason: '国のシステム標準化に合わせて中止' });
  const hq = await city.role([{ role: 'hq_member' }]);
  expect((await hq.put(`/api/reports/${waiting2019}/hq-evaluation`, { version: 4, hqEvaluation: 'B', hqComment: '効果の検証を続けること。' })).status).toBe(200);
  return { city, hq, fy2018, fy2019 };
}

describe('report documents', () => {
  it('serves the progress report as a print view with the summary, its 増減 and every plan, under a strict policy', async () => {
    const { city, fy2019 } = await twoRounds();
    const response = await downloadBytes(city.agent, `/api/report-rounds/${fy2019.id}/progress-report.html`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; font-src 'self';/u);
    const html = response.body.toString('utf8');
    expect(html).toContain('<h1>令和元年度進捗状況報告書</h1>');
    expect(html).toContain('増減は平成30年度進捗状況報告書（対象3件）との比較です');
    expect(html).toContain('<td>取組中</td><td class="num">0件</td><td class="num">0.0%</td><td class="num">▲2</td>');
    expect(html).toContain('<td>中止</td><td class="num">1件</td><td class="num">33.3%</td><td class="num">+1</td>');
    expect(html).toContain('<tr class="not_reported"><td>未報告</td><td class="num">1件</td><td class="num">33.3%</td><td class="num">+1</td>');
    expect(html).toContain('<td>計画実施率（S＋A＋B）</td><td class="num">1件</td><td class="num">100.0%</td><td class="num">▲2</td>');
    expect(html).toContain('<th class="axis" rowspan="6">本部評価</th>');
    expect(html).toMatch(/<td>窓口待ち時間の短縮<\/td><td>市民課<\/td><td class="status">完了<\/td><td class="grade">A<\/td><td class="grade">B<\/td><td class="num">100\.0%<\/td><td class="prose">番号案内システムを導入した。<\/td>/u);
    expect(html).toContain('<span class="reason-label">【中止の理由】</span>国のシステム標準化に合わせて中止');
    expect(html).toContain('（報告の状態：作成中）');
    expect(html).toMatch(/url\(\/api\/print-assets\/fonts\/files\/noto-sans-jp-\d+-400-normal\.woff2\)/u);
  });

  it('prints the progress report and the achievement report as A4 PDFs named by the round’s title', async () => {
    const { city, fy2019 } = await twoRounds();
    const progress = await downloadBytes(city.agent, `/api/report-rounds/${fy2019.id}/progress-report.pdf`);
    expect(progress.status).toBe(200);
    expect(progress.headers['content-type']).toBe('application/pdf');
    expect(progress.headers['content-disposition']).toMatch(/^inline; filename="progress-report_2019\.pdf"; /u);
    expect(utf8Name(progress.headers['content-disposition'])).toBe('令和元年度進捗状況報告書.pdf');
    expect(progress.headers['cache-control']).toBe('private, no-store');
    expect(progress.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The summary on the first page, the plans' tables from the second.
    expect(pageCount(progress.body)).toBe(2);

    const achievement = await downloadBytes(city.agent, `/api/report-rounds/${fy2019.id}/achievement-report.pdf`);
    expect(achievement.status).toBe(200);
    expect(utf8Name(achievement.headers['content-disposition'])).toBe('令和元年度取組報告書.pdf');
    expect(achievement.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The summary, the financial effect, then a page per plan asked about.
    expect(pageCount(achievement.body)).toBe(2 + 3);
  }, 60_000);

  it('downloads both reports as workbooks holding the dashboard’s figures', async () => {
    const { city, fy2019 } = await twoRounds();
    const progress = await downloadBytes(city.agent, `/api/report-rounds/${fy2019.id}/progress-report.xlsx`);
    expect(progress.status).toBe(200);
    expect(progress.headers['content-type']).toBe(XLSX);
    expect(progress.headers['content-disposition']).toMatch(/^attachment; filename="progress-report_2019\.xlsx"; /u);
    expect(utf8Name(progress.headers['content-disposition'])).toBe('令和元年度進捗状況報告書.xlsx');
    const workbook = await readWorkbook(progress.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['集計表', '計画別一覧', '数値目標の実績']);
    const dashboard = (await city.agent.get(`/api/report-rounds/${fy2019.id}/dashboard`)).body;
    const summaryRows = workbook.getWorksheet('集計表')!.getSheetValues().slice(2) as unknown[][];
    for (const row of dashboard.overall.rows.filter((entry: { axis: string }) => entry.axis === 'status')) {
      expect(summaryRows.find((line) => line[2] === row.category)?.slice(3, 6)).toEqual([row.count, row.share, row.change]);
    }
    const targets = workbook.getWorksheet('数値目標の実績')!;
    expect((targets.getRow(2).values as unknown[]).slice(1, 11)).toEqual(['1-1-1-1', '窓口待ち時間の短縮', '平均待ち時間', '分', '減少', 52, '平成29年度', 45, 45, 1]);

    const achievement = await downloadBytes(city.agent, `/api/report-rounds/${fy2019.id}/achievement-report.xlsx`);
    expect(utf8Name(achievement.headers['content-disposition'])).toBe('令和元年度取組報告書.xlsx');
    const effects = (await readWorkbook(achievement.body)).getWorksheet('財政効果')!;
    expect((effects.getRow(3).values as unknown[]).slice(1)).toEqual(['令和元年度', 1_000_000, 900_000, -100_000, 2_000_000, 2_100_000]);
  });

  it('downloads the summary as CSV, one row per axis and category with 前回比, empty for the first round', async () => {
    const { city, fy2018, fy2019 } = await twoRounds();
    const response = await downloadBytes(city.agent, `/api/report-rounds/${fy2019.id}/summary.csv`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(utf8Name(response.headers['content-disposition'])).toBe('令和元年度進捗状況報告書_集計表.csv');
    expect(response.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.body.toString('utf8').slice(1).split('\r\n');
    expect(lines.slice(0, 6)).toEqual(['区分,項目,件数,割合,前回比', '進捗状況,未着手,0,0.0,0', '進捗状況,取組中,0,0.0,-2', '進捗状況,完了,1,33.3,0', '進捗状況,中止,1,33.3,1', '進捗状況,未報告,1,33.3,1']);
    expect(lines).toContain('自己評価,S,0,0.0,-1');
    expect(lines).toContain('本部評価,B,1,100.0,1');

    const first = (await downloadBytes(city.agent, `/api/report-rounds/${fy2018.id}/summary.csv`)).body.toString('utf8').slice(1).split('\r\n');
    expect(first[2]).toBe('進捗状況,取組中,2,66.7,');
  });

  it('is for the secretariat and the HQ: departments are refused, visitors asked to sign in, other cities answered 404', async () => {
    const { city, hq, fy2019 } = await twoRounds();
    const editor = await city.role([{ role: 'department_editor', departmentId: city.citizens.id }]);
    const approver = await city.role([{ role: 'department_approver', departmentId: city.citizens.id }]);
    const stranger = (await server.createTenant()).agent;
    for (const document of ['progress-report.html', 'progress-report.xlsx', 'achievement-report.xlsx', 'summary.csv']) {
      const url = `/api/report-rounds/${fy2019.id}/${document}`;
      expect((await downloadBytes(editor, url)).status).toBe(403);
      expect((await downloadBytes(approver, url)).status).toBe(403);
      expect((await downloadBytes(server.anonymous(), url)).status).toBe(401);
      expect((await downloadBytes(stranger, url)).status).toBe(404);
      expect((await downloadBytes(hq, url)).status).toBe(200);
    }
    for (const document of ['progress-report.pdf', 'achievement-report.pdf']) {
      expect((await downloadBytes(editor, `/api/report-rounds/${fy2019.id}/${document}`)).status).toBe(403);
      expect((await downloadBytes(stranger, `/api/report-rounds/${fy2019.id}/${document}`)).status).toBe(404);
    }
    expect((await downloadBytes(hq, `/api/report-rounds/${city.outline.id}/summary.csv`)).status).toBe(404);
  });
});
