import { OUTLINE_STATUSES } from '@gyokaku/domain';
import { z } from 'zod';
import { FiscalYearSchema, IdSchema, TimestampSchema, VersionSchema } from '../common/primitives.js';

export const OutlineStatusSchema = z.enum(OUTLINE_STATUSES);
export type { OutlineStatus } from '@gyokaku/domain';

export const OutlineSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  theme: z.string(),
  startFiscalYear: FiscalYearSchema,
  endFiscalYear: FiscalYearSchema,
  status: OutlineStatusSchema,
  predecessorId: IdSchema.nullable(),
  /** Names of the framework levels from the top: the outline's own words, else the municipality's settings. */
  frameworkLevels: z.array(z.string()),
  version: VersionSchema,
});
export type OutlineSummary = z.infer<typeof OutlineSummarySchema>;

export const FrameworkNodeSchema = z.object({
  id: IdSchema,
  parentId: IdSchema.nullable(),
  /** 0 for the top level; its label is the outline's `frameworkLevels[depth]`. */
  depth: z.number().int().min(0),
  position: z.number().int().min(0),
  title: z.string(),
  description: z.string(),
  /** Position in the tree as the city numbers it, e.g. '2-1-3'. */
  code: z.string(),
  /** Plans filed under this node and its descendants, each counted once (re-listings apart). */
  planCount: z.number().int(),
  planWithTargetCount: z.number().int(),
  relistedCount: z.number().int(),
  version: VersionSchema,
});
export type FrameworkNode = z.infer<typeof FrameworkNodeSchema>;

export const OutlineListResponseSchema = z.object({ items: z.array(OutlineSummarySchema) });
export type OutlineListResponse = z.infer<typeof OutlineListResponseSchema>;

export const PeriodChangeSchema = z.object({
  previousEndFiscalYear: FiscalYearSchema,
  endFiscalYear: FiscalYearSchema,
  reason: z.string(),
  changedAt: TimestampSchema,
  changedBy: z.string(),
});
export type PeriodChange = z.infer<typeof PeriodChangeSchema>;

export const OutlineDetailResponseSchema = OutlineSummarySchema.extend({
  nodes: z.array(FrameworkNodeSchema),
  periodChanges: z.array(PeriodChangeSchema),
  /** Distinct plans in the outline: a re-listed plan counts once. */
  planCount: z.number().int(),
});
export type OutlineDetailResponse = z.infer<typeof OutlineDetailResponseSchema>;

const TitleSchema = z.string().trim().min(1).max(200);
const LevelNamesSchema = z.array(z.string().trim().min(1).max(20)).min(1).max(4);

export const CreateOutlineRequestSchema = z.strictObject({
  title: TitleSchema,
  theme: z.string().trim().max(500).default(''),
  startFiscalYear: FiscalYearSchema,
  endFiscalYear: FiscalYearSchema,
  predecessorId: IdSchema.nullable().default(null),
  /** Level names if this outline uses other words than the municipality's settings. */
  frameworkLevels: LevelNamesSchema.nullable().default(null),
});
export type CreateOutlineRequest = z.input<typeof CreateOutlineRequestSchema>;

export const UpdateOutlineRequestSchema = z.strictObject({
  title: TitleSchema,
  theme: z.string().trim().max(500),
  version: VersionSchema,
});
export type UpdateOutlineRequest = z.infer<typeof UpdateOutlineRequestSchema>;

export const ChangeOutlineStatusRequestSchema = z.strictObject({ status: OutlineStatusSchema, version: VersionSchema });
export type ChangeOutlineStatusRequest = z.infer<typeof ChangeOutlineStatusRequestSchema>;

/** Cities extend an outline (and its plans) by a year so no gap opens before the next one. */
export const ExtendPeriodRequestSchema = z.strictObject({
  endFiscalYear: FiscalYearSchema,
  reason: z.string().trim().min(1).max(1000),
  version: VersionSchema,
});
export type ExtendPeriodRequest = z.infer<typeof ExtendPeriodRequestSchema>;

export const CreateFrameworkNodeRequestSchema = z.strictObject({
  parentId: IdSchema.nullable(),
  title: TitleSchema,
  description: z.string().trim().max(2000).default(''),
});
export type CreateFrameworkNodeRequest = z.input<typeof CreateFrameworkNodeRequestSchema>;

export const UpdateFrameworkNodeRequestSchema = z.strictObject({
  title: TitleSchema,
  description: z.string().trim().max(2000),
  version: VersionSchema,
});
export type UpdateFrameworkNodeRequest = z.infer<typeof UpdateFrameworkNodeRequestSchema>;

/** Moves a node under another parent (or to the top) at a 0-based position among its new siblings. */
export const MoveFrameworkNodeRequestSchema = z.strictObject({
  parentId: IdSchema.nullable(),
  position: z.number().int().min(0),
  version: VersionSchema,
});
export type MoveFrameworkNodeRequest = z.infer<typeof MoveFrameworkNodeRequestSchema>;
