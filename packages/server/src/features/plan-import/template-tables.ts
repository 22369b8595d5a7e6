import type { FinancialEffect, ScheduleRow, Target } from '@gyokaku/contracts';
import { normalizeInput } from '@gyokaku/domain';
import type ExcelJS from 'exceljs';
import { cellText, choiceKey, isProblem, readChoice, readFiscalYear, readQuantity, readText, readYen } from './cell-values.js';
import { keepTargetIds, type CellCollector } from './parsed-plan.js';
import { DIRECTION_CHOICES, EFFECT_KIND_CHOICES } from './plan-vocabulary.js';
import { LABEL_COLUMN, LABEL_INDEX, SCHEDULE_HEADERS, TARGET_HEADERS, type TemplateField, type TemplateSection } from './template-layout.js';

/**
 * The template's structure as found on an uploaded sheet — its labels in column A, the tables
 * under them and their header rows — and the three tables read: schedule, targets, effects.
 */

export type Marker = TemplateField | TemplateSection;

/** Where each label stands in column A (the first occurrence: a label repeated in free text below is text). */
export function findLabels(sheet: ExcelJS.Worksheet): Map<Marker, number> {
  const rows = new Map<Marker, number>();
  for (let row = 1; row <= sheet.rowCount; row++) {
    const marker = LABEL_INDEX.get(choiceKey(cellText(sheet.getCell(row, LABEL_COLUMN).value)));
    if (marker && !rows.has(marker)) rows.set(marker, row);
  }
  return rows;
}

/** Master cells only: a merged range answers once, at its top-left cell. */
export function rowCells(sheet: ExcelJS.Worksheet, row: number): { column: number; cell: ExcelJS.Cell }[] {
  const cells: { column: number; cell: ExcelJS.Cell }[] = [];
  for (let column = 1; column <= sheet.columnCount; column++) {
    const cell = sheet.getCell(row, column);
    if (!cell.isMerged || cell.master === cell) cells.push({ column, cell });
  }
  return cells;
}

const isBlankRow = (sheet: ExcelJS.Worksheet, row: number) => rowCells(sheet, row).every(({ cell }) => readText(cell.value) === '');

/** A table under a section label: its header row, and its data rows up to the next label. */
function tableRows(sheet: ExcelJS.Worksheet, labels: Map<Marker, number>, section: TemplateSection) {
  const start = labels.get(section);
  if (start === undefined) return undefined;
  let header = start + 1;
  while (header <= sheet.rowCount && isBlankRow(sheet, header)) header++;
  const next = Math.min(...[...labels.values()].filter((row) => row > header), sheet.rowCount + 1);
  const rows: number[] = [];
  for (let row = header + 1; row < next; row++) if (!isBlankRow(sheet, row)) rows.push(row);
  return { header, rows };
}

/** Header text → column, and the columns whose header is a fiscal year. */
function headerColumns(sheet: ExcelJS.Worksheet, row: number) {
  const named = new Map<string, number>();
  const years: { column: number; fiscalYear: number }[] = [];
  for (const { column, cell } of rowCells(sheet, row)) {
    const text = cellText(cell.value);
    const year = readFiscalYear(cell.value);
    if (!isProblem(year) && year.value !== null) years.push({ column, fiscalYear: year.value });
    else if (text.trim() && !named.has(choiceKey(text))) named.set(choiceKey(text), column);
  }
  return { column: (header: string) => named.get(choiceKey(header)), years };
}

export interface SheetReader {
  sheet: ExcelJS.Worksheet;
  collect: CellCollector;
  address: (row: number, column: number) => string;
  value: (row: number, column: number) => ExcelJS.CellValue;
}

