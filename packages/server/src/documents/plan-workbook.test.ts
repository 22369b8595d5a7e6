import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPlanWorkbook } from './plan-workbook.js';
import { sampleMunicipality, sampleOutline, samplePlans } from './sample-documents.js';

const outline = sampleOutline();

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('buildPlanWorkbook', () => {
  it('writes 実施計画一覧 with one row per plan and 数値目標 with one row per target', async () => {
    const plans = samplePlans(7, outline);
    const workbook = await readBack(await buildPlanWorkbook({ outline, plans, municipality: sampleMunicipality() }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['実施計画一覧', '数値目標']);

    const list = workbook.getWorksheet('実施計画一覧')!;
    expect(rowValues(list, 1)).toEqual([
      '計画番号', '計画名', '体系', '主管課', '連携課', '区分', '開始年度', '終了年度', '数値目標', 'チェック', 'SDGs', 'タグ', '財政効果計（円）',
    ]);
    expect(list.rowCount).toBe(1 + 7);
    expect(rowValues(list, 2)).toEqual([
      '1-1-1-1', '行政手続のオンライン化の推進', '1-1-1 手続のオンライン化', '市民課', '財政課、職員課', '改革', '令和5年度', '令和9年度', 2, '', '9、11、16', 'デジタル化、庁内連携', 12_000_000,
    ]);
    expect(list.getRow(1).font?.bold).toBe(true);
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(list.autoFilter).toBeTruthy();
    expect(list.getColumn(13).numFmt).toBe('#,##0');
    const withoutTargets = plans.findIndex((plan) => plan.targets.length === 0);
    expect(rowValues(list, 2 + withoutTargets)).toContain('数値目標なし');

    const targets = workbook.getWorksheet('数値目標')!;
    expect(rowValues(targets, 1)).toEqual(['計画番号', '計画名', '指標', '単位', '方向', '基準値', '基準年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度', '令和9年度']);
    expect(targets.rowCount).toBe(1 + plans.reduce((n, plan) => n + plan.targets.length, 0));
    expect(rowValues(targets, 2)).toEqual(['1-1-1-1', '行政手続のオンライン化の推進', 'オンラインで申請できる手続の数', '件', '増加', 42, '令和4年度', 72, 102, 132, 162, 192]);
  });

  it('heads the year columns in the municipality’s style and keeps a year left blank empty', async () => {
    const [plan] = samplePlans(1, outline);
    const target = { ...plan!.targets[0]!, values: [{ fiscalYear: 2025, value: 10 }, { fiscalYear: 2026, value: null }] };
    const workbook = await readBack(
      await buildPlanWorkbook({ outline, plans: [{ ...plan!, targets: [target] }], municipality: sampleMunicipality({ settings: { yearStyle: 'seireki' } }) }),
    );
    const targets = workbook.getWorksheet('数値目標')!;
    expect(rowValues(targets, 1).slice(7)).toEqual(['2023年度', '2024年度', '2025年度', '2026年度', '2027年度']);
    expect(targets.getRow(2).getCell(10).value).toBe(10);
    expect(targets.getRow(2).getCell(11).value).toBeNull();
  });

  it('writes a header-only workbook for an outline without plans', async () => {
    const workbook = await readBack(await buildPlanWorkbook({ outline, plans: [], municipality: sampleMunicipality() }));
    expect(workbook.getWorksheet('実施計画一覧')!.rowCount).toBe(1);
  });
});
