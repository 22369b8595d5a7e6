import type { MunicipalitySettings, PlanSheet } from '@gyokaku/contracts';
import { planAchievement, suggestEvaluation, type PlanAchievement, type ReportedPlan } from '@gyokaku/domain';
import type { ReportRow } from './report.repository.js';

/** Only reports the department head has signed off count in figures; drafts are still the department's. */
export const COUNTED_STATES: readonly ReportRow['state'][] = ['submitted', 'accepted'];

export const isCounted = (report: Pick<ReportRow, 'state'>) => COUNTED_STATES.includes(report.state);

export interface ReportFigures {
  achievement: PlanAchievement;
  suggestedEvaluation: string | null;
  cancelled: boolean;
}

/** A report's achievement against its plan's targets for the round's fiscal year, and the grade it suggests. */
export function reportFigures(
  report: Pick<ReportRow, 'actual_values' | 'progress_status'>,
  sheet: Pick<PlanSheet, 'targets'>,
  fiscalYear: number,
  settings: Pick<MunicipalitySettings, 'evaluationThresholds' | 'cancelledStatusCodes'>,
): ReportFigures {
  const achievement = planAchievement(sheet.targets, fiscalYear, report.actual_values);
  return {
    achievement,
    suggestedEvaluation: suggestEvaluation(achievement.meanRate, settings.evaluationThresholds),
    cancelled: report.progress_status !== null && settings.cancelledStatusCodes.includes(report.progress_status),
  };
}

/** The report as the round summary counts it: not yet counted reports count as not reported. */
export function reportedPlan(
  report: Pick<ReportRow, 'plan_id' | 'state' | 'progress_status' | 'self_evaluation' | 'hq_evaluation'>,
  figures: ReportFigures,
): ReportedPlan {
  const counted = isCounted(report);
  return {
    planId: report.plan_id,
    status: counted ? report.progress_status : null,
    selfEvaluation: counted ? report.self_evaluation : null,
    hqEvaluation: counted ? report.hq_evaluation : null,
    meanRate: counted ? figures.achievement.meanRate : null,
    hasNumericTarget: figures.achievement.hasNumericTarget,
    worsenedCount: counted ? figures.achievement.worsenedCount : 0,
    cancelled: counted && figures.cancelled,
  };
}
