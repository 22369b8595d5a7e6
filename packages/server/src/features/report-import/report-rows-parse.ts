import {
  HqEvaluationRequestSchema,
  UpdateReportRequestSchema,
  type MunicipalitySettings,
  type PlanSheet,
  type ReportColumnMapping,
  type ReportImportField,
  type ReportImportItem,
} from '@gyokaku/contracts';
import { formatFiscalYear, normalizeInput, normalizePlanNumber, planAchievement } from '@gyokaku/domain';
import type ExcelJS from 'exceljs';
import { choiceKey, isProblem, readQuantity, readText, readYen, type CellReading } from '../plan-import/cell-values.js';
import { CellCollector } from '../plan-import/parsed-plan.js';
import { MappedRow, yenScaleOf, type ImportColumn } from '../plan-import/rows-columns.js';
import { MAX_ROWS } from '../plan-import/rows-parse.js';
import { unreadableWorkbook } from '../plan-import/workbook-file.js';
import { indicatorKey } from './report-columns.js';

const LABELS: Readonly<Record<ReportImportField, string>> = {
  number: '番号',
  progressStatus: '進捗状況',
  selfEvaluation: '自己評価',
  hqEvaluation: '本部評価',
  actualValue: '実績値',
  actualFinancialEffect: '財政効果額',
  workDone: '取組内容（実績）',
  issues: '課題',
  nextSteps: '今後の方向性',
  citizenEffect: '市民への効果',
  changeReason: '変更・中止の理由',
  hqComment: '本部意見',
};

type TextField = 'workDone' | 'issues' | 'nextSteps' | 'citizenEffect' | 'changeReason' | 'hqComment';

/** The same length limits as a report filled in on screen. */
const TEXT_SCHEMAS: Readonly<Record<TextField, { maxLength: number | null }>> = {
  workDone: UpdateReportRequestSchema.shape.workDone,
  issues: UpdateReportRequestSchema.shape.issues,
  nextSteps: UpdateReportRequestSchema.shape.nextSteps,
  citizenEffect: UpdateReportRequestSchema.shape.citizenEffect,
  changeReason: UpdateReportRequestSchema.shape.changeReason,
  hqComment: HqEvaluationRequestSchema.shape.hqComment,
};

export interface ReportablePlan {
  id: string;
  sheet: PlanSheet;
}

export interface ReportRowsContext {
  fiscalYear: number;
  settings: MunicipalitySettings;
  /** Every plan of the outline, by its normalised number. */
  plansByNumber: ReadonlyMap<string, ReportablePlan>;
  /** The plans the round asks about: running that year, adopted, not cancelled in an earlier round. */
  reportable: ReadonlySet<string>;
}

type LabelledCode = { code: string; label: string };

/** A status or grade by its code (`in_progress`, `S`) or its label (`取組中`), in any width. */
function readCode(value: ExcelJS.CellValue, entries: readonly LabelledCode[]): CellReading<string | null> {
  const text = readText(value);
  if (normalizeInput(text) === '') return { value: null };
  const wanted = choiceKey(text);
  const found = entries.find((entry) => choiceKey(entry.code) === wanted) ?? entries.find((entry) => choiceKey(entry.label) === wanted);
  if (found) return { value: found.code };
  return { problem: { code: 'invalid_settings_code', message: `設定された区分（${entries.map((entry) => entry.label).join('・')}）から選んでください: ${text}` } };
}

type RowCells = MappedRow<ReportImportField>;

const blank = (value: ExcelJS.CellValue) => normalizeInput(readText(value)) === '';

function required(collect: CellCollector, cells: RowCells, field: ReportImportField, why = '入力してください。') {
  const address = cells.address(field);
  collect.fail(field, address, 'required', `${LABELS[field]}：${address ? why : `「${LABELS[field]}」の列が割り当てられていません。`}`);
}

interface RowOptions {
  context: ReportRowsContext;
  indicatorColumns: readonly ImportColumn[];
  effectScale: number;
  /** Plan id → the row it first appeared on. */
  seen: Map<string, number>;
}

