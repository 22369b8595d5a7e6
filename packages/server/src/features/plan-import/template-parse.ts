import type { PlanSheet } from '@gyokaku/contracts';
import { normalizeInput } from '@gyokaku/domain';
import type ExcelJS from 'exceljs';
import { readChoice, readFiscalYear, readList, readSdgGoals, readText } from './cell-values.js';
import type { ExistingPlan, ImportContext } from './import-context.js';
import { CellCollector, emptySheet, UNKNOWN_ID, type ParsedPlan } from './parsed-plan.js';
import {
  KIND_CHOICES,
  readCollaboratingDepartments,
  readFrameworkNode,
  readLeadDepartment,
  YEAR_EXAMPLES,
} from './plan-vocabulary.js';
import { PERIOD_END_COLUMN, PERIOD_START_COLUMN, TEMPLATE_LABELS, VALUE_COLUMN, type TemplateField } from './template-layout.js';
import { findLabels, readEffects, readSchedule, readTargets, rowCells, type Marker, type SheetReader } from './template-tables.js';

/**
 * Reads one plan sheet of the template into a whole plan sheet. `existing` is the plan the hidden
 * identity names: fields the template does not carry (re-listing, lineage) are kept from it, its
 * targets keep their ids, and the departments it already has are preferred by name.
 * Returns undefined for a blank sheet left as it was downloaded.
 */
