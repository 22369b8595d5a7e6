import ExcelJS from 'exceljs';
import { AppError } from '../../http/app-error.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A department's workbook of 165 plan sheets is well under 2 MB; 10 MB leaves room for pasted images. */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

export const unreadableWorkbook = (message: string) => new AppError(422, 'unreadable_workbook', message);

/** The uploaded bytes as a workbook; anything ExcelJS cannot open (.xls, CSV, a renamed file) is 422. */
export async function loadWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw unreadableWorkbook(
      'Excel ファイル（.xlsx）として読み取れませんでした。Excel で開いて「Excel ブック (*.xlsx)」形式で保存し直してから、もう一度アップロードしてください。',
    );
  }
  return workbook;
}
