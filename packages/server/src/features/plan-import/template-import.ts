import { normalizePlanNumber } from '@gyokaku/domain';
import type ExcelJS from 'exceljs';
import { cellText } from './cell-values.js';
import type { ImportContext } from './import-context.js';
import type { ParsedPlan } from './parsed-plan.js';
import { IDENTITY_OUTLINE_LABEL, IDENTITY_SHEET, LIST_SHEET } from './template-layout.js';
import { parseTemplateSheet } from './template-parse.js';
import { unreadableWorkbook } from './workbook-file.js';

/** The reference city files 165 plans; a workbook with many more sheets is not a department's. */
export const MAX_PLAN_SHEETS = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export interface WorkbookIdentity {
  outlineId: string | null;
  /** Sheet name → the plan it was written for; `null` when the entry was tampered with. */
  sheets: Map<string, { planId: string; version: number } | null>;
}

/** What the template's very hidden sheet says; empty for a workbook that was not made by us. */
export function readIdentity(workbook: ExcelJS.Workbook): WorkbookIdentity {
  const identity: WorkbookIdentity = { outlineId: null, sheets: new Map() };
  const sheet = workbook.getWorksheet(IDENTITY_SHEET);
  sheet?.eachRow((row) => {
    const [name, id, version] = [1, 2, 3].map((c) => cellText(row.getCell(c).value).trim());
    if (!name) return;
    if (name === IDENTITY_OUTLINE_LABEL && row.number === 1) identity.outlineId = id ?? null;
    else identity.sheets.set(name, id && UUID.test(id) && /^\d+$/u.test(version ?? '') ? { planId: id, version: Number(version) } : null);
  });
  return identity;
}

/** The sheets a department filled in: everything but our two hidden ones. */
export const planWorksheets = (workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] =>
  workbook.worksheets.filter((sheet) => sheet.name !== LIST_SHEET && sheet.name !== IDENTITY_SHEET);

/**
 * Every plan sheet of a template workbook, matched to its plan through the very hidden identity
 * sheet. A name the identity does not know is a new plan — unless its number is that of a plan
 * whose own sheet has disappeared: then the sheet was renamed, which would otherwise file the
 * plan a second time.
 */
export function parseTemplateWorkbook(workbook: ExcelJS.Workbook, context: ImportContext): ParsedPlan[] {
  const identity = readIdentity(workbook);
  if (identity.outlineId !== null && identity.outlineId !== context.outline.id) {
    throw unreadableWorkbook(`この様式は別の行政改革大綱のものです。「${context.outline.title}」の様式をダウンロードして、入力し直してください。`);
  }
  const sheets = planWorksheets(workbook);
  if (sheets.length === 0) throw unreadableWorkbook('実施計画シートが見つかりません。ダウンロードした様式に入力してください。');
  if (sheets.length > MAX_PLAN_SHEETS) throw unreadableWorkbook(`シートが多すぎます（${MAX_PLAN_SHEETS}枚まで）。大綱ごと・課ごとに分けて取り込んでください。`);

  const present = new Set(sheets.map((sheet) => sheet.name));
  const renamedFrom = new Map<string, string>();
  for (const [name, entry] of identity.sheets) {
    const plan = entry && context.plans.get(entry.planId);
    if (plan && !present.has(name)) renamedFrom.set(normalizePlanNumber(plan.sheet.number), name);
  }

  const parsedPlans: ParsedPlan[] = [];
  for (const sheet of sheets) {
    const known = identity.sheets.has(sheet.name);
    const entry = identity.sheets.get(sheet.name) ?? null;
    const existing = entry ? context.plans.get(entry.planId) : undefined;
    const parsed = parseTemplateSheet(sheet, { context, existing });
    if (!parsed) continue;
    const plan: ParsedPlan = { ...parsed, planId: existing?.id ?? null, workbookVersion: existing ? entry!.version : null };
    const fail = (code: string, message: string) => plan.errors.push({ sheet: sheet.name, cell: '', field: '', code, message });
    if (known && !existing) {
      fail('unknown_plan', 'このシートの実施計画が見つかりません（削除されたか、別の大綱・自治体の様式です）。新しい計画として登録するときは、新しいシートにコピーしてください。');
    }
    const original = !known ? renamedFrom.get(normalizePlanNumber(plan.candidate.number)) : undefined;
    if (original) fail('sheet_renamed', `シート名が「${original}」から変更されています。シート名を元に戻してから、もう一度アップロードしてください。`);
    parsedPlans.push(plan);
  }
  return parsedPlans;
}
