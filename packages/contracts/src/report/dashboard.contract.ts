import { z } from 'zod';
import { FiscalYearSchema, IdSchema } from '../common/primitives.js';
import { DepartmentRefSchema } from '../plan/plan.contract.js';
import { ReportRoundSummarySchema } from './report-round.contract.js';

export const SUMMARY_AXES = ['status', 'self_evaluation', 'self_group', 'hq_evaluation', 'hq_group', 'achievement'] as const;
export const SummaryAxisSchema = z.enum(SUMMARY_AXES);

/** One line of the summary table (and of its CSV): axis, category, count, share, 増減. */
export const SummaryRowSchema = z.object({
  axis: SummaryAxisSchema,
  code: z.string(),
  category: z.string(),
  count: z.number().int(),
  share: z.number().nullable(),
  /** Against the previous round; null without one. */
  change: z.number().int().nullable(),
});
export type SummaryRowView = z.infer<typeof SummaryRowSchema>;

/** A round's figures for one slice (the whole outline, a framework node or a department). */
export const SliceSummarySchema = z.object({
  planCount: z.number().int(),
  rows: z.array(SummaryRowSchema),
  meanRate: z.number().nullable(),
  /** Plans measured (with a rate) — the mean's denominator. */
  withRate: z.number().int(),
  withoutNumericTarget: z.number().int(),
  notReported: z.number().int(),
});
export type SliceSummary = z.infer<typeof SliceSummarySchema>;

export const NodeSliceSchema = z.object({
  node: z.object({ id: IdSchema, code: z.string(), title: z.string(), depth: z.number().int() }),
  summary: SliceSummarySchema,
  /** The HQ's evaluation of the node as a whole, where the city evaluates at this level. */
  hqEvaluation: z.object({ evaluation: z.string(), comment: z.string(), version: z.number().int() }).nullable(),
  /** Whether the HQ evaluates this node as a whole (its depth is the municipality's `hqEvaluationDepth`). */
  evaluable: z.boolean(),
});

export const DepartmentSliceSchema = z.object({ department: DepartmentRefSchema, summary: SliceSummarySchema });

export const FinancialEffectYearSchema = z.object({
  fiscalYear: FiscalYearSchema,
  planned: z.number().int(),
  actual: z.number().int().nullable(),
  plannedCumulative: z.number().int(),
  actualCumulative: z.number().int().nullable(),
});

/**
 * `GET /api/report-rounds/:id/dashboard` (secretariat, HQ; the council once released) — the figures
 * the HQ and the council read: the summary with 増減, per framework node and per department, the
 * financial effect planned against actual over the outline's years, and SDG coverage.
 */
export const RoundDashboardSchema = z.object({
  round: ReportRoundSummarySchema,
  previousRound: z.object({ id: IdSchema, title: z.string() }).nullable(),
  overall: SliceSummarySchema,
  byNode: z.array(NodeSliceSchema),
  byDepartment: z.array(DepartmentSliceSchema),
  financialEffect: z.array(FinancialEffectYearSchema),
  sdgCoverage: z.array(z.object({ goal: z.number().int().min(1).max(17), planCount: z.number().int() })),
  /** The settings the figures were built with, for labels and the evaluation legend. */
  scale: z.array(z.object({ code: z.string(), label: z.string() })),
  statuses: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type RoundDashboard = z.infer<typeof RoundDashboardSchema>;

/** `GET /api/report-rounds/:id/reports` — the plans behind a figure (drill-down). */
export const ReportDrillDownQuerySchema = z.strictObject({
  axis: SummaryAxisSchema.optional(),
  /** A status or grade code, a grade group's name, or an achievement row's code. */
  code: z.string().max(40).optional(),
  nodeId: IdSchema.optional(),
  departmentId: IdSchema.optional(),
});

/** `GET /api/plans/:id/trajectory` — each numerical target's yearly target against its reported actuals. */
export const TargetTrajectorySchema = z.object({
  targets: z.array(
    z.object({
      targetId: IdSchema,
      indicator: z.string(),
      unit: z.string(),
      direction: z.string().nullable(),
      baseline: z.number().nullable(),
      baselineFiscalYear: FiscalYearSchema.nullable(),
      points: z.array(z.object({ fiscalYear: FiscalYearSchema, target: z.number().nullable(), actual: z.number().nullable() })),
    }),
  ),
});
export type TargetTrajectory = z.infer<typeof TargetTrajectorySchema>;

/**
 * `PUT /api/report-rounds/:id/node-evaluations/:nodeId` (HQ, secretariat) — the HQ's evaluation of a
 * framework node as a whole. `version` is the evaluation's version seen, or null when there was none.
 */
export const NodeEvaluationRequestSchema = z.strictObject({
  evaluation: z.string().trim().min(1).max(20),
  comment: z.string().trim().max(2000),
  version: z.number().int().min(0).nullable(),
});
export type NodeEvaluationRequest = z.infer<typeof NodeEvaluationRequestSchema>;
export const NodeEvaluationParamsSchema = z.strictObject({ id: IdSchema, nodeId: IdSchema });
export const NodeEvaluationSchema = z.object({ nodeId: IdSchema, evaluation: z.string(), comment: z.string(), version: z.number().int() });
