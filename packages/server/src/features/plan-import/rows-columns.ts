import { ROW_IMPORT_FIELDS, type ColumnMapping, type ImportColumnSchema, type RowImportField } from '@gyokaku/contracts';
import { compactInput, normalizeInput } from '@gyokaku/domain';
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import { cellText, readText } from './cell-values.js';
import { unreadableWorkbook } from './workbook-file.js';

export type ImportColumn = z.infer<typeof ImportColumnSchema>;

const SAMPLE_COUNT = 3;
const SAMPLE_LENGTH = 40;
/** A title line or two above the table is common; the header is the first row with two or more headings. */
const HEADER_SEARCH_ROWS = 20;

/** The sheet a row list is on: the first one a person can see. */
export const firstVisibleSheet = (workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined =>
  workbook.worksheets.find((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden');

export function findHeaderRow(sheet: ExcelJS.Worksheet): number | undefined {
  for (let row = 1; row <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); row++) {
    let headings = 0;
    sheet.getRow(row).eachCell((cell) => {
      if (cellText(cell.value).trim()) headings++;
    });
    if (headings >= 2) return row;
  }
  return undefined;
}

/** The row list of a workbook: its first visible sheet and header row, or 422 saying which headings to put in. */
export function headedSheet(workbook: ExcelJS.Workbook, missingHeader: string): { sheet: ExcelJS.Worksheet; headerRow: number } {
  const sheet = firstVisibleSheet(workbook);
  const headerRow = sheet && findHeaderRow(sheet);
  if (!sheet || !headerRow) throw unreadableWorkbook(missingHeader);
  return { sheet, headerRow };
}

/** One row of a row list, its cells by field through a column mapping (field → column letter). */
export class MappedRow<F extends string> {
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly row: number,
    readonly mapping: Partial<Record<F, string | null>>,
  ) {}

  address(field: F): string {
    const column = this.mapping[field];
    return column ? `${column}${this.row}` : '';
  }

  value(field: F): ExcelJS.CellValue {
    const column = this.mapping[field];
    return column ? this.at(column) : null;
  }

  /** The cell of this row in a column not mapped to a field. */
  at(column: string): ExcelJS.CellValue {
    return this.sheet.getCell(`${column}${this.row}`).value;
  }

  blank(field: F): boolean {
    return normalizeInput(readText(this.value(field))) === '';
  }
}

/** Each headed column: its letter, heading and the first few values below it. */
export function readColumns(sheet: ExcelJS.Worksheet, headerRow: number): ImportColumn[] {
  const columns: ImportColumn[] = [];
  sheet.getRow(headerRow).eachCell((cell, column) => {
    const header = cellText(cell.value).trim();
    if (!header) return;
    const samples: string[] = [];
    for (let row = headerRow + 1; row <= sheet.rowCount && samples.length < SAMPLE_COUNT; row++) {
      const text = cellText(sheet.getCell(row, column).value).trim();
      if (text) samples.push(text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH)}…` : text);
    }
    columns.push({ column: sheet.getColumn(column).letter, header, samples });
  });
  return columns;
}

/**
 * What each field is headed in the lists departments keep, most specific first. Matching is on
 * the heading without spaces, width or a bracketed note, so `計画期間（年度）` is `計画期間`.
 */
const SYNONYMS: Readonly<Record<RowImportField | 'period', readonly string[]>> = {
  number: ['番号', 'No', 'No.', 'NO.', '計画番号', '取組番号', '整理番号', '項番'],
  title: ['計画名', '取組名', '実施計画名', '取組項目', '取組事項', '事業名', '件名'],
  frameworkNode: ['体系', '改革プログラム', '実施項目', '体系番号', '施策体系'],
  leadDepartment: ['主担当課', '担当課', '所管課', '主管課', '担当部署', '所管'],
  collaboratingDepartments: ['連携課', '関係課', '協力課'],
  currentSituation: ['現状と課題', '現状・課題', '現状', '課題'],
  aim: ['目的・目標', '目的', 'ねらい'],
  actions: ['取組内容', '実施内容', '具体的な取組', '内容'],
  kind: ['区分', '種別', '改革・改善'],
  startFiscalYear: ['開始年度', '開始'],
  endFiscalYear: ['終了年度', '完了年度', '終了'],
  period: ['計画期間', '実施期間', '期間'],
  targetIndicator: ['目標指標', '数値目標', '成果指標', '指標'],
  targetUnit: ['単位'],
  targetDirection: ['目標の方向', '方向'],
  targetBaseline: ['基準値', '現状値'],
  targetValue: ['目標値'],
  noTargetReason: ['目標を設定しない理由', '数値目標を設定しない理由'],
  financialEffect: ['財政効果額', '財政効果', '効果額', '削減額'],
  citizenEffect: ['市民への効果', '市民サービスへの効果'],
  sdgGoals: ['関連するSDGs', 'SDGs', 'SDG'],
  tags: ['タグ', 'キーワード', '分類'],
};

export const headingKey = (text: string): string => compactInput(text).replace(/[(（［\[【][^)）］\]】]*[)）］\]】]/gu, '').replace(/[※*＊:：]/gu, '');

/**
 * Which column each field is headed by, from the words lists use for it: exact headings first, then
 * headings that contain a known word of three characters or more (`担当課名` → 担当課), fields in
 * the order given, each column used once.
 */
export function matchHeadings<F extends string>(
  columns: readonly ImportColumn[],
  synonyms: Readonly<Record<F, readonly string[]>>,
  order: readonly F[] = Object.keys(synonyms) as F[],
): Partial<Record<F, string>> {
  const matched: Partial<Record<F, string>> = {};
  const used = new Set<string>();
  for (const exact of [true, false]) {
    for (const field of order) {
      if (matched[field] !== undefined) continue;
      const words = synonyms[field].map(headingKey);
      const column = columns.find((c) => {
        if (used.has(c.column)) return false;
        const key = headingKey(c.header);
        return exact ? words.includes(key) : words.some((word) => word.length >= 3 && key.includes(word));
      });
      if (column) {
        matched[field] = column.column;
        used.add(column.column);
      }
    }
  }
  return matched;
}

/**
 * The mapping the column-mapping step starts from (see `matchHeadings`). A 計画期間 column holding
 * `R5～R9` serves as both start and end year.
 */
export function suggestMapping(columns: readonly ImportColumn[]): ColumnMapping {
  const { period, ...mapping } = matchHeadings(columns, SYNONYMS, [...ROW_IMPORT_FIELDS, 'period']);
  if (period) {
    mapping.startFiscalYear ??= period;
    mapping.endFiscalYear ??= period;
  }
  return mapping;
}

/** 1 for yen, 1000 for a column headed 千円 … so `1,200` under 効果額（千円） is 1,200,000 yen. */
export function yenScaleOf(header: string): number {
  const text = compactInput(header);
  if (text.includes('百万円')) return 1_000_000;
  if (text.includes('千円')) return 1000;
  if (text.includes('万円')) return 10_000;
  return 1;
}
