import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReportSummaryCsv } from './report-csv.js';
import { sampleReportInput, sampleSummary } from './report-document-samples.js';
import { buildAchievementReportWorkbook, buildProgressReportWorkbook } from './report-workbook.js';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('buildReportSummaryCsv', () => {
  it('writes one row per axis and category: share as a percentage with one decimal, 前回比 as a signed integer', () => {
    const csv = buildReportSummaryCsv(sampleReportInput());
    expect(csv.startsWith('\uFEFF区分,項目,件数,割合,前回比\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(1, 6)).toEqual(['進捗状況,未着手,0,0.0,-1', '進捗状況,取組中,2,40.0,0', '進捗状況,完了,1,20.0,1', '進捗状況,中止,1,20.0,1', '進捗状況,未報告,1,20.0,0']);
    expect(lines).toContain('自己評価,A,1,33.3,-2');
    expect(lines).toContain('自己評価,計画実施率（S＋A＋B）,2,66.7,-1');
    expect(lines).toContain('本部評価,B,1,33.3,1');
    expect(lines).toContain('数値目標,基準値より悪化,1,,1');
    // Totals are left to the spreadsheet.
    expect(lines.some((line) => line.includes(',計,'))).toBe(false);
    expect(lines).toHaveLength(1 + 5 + 5 + 5 + 3 + 1);
  });

  it('leaves 前回比 empty without a previous round', () => {
    const lines = buildReportSummaryCsv(sampleReportInput({ previousRound: null, summary: sampleSummary(false) })).slice(1).split('\r\n');
    expect(lines[2]).toBe('進捗状況,取組中,2,40.0,');
  });
});

describe('report workbooks', () => {
  it('holds the summary, one row per plan and one per target, with typed cells and frozen headers', async () => {
    const workbook = await readBack(await buildProgressReportWorkbook(sampleReportInput()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['集計表', '計画別一覧', '数値目標の実績']);

    const summary = workbook.getWorksheet('集計表')!;
    expect(rowValues(summary, 1)).toEqual(['区分', '項目', '件数', '割合', '前回比']);
    expect(rowValues(summary, 2)).toEqual(['進捗状況', '未着手', 0, 0, -1]);
    expect(rowValues(summary, 7)).toEqual(['進捗状況', '計', 5, 1, 1]);
    expect(summary.getCell('D3').numFmt).toBe('0.0%');
    expect(summary.getCell('E2').numFmt).toBe('+#,##0;"▲"#,##0;"±"0');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    expect(summary.headerFooter.oddHeader).toContain('令和4年度上半期進捗状況報告書');

    const plans = workbook.getWorksheet('計画別一覧')!;
    expect(plans.rowCount).toBe(1 + 5);
    const first = rowValues(plans, 2);
    expect(first.slice(0, 13)).toEqual([
      '1-1-1-1', '行政手続のオンライン化の推進', '1-1-1 手続のオンライン化', '情報政策課', '確認済', '取組中', 'A', 'B', 'B', 0.85, 0, 1_200_000, 1_050_500,
    ]);
    expect(plans.getCell('J2').numFmt).toBe('0.0%');
    expect(rowValues(plans, 1)[11]).toBe('財政効果 計画（円、令和4年度）');
    const cancelled = rowValues(plans, 4);
    expect([cancelled[5], cancelled[6], cancelled[9], cancelled[18]]).toEqual(['中止', undefined, undefined, '国の標準化の方針が示され、委託の範囲を見直すため中止した。']);
    const pending = rowValues(plans, 6);
    expect([pending[4], pending[5], pending[11], pending[14]]).toEqual(['所属長承認待ち', '未報告', 3_000_000, undefined]);

    const targets = workbook.getWorksheet('数値目標の実績')!;
    expect(rowValues(targets, 1)[7]).toBe('目標値（令和4年度）');
    expect(rowValues(targets, 3)).toEqual(['1-1-2-1', '時間外勤務の縮減', '職員一人当たりの時間外勤務時間（年間）', '時間', '減少', 152, '平成29年度', 120, 160, 0, '悪化', '']);
    expect(rowValues(targets, 4).slice(8)).toEqual([undefined, undefined, '', '実績未報告']);
  });

  it('adds 財政効果 per fiscal year to the achievement report’s workbook', async () => {
    const workbook = await readBack(await buildAchievementReportWorkbook(sampleReportInput({ round: { fiscalYear: 2021, period: 'full_year' } })));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['集計表', '財政効果', '計画別一覧', '数値目標の実績']);
    const effects = workbook.getWorksheet('財政効果')!;
    expect(rowValues(effects, 4)).toEqual(['令和2年度', 4_200_000, -250_000, -4_450_000, 9_600_000, 5_150_000]);
    expect(rowValues(effects, 5)).toEqual(['令和3年度', 4_200_000, undefined, undefined, 13_800_000]);
    expect(effects.headerFooter.oddHeader).toContain('令和3年度取組報告書');
  });
});
