import { choiceKey } from './cell-values.js';

/**
 * The plan-sheet template (実施計画シート) as both the writer and the reader know it. The reader
 * finds every field by its label in column A and every table column by its header, not by a fixed
 * row, so a department that inserts a row for one more target or a longer text still imports.
 */

/** Column A holds the labels; values start in B and text spans B to K (A4 portrait, fitted to width). */
export const LABEL_COLUMN = 1;
export const VALUE_COLUMN = 2;
export const LAST_TEXT_COLUMN = 11;

/** The header fields, top to bottom, and the label each carries in column A. */
export const FIELD_ROWS = [
  ['number', '番号'],
  ['title', '取組名'],
  ['frameworkNode', '体系'],
  ['leadDepartment', '主担当課'],
  ['collaboratingDepartments', '連携課'],
  ['kind', '区分'],
  ['period', '計画期間'],
  ['currentSituation', '現状と課題'],
  ['aim', '目的・目標'],
  ['actions', '取組内容'],
] as const;

/** Below the tables. */
export const TRAILING_FIELD_ROWS = [
  ['noTargetReason', '目標を設定しない理由'],
  ['citizenEffect', '市民への効果'],
  ['sdgGoals', 'SDGs'],
  ['tags', 'タグ'],
] as const;

export const SECTION_LABELS = { schedule: 'スケジュール', targets: '数値目標', financialEffects: '財政効果（円）' } as const;

export type TemplateField = (typeof FIELD_ROWS)[number][0] | (typeof TRAILING_FIELD_ROWS)[number][0];
export type TemplateSection = keyof typeof SECTION_LABELS;

/** 計画期間: start in B, `～` in C, end in D. */
export const PERIOD_START_COLUMN = 2;
export const PERIOD_END_COLUMN = 4;

export const SCHEDULE_HEADERS = { fiscalYear: '年度', description: '内容', phase: '段階' } as const;
/** 内容 spans B–I, 段階 J–K. */
export const SCHEDULE_COLUMNS = { fiscalYear: 1, description: 2, descriptionEnd: 9, phase: 10, phaseEnd: 11 } as const;

export const TARGET_HEADERS = { indicator: '指標', unit: '単位', direction: '方向', baseline: '基準値', baselineFiscalYear: '基準年度' } as const;
/** 指標 spans A–B; one column per fiscal year from G. */
export const TARGET_COLUMNS = { indicator: 1, indicatorEnd: 2, unit: 3, direction: 4, baseline: 5, baselineFiscalYear: 6, firstYear: 7 } as const;
/** Empty target rows offered below the plan's own targets (the sheet holds at most 10). */
export const SPARE_TARGET_ROWS = 2;
export const MAX_TARGETS = 10;

/** 区分 spans A–B; one column per fiscal year from C. */
export const EFFECT_COLUMNS = { kind: 1, kindEnd: 2, firstYear: 3 } as const;
export const EFFECT_KIND_HEADER = '区分';

/** SDG goals, one drop-down per cell from B. */
export const SDG_CELLS = 10;

/** The hidden sheet of drop-down choices, and the very hidden one naming each sheet's plan and version. */
export const LIST_SHEET = '選択肢';
export const IDENTITY_SHEET = 'gyokaku_plans';
/** Row 1 of the identity sheet: which outline the workbook was made for. Plan rows follow. */
export const IDENTITY_OUTLINE_LABEL = 'outline';

/** The label each field and section carries, as written on the sheet. */
export const TEMPLATE_LABELS: Readonly<Record<TemplateField | TemplateSection, string>> = Object.fromEntries([
  ...FIELD_ROWS,
  ...TRAILING_FIELD_ROWS,
  ...Object.entries(SECTION_LABELS),
]) as Record<TemplateField | TemplateSection, string>;

/** Label text → what it marks, compared as `choiceKey` does (full-width brackets, spaces). */
export const LABEL_INDEX: ReadonlyMap<string, TemplateField | TemplateSection> = new Map(
  (Object.entries(TEMPLATE_LABELS) as [TemplateField | TemplateSection, string][]).map(([marker, label]) => [choiceKey(label), marker]),
);

/** Excel refuses these in sheet names; a sheet name has at most 31 characters. */
export function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/gu, '_').replace(/^'+|'+$/gu, '').slice(0, 31);
}
