import type { PlanSheet } from '@gyokaku/contracts';
import ExcelJS from 'exceljs';
import type { DemoReport } from './honjo-reports.js';

const yenInThousands = (amount: number | undefined) => (amount === undefined ? null : amount / 1000);

/**
 * A past round as the city kept it in Excel: a title line, then one plan a row with its number
 * and title, status and grades as their labels, the HQ's evaluation beside the department's, the
 * actual value (a column per indicator for a plan with several targets), the financial effect in
 * thousands of yen and the texts.
 */
export async function pastRoundWorkbook(options: {
  title: string;
  rows: readonly { sheet: PlanSheet; report: DemoReport }[];
  statusLabel: (code: string) => string;
}): Promise<Buffer> {
  const { rows } = options;
  const multiTarget = rows.flatMap(({ sheet }) => (sheet.targets.length > 1 ? sheet.targets : []));
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('進捗状況');
  worksheet.addRow([options.title]);
  worksheet.addRow([
    '番号',
    '取組名',
    '進捗状況',
    '自己評価',
    '本部評価',
    '本部意見',
    '実績値',
    ...multiTarget.map((target) => `${target.indicator}（${target.unit}）`),
    '財政効果額（千円）',
    '取組内容（実績）',
    '課題',
    '今後の方向性',
    '市民への効果',
    '変更・中止の理由',
  ]);
  for (const { sheet, report } of rows) {
    const single = sheet.targets.length === 1 ? (report.actuals?.[0] ?? null) : null;
    const perIndicator = multiTarget.map((target) => {
      const index = sheet.targets.findIndex((own) => own.id === target.id);
      return index < 0 ? null : (report.actuals?.[index] ?? null);
    });
    worksheet.addRow([
      sheet.number,
      sheet.title,
      options.statusLabel(report.status),
      report.grade,
      report.grade === null ? null : (report.hq ?? report.grade),
      report.hqComment ?? null,
      single,
      ...perIndicator,
      yenInThousands(report.effect),
      report.workDone,
      report.issues ?? null,
      report.nextSteps ?? null,
      report.citizenEffect ?? null,
      report.changeReason ?? null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
