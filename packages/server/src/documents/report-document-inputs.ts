import type { Municipality, ReportState, SliceSummary, Target } from '@gyokaku/contracts';
import type { FinancialEffectYear, ReportPeriod, TargetRateGap } from '@gyokaku/domain';
import type { DocumentOutline } from './document-inputs.js';

/**
 * What the report documents read, already figured by the report services (so every count is the
 * dashboard's own): a test or a benchmark can build one by hand.
 */
export type ReportDocumentMunicipality = Pick<Municipality, 'name'> & {
  settings: Pick<Municipality['settings'], 'yearStyle' | 'progressStatuses' | 'evaluationScale' | 'gradeGroups' | 'cancelledStatusCodes'>;
};

export type ReportDocumentSummary = Pick<SliceSummary, 'planCount' | 'rows' | 'meanRate' | 'withRate' | 'withoutNumericTarget' | 'notReported'>;

/** One numerical target as reported this year, with its rate computed direction-aware. */
export interface ReportDocumentTarget extends Pick<Target, 'indicator' | 'unit' | 'direction' | 'baseline' | 'baselineFiscalYear'> {
  /** The value set for the round's fiscal year (or the latest earlier one). */
  target: number | null;
  actual: number | null;
  rate: number | null;
  worsened: boolean;
  gap: TargetRateGap | null;
}

export interface ReportDocumentPlan {
  id: string;
  number: string;
  title: string;
  frameworkNodeId: string;
  leadDepartment: string;
  startFiscalYear: number;
  endFiscalYear: number;
  state: ReportState;
  /**
   * Whether the report counts in the figures (the department head signed it off). A report still
   * with its department prints as 未報告, its draft content left out.
   */
  reported: boolean;
  progressStatus: string | null;
  selfEvaluation: string | null;
  /** From the municipality's thresholds; printed beside the department's own, never instead. */
  suggestedEvaluation: string | null;
  hqEvaluation: string | null;
  hqComment: string;
  /** Ended or cancelled (変更・中止): out of the grades and the mean, its reason printed. */
  cancelled: boolean;
  meanRate: number | null;
  worsenedCount: number;
  hasNumericTarget: boolean;
  targets: ReportDocumentTarget[];
  /** What the plan's schedule said would be done this year. */
  scheduledWork: string;
  workDone: string;
  issues: string;
  nextSteps: string;
  citizenEffect: string;
  changeReason: string;
  /** Integer yen the plan expected for the round's fiscal year; null when it expected none. */
  plannedFinancialEffect: number | null;
  actualFinancialEffect: number | null;
}

/** The HQ's evaluation of a framework node as a whole (e.g. per 取組事項). */
export interface ReportDocumentNodeEvaluation {
  nodeId: string;
  evaluation: string;
  comment: string;
}

export interface ReportDocumentInput {
  municipality: ReportDocumentMunicipality;
  outline: DocumentOutline;
  round: { fiscalYear: number; period: ReportPeriod };
  /** The round 増減 is measured against, and how many plans it asked about; null for the first round. */
  previousRound: { title: string; planCount: number } | null;
  /** `YYYY-MM-DD`, Japan time. */
  createdOn: string;
  summary: ReportDocumentSummary;
  /** Each top-level framework node's own summary, as the dashboard slices it. */
  nodeSummaries: readonly { nodeId: string; summary: ReportDocumentSummary }[];
  nodeEvaluations: readonly ReportDocumentNodeEvaluation[];
  financialEffect: readonly FinancialEffectYear[];
  plans: readonly ReportDocumentPlan[];
}
