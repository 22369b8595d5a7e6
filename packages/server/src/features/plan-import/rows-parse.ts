import type { ColumnMapping, FinancialEffect, PlanSheet, RowImportField, Target } from '@gyokaku/contracts';
import { normalizeInput, normalizePlanNumber } from '@gyokaku/domain';
import type ExcelJS from 'exceljs';
import { readChoice, readFiscalYear, readFiscalYearRange, readList, readQuantity, readSdgGoals, readText, readYen } from './cell-values.js';
import type { ExistingPlan, ImportContext } from './import-context.js';
import { CellCollector, emptySheet, keepTargetIds, type ParsedPlan } from './parsed-plan.js';
import {
  DIRECTION_CHOICES,
  frameworkNodeOfNumber,
  KIND_CHOICES,
  readCollaboratingDepartments,
  readFrameworkNode,
  readLeadDepartment,
  YEAR_EXAMPLES,
} from './plan-vocabulary.js';
import { MappedRow, yenScaleOf, type ImportColumn } from './rows-columns.js';
import { unreadableWorkbook } from './workbook-file.js';

export const MAX_ROWS = 1000;

const LABELS: Readonly<Record<RowImportField, string>> = {
  number: '番号',
  title: '取組名',
  frameworkNode: '体系',
  leadDepartment: '主担当課',
  collaboratingDepartments: '連携課',
  currentSituation: '現状と課題',
  aim: '目的',
  actions: '取組内容',
  kind: '区分',
  startFiscalYear: '開始年度',
  endFiscalYear: '終了年度',
  targetIndicator: '指標',
  targetUnit: '単位',
  targetDirection: '方向',
  targetBaseline: '基準値',
  targetValue: '目標値',
  noTargetReason: '目標を設定しない理由',
  financialEffect: '財政効果',
  citizenEffect: '市民への効果',
  sdgGoals: 'SDGs',
  tags: 'タグ',
};

const TARGET_FIELDS = ['targetIndicator', 'targetUnit', 'targetDirection', 'targetBaseline', 'targetValue'] as const;

/** One row of a plan list, its cells by field. */
type RowCells = MappedRow<RowImportField>;

/**
 * One row of a hand-made list, read through the user's column mapping. A row whose number is an
 * existing plan's changes that plan — and only in the columns mapped and filled in: a blank cell
 * keeps what the plan says, because a list typed by hand rarely carries every field. A new plan
 * needs a title, a lead department, a framework node (or a number that names one) and its period.
 */
