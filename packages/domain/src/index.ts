export { DOMAIN_ERROR_CODES, DomainError, isDomainError, type DomainErrorCode } from './errors/domain-error.js';
export { compactInput, normalizeInput } from './text/normalize-input.js';
export { japanCalendarDate, type CalendarDate } from './calendar/japan-time.js';
export { dayBefore, daysInMonth, formatIsoDate, isIsoDate, parseIsoDate, todayInJapan } from './calendar/iso-date.js';
export { ERAS, eraOfFiscalYear, findEra, type Era } from './fiscal-year/era.js';
export {
  assertFiscalYear,
  fiscalYearOf,
  formatFiscalYear,
  isFiscalYear,
  MAX_FISCAL_YEAR,
  MIN_FISCAL_YEAR,
  type FiscalYearStyle,
} from './fiscal-year/fiscal-year.js';
export { parseFiscalYear } from './fiscal-year/parse-fiscal-year.js';
export { parseFiscalYearRange, type FiscalYearRange } from './fiscal-year/parse-fiscal-year-range.js';
export { fiscalYearsBetween } from './fiscal-year/fiscal-year-range.js';
export { parseYen } from './money/parse-yen.js';
export { formatYen, groupThousands, type YenRounding, type YenUnit } from './money/format-yen.js';
export {
  achievementRate,
  isTargetDirection,
  TARGET_DIRECTIONS,
  type AchievementInput,
  type AchievementResult,
  type TargetDirection,
} from './target/achievement-rate.js';
export { isValidLocalGovernmentCode, localGovernmentCheckDigit } from './municipality/local-government-code.js';
export {
  currentSuccessors,
  primarySuccessor,
  type DepartmentLink,
  type LineageQuery,
} from './organisation/department-lineage.js';
export {
  REORGANISATION_KINDS,
  validateReorganisation,
  type Reorganisation,
  type ReorganisationKind,
} from './organisation/reorganisation.js';
export {
  DEPARTMENT_SCOPED_ROLES,
  isDepartmentScopedRole,
  isRole,
  ROLES,
  type DepartmentScopedRole,
  type Role,
} from './organisation/roles.js';
export {
  depthOf,
  descendantIds,
  frameworkCode,
  frameworkPath,
  isLeaf,
  leafIds,
  orderedTree,
  validateNodePlacement,
  type FrameworkTreeNode,
  type NodePlacement,
  type OrderedTreeEntry,
} from './framework/framework-tree.js';
export {
  assertOutlineTransition,
  isOutlineStatus,
  nextOutlineStatuses,
  OUTLINE_STATUS_LABELS,
  OUTLINE_STATUSES,
  type OutlineStatus,
} from './outline/outline-status.js';
export {
  MAX_PERIOD_EXTENSION_YEARS,
  validatePeriodExtension,
  type PeriodExtension,
} from './outline/period-extension.js';
export { normalizePlanNumber, suggestPlanNumber, type PlanNumberQuery } from './plan/plan-number.js';
export {
  PLAN_CHECK_CODES,
  PLAN_CHECK_MESSAGES,
  PLAN_CHECK_SEVERITIES,
  type PlanCheckCode,
  type PlanCheckSeverity,
} from './plan/plan-check-codes.js';
export {
  checkPlan,
  countSetTargets,
  type PlanCheck,
  type PlanCheckContext,
  type PlanForCheck,
  type PlanTargetForCheck,
} from './plan/plan-checks.js';
export { textTrigrams, trigramSimilarity } from './plan/trigram-similarity.js';
export {
  DEFAULT_DUPLICATE_THRESHOLD,
  findLikelyDuplicates,
  TITLE_AND_AIM_WEIGHT,
  type DuplicateCandidate,
  type LikelyDuplicate,
} from './plan/duplicate-detection.js';
export { SDG_GOAL_LABELS_JA, SDG_KEYWORDS, suggestSdgGoals } from './plan/sdg-suggestions.js';
export { deepEqual, diffSnapshots, type FieldChange } from './plan/version-diff.js';
export {
  countDistinctPlans,
  groupByNodeCountingOnce,
  rollUpPlanCounts,
  type NodePlanCount,
  type PlanCounts,
  type PlanListing,
} from './plan/distinct-plans.js';
export {
  availableProposalActions,
  canEditProposal,
  FINAL_PROPOSAL_STATES,
  isProposalAction,
  isProposalState,
  nextProposalActor,
  PROPOSAL_ACTION_LABELS,
  PROPOSAL_ACTIONS,
  PROPOSAL_ACTORS,
  PROPOSAL_STATE_LABELS,
  PROPOSAL_STATES,
  proposalActionNeedsComment,
  proposalTransition,
  type ProposalAction,
  type ProposalActor,
  type ProposalState,
} from './proposal/proposal-workflow.js';
export {
  DEPARTMENT_CALL_STATUS_LABELS,
  DEPARTMENT_CALL_STATUSES,
  departmentCallStatus,
  hasAnsweredCall,
  type DepartmentCallStatus,
} from './proposal/department-call-status.js';
export { callPhase, daysUntil, validateCallPeriod, type CallPhase } from './proposal/call-period.js';
export {
  defineWorkflow,
  WORKFLOW_ACTORS,
  type Workflow,
  type WorkflowActor,
  type WorkflowSpec,
  type WorkflowTransition,
} from './workflow/workflow-machine.js';
export {
  compareRounds,
  previousRound,
  REPORT_PERIOD_LABELS,
  REPORT_PERIODS,
  roundDocumentTitle,
  roundPeriodEnd,
  type ReportPeriod,
  type RoundRef,
} from './report/report-round.js';
export {
  availableReportActions,
  canEditReport,
  isReportState,
  REPORT_ACTION_LABELS,
  REPORT_ACTIONS,
  REPORT_STATE_LABELS,
  REPORT_STATES,
  reportActionNeedsComment,
  reportTransition,
  type ReportAction,
  type ReportState,
} from './report/report-workflow.js';
export {
  planAchievement,
  suggestEvaluation,
  type EvaluationThreshold,
  type PlanAchievement,
  type TargetAchievement,
  type TargetForAchievement,
  type TargetRateGap,
} from './report/plan-achievement.js';
export {
  summariseRound,
  type CategoryCount,
  type EvaluationAxis,
  type GradeGroup,
  type LabelledCode,
  type ReportedPlan,
  type RoundSummary,
} from './report/round-summary.js';
export { formatCountChange, formatShare, summaryRows, type SummaryRow } from './report/round-change.js';
export { financialEffectTotals, type FinancialEffectYear, type YearAmount } from './report/financial-effect-totals.js';