/** The plan a row names by its number: unknown, listed twice or not due to report are the number cell's errors. */
function readPlan(cells: RowCells, collect: CellCollector, options: RowOptions): { number: string; plan: ReportablePlan | undefined } {
  const { context } = options;
  const number = normalizePlanNumber(readText(cells.value('number')));
  collect.at('number', cells.address('number'));
  if (!number) {
    required(collect, cells, 'number');
    return { number, plan: undefined };
  }
  const plan = context.plansByNumber.get(number);
  const fail = (code: string, message: string) => collect.fail('number', cells.address('number'), code, `番号：${message}`);
  if (!plan) {
    fail('unknown_plan', `この大綱に番号「${number}」の実施計画はありません。`);
    return { number, plan };
  }
  const first = options.seen.get(plan.id);
  if (first !== undefined) fail('duplicate_plan', `この実施計画は${first}行目にもあります。1計画1行で入力してください。`);
  else options.seen.set(plan.id, cells.row);
  if (!context.reportable.has(plan.id)) {
    const year = formatFiscalYear(context.fiscalYear, context.settings.yearStyle);
    fail('plan_not_reportable', `「${plan.sheet.title}」は${year}の報告の対象ではありません（計画期間外、採択前、または前の年度までに中止した計画です）。`);
  }
  return { number, plan };
}

/**
 * The plan's actual values: the 実績値 column goes to its only numerical target; a column headed by
 * an indicator goes to the plan's target of that indicator. Anything else is the cell's error.
 */
function readActuals(cells: RowCells, collect: CellCollector, plan: ReportablePlan | undefined, options: RowOptions): ReportImportItem['actualValues'] {
  const actuals: ReportImportItem['actualValues'] = [];
  const targets = plan?.sheet.targets ?? [];
  const add = (target: PlanSheet['targets'][number], value: number, cell: string, source: ReportImportItem['actualValues'][number]['source']) => {
    const earlier = actuals.find((actual) => actual.targetId === target.id);
    if (earlier) collect.fail('actualValues', cell, 'duplicate_actual', `${LABELS.actualValue}：「${target.indicator}」の実績値は${earlier.cell}にも入力されています。`);
    else actuals.push({ targetId: target.id, indicator: target.indicator, unit: target.unit, value, cell, source });
  };

  const address = cells.address('actualValue');
  const single = collect.read('actualValue', address, LABELS.actualValue, readQuantity(cells.value('actualValue')), null);
  if (single !== null && plan) {
    const numeric = planAchievement(targets, options.context.fiscalYear, {}).targets.map(({ targetId }) => targets.find((t) => t.id === targetId)!);
    if (numeric.length === 1) add(numeric[0]!, single, address, 'actual_value_column');
    else if (numeric.length === 0) collect.fail('actualValue', address, 'no_numeric_target', `${LABELS.actualValue}：この計画には数値目標がありません。`);
    else {
      const names = numeric.map((target) => `「${target.indicator}」`).join('');
      collect.fail('actualValue', address, 'several_targets', `${LABELS.actualValue}：この計画には数値目標が${numeric.length}つあります。指標名${names}を見出しにした列に、目標ごとに入力してください。`);
    }
  }

  for (const column of options.indicatorColumns) {
    const cell = `${column.column}${cells.row}`;
    const reading = readQuantity(cells.at(column.column));
    if (isProblem(reading)) {
      collect.fail('actualValues', cell, reading.problem.code, `${column.header}：${reading.problem.message}`);
      continue;
    }
    if (reading.value === null || !plan) continue;
    const target = targets.find((t) => indicatorKey(t.indicator) === indicatorKey(column.header));
    if (target) add(target, reading.value, cell, 'indicator_column');
    else collect.fail('actualValues', cell, 'not_a_target_of_plan', `${column.header}：この計画の数値目標ではありません。`);
  }
  return actuals;
}