function parseRow(cells: RowCells, options: { context: ImportContext; scale: number; plansByNumber: Map<string, ExistingPlan> }): ParsedPlan {
  const { context } = options;
  const collect = new CellCollector(cells.sheet.name);
  const number = normalizePlanNumber(readText(cells.value('number')));
  const existing = number ? options.plansByNumber.get(number) : undefined;
  const base = existing?.sheet ?? emptySheet(context.outline);
  const own = existing ? [base.leadDepartmentId, ...base.collaboratingDepartmentIds] : [];
  const required = (field: RowImportField, sheetField: string) => {
    const address = cells.address(field);
    const message = address ? '入力してください。' : `「${LABELS[field]}」の列が割り当てられていません。`;
    collect.fail(sheetField, address, 'required', `${LABELS[field]}：${message}`);
  };
  const text = (field: RowImportField, sheetField: keyof PlanSheet): string => {
    collect.at(sheetField, cells.address(field));
    return cells.blank(field) ? (base[sheetField] as string) : readText(cells.value(field));
  };

  collect.at('number', cells.address('number'));
  const title = text('title', 'title');
  if (!existing && !title) required('title', 'title');

  let frameworkNodeId = base.frameworkNodeId;
  if (!cells.blank('frameworkNode')) {
    collect.at('frameworkNodeId', cells.address('frameworkNode'));
    frameworkNodeId = readFrameworkNode(context, collect, { address: cells.address('frameworkNode'), text: readText(cells.value('frameworkNode')) });
  } else if (!existing) {
    const byNumber = number ? frameworkNodeOfNumber(context, number) : undefined;
    collect.at('frameworkNodeId', byNumber ? cells.address('number') : cells.address('frameworkNode'));
    if (byNumber) frameworkNodeId = byNumber;
    else required('frameworkNode', 'frameworkNodeId');
  }

  let leadDepartmentId = base.leadDepartmentId;
  collect.at('leadDepartmentId', cells.address('leadDepartment'));
  if (!cells.blank('leadDepartment')) {
    const cell = { address: cells.address('leadDepartment'), text: readText(cells.value('leadDepartment')) };
    leadDepartmentId = readLeadDepartment(context, collect, cell, own);
  } else if (!existing) required('leadDepartment', 'leadDepartmentId');

  let collaboratingDepartmentIds = base.collaboratingDepartmentIds;
  collect.at('collaboratingDepartmentIds', cells.address('collaboratingDepartments'));
  if (!cells.blank('collaboratingDepartments')) {
    const cell = { address: cells.address('collaboratingDepartments'), names: readList(cells.value('collaboratingDepartments')) };
    collaboratingDepartmentIds = readCollaboratingDepartments(context, collect, cell, own);
  }

  const kind = cells.blank('kind')
    ? base.kind
    : (collect.read('kind', cells.address('kind'), '区分', readChoice(cells.value('kind'), KIND_CHOICES), null) ?? base.kind);
  const period = readPeriod(cells, collect, base, !existing);
  const targets = readTarget(cells, collect, base, period.endFiscalYear);
  const financialEffects = readEffect(cells, collect, base, period.endFiscalYear, options.scale);

  const candidate: PlanSheet = {
    ...base,
    number: existing ? base.number : number,
    title,
    frameworkNodeId,
    leadDepartmentId,
    collaboratingDepartmentIds,
    currentSituation: text('currentSituation', 'currentSituation'),
    aim: text('aim', 'aim'),
    actions: text('actions', 'actions'),
    kind,
    startFiscalYear: period.startFiscalYear,
    endFiscalYear: period.endFiscalYear,
    targets,
    noTargetReason: text('noTargetReason', 'noTargetReason'),
    financialEffects,
    citizenEffect: text('citizenEffect', 'citizenEffect'),
    sdgGoals: cells.blank('sdgGoals')
      ? base.sdgGoals
      : collect.read('sdgGoals', cells.address('sdgGoals'), 'SDGs', readSdgGoals(cells.value('sdgGoals')), base.sdgGoals),
    tags: cells.blank('tags') ? base.tags : readList(cells.value('tags')),
  };
  collect.at('sdgGoals', cells.address('sdgGoals'));
  collect.at('tags', cells.address('tags'));
  return {
    sheet: cells.sheet.name,
    row: cells.row,
    planId: existing?.id ?? null,
    // A row list carries no version: the plan as it stands now is what the commit must still find.
    workbookVersion: existing?.version ?? null,
    candidate,
    addresses: collect.addresses,
    errors: collect.errors,
    unreadablePeriod: period.unreadable,
  };
}

/** A 計画期間 column (`R5～R9`) may serve as both start and end; a start cell holding a range does too. */
function readPeriod(cells: RowCells, collect: CellCollector, base: PlanSheet, isNew: boolean) {
  let unreadable = false;
  let { startFiscalYear, endFiscalYear } = base;
  collect.at('startFiscalYear', cells.address('startFiscalYear'));
  collect.at('endFiscalYear', cells.address('endFiscalYear'));
  const sameColumn = cells.mapping.startFiscalYear && cells.mapping.startFiscalYear === cells.mapping.endFiscalYear;
  let endFromRange = false;
  if (!cells.blank('startFiscalYear')) {
    const label = sameColumn ? '計画期間' : '開始年度';
    const range = collect.read('startFiscalYear', cells.address('startFiscalYear'), label, readFiscalYearRange(cells.value('startFiscalYear')), null);
    if (range) {
      startFiscalYear = range.start;
      endFromRange = Boolean(sameColumn) || range.end !== range.start;
      if (endFromRange) endFiscalYear = range.end;
    } else unreadable = true;
  } else if (isNew) {
    yearRequired(cells, collect, 'startFiscalYear');
    unreadable = true;
  }
  if (!endFromRange && !sameColumn) {
    if (!cells.blank('endFiscalYear')) {
      const end = collect.read('endFiscalYear', cells.address('endFiscalYear'), '終了年度', readFiscalYear(cells.value('endFiscalYear')), null);
      if (end === null) unreadable = true;
      else endFiscalYear = end;
    } else if (isNew) {
      yearRequired(cells, collect, 'endFiscalYear');
      unreadable = true;
    }
  }
  return { startFiscalYear, endFiscalYear, unreadable };
}

function yearRequired(cells: RowCells, collect: CellCollector, field: 'startFiscalYear' | 'endFiscalYear') {
  const address = cells.address(field);
  const message = address ? `年度を入力してください${YEAR_EXAMPLES}。` : `「${LABELS[field]}」の列が割り当てられていません。`;
  collect.fail(field, address, 'required', `${LABELS[field]}：${message}`);
}

