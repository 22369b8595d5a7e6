import { formatShare, REPORT_STATE_LABELS } from '@gyokaku/domain';
import { TARGET_DIRECTION_LABELS } from './document-labels.js';
import { orderPlans } from './plan-order.js';
import { frameworkLabel, type DocumentTable } from './plan-tables.js';
import type { ReportDocumentInput } from './report-document-inputs.js';
import { createReportContext } from './report-html-parts.js';
import { gradeLabel, NOT_REPORTED, statusLabel, TARGET_GAP_LABELS } from './report-labels.js';
import { summaryLines } from './report-summary-lines.js';

/** 集計表 as the workbook holds it: the printed summary's lines, shares as fractions shown as %. */
export function summaryTable(input: ReportDocumentInput): DocumentTable {
  return {
    name: '集計表',
    columns: [
      { header: '区分', width: 12 },
      { header: '項目', width: 30 },
      { header: '件数', width: 9, format: 'integer' },
      { header: '割合', width: 9, format: 'percent' },
      { header: '前回比', width: 9, format: 'change' },
    ],
    rows: summaryLines(input).map((line) => [line.axis, line.category, line.count, line.share, line.change]),
  };
}

/**
 * The summary as the CSV carries it: one row per axis and category (no totals, which a
 * spreadsheet adds up itself), the share as a percentage with one decimal, 前回比 as a signed
 * integer and empty without a previous round.
 */
export function summaryCsvTable(input: ReportDocumentInput): DocumentTable {
  return {
    name: '集計表',
    columns: [{ header: '区分', width: 12 }, { header: '項目', width: 30 }, { header: '件数', width: 9 }, { header: '割合', width: 9 }, { header: '前回比', width: 9 }],
    rows: summaryLines(input)
      .filter((line) => line.kind !== 'total')
      .map((line) => [line.axis, line.category, line.count, line.share === null ? null : formatShare(line.share).slice(0, -1), line.change]),
  };
}

/** 計画別一覧: one row per plan with every field of its report; reports not signed off show only their state. */
export function reportPlanTable(input: ReportDocumentInput): DocumentTable {
  const context = createReportContext(input);
  const { settings } = context;
  const year = context.year(input.round.fiscalYear);
  return {
    name: '計画別一覧',
    columns: [
      { header: '計画番号', width: 11 },
      { header: '計画名', width: 36 },
      { header: '体系', width: 30 },
      { header: '担当課', width: 14 },
      { header: '報告の状態', width: 12 },
      { header: '進捗状況', width: 10 },
      { header: '自己評価', width: 9 },
      { header: '達成率からの目安', width: 9 },
      { header: '本部評価', width: 9 },
      { header: '平均達成率', width: 10, format: 'percent' },
      { header: '悪化した目標数', width: 9, format: 'integer' },
      { header: `財政効果 計画（円、${year}）`, width: 16, format: 'yen' },
      { header: `財政効果 実績（円、${year}）`, width: 16, format: 'yen' },
      { header: '今年度の予定', width: 36 },
      { header: '取組内容（実績）', width: 48 },
      { header: '課題', width: 36 },
      { header: '今後の方向性', width: 36 },
      { header: '市民への効果', width: 36 },
      { header: '変更・中止の理由', width: 30 },
      { header: '本部コメント', width: 30 },
    ],
    rows: orderPlans(input.plans, context).map((plan) => {
      const reported = <T>(value: T): T | null => (plan.reported ? value : null);
      const graded = (code: string | null) => (plan.reported && !plan.cancelled && code !== null ? gradeLabel(settings, code) : null);
      return [
        plan.number,
        plan.title,
        frameworkLabel(context, plan.frameworkNodeId),
        plan.leadDepartment,
        REPORT_STATE_LABELS[plan.state],
        plan.reported ? statusLabel(settings, plan.progressStatus) : NOT_REPORTED,
        graded(plan.selfEvaluation),
        graded(plan.suggestedEvaluation),
        graded(plan.hqEvaluation),
        plan.cancelled ? null : reported(plan.meanRate),
        reported(plan.worsenedCount),
        plan.plannedFinancialEffect,
        reported(plan.actualFinancialEffect),
        plan.scheduledWork,
        reported(plan.workDone),
        reported(plan.issues),
        reported(plan.nextSteps),
        reported(plan.citizenEffect),
        reported(plan.changeReason),
        reported(plan.hqComment),
      ];
    }),
  };
}

/** 数値目標の実績: one row per target of every plan, the year's target against the actual and its rate. */
export function reportTargetTable(input: ReportDocumentInput): DocumentTable {
  const context = createReportContext(input);
  return {
    name: '数値目標の実績',
    columns: [
      { header: '計画番号', width: 11 },
      { header: '計画名', width: 32 },
      { header: '指標', width: 34 },
      { header: '単位', width: 8 },
      { header: '方向', width: 11 },
      { header: '基準値', width: 11, format: 'quantity' },
      { header: '基準年度', width: 12 },
      { header: `目標値（${context.year(input.round.fiscalYear)}）`, width: 13, format: 'quantity' },
      { header: '実績値', width: 11, format: 'quantity' },
      { header: '達成率', width: 9, format: 'percent' },
      { header: '悪化', width: 7 },
      { header: '備考', width: 14 },
    ],
    rows: orderPlans(input.plans, context).flatMap((plan) =>
      plan.targets.map((target) => [
        plan.number,
        plan.title,
        target.indicator,
        target.unit,
        target.direction ? TARGET_DIRECTION_LABELS[target.direction] : '',
        target.baseline,
        target.baselineFiscalYear === null ? '' : context.year(target.baselineFiscalYear),
        target.target,
        target.actual,
        target.rate,
        target.worsened ? '悪化' : '',
        target.gap ? TARGET_GAP_LABELS[target.gap] : '',
      ]),
    ),
  };
}

/** 財政効果: planned against actual per fiscal year and cumulatively, in yen. */
export function financialEffectTable(input: ReportDocumentInput): DocumentTable {
  const context = createReportContext(input);
  return {
    name: '財政効果',
    columns: [
      { header: '年度', width: 12 },
      { header: '計画（円）', width: 16, format: 'yen' },
      { header: '実績（円）', width: 16, format: 'yen' },
      { header: '差（実績－計画、円）', width: 18, format: 'yen' },
      { header: '累計 計画（円）', width: 16, format: 'yen' },
      { header: '累計 実績（円）', width: 16, format: 'yen' },
    ],
    rows: input.financialEffect.map((year) => [
      context.year(year.fiscalYear),
      year.planned,
      year.actual,
      year.actual === null ? null : year.actual - year.planned,
      year.plannedCumulative,
      year.actualCumulative,
    ]),
  };
}