export function readSchedule(reader: SheetReader, labels: Map<Marker, number>): ScheduleRow[] {
  const table = tableRows(reader.sheet, labels, 'schedule');
  if (!table) return [];
  const header = headerColumns(reader.sheet, table.header);
  const yearColumn = header.column(SCHEDULE_HEADERS.fiscalYear) ?? 1;
  const descriptionColumn = header.column(SCHEDULE_HEADERS.description);
  const phaseColumn = header.column(SCHEDULE_HEADERS.phase);
  const schedule: ScheduleRow[] = [];
  for (const row of table.rows) {
    const description = descriptionColumn ? readText(reader.value(row, descriptionColumn)) : '';
    const phase = phaseColumn ? normalizeInput(readText(reader.value(row, phaseColumn))) : '';
    // The template lists every year; a year left empty is no schedule entry.
    if (!description && !phase) continue;
    const index = schedule.length;
    const yearCell = reader.address(row, yearColumn);
    reader.collect.at(`schedule.${index}`, yearCell);
    if (descriptionColumn) reader.collect.at(`schedule.${index}.description`, reader.address(row, descriptionColumn));
    if (phaseColumn) reader.collect.at(`schedule.${index}.phase`, reader.address(row, phaseColumn));
    const fiscalYear = reader.collect.read(`schedule.${index}.fiscalYear`, yearCell, 'スケジュールの年度', readFiscalYear(reader.value(row, yearColumn)), null);
    if (fiscalYear === null) {
      if (!reader.collect.errors.some((e) => e.cell === yearCell)) {
        reader.collect.fail(`schedule.${index}.fiscalYear`, yearCell, 'required', 'スケジュールの年度を入力してください。');
      }
      continue;
    }
    schedule.push({ fiscalYear, description, phase });
  }
  return schedule;
}

export function readTargets(reader: SheetReader, labels: Map<Marker, number>, previous: readonly Target[]): Target[] {
  const table = tableRows(reader.sheet, labels, 'targets');
  if (!table) return [...previous];
  const header = headerColumns(reader.sheet, table.header);
  const columns = Object.fromEntries(
    (Object.entries(TARGET_HEADERS) as [keyof typeof TARGET_HEADERS, string][]).map(([key, label]) => [key, header.column(label)]),
  ) as Record<keyof typeof TARGET_HEADERS, number | undefined>;
  const read: Omit<Target, 'id'>[] = [];
  for (const row of table.rows) {
    const index = read.length;
    const field = (name: string) => `targets.${index}.${name}`;
    const at = (column: number | undefined) => reader.address(row, column ?? 1);
    const cell = (column: number | undefined): ExcelJS.CellValue => (column ? reader.value(row, column) : null);
    reader.collect.at(`targets.${index}`, at(columns.indicator));
    reader.collect.at(field('indicator'), at(columns.indicator));
    reader.collect.at(field('unit'), at(columns.unit));
    const values = header.years.flatMap(({ column, fiscalYear }) => {
      const address = reader.address(row, column);
      const value = reader.collect.read(field('values'), address, '目標値', readQuantity(reader.value(row, column)), null);
      return value === null ? [] : [{ fiscalYear, value, address }];
    });
    values.forEach(({ address }, j) => reader.collect.at(`${field('values')}.${j}`, address));
    reader.collect.at(field('values'), header.years[0] ? reader.address(row, header.years[0].column) : at(columns.indicator));
    read.push({
      indicator: readText(cell(columns.indicator)),
      unit: normalizeInput(readText(cell(columns.unit))),
      direction: reader.collect.read(field('direction'), at(columns.direction), '方向', readChoice(cell(columns.direction), DIRECTION_CHOICES), null),
      baseline: reader.collect.read(field('baseline'), at(columns.baseline), '基準値', readQuantity(cell(columns.baseline)), null),
      baselineFiscalYear: reader.collect.read(
        field('baselineFiscalYear'),
        at(columns.baselineFiscalYear),
        '基準年度',
        readFiscalYear(cell(columns.baselineFiscalYear)),
        null,
      ),
      values: values.map(({ fiscalYear, value }) => ({ fiscalYear, value })),
    });
  }
  return keepTargetIds(read, previous);
}

export function readEffects(reader: SheetReader, labels: Map<Marker, number>): FinancialEffect[] {
  const table = tableRows(reader.sheet, labels, 'financialEffects');
  if (!table) return [];
  reader.collect.at('financialEffects', reader.address(table.header, 1));
  const { years } = headerColumns(reader.sheet, table.header);
  const effects: FinancialEffect[] = [];
  for (const row of table.rows) {
    const kindCell = reader.address(row, 1);
    const kind = reader.collect.read('financialEffects', kindCell, '財政効果の区分', readChoice(reader.value(row, 1), EFFECT_KIND_CHOICES), null);
    if (!kind) continue;
    for (const { column, fiscalYear } of years) {
      const address = reader.address(row, column);
      const amount = reader.collect.read('financialEffects', address, '財政効果', readYen(reader.value(row, column)), null);
      // A zero is no effect, as an empty cell is: neither is stored.
      if (!amount) continue;
      reader.collect.at(`financialEffects.${effects.length}`, address);
      effects.push({ fiscalYear, kind, amount });
    }
  }
  return effects;
}
