import { z } from 'zod';
import { FiscalYearSchema, IdSchema, TimestampSchema, VersionSchema } from '../common/primitives.js';
import { ExtendPeriodRequestSchema, PeriodChangeSchema } from '../outline/outline.contract.js';
import { PlanCheckSchema, PlanKindSchema, PlanSheetSchema } from './plan-sheet.schema.js';
import { ProposalStateSchema, ProposalStatusSchema } from '../proposal/proposal-state.schema.js';

export const DepartmentRefSchema = z.object({ id: IdSchema, name: z.string() });
export const PlanRefSchema = z.object({
  id: IdSchema,
  number: z.string(),
  title: z.string(),
  outlineId: IdSchema,
  outlineTitle: z.string(),
});
export type PlanRef = z.infer<typeof PlanRefSchema>;

export const CreatePlanRequestSchema = PlanSheetSchema;
export type CreatePlanRequest = z.infer<typeof CreatePlanRequestSchema>;

/** A save quoting the version it was based on; an older one gets 409 `edit_conflict`. */
export const UpdatePlanRequestSchema = PlanSheetSchema.extend({ version: VersionSchema });
export type UpdatePlanRequest = z.infer<typeof UpdatePlanRequestSchema>;

export const PlanSchema = PlanSheetSchema.extend({
  id: IdSchema,
  outlineId: IdSchema,
  version: VersionSchema,
  leadDepartment: DepartmentRefSchema,
  collaboratingDepartments: z.array(DepartmentRefSchema),
  /** Lineage both ways: the earlier plan this one carries over, and later plans carrying it over. */
  predecessorPlan: PlanRefSchema.nullable(),
  successorPlans: z.array(PlanRefSchema),
  checks: z.array(PlanCheckSchema),
  /** Extensions of the plan's end fiscal year, oldest first, each with its reason. */
  periodChanges: z.array(PeriodChangeSchema),
  /** Whether the signed-in user may edit this plan. */
  editable: z.boolean(),
  /** Set when the plan came in as a proposal to a call: where it stands and what the user may do next. */
  proposal: ProposalStatusSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  updatedBy: z.string(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PLAN_SORTS = ['number', 'title', 'department', 'updatedAt', 'startFiscalYear'] as const;

export const PlanListQuerySchema = z.strictObject({
  nodeId: IdSchema.optional(),
  /** Lead or collaborating. */
  departmentId: IdSchema.optional(),
  kind: PlanKindSchema.optional(),
  tag: z.string().max(20).optional(),
  sdg: z.coerce.number().int().min(1).max(17).optional(),
  /** Plans running in this fiscal year. */
  fiscalYear: z.coerce.number().int().min(1868).max(9999).optional(),
  /** `any` for plans with any check warning, or one check code. */
  check: z.string().max(40).optional(),
  /** Proposals in this state; `none` for plans entered directly, not through a call. */
  proposalState: z.union([ProposalStateSchema, z.literal('none')]).optional(),
  callId: IdSchema.optional(),
  /** Japanese free text over number, title, situation, aim and actions. */
  q: z.string().trim().max(100).optional(),
  sort: z.enum(PLAN_SORTS).default('number'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PlanListQuery = z.input<typeof PlanListQuerySchema>;

export const PlanListItemSchema = z.object({
  id: IdSchema,
  number: z.string(),
  title: z.string(),
  frameworkNodeId: IdSchema,
  /** True when listed here because of a re-listing (再掲) under the filtered node. */
  relisted: z.boolean(),
  leadDepartment: DepartmentRefSchema,
  collaboratingDepartments: z.array(DepartmentRefSchema),
  kind: PlanKindSchema,
  startFiscalYear: FiscalYearSchema,
  endFiscalYear: FiscalYearSchema,
  targetCount: z.number().int(),
  checkCodes: z.array(z.string()),
  sdgGoals: z.array(z.number().int()),
  tags: z.array(z.string()),
  proposalState: ProposalStateSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type PlanListItem = z.infer<typeof PlanListItemSchema>;

export const PlanListResponseSchema = z.object({
  items: z.array(PlanListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PlanListResponse = z.infer<typeof PlanListResponseSchema>;

/** What made a version: a save by a person, a period extension, a reorganisation handing the plan on, a merge of two proposals or an Excel import. */
export const PLAN_VERSION_CHANGES = ['created', 'updated', 'period_extended', 'reorganised', 'merged', 'imported'] as const;
export type PlanVersionChange = (typeof PLAN_VERSION_CHANGES)[number];

export const PlanVersionSummarySchema = z.object({
  version: VersionSchema,
  savedAt: TimestampSchema,
  savedBy: z.string(),
  change: z.enum(PLAN_VERSION_CHANGES),
  /** Why (period extension, reorganisation); empty for ordinary saves. */
  reason: z.string(),
});
export const PlanVersionListResponseSchema = z.object({ items: z.array(PlanVersionSummarySchema) });
export type PlanVersionListResponse = z.infer<typeof PlanVersionListResponseSchema>;

export const PlanVersionResponseSchema = PlanVersionSummarySchema.extend({ sheet: PlanSheetSchema });
export type PlanVersionResponse = z.infer<typeof PlanVersionResponseSchema>;

export const PlanDiffQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(0),
});

export const PlanDiffResponseSchema = z.object({
  from: PlanVersionSummarySchema,
  to: PlanVersionSummarySchema,
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type PlanDiffResponse = z.infer<typeof PlanDiffResponseSchema>;

/** Extends one plan's end fiscal year; the reason is kept in its version history. */
export const ExtendPlanRequestSchema = ExtendPeriodRequestSchema;
export type ExtendPlanRequest = z.infer<typeof ExtendPlanRequestSchema>;

/** `DELETE /api/plans/:id?version=N`: only while the outline is a draft. */
export const DeletePlanQuerySchema = z.strictObject({ version: z.coerce.number().int().min(0) });

export const PlanIdParamsSchema = z.strictObject({ id: IdSchema });
export const PlanVersionParamsSchema = z.strictObject({ id: IdSchema, version: z.coerce.number().int().min(0) });

/** The secretariat's list of what the checks found across an outline, duplicates included. */
export const OutlineChecksResponseSchema = z.object({
  plans: z.array(
    z.object({ id: IdSchema, number: z.string(), title: z.string(), leadDepartment: DepartmentRefSchema, checks: z.array(PlanCheckSchema) }),
  ),
  duplicates: z.array(
    z.object({
      similarity: z.number(),
      plans: z.array(z.object({ id: IdSchema, number: z.string(), title: z.string(), leadDepartment: DepartmentRefSchema })),
    }),
  ),
});
export type OutlineChecksResponse = z.infer<typeof OutlineChecksResponseSchema>;

export const SuggestPlanNumberQuerySchema = z.strictObject({ nodeId: IdSchema });
export const SuggestPlanNumberResponseSchema = z.object({ number: z.string() });
