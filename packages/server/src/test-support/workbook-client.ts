import { CSRF_HEADER } from '@gyokaku/contracts';
import ExcelJS from 'exceljs';
import { SESSION_COOKIE } from '../features/auth/session-token.js';
import type { Agent, ApiResponse } from './test-server.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const cookies = (agent: Agent) => (agent.sessionToken ? { cookies: { [SESSION_COOKIE]: agent.sessionToken } } : {});

/** A file download as the browser gets it: status, headers and the raw bytes. */
export async function downloadBytes(agent: Agent, url: string) {
  const response = await agent.app.inject({ method: 'GET', url, remoteAddress: agent.ip, ...cookies(agent) });
  return { status: response.statusCode, headers: response.headers, body: response.rawPayload };
}

/** A raw-body POST, as the upload form sends the workbook (content type xlsx unless told otherwise). */
export async function postBytes(agent: Agent, url: string, payload: Buffer | string | undefined, contentType: string | null = XLSX): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (agent.csrfToken) headers[CSRF_HEADER] = agent.csrfToken;
  if (contentType) headers['content-type'] = contentType;
  const response = await agent.app.inject({
    method: 'POST',
    url,
    remoteAddress: agent.ip,
    headers,
    ...cookies(agent),
    ...(payload === undefined ? {} : { payload }),
  });
  const isJson = String(response.headers['content-type'] ?? '').includes('application/json');
  return { status: response.statusCode, body: isJson && response.body.length > 0 ? response.json() : null, headers: response.headers };
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The row whose column A reads `label` (a field of the plan-sheet template). */
export function labelRow(sheet: ExcelJS.Worksheet, label: string): number {
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, 1).value === label) return row;
  }
  throw new Error(`no row labelled ${label} on sheet ${sheet.name}`);
}

/** The cell beside a label (column B unless told), as a department would type into it. */
export const fieldCell = (sheet: ExcelJS.Worksheet, label: string, column = 2): ExcelJS.Cell => sheet.getCell(labelRow(sheet, label), column);

/** The cell in a table under `section` (スケジュール / 数値目標 / 財政効果（円）): `rowOffset` rows below its header, in the column headed `header`. */
export function tableCell(sheet: ExcelJS.Worksheet, section: string, rowOffset: number, header: string): ExcelJS.Cell {
  const headerRow = labelRow(sheet, section) + 1;
  for (let column = 1; column <= sheet.columnCount; column++) {
    if (sheet.getCell(headerRow, column).value === header) return sheet.getCell(headerRow + rowOffset, column);
  }
  throw new Error(`no column headed ${header} under ${section} on sheet ${sheet.name}`);
}
