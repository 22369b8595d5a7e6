import ExcelJS from 'exceljs';
import { planListTable, targetTable, type DocumentTable, type PlanTablesInput } from './plan-tables.js';

const NUMBER_FORMATS = {
  integer: '#,##0',
  yen: '#,##0',
  quantity: 'General',
  percent: '0.0%',
  // The ▲ of a decrease, as the city's own tables write it, on a cell that stays a number.
  change: '+#,##0;"▲"#,##0;"±"0',
} as const;
/** The grey of header cells and the thin grey rule, shared by every workbook the app writes. */
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
export const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };

export function addTable(workbook: ExcelJS.Workbook, table: DocumentTable): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.format ? { numFmt: NUMBER_FORMATS[column.format] } : { alignment: { vertical: 'top', wrapText: true } },
  }));
  sheet.addRows(table.rows);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return sheet;
}

/** 実施計画一覧 and 数値目標 as one .xlsx, for the secretariat to sort, filter and paste from. */
export async function buildPlanWorkbook(input: PlanTablesInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gyokaku';
  workbook.title = `${input.outline.title} 実施計画一覧`;
  addTable(workbook, planListTable(input));
  addTable(workbook, targetTable(input));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
