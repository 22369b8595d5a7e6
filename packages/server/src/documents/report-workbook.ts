import ExcelJS from 'exceljs';
import { addTable } from './plan-workbook.js';
import type { DocumentTable } from './plan-tables.js';
import type { ReportDocumentInput } from './report-document-inputs.js';
import { reportTitle } from './report-html-parts.js';
import { financialEffectTable, reportPlanTable, reportTargetTable, summaryTable } from './report-tables.js';

async function workbookOf(title: string, tables: readonly DocumentTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gyokaku';
  workbook.title = title;
  for (const table of tables) {
    // The document's title on every printed page, as the PDF has it on its first.
    addTable(workbook, table).headerFooter = { oddHeader: `&L${title.replaceAll('&', '&&')}&R${table.name}`, oddFooter: '&C&P / &N' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 進捗状況報告書 as a workbook: 集計表, 計画別一覧 and 数値目標の実績, for the secretariat to sort and paste from. */
export const buildProgressReportWorkbook = (input: ReportDocumentInput): Promise<Buffer> =>
  workbookOf(reportTitle(input, 'progress'), [summaryTable(input), reportPlanTable(input), reportTargetTable(input)]);

/** 取組報告書 as a workbook: the progress report's sheets plus 財政効果 per fiscal year. */
export const buildAchievementReportWorkbook = (input: ReportDocumentInput): Promise<Buffer> =>
  workbookOf(reportTitle(input, 'achievement'), [summaryTable(input), financialEffectTable(input), reportPlanTable(input), reportTargetTable(input)]);
