import type { PlanSheet } from '@gyokaku/contracts';
import { leafIds, SDG_GOAL_LABELS_JA, type TargetDirection } from '@gyokaku/domain';
import ExcelJS from 'exceljs';
import { FINANCIAL_EFFECT_LABELS, fiscalYearColumns, PLAN_KIND_LABELS, TARGET_DIRECTION_LABELS } from '../../documents/document-labels.js';
import { orderPlans } from '../../documents/plan-order.js';
import { frameworkLabel } from '../../documents/plan-tables.js';
import { HEADER_FILL, THIN } from '../../documents/plan-workbook.js';
import type { ExistingPlan, ImportContext } from './import-context.js';
import {
  EFFECT_COLUMNS,
  EFFECT_KIND_HEADER,
  FIELD_ROWS,
  IDENTITY_OUTLINE_LABEL,
  IDENTITY_SHEET,
  LAST_TEXT_COLUMN,
  LIST_SHEET,
  MAX_TARGETS,
  PERIOD_END_COLUMN,
  PERIOD_START_COLUMN,
  safeSheetName,
  SCHEDULE_COLUMNS,
  SCHEDULE_HEADERS,
  SDG_CELLS,
  SECTION_LABELS,
  SPARE_TARGET_ROWS,
  TARGET_COLUMNS,
  TARGET_HEADERS,
  TRAILING_FIELD_ROWS,
  VALUE_COLUMN,
} from './template-layout.js';

const BORDER: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const GUIDE =
  '年度は「令和5年度」「R5」「2023」のどれでも、金額は円単位（▲はマイナス）で入力できます。見出しの文字とシート名は変えないでください。';

const sdgChoice = (goal: number) => `${goal} ${SDG_GOAL_LABELS_JA[goal] ?? ''}`;

/** The drop-down lists, one column each on the hidden list sheet. */
interface Lists {
  kind: string;
  phase: string;
  direction: string;
  sdg: string;
  frameworkNode: string;
  department: string;
}

type ListColumns = [keyof Lists, string, string[]][];

function listColumns(context: ImportContext): ListColumns {
  const leaves = leafIds(context.outline.nodes);
  const leafLabels = [...context.sheetContext.entries.keys()].filter((id) => leaves.has(id)).map((id) => frameworkLabel(context.sheetContext, id));
  return [
    ['kind', '区分', Object.values(PLAN_KIND_LABELS)],
    ['phase', '段階', context.municipality.settings.schedulePhases],
    ['direction', '方向', Object.values(TARGET_DIRECTION_LABELS)],
    ['sdg', 'SDGs', Object.keys(SDG_GOAL_LABELS_JA).map((goal) => sdgChoice(Number(goal)))],
    ['frameworkNode', '体系', leafLabels],
    ['department', '主担当課', context.departments.filter((d) => d.inForce).map((d) => d.name)],
  ];
}

