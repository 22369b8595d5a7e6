import type { DocumentMunicipality, DocumentOutline, DocumentPlan } from './document-inputs.js';
import { checkLabel, fiscalYearColumns, PLAN_KIND_LABELS, TARGET_DIRECTION_LABELS } from './document-labels.js';
import { orderPlans } from './plan-order.js';
import { createSheetContext, type SheetContext } from './plan-sheet-body.js';

export type CellValue = string | number | null;

export interface TableColumn {
  header: string;
  /** In characters, as spreadsheets measure columns. */
  width: number;
  /**
   * `integer` and `yen` print with separators in a spreadsheet; `quantity` keeps its decimals;
   * `percent` is a fraction shown as 65.2%; `change` a count difference shown as +2 / ▲3 / ±0.
   */
  format?: 'integer' | 'yen' | 'quantity' | 'percent' | 'change';
}

/** One table as both the workbook and the CSV write it, so the two never disagree. */
export interface DocumentTable {
  name: string;
  columns: TableColumn[];
  rows: CellValue[][];
}

export interface PlanTablesInput {
  outline: DocumentOutline;
  plans: readonly DocumentPlan[];
  municipality: DocumentMunicipality;
}

const LIST_SEPARATOR = '、';

/** `1-1-1 手続のオンライン化`: a framework node as lists print it; empty for a node not in the tree. */
export function frameworkLabel(context: SheetContext, nodeId: string): string {
  const entry = context.entries.get(nodeId);
  return entry ? `${entry.code} ${entry.node.title}` : '';
}

/** 実施計画一覧: one row per plan, in framework order. */
export function planListTable({ outline, plans, municipality }: PlanTablesInput): DocumentTable {
  const context = createSheetContext({ outline, municipality });
  return {
    name: '実施計画一覧',
    columns: [
      { header: '計画番号', width: 11 },
      { header: '計画名', width: 40 },
      { header: '体系', width: 34 },
      { header: '主管課', width: 16 },
      { header: '連携課', width: 24 },
      { header: '区分', width: 7 },
      { header: '開始年度', width: 12 },
      { header: '終了年度', width: 12 },
      { header: '数値目標', width: 9, format: 'integer' },
      { header: 'チェック', width: 24 },
      { header: 'SDGs', width: 12 },
      { header: 'タグ', width: 20 },
      { header: '財政効果計（円）', width: 16, format: 'yen' },
    ],
    rows: orderPlans(plans, context).map((plan) => [
      plan.number,
      plan.title,
      frameworkLabel(context, plan.frameworkNodeId),
      plan.leadDepartment.name,
      plan.collaboratingDepartments.map((d) => d.name).join(LIST_SEPARATOR),
      PLAN_KIND_LABELS[plan.kind],
      context.year(plan.startFiscalYear),
      context.year(plan.endFiscalYear),
      plan.targets.length,
      [...new Set(plan.checks.map((check) => checkLabel(check.code)))].join(LIST_SEPARATOR),
      [...plan.sdgGoals].sort((a, b) => a - b).join(LIST_SEPARATOR),
      plan.tags.join(LIST_SEPARATOR),
      plan.financialEffects.length ? plan.financialEffects.reduce((sum, effect) => sum + effect.amount, 0) : null,
    ]),
  };
}

/** 数値目標: one row per target, a column per fiscal year of the outline (and any year a value names). */
export function targetTable({ outline, plans, municipality }: PlanTablesInput): DocumentTable {
  const context = createSheetContext({ outline, municipality });
  const ordered = orderPlans(plans, context);
  const years = fiscalYearColumns(
    outline.startFiscalYear,
    outline.endFiscalYear,
    ordered.flatMap((plan) => plan.targets.flatMap((target) => target.values.filter((v) => v.value !== null).map((v) => v.fiscalYear))),
  );
  return {
    name: '数値目標',
    columns: [
      { header: '計画番号', width: 11 },
      { header: '計画名', width: 34 },
      { header: '指標', width: 36 },
      { header: '単位', width: 8 },
      { header: '方向', width: 11 },
      { header: '基準値', width: 11, format: 'quantity' },
      { header: '基準年度', width: 12 },
      ...years.map((year) => ({ header: context.year(year), width: 12, format: 'quantity' as const })),
    ],
    rows: ordered.flatMap((plan) =>
      plan.targets.map((target) => {
        const byYear = new Map(target.values.map((v) => [v.fiscalYear, v.value]));
        return [
          plan.number,
          plan.title,
          target.indicator,
          target.unit,
          target.direction ? TARGET_DIRECTION_LABELS[target.direction] : '',
          target.baseline,
          target.baselineFiscalYear === null ? '' : context.year(target.baselineFiscalYear),
          ...years.map((year) => byYear.get(year) ?? null),
        ];
      }),
    ),
  };
}