/** The row's target is the plan's first: it keeps that target's id, and 目標値 is the value for the end year. */
function readTarget(cells: RowCells, collect: CellCollector, base: PlanSheet, endFiscalYear: number): Target[] {
  collect.at('targets', cells.address('targetIndicator'));
  collect.at('targets.0', cells.address('targetIndicator'));
  collect.at('targets.0.indicator', cells.address('targetIndicator'));
  collect.at('targets.0.unit', cells.address('targetUnit'));
  collect.at('targets.0.direction', cells.address('targetDirection'));
  collect.at('targets.0.baseline', cells.address('targetBaseline'));
  collect.at('targets.0.values', cells.address('targetValue'));
  if (TARGET_FIELDS.every((field) => cells.blank(field))) return base.targets;
  const previous = base.targets[0];
  const filled = (field: (typeof TARGET_FIELDS)[number]) => !cells.blank(field);
  const baseline = filled('targetBaseline')
    ? collect.read('targets.0.baseline', cells.address('targetBaseline'), '基準値', readQuantity(cells.value('targetBaseline')), null)
    : (previous?.baseline ?? null);
  const value = filled('targetValue')
    ? collect.read('targets.0.values', cells.address('targetValue'), '目標値', readQuantity(cells.value('targetValue')), null)
    : undefined;
  const values = (previous?.values ?? []).filter((v) => value === undefined || v.fiscalYear !== endFiscalYear);
  const target = {
    indicator: filled('targetIndicator') ? readText(cells.value('targetIndicator')) : (previous?.indicator ?? ''),
    unit: filled('targetUnit') ? normalizeInput(readText(cells.value('targetUnit'))) : (previous?.unit ?? ''),
    direction: filled('targetDirection')
      ? collect.read('targets.0.direction', cells.address('targetDirection'), '方向', readChoice(cells.value('targetDirection'), DIRECTION_CHOICES), null)
      : (previous?.direction ?? null),
    baseline,
    baselineFiscalYear: previous?.baselineFiscalYear ?? null,
    values: value === undefined || value === null ? values : [...values, { fiscalYear: endFiscalYear, value }].sort((a, b) => a.fiscalYear - b.fiscalYear),
  };
  return [...keepTargetIds([target], previous ? [previous] : []), ...base.targets.slice(1)];
}

/**
 * A list's 効果額 is one figure: kept as the plan's effect when it equals the plan's total,
 * otherwise saved as the end year's expenditure cut (歳出削減), the usual meaning of the column.
 */
function readEffect(cells: RowCells, collect: CellCollector, base: PlanSheet, endFiscalYear: number, scale: number): FinancialEffect[] {
  collect.at('financialEffects', cells.address('financialEffect'));
  collect.at('financialEffects.0', cells.address('financialEffect'));
  if (cells.blank('financialEffect')) return base.financialEffects;
  const amount = collect.read('financialEffects', cells.address('financialEffect'), '財政効果', readYen(cells.value('financialEffect'), scale), null);
  if (amount === null) return base.financialEffects;
  if (base.financialEffects.reduce((sum, effect) => sum + effect.amount, 0) === amount) return base.financialEffects;
  return amount === 0 ? [] : [{ fiscalYear: endFiscalYear, kind: 'expenditure', amount }];
}

/** Every non-blank row below the header, read through the mapping. */
export function parseRows(
  sheet: ExcelJS.Worksheet,
  options: { context: ImportContext; mapping: ColumnMapping; columns: readonly ImportColumn[]; headerRow: number },
): ParsedPlan[] {
  const { context, mapping } = options;
  const plansByNumber = new Map([...context.plans.values()].map((plan) => [normalizePlanNumber(plan.sheet.number), plan]));
  const effectHeader = options.columns.find((c) => c.column === mapping.financialEffect)?.header ?? '';
  const scale = yenScaleOf(effectHeader);
  const mapped = Object.keys(mapping).filter((field) => mapping[field as RowImportField]) as RowImportField[];
  const parsed: ParsedPlan[] = [];
  for (let row = options.headerRow + 1; row <= sheet.rowCount; row++) {
    const cells = new MappedRow<RowImportField>(sheet, row, mapping);
    if (mapped.every((field) => cells.blank(field))) continue;
    if (parsed.length >= MAX_ROWS) throw unreadableWorkbook(`行が多すぎます（${MAX_ROWS}行まで）。ファイルを分けて取り込んでください。`);
    parsed.push(parseRow(cells, { context, scale, plansByNumber }));
  }
  if (parsed.length === 0) throw unreadableWorkbook('取り込める行がありません。見出しの下に1計画1行で入力してください。');
  return parsed;
}
