import { z } from 'zod';
import { FiscalYearSchema, IdSchema, VersionSchema } from '../common/primitives.js';

export const OUTLINE_STATUSES = ['draft', 'public_comment', 'adopted', 'in_force', 'closed'] as const;
export const OutlineStatusSchema = z.enum(OUTLINE_STATUSES);
export type OutlineStatus = z.infer<typeof OutlineStatusSchema>;

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
});
export type FrameworkNode = z.infer<typeof FrameworkNodeSchema>;

export const OutlineListResponseSchema = z.object({ items: z.array(OutlineSummarySchema) });
export type OutlineListResponse = z.infer<typeof OutlineListResponseSchema>;

export const OutlineDetailResponseSchema = OutlineSummarySchema.extend({ nodes: z.array(FrameworkNodeSchema) });
export type OutlineDetailResponse = z.infer<typeof OutlineDetailResponseSchema>;
