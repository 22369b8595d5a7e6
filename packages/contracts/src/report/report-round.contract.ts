import { REPORT_PERIODS, REPORT_STATES } from '@gyokaku/domain';
import { z } from 'zod';
import { FiscalYearSchema, IdSchema, IsoDateSchema, TimestampSchema, VersionSchema } from '../common/primitives.js';
import { DepartmentRefSchema } from '../plan/plan.contract.js';

export const ReportPeriodSchema = z.enum(REPORT_PERIODS);
export const ReportStateSchema = z.enum(REPORT_STATES);
export type { ReportPeriod, ReportState } from '@gyokaku/domain';

/**
 * `POST /api/outlines/:id/report-rounds` — the secretariat opens a reporting round: every plan of
 * the outline running in the fiscal year (adopted, not cancelled in an earlier round) gets a report
 * in 作成中, and its lead department is notified.
 */
export const CreateReportRoundRequestSchema = z.strictObject({
  fiscalYear: FiscalYearSchema,
  period: ReportPeriodSchema,
  dueOn: IsoDateSchema,
  instructions: z.string().trim().max(8000).default(''),
});
export type CreateReportRoundRequest = z.input<typeof CreateReportRoundRequestSchema>;

/** `PUT /api/report-rounds/:id` — due date and instructions. */
export const UpdateReportRoundRequestSchema = z.strictObject({
  dueOn: IsoDateSchema,
  instructions: z.string().trim().max(8000),
  version: VersionSchema,
});

export const ReportRoundSummarySchema = z.object({
  id: IdSchema,
  outlineId: IdSchema,
  outlineTitle: z.string(),
  fiscalYear: FiscalYearSchema,
  period: ReportPeriodSchema,
  /** The progress report's title in the municipality's year style: 令和4年度上半期進捗状況報告書. */
  title: z.string(),
  dueOn: IsoDateSchema,
  daysLeft: z.number().int(),
  source: z.enum(['app', 'imported']),
  reportCount: z.number().int(),
  /** Reports per state; a round is complete when all are 確認済. */
  stateCounts: z.partialRecord(ReportStateSchema, z.number().int()),
  version: VersionSchema,
  createdAt: TimestampSchema,
});
export type ReportRoundSummary = z.infer<typeof ReportRoundSummarySchema>;

/** `GET /api/report-rounds?outlineId=` — newest first; departments see the rounds with a report of theirs. */
export const ReportRoundListQuerySchema = z.strictObject({ outlineId: IdSchema.optional() });
export const ReportRoundListResponseSchema = z.object({ items: z.array(ReportRoundSummarySchema) });
export type ReportRoundListResponse = z.infer<typeof ReportRoundListResponseSchema>;

/** A row of the round's report list. */
export const ReportListItemSchema = z.object({
  id: IdSchema,
  plan: z.object({ id: IdSchema, number: z.string(), title: z.string(), frameworkNodeId: IdSchema }),
  leadDepartment: DepartmentRefSchema,
  state: ReportStateSchema,
  stateSince: TimestampSchema,
  progressStatus: z.string().nullable(),
  selfEvaluation: z.string().nullable(),
  hqEvaluation: z.string().nullable(),
  /** Mean achievement of the plan's numerical targets this year; null without any measurable one. */
  meanRate: z.number().nullable(),
  suggestedEvaluation: z.string().nullable(),
  hasNumericTarget: z.boolean(),
  version: VersionSchema,
});
export type ReportListItem = z.infer<typeof ReportListItemSchema>;

/** `GET /api/report-rounds/:id` — the round and its reports (departments: their own only), by plan number. */
export const ReportRoundSchema = ReportRoundSummarySchema.extend({
  instructions: z.string(),
  /** The round 増減 is measured against, if any. */
  previousRound: z.object({ id: IdSchema, title: z.string() }).nullable(),
  reports: z.array(ReportListItemSchema),
});
export type ReportRound = z.infer<typeof ReportRoundSchema>;

export const ReportRoundIdParamsSchema = z.strictObject({ id: IdSchema });
