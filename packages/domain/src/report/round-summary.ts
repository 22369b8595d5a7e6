/** One plan's report in a round, reduced to what the summary counts. */
export interface ReportedPlan {
  readonly planId: string;
  /** Progress status code; null when the plan has no report (yet) in this round. */
  readonly status: string | null;
  readonly selfEvaluation: string | null;
  readonly hqEvaluation: string | null;
  readonly meanRate: number | null;
  readonly hasNumericTarget: boolean;
  readonly worsenedCount: number;
  /** Ended early or cancelled (変更・中止): counted by status, left out of evaluations and means. */
  readonly cancelled: boolean;
}

export interface LabelledCode {
  readonly code: string;
  readonly label: string;
}

/** A named set of grades whose share the city reports, e.g. 計画実施率 = S + A + B. */
export interface GradeGroup {
  readonly name: string;
  readonly codes: readonly string[];
}

export interface CategoryCount {
  readonly code: string;
  readonly label: string;
  readonly count: number;
  /** Of the axis' denominator; null when it is 0. */
  readonly share: number | null;
}

export interface EvaluationAxis {
  readonly categories: CategoryCount[];
  readonly groups: CategoryCount[];
  /** Plans that should carry a grade (reported, not cancelled). */
  readonly denominator: number;
  readonly notEvaluated: number;
}

export interface RoundSummary {
  readonly planCount: number;
  readonly status: { readonly categories: CategoryCount[]; readonly notReported: number };
  readonly selfEvaluation: EvaluationAxis;
  readonly hqEvaluation: EvaluationAxis;
  readonly achievement: {
    readonly withNumericTarget: number;
    /** Plans whose targets yielded at least one rate this round. */
    readonly withRate: number;
    readonly meanRate: number | null;
    /** Counted apart, never averaged in. */
    readonly withoutNumericTarget: number;
    readonly worsenedPlans: number;
  };
}

const shareOf = (count: number, denominator: number) => (denominator === 0 ? null : count / denominator);

function evaluationAxis(
  plans: readonly ReportedPlan[],
  grade: (plan: ReportedPlan) => string | null,
  scale: readonly LabelledCode[],
  groups: readonly GradeGroup[],
): EvaluationAxis {
  const eligible = plans.filter((plan) => plan.status !== null && !plan.cancelled);
  const denominator = eligible.length;
  const count = (codes: readonly string[]) => eligible.filter((plan) => codes.includes(grade(plan) ?? '')).length;
  return {
    categories: scale.map(({ code, label }) => ({ code, label, count: count([code]), share: shareOf(count([code]), denominator) })),
    groups: groups.map(({ name, codes }) => ({ code: name, label: name, count: count(codes), share: shareOf(count(codes), denominator) })),
    denominator,
    notEvaluated: eligible.filter((plan) => grade(plan) === null).length,
  };
}

/**
 * Counts and shares of a round, each plan once (a re-listed plan is one plan). Status shares are
 * of all plans; evaluation shares of the reported, not cancelled ones; the mean achievement is of
 * the plans whose numerical targets could be measured, and plans without a numerical target are
 * counted apart rather than pulling the mean towards 0.
 */
export function summariseRound(
  reports: readonly ReportedPlan[],
  settings: { statuses: readonly LabelledCode[]; scale: readonly LabelledCode[]; groups: readonly GradeGroup[] },
): RoundSummary {
  const plans = [...new Map(reports.map((plan) => [plan.planId, plan])).values()];
  const statusCount = (code: string) => plans.filter((plan) => plan.status === code).length;
  const measured = plans.filter((plan) => !plan.cancelled && plan.meanRate !== null);
  return {
    planCount: plans.length,
    status: {
      categories: settings.statuses.map(({ code, label }) => ({
        code,
        label,
        count: statusCount(code),
        share: shareOf(statusCount(code), plans.length),
      })),
      notReported: plans.filter((plan) => plan.status === null).length,
    },
    selfEvaluation: evaluationAxis(plans, (plan) => plan.selfEvaluation, settings.scale, settings.groups),
    hqEvaluation: evaluationAxis(plans, (plan) => plan.hqEvaluation, settings.scale, settings.groups),
    achievement: {
      withNumericTarget: plans.filter((plan) => plan.hasNumericTarget).length,
      withRate: measured.length,
      meanRate: measured.length === 0 ? null : measured.reduce((sum, plan) => sum + plan.meanRate!, 0) / measured.length,
      withoutNumericTarget: plans.filter((plan) => !plan.hasNumericTarget).length,
      worsenedPlans: plans.filter((plan) => !plan.cancelled && plan.worsenedCount > 0).length,
    },
  };
}