/** Where each list will stand on the list sheet, as a drop-down refers to it. */
function listRanges(columns: ListColumns): Lists {
  const ranges = {} as Lists;
  columns.forEach(([key, , values], index) => {
    const letter = String.fromCharCode(65 + index);
    // An empty list (a municipality without departments yet) still needs a valid range.
    ranges[key] = `'${LIST_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  });
  return ranges;
}

/** Added after the plan sheets: the first tab Excel opens on must be a visible one. */
function writeLists(workbook: ExcelJS.Workbook, columns: ListColumns): void {
  const sheet = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
  columns.forEach(([, header, values], index) => {
    sheet.getCell(1, index + 1).value = header;
    values.forEach((value, row) => (sheet.getCell(row + 2, index + 1).value = value));
  });
}

const dropDown = (range: string, what: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [range],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '入力できない値です',
  error: `${what}は一覧から選んでください。`,
});

/** Writes rows top to bottom; every cell framed, labels grey. */
class SheetWriter {
  row = 1;
  constructor(readonly sheet: ExcelJS.Worksheet) {}

  label(row: number, column: number, text: string, endColumn = column): void {
    this.cell(row, column, text, endColumn);
    const cell = this.sheet.getCell(row, column);
    cell.fill = HEADER_FILL;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }

  cell(row: number, column: number, value: ExcelJS.CellValue, endColumn = column, validation?: ExcelJS.DataValidation): void {
    if (endColumn > column) this.sheet.mergeCells(row, column, row, endColumn);
    const cell = this.sheet.getCell(row, column);
    cell.value = value;
    cell.alignment = { vertical: 'top', wrapText: true };
    if (validation) cell.dataValidation = validation;
    for (let c = column; c <= endColumn; c++) this.sheet.getCell(row, c).border = BORDER;
  }

  /** A label in A and a value across B–K; long text gets a taller row (Excel does not grow merged rows). */
  field(label: string, value: ExcelJS.CellValue, validation?: ExcelJS.DataValidation, minLines = 1): void {
    this.label(this.row, 1, label);
    this.cell(this.row, VALUE_COLUMN, value, LAST_TEXT_COLUMN, validation);
    const text = typeof value === 'string' ? value : '';
    const lines = Math.max(minLines, text.split('\n').reduce((n, line) => n + Math.ceil(line.length / 50 || 1), 0));
    if (lines > 1) this.sheet.getRow(this.row).height = Math.min(400, lines * 15);
    this.row += 1;
  }

  section(title: string): void {
    this.row += 1;
    this.sheet.getCell(this.row, 1).value = title;
    this.sheet.getCell(this.row, 1).font = { bold: true, size: 12 };
    this.row += 1;
  }
}

interface SheetInput {
  sheet: PlanSheet | null;
  departmentName: (id: string) => string;
  lists: Lists;
  /** For a blank sheet of a department's template: its own department, filled in. */
  defaultLeadDepartment: string;
}

/** Writes the labelled rows in the layout's order, each with the label the layout gives it. */
type FieldWriters<F extends string> = Record<F, (label: string) => void>;

function headerFields(writer: SheetWriter, { sheet, departmentName, lists, defaultLeadDepartment }: SheetInput, context: ImportContext) {
  const year = context.sheetContext.year;
  const write: FieldWriters<(typeof FIELD_ROWS)[number][0]> = {
    number: (label) => writer.field(label, sheet?.number ?? ''),
    title: (label) => writer.field(label, sheet?.title ?? ''),
    frameworkNode: (label) =>
      writer.field(label, sheet ? frameworkLabel(context.sheetContext, sheet.frameworkNodeId) : '', dropDown(lists.frameworkNode, label)),
    leadDepartment: (label) =>
      writer.field(label, sheet ? departmentName(sheet.leadDepartmentId) : defaultLeadDepartment, dropDown(lists.department, label)),
    collaboratingDepartments: (label) => writer.field(label, (sheet?.collaboratingDepartmentIds ?? []).map(departmentName).join('、')),
    kind: (label) => writer.field(label, sheet ? PLAN_KIND_LABELS[sheet.kind] : '', dropDown(lists.kind, label)),
    period: (label) => {
      writer.label(writer.row, 1, label);
      writer.cell(writer.row, PERIOD_START_COLUMN, sheet ? year(sheet.startFiscalYear) : '');
      writer.cell(writer.row, PERIOD_START_COLUMN + 1, '～');
      writer.cell(writer.row, PERIOD_END_COLUMN, sheet ? year(sheet.endFiscalYear) : '');
      writer.row += 1;
    },
    currentSituation: (label) => writer.field(label, sheet?.currentSituation ?? '', undefined, 4),
    aim: (label) => writer.field(label, sheet?.aim ?? '', undefined, 3),
    actions: (label) => writer.field(label, sheet?.actions ?? '', undefined, 4),
  };
  for (const [field, label] of FIELD_ROWS) write[field](label);
}

function scheduleTable(writer: SheetWriter, sheet: PlanSheet | null, years: number[], input: SheetInput, context: ImportContext) {
  const { fiscalYear, description, descriptionEnd, phase, phaseEnd } = SCHEDULE_COLUMNS;
  writer.section(SECTION_LABELS.schedule);
  writer.label(writer.row, fiscalYear, SCHEDULE_HEADERS.fiscalYear);
  writer.label(writer.row, description, SCHEDULE_HEADERS.description, descriptionEnd);
  writer.label(writer.row, phase, SCHEDULE_HEADERS.phase, phaseEnd);
  writer.row += 1;
  // One row per fiscal year, so a department fills in what it plans each year; a year with two entries keeps both.
  for (const year of years) {
    const entries = sheet?.schedule.filter((entry) => entry.fiscalYear === year) ?? [];
    for (const entry of entries.length ? entries : [null]) {
      writer.cell(writer.row, fiscalYear, context.sheetContext.year(year));
      writer.cell(writer.row, description, entry?.description ?? '', descriptionEnd);
      writer.cell(writer.row, phase, entry?.phase ?? '', phaseEnd, dropDown(input.lists.phase, '段階'));
      writer.row += 1;
    }
  }
}

function targetTable(writer: SheetWriter, sheet: PlanSheet | null, years: number[], input: SheetInput, context: ImportContext) {
  const columns = TARGET_COLUMNS;
  const year = context.sheetContext.year;
  writer.section(SECTION_LABELS.targets);
  writer.label(writer.row, columns.indicator, TARGET_HEADERS.indicator, columns.indicatorEnd);
  writer.label(writer.row, columns.unit, TARGET_HEADERS.unit);
  writer.label(writer.row, columns.direction, TARGET_HEADERS.direction);
  writer.label(writer.row, columns.baseline, TARGET_HEADERS.baseline);
  writer.label(writer.row, columns.baselineFiscalYear, TARGET_HEADERS.baselineFiscalYear);
  years.forEach((fiscalYear, i) => writer.label(writer.row, columns.firstYear + i, year(fiscalYear)));
  writer.row += 1;
  const targets = sheet?.targets ?? [];
  const rows = Math.min(MAX_TARGETS, Math.max(targets.length + SPARE_TARGET_ROWS, 1));
  for (let i = 0; i < rows; i++) {
    const target = targets[i];
    const byYear = new Map(target?.values.map((v) => [v.fiscalYear, v.value]) ?? []);
    writer.cell(writer.row, columns.indicator, target?.indicator ?? '', columns.indicatorEnd);
    writer.cell(writer.row, columns.unit, target?.unit ?? '');
    const direction = target?.direction ? TARGET_DIRECTION_LABELS[target.direction as TargetDirection] : '';
    writer.cell(writer.row, columns.direction, direction, columns.direction, dropDown(input.lists.direction, '方向'));
    writer.cell(writer.row, columns.baseline, target?.baseline ?? null);
    writer.cell(writer.row, columns.baselineFiscalYear, target?.baselineFiscalYear ? year(target.baselineFiscalYear) : '');
    years.forEach((fiscalYear, j) => writer.cell(writer.row, columns.firstYear + j, byYear.get(fiscalYear) ?? null));
    writer.row += 1;
  }
}

function effectTable(writer: SheetWriter, sheet: PlanSheet | null, years: number[], context: ImportContext) {
  const { kind, kindEnd, firstYear } = EFFECT_COLUMNS;
  writer.section(SECTION_LABELS.financialEffects);
  writer.label(writer.row, kind, EFFECT_KIND_HEADER, kindEnd);
  years.forEach((fiscalYear, i) => writer.label(writer.row, firstYear + i, context.sheetContext.year(fiscalYear)));
  writer.row += 1;
  for (const effectKind of ['revenue', 'expenditure'] as const) {
    writer.label(writer.row, kind, FINANCIAL_EFFECT_LABELS[effectKind], kindEnd);
    years.forEach((fiscalYear, i) => {
      const entries = sheet?.financialEffects.filter((e) => e.kind === effectKind && e.fiscalYear === fiscalYear) ?? [];
      writer.cell(writer.row, firstYear + i, entries.length ? entries.reduce((sum, e) => sum + e.amount, 0) : null);
      writer.sheet.getCell(writer.row, firstYear + i).numFmt = '#,##0;▲#,##0';
    });
    writer.row += 1;
  }
}

function trailingFields(writer: SheetWriter, sheet: PlanSheet | null, lists: Lists) {
  writer.row += 1;
  const write: FieldWriters<(typeof TRAILING_FIELD_ROWS)[number][0]> = {
    noTargetReason: (label) => writer.field(label, sheet?.noTargetReason ?? '', undefined, 2),
    citizenEffect: (label) => writer.field(label, sheet?.citizenEffect ?? '', undefined, 2),
    sdgGoals: (label) => {
      const goals = [...(sheet?.sdgGoals ?? [])].sort((a, b) => a - b);
      writer.label(writer.row, 1, label);
      for (let i = 0; i < Math.max(SDG_CELLS, goals.length); i++) {
        const goal = goals[i];
        writer.cell(writer.row, VALUE_COLUMN + i, goal === undefined ? '' : sdgChoice(goal), VALUE_COLUMN + i, dropDown(lists.sdg, 'SDGsの目標'));
      }
      writer.row += 1;
    },
    tags: (label) => writer.field(label, (sheet?.tags ?? []).join('、')),
  };
  for (const [field, label] of TRAILING_FIELD_ROWS) write[field](label);
}

/** Every fiscal year the sheet shows a column or row for: the outline's, and any the plan mentions. */
function yearsOf(sheet: PlanSheet | null, context: ImportContext): number[] {
  const mentioned = sheet
    ? [
        sheet.startFiscalYear,
        sheet.endFiscalYear,
        ...sheet.schedule.map((s) => s.fiscalYear),
        ...sheet.targets.flatMap((t) => t.values.filter((v) => v.value !== null).map((v) => v.fiscalYear)),
        ...sheet.financialEffects.map((e) => e.fiscalYear),
      ]
    : [];
  const end = sheet && sheet.endFiscalYear >= sheet.startFiscalYear ? sheet.endFiscalYear : context.outline.endFiscalYear;
  return fiscalYearColumns(Math.min(context.outline.startFiscalYear, sheet?.startFiscalYear ?? Infinity), Math.max(context.outline.endFiscalYear, end), mentioned);
}

function writePlanSheet(workbook: ExcelJS.Workbook, name: string, input: SheetInput, context: ImportContext): void {
  const worksheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const { sheet } = input;
  const years = yearsOf(sheet, context);
  const width = Math.max(LAST_TEXT_COLUMN, TARGET_COLUMNS.firstYear + years.length - 1, VALUE_COLUMN + (sheet?.sdgGoals.length ?? 0) - 1);
  for (let c = 1; c <= width; c++) worksheet.getColumn(c).width = c === 1 ? 14 : 11;
  const writer = new SheetWriter(worksheet);
  worksheet.getCell(1, 1).value = '実施計画シート';
  worksheet.getCell(1, 1).font = { bold: true, size: 14 };
  worksheet.getCell(1, 4).value = `${context.municipality.name}　${context.outline.title}`;
  worksheet.getCell(2, 1).value = GUIDE;
  worksheet.getCell(2, 1).font = { size: 9, color: { argb: 'FF595959' } };
  writer.row = 4;
  headerFields(writer, input, context);
  scheduleTable(writer, sheet, years, input, context);
  targetTable(writer, sheet, years, input, context);
  effectTable(writer, sheet, years, context);
  trailingFields(writer, sheet, input.lists);
}

/** Sheet names are unique within a workbook: a repeated number gets (2), (3) … */
function uniqueName(taken: Set<string>, wanted: string): string {
  const base = safeSheetName(wanted) || '計画';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = safeSheetName(`${base.slice(0, 26)}(${n})`);
  taken.add(name);
  return name;
}

export interface TemplateInput {
  context: ImportContext;
  plans: readonly ExistingPlan[];
  blankSheets: number;
  /** Filled in as 主担当課 on the blank sheets. */
  defaultLeadDepartmentId: string | null;
}

/**
 * The plan-sheet template: one sheet per plan in framework order, then blank sheets for new
 * plans; drop-downs from a hidden list sheet; each sheet's plan and version on a very hidden sheet
 * keyed by sheet name, so the upload is matched to the plan and a change made since is caught.
 */
export async function buildPlanTemplate({ context, plans, blankSheets, defaultLeadDepartmentId }: TemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gyokaku';
  workbook.title = `${context.outline.title} 実施計画シート`;
  const names = new Map(context.departments.map((d) => [d.id, d.name]));
  const departmentName = (id: string) => names.get(id) ?? '';
  const taken = new Set([LIST_SHEET, IDENTITY_SHEET]);
  const identities: [string, string, number][] = [];
  const sheets = orderPlans(
    plans.map((plan) => ({ ...plan, frameworkNodeId: plan.sheet.frameworkNodeId, number: plan.sheet.number, title: plan.sheet.title })),
    context.sheetContext,
  );
  const columns = listColumns(context);
  const lists = listRanges(columns);
  const base = { departmentName, lists, defaultLeadDepartment: defaultLeadDepartmentId ? departmentName(defaultLeadDepartmentId) : '' };
  for (const plan of sheets) {
    const name = uniqueName(taken, plan.number || plan.title);
    writePlanSheet(workbook, name, { ...base, sheet: plan.sheet }, context);
    identities.push([name, plan.id, plan.version]);
  }
  // A workbook needs one visible sheet: an outline without plans gets a blank one even when none was asked for.
  const blanks = sheets.length === 0 ? Math.max(1, blankSheets) : blankSheets;
  for (let i = 1; i <= blanks; i++) writePlanSheet(workbook, uniqueName(taken, `新規${i}`), { ...base, sheet: null }, context);

  writeLists(workbook, columns);
  const identity = workbook.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' });
  identity.addRow([IDENTITY_OUTLINE_LABEL, context.outline.id]);
  for (const row of identities) identity.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
