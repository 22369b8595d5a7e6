import type { ReportColumnMapping, ReportImportField } from '@gyokaku/contracts';
import { headingKey, matchHeadings, type ImportColumn } from '../plan-import/rows-columns.js';

/**
 * What each field is headed in the sheets cities keep of their past rounds, most specific first.
 * `取組内容（実績）` is `取組内容` once its bracketed note is dropped, `財政効果額（千円）` is `財政効果額`.
 */
const SYNONYMS: Readonly<Record<ReportImportField, readonly string[]>> = {
  number: ['番号', 'No', 'No.', '計画番号', '取組番号', '整理番号', '項番'],
  progressStatus: ['進捗状況', '進捗', '取組状況', '実施状況', '状況'],
  selfEvaluation: ['自己評価', '担当課評価', '所管課評価', '評価'],
  hqEvaluation: ['本部評価', '推進本部評価', '二次評価', '本部による評価'],
  actualValue: ['実績値', '実績', '目標の実績値', '数値目標の実績'],
  actualFinancialEffect: ['財政効果額', '財政効果', '効果額', '効果額実績', '実績効果額', '削減額'],
  workDone: ['取組内容', '取組実績', '実施内容', '取組の内容', '実績内容'],
  issues: ['課題', '問題点', '課題・問題点'],
  nextSteps: ['今後の方向性', '今後の取組', '今後の予定', '次年度以降の取組', '改善策'],
  citizenEffect: ['市民への効果', '市民サービスへの効果', '市民への影響'],
  changeReason: ['変更・中止の理由', '中止の理由', '変更理由', '中止理由', '変更・中止理由'],
  hqComment: ['本部意見', '本部コメント', '本部の意見', '推進本部の意見'],
};

/** The key a heading and a target's indicator are compared by: width, spaces and a bracketed unit or note ignored. */
export const indicatorKey = (text: string): string => headingKey(text);

/**
 * The mapping a sheet starts with, from its headings; the user may correct it. A column headed by
 * one of the outline's target indicators is left for that target, even where its heading contains
 * a field's word.
 */
export const suggestReportMapping = (columns: readonly ImportColumn[], indicators: ReadonlySet<string>): ReportColumnMapping =>
  matchHeadings(
    columns.filter((column) => !indicators.has(indicatorKey(column.header))),
    SYNONYMS,
  );

/**
 * The columns that hold actual values of targets named in their heading (`平均待ち時間（分）`): a
 * column not mapped to a field whose heading is the indicator of one of the outline's targets.
 */
export function indicatorColumns(columns: readonly ImportColumn[], mapping: ReportColumnMapping, indicators: ReadonlySet<string>): ImportColumn[] {
  const mapped = new Set(Object.values(mapping).filter((column): column is string => typeof column === 'string'));
  return columns.filter((column) => !mapped.has(column.column) && indicators.has(indicatorKey(column.header)));
}
