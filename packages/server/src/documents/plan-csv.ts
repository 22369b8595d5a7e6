import { planListTable, targetTable, type CellValue, type DocumentTable, type PlanTablesInput } from './plan-tables.js';

// Excel in Japan opens a CSV as Shift_JIS unless it starts with a byte-order mark.
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+…`, `@…`) gets a leading
 * apostrophe: plan texts come from many hands and the CSV is opened in Excel.
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
function field(value: CellValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function tableToCsv(table: DocumentTable): string {
  const lines = [table.columns.map((column) => field(column.header)), ...table.rows.map((row) => row.map(field))];
  return BOM + lines.map((cells) => cells.join(',')).join(CRLF) + CRLF;
}

export const buildPlanListCsv = (input: PlanTablesInput): string => tableToCsv(planListTable(input));

export const buildTargetCsv = (input: PlanTablesInput): string => tableToCsv(targetTable(input));