function readTexts(cells: RowCells, collect: CellCollector): Record<TextField, string> {
  const texts = {} as Record<TextField, string>;
  for (const field of Object.keys(TEXT_SCHEMAS) as TextField[]) {
    const text = readText(cells.value(field));
    const max = TEXT_SCHEMAS[field].maxLength;
    collect.at(field, cells.address(field));
    if (max !== null && text.length > max) {
      collect.fail(field, cells.address(field), 'too_long', `${LABELS[field]}：${max}文字以内で入力してください（${text.length}文字）。`);
    }
    texts[field] = text;
  }
  return texts;
}

function parseRow(cells: RowCells, options: RowOptions): ReportImportItem {
  const { settings } = options.context;
  const collect = new CellCollector(cells.sheet.name);
  const { number, plan } = readPlan(cells, collect, options);

  const status = collect.read('progressStatus', cells.address('progressStatus'), LABELS.progressStatus, readCode(cells.value('progressStatus'), settings.progressStatuses), null);
  if (status === null && cells.blank('progressStatus')) required(collect, cells, 'progressStatus');
  const cancelled = status !== null && settings.cancelledStatusCodes.includes(status);
  const selfEvaluation = collect.read('selfEvaluation', cells.address('selfEvaluation'), LABELS.selfEvaluation, readCode(cells.value('selfEvaluation'), settings.evaluationScale), null);
  // A cancelled plan is left out of the grades, so it needs none; every other report carries one.
  if (selfEvaluation === null && !cancelled && cells.blank('selfEvaluation')) required(collect, cells, 'selfEvaluation');
  const hqEvaluation = collect.read('hqEvaluation', cells.address('hqEvaluation'), LABELS.hqEvaluation, readCode(cells.value('hqEvaluation'), settings.evaluationScale), null);

  const actualValues = readActuals(cells, collect, plan, options);
  const actualFinancialEffect = collect.read(
    'actualFinancialEffect',
    cells.address('actualFinancialEffect'),
    LABELS.actualFinancialEffect,
    readYen(cells.value('actualFinancialEffect'), options.effectScale),
    null,
  );
  const texts = readTexts(cells, collect);
  if (cancelled && !texts.changeReason) {
    const label = settings.progressStatuses.find((entry) => entry.code === status)?.label ?? status;
    required(collect, cells, 'changeReason', `「${label}」の場合は、その理由を入力してください。`);
  }

  return {
    row: cells.row,
    valid: collect.errors.length === 0,
    planId: plan?.id ?? null,
    number,
    title: plan?.sheet.title ?? '',
    progressStatus: status,
    selfEvaluation,
    hqEvaluation,
    actualValues,
    actualFinancialEffect,
    ...texts,
    errors: collect.errors,
  };
}

/** Every non-blank row below the header, read through the mapping; the indicator columns are read on every row. */
export function parseReportRows(
  sheet: ExcelJS.Worksheet,
  options: { headerRow: number; mapping: ReportColumnMapping; columns: readonly ImportColumn[]; indicatorColumns: readonly ImportColumn[]; context: ReportRowsContext },
): ReportImportItem[] {
  const { mapping } = options;
  const effectHeader = options.columns.find((column) => column.column === mapping.actualFinancialEffect)?.header ?? '';
  const rowOptions: RowOptions = { context: options.context, indicatorColumns: options.indicatorColumns, effectScale: yenScaleOf(effectHeader), seen: new Map() };
  const letters = [
    ...Object.values(mapping).filter((column): column is string => typeof column === 'string'),
    ...options.indicatorColumns.map((column) => column.column),
  ];
  const items: ReportImportItem[] = [];
  for (let row = options.headerRow + 1; row <= sheet.rowCount; row++) {
    const cells = new MappedRow<ReportImportField>(sheet, row, mapping);
    if (letters.every((column) => blank(cells.at(column)))) continue;
    if (items.length >= MAX_ROWS) throw unreadableWorkbook(`行が多すぎます（${MAX_ROWS}行まで）。ファイルを分けて取り込んでください。`);
    items.push(parseRow(cells, rowOptions));
  }
  if (items.length === 0) throw unreadableWorkbook('取り込める行がありません。見出しの下に1計画1行で、番号・進捗状況・評価などを入力してください。');
  return items;
}