export function parseTemplateSheet(
  sheet: ExcelJS.Worksheet,
  options: { context: ImportContext; existing: ExistingPlan | undefined },
): Omit<ParsedPlan, 'planId' | 'workbookVersion'> | undefined {
  const { context, existing } = options;
  const collect = new CellCollector(sheet.name);
  const reader: SheetReader = {
    sheet,
    collect,
    address: (row, column) => sheet.getCell(row, column).address,
    value: (row, column) => sheet.getCell(row, column).value,
  };
  const labels = findLabels(sheet);
  const base = existing?.sheet ?? emptySheet(context.outline);
  const ownDepartments = existing ? [existing.sheet.leadDepartmentId, ...existing.sheet.collaboratingDepartmentIds] : [];

  const missing = (marker: Marker) => {
    collect.fail(marker, '', 'missing_label', `「${TEMPLATE_LABELS[marker]}」の行が見つかりません。様式の見出しを消したり書き換えたりしないでください。`);
  };
  /** The value cell of a labelled row, or undefined (reported) when the label is gone. */
  const fieldCell = (marker: TemplateField, column = VALUE_COLUMN) => {
    const row = labels.get(marker);
    if (row === undefined) {
      missing(marker);
      return undefined;
    }
    return { address: reader.address(row, column), value: reader.value(row, column) };
  };
  type TextField = 'number' | 'title' | 'currentSituation' | 'aim' | 'actions' | 'noTargetReason' | 'citizenEffect';
  const text = (marker: TemplateField, field: TextField): string => {
    const cell = fieldCell(marker);
    if (!cell) return base[field];
    collect.at(field, cell.address);
    return readText(cell.value);
  };

  const number = normalizeInput(text('number', 'number'));
  const title = text('title', 'title');
  const currentSituation = text('currentSituation', 'currentSituation');
  const aim = text('aim', 'aim');
  const actions = text('actions', 'actions');
  const noTargetReason = text('noTargetReason', 'noTargetReason');
  const citizenEffect = text('citizenEffect', 'citizenEffect');

  let frameworkNodeId = base.frameworkNodeId;
  const nodeCell = fieldCell('frameworkNode');
  const nodeText = nodeCell ? readText(nodeCell.value) : '';
  if (nodeCell) {
    collect.at('frameworkNodeId', nodeCell.address);
    collect.at('relistedNodeIds', nodeCell.address);
    if (nodeText) frameworkNodeId = readFrameworkNode(context, collect, { address: nodeCell.address, text: nodeText });
    else {
      frameworkNodeId = UNKNOWN_ID;
      collect.fail('frameworkNodeId', nodeCell.address, 'required', '体系：計画を登録する体系の項目を選んでください。');
    }
  }

  let leadDepartmentId = base.leadDepartmentId;
  const leadCell = fieldCell('leadDepartment');
  if (leadCell) {
    collect.at('leadDepartmentId', leadCell.address);
    const name = readText(leadCell.value);
    if (name) leadDepartmentId = readLeadDepartment(context, collect, { address: leadCell.address, text: name }, ownDepartments);
    else {
      leadDepartmentId = UNKNOWN_ID;
      collect.fail('leadDepartmentId', leadCell.address, 'required', '主担当課：主担当課を選んでください。');
    }
  }

  let collaboratingDepartmentIds = base.collaboratingDepartmentIds;
  const collaboratingCell = fieldCell('collaboratingDepartments');
  if (collaboratingCell) {
    collect.at('collaboratingDepartmentIds', collaboratingCell.address);
    const names = readList(collaboratingCell.value);
    collaboratingDepartmentIds = readCollaboratingDepartments(context, collect, { address: collaboratingCell.address, names }, ownDepartments);
  }

  let kind = base.kind;
  const kindCell = fieldCell('kind');
  if (kindCell) {
    kind = collect.read('kind', kindCell.address, '区分', readChoice(kindCell.value, KIND_CHOICES), null) ?? kind;
    if (readText(kindCell.value) === '') collect.fail('kind', kindCell.address, 'required', '区分：改革か改善かを選んでください。');
  }

  let unreadablePeriod = false;
  type Cell = { address: string; value: ExcelJS.CellValue };
  const year = (cell: Cell | undefined, field: 'startFiscalYear' | 'endFiscalYear', label: string, fallback: number) => {
    if (!cell) {
      unreadablePeriod = true;
      return fallback;
    }
    const value = collect.read(field, cell.address, label, readFiscalYear(cell.value), null);
    if (value !== null) return value;
    if (readText(cell.value) === '') collect.fail(field, cell.address, 'required', `${label}：年度を入力してください${YEAR_EXAMPLES}。`);
    unreadablePeriod = true;
    return fallback;
  };
  const startCell = fieldCell('period', PERIOD_START_COLUMN);
  const endCell = startCell && fieldCell('period', PERIOD_END_COLUMN);
  const startFiscalYear = year(startCell, 'startFiscalYear', '開始年度', base.startFiscalYear);
  const endFiscalYear = year(endCell, 'endFiscalYear', '終了年度', base.endFiscalYear);

  // A table whose heading is gone would read as empty and silently clear what the plan has.
  for (const section of ['schedule', 'targets', 'financialEffects'] as const) if (!labels.has(section)) missing(section);
  const schedule = readSchedule(reader, labels);
  const targets = readTargets(reader, labels, base.targets);
  const financialEffects = readEffects(reader, labels);
  collect.at('targets', labels.has('targets') ? reader.address(labels.get('targets')!, 1) : '');
  collect.at('schedule', labels.has('schedule') ? reader.address(labels.get('schedule')!, 1) : '');

  let sdgGoals = base.sdgGoals;
  const sdgRow = labels.get('sdgGoals');
  if (sdgRow !== undefined) {
    collect.at('sdgGoals', reader.address(sdgRow, VALUE_COLUMN));
    sdgGoals = rowCells(sheet, sdgRow)
      .filter(({ column }) => column >= VALUE_COLUMN)
      .flatMap(({ cell }) => collect.read('sdgGoals', cell.address, 'SDGs', readSdgGoals(cell.value), []));
  } else missing('sdgGoals');

  let tags = base.tags;
  const tagCell = fieldCell('tags');
  if (tagCell) {
    collect.at('tags', tagCell.address);
    tags = readList(tagCell.value);
  }

  const candidate: PlanSheet = {
    ...base,
    number,
    title,
    frameworkNodeId,
    leadDepartmentId,
    collaboratingDepartmentIds,
    currentSituation,
    aim,
    actions,
    kind,
    startFiscalYear,
    endFiscalYear,
    schedule,
    targets,
    noTargetReason,
    financialEffects,
    citizenEffect,
    sdgGoals,
    tags,
  };
  const typed = [nodeText, ...[kindCell, startCell, endCell].map((cell) => (cell ? readText(cell.value) : ''))];
  if (!existing && isUntouchedBlank(candidate, typed)) return undefined;
  return { sheet: sheet.name, row: null, candidate, addresses: collect.addresses, errors: collect.errors, unreadablePeriod };
}

/**
 * A blank sheet nobody filled in: nothing typed but the lead department the template pre-fills
 * (and the years the schedule lists). Anything more is a plan, and its gaps are errors.
 */
function isUntouchedBlank(sheet: PlanSheet, typedCells: string[]): boolean {
  const typed = [sheet.number, sheet.title, sheet.currentSituation, sheet.aim, sheet.actions, sheet.noTargetReason, sheet.citizenEffect, ...typedCells];
  return (
    typed.every((value) => value === '') &&
    sheet.collaboratingDepartmentIds.length === 0 &&
    sheet.schedule.length === 0 &&
    sheet.targets.length === 0 &&
    sheet.financialEffects.length === 0 &&
    sheet.sdgGoals.length === 0 &&
    sheet.tags.length === 0
  );
}
