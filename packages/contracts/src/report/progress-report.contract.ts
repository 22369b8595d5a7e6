import { REPORT_ACTIONS } from '@gyokaku/domain';
import { z } from 'zod';
import { FiscalYearSchema, IdSchema, TimestampSchema, VersionSchema } from '../common/primitives.js';
import { DepartmentRefSchema } from '../plan/plan.contract.js';
import { TargetSchema } from '../plan/plan-sheet.schema.js';
import { ReportPeriodSchema, ReportStateSchema } from './report-round.contract.js';

export const ReportActionSchema = z.enum(REPORT_ACTIONS);
export type { ReportAction } from '@gyokaku/domain';

const prose = (max: number) => z.string().trim().max(max);

/** `PUT /api/reports/:id` — what the department fills in; codes from the municipality's settings. */
export const UpdateReportRequestSchema = z.strictObject({
  version: VersionSchema,
  progressStatus: z.string().trim().min(1).max(20).nullable(),
  selfEvaluation: z.string().trim().min(1).max(20).nullable(),
  workDone: prose(4000),
  /** Actual value per target id; null where not measured. */
  actualValues: z.array(z.strictObject({ targetId: IdSchema, value: z.number().finite().nullable() })).max(10),
  /** Integer yen (歳入確保 + 歳出削減) achieved in the fiscal year; null when not measured. */
  actualFinancialEffect: z.number().int().refine(Number.isSafeInteger, { message: 'amount_not_safe_integer' }).nullable(),
  issues: prose(4000),
  nextSteps: prose(4000),
  citizenEffect: prose(2000),
  /** Why the plan was changed or cancelled (変更・中止); required with a cancelling status. */
  changeReason: prose(2000),
});
export type UpdateReportRequest = z.infer<typeof UpdateReportRequestSchema>;

/** `POST /api/reports/:id/transitions` — quoting the version seen; returns need a comment. */
export const ReportTransitionRequestSchema = z.strictObject({
  action: ReportActionSchema,
  version: VersionSchema,
  comment: z.string().trim().max(4000).default(''),
});
export type ReportTransitionRequest = z.input<typeof ReportTransitionRequestSchema>;

/** `PUT /api/reports/:id/hq-evaluation` — the HQ's second evaluation beside the department's own. */
export const HqEvaluationRequestSchema = z.strictObject({
  version: VersionSchema,
  hqEvaluation: z.string().trim().min(1).max(20).nullable(),
  hqComment: prose(2000),
});
export type HqEvaluationRequest = z.infer<typeof HqEvaluationRequestSchema>;

export const TargetAchievementSchema = z.object({
  targetId: IdSchema,
  target: z.number().nullable(),
  actual: z.number().nullable(),
  rate: z.number().nullable(),
  worsened: z.boolean(),
  gap: z.enum(['no_target_value', 'no_actual', 'invalid_target']).nullable(),
});

export const ReportEventSchema = z.object({
  action: z.union([ReportActionSchema, z.literal('opened'), z.literal('imported')]),
  fromState: ReportStateSchema.nullable(),
  toState: ReportStateSchema,
  comment: z.string(),
  actorName: z.string(),
  at: TimestampSchema,
});

/** `GET /api/reports/:id` — one plan's report with what the plan promised for the year. */
export const ProgressReportSchema = z.object({
  id: IdSchema,
  round: z.object({ id: IdSchema, title: z.string(), fiscalYear: FiscalYearSchema, period: ReportPeriodSchema, dueOn: z.iso.date() }),
  plan: z.object({
    id: IdSchema,
    number: z.string(),
    title: z.string(),
    leadDepartment: DepartmentRefSchema,
    startFiscalYear: FiscalYearSchema,
    endFiscalYear: FiscalYearSchema,
    targets: z.array(TargetSchema),
    /** The year's schedule row, if the sheet has one: what was to be done. */
    scheduledWork: z.string(),
    plannedFinancialEffect: z.number().int(),
  }),
  state: ReportStateSchema,
  stateSince: TimestampSchema,
  progressStatus: z.string().nullable(),
  selfEvaluation: z.string().nullable(),
  hqEvaluation: z.string().nullable(),
  hqComment: z.string(),
  workDone: z.string(),
  actualValues: z.array(z.object({ targetId: IdSchema, value: z.number().nullable() })),
  actualFinancialEffect: z.number().int().nullable(),
  issues: z.string(),
  nextSteps: z.string(),
  citizenEffect: z.string(),
  changeReason: z.string(),
  achievement: z.object({
    targets: z.array(TargetAchievementSchema),
    meanRate: z.number().nullable(),
    hasNumericTarget: z.boolean(),
    /** From the municipality's thresholds; never replaces the department's own evaluation. */
    suggestedEvaluation: z.string().nullable(),
  }),
  /** The same plan's report in the previous round, for comparison. */
  previous: z.object({ roundTitle: z.string(), progressStatus: z.string().nullable(), selfEvaluation: z.string().nullable(), meanRate: z.number().nullable() }).nullable(),
  events: z.array(ReportEventSchema),
  availableActions: z.array(ReportActionSchema),
  editable: z.boolean(),
  canEvaluateAsHq: z.boolean(),
  version: VersionSchema,
  updatedAt: TimestampSchema,
});
export type ProgressReport = z.infer<typeof ProgressReportSchema>;

export const ReportIdParamsSchema = z.strictObject({ id: IdSchema });
