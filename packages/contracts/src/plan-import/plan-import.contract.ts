import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common/primitives.js';

/**
 * Excel round trip. `GET /api/outlines/:id/plan-template.xlsx?departmentId=` gives a workbook with
 * one sheet per plan; `POST /api/outlines/:id/plan-imports?format=…&fileName=…` takes a workbook as
 * the raw request body (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) and
 * answers with a preview; nothing is saved until `POST /api/plan-imports/:id/commit`.
 */
export const PLAN_IMPORT_FORMATS = ['template', 'rows'] as const;
export const PlanImportFormatSchema = z.enum(PLAN_IMPORT_FORMATS);
export type PlanImportFormat = z.infer<typeof PlanImportFormatSchema>;

export const PlanTemplateQuerySchema = z.strictObject({
  departmentId: IdSchema.optional(),
  /** Empty sheets appended for new plans. */
  blankSheets: z.coerce.number().int().min(0).max(50).default(3),
});

export const CreatePlanImportQuerySchema = z.strictObject({
  format: PlanImportFormatSchema,
  fileName: z.string().trim().min(1).max(255),
  /** New plans become proposals (作成中) in this call. */
  callId: IdSchema.optional(),
});

/**
 * The fields a hand-made row sheet can be mapped to. Departments and framework node are matched by
 * name or code; years accept 令和5年度 / R5 / H30 / 2023; amounts accept ￥1,000 and ▲.
 */
export const ROW_IMPORT_FIELDS = [
  'number',
  'title',
  'frameworkNode',
  'leadDepartment',
  'collaboratingDepartments',
  'currentSituation',
  'aim',
  'actions',
  'kind',
  'startFiscalYear',
  'endFiscalYear',
  'targetIndicator',
  'targetUnit',
  'targetDirection',
  'targetBaseline',
  'targetValue',
  'noTargetReason',
  'financialEffect',
  'citizenEffect',
  'sdgGoals',
  'tags',
] as const;
export const RowImportFieldSchema = z.enum(ROW_IMPORT_FIELDS);
export type RowImportField = z.infer<typeof RowImportFieldSchema>;

/** Field → column letter ('A', 'B' …), or null when the sheet has no such column. */
export const ColumnMappingSchema = z.partialRecord(RowImportFieldSchema, z.string().regex(/^[A-Z]{1,3}$/).nullable());
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export const ImportColumnSchema = z.object({
  column: z.string(),
  header: z.string(),
  /** The first few values under the header, to help the user recognise the column. */
  samples: z.array(z.string()),
});

/** A problem with one cell, addressed the way Excel shows it. */
export const CellErrorSchema = z.object({
  sheet: z.string(),
  /** 'C12'; empty when the problem is the sheet as a whole. */
  cell: z.string(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type CellError = z.infer<typeof CellErrorSchema>;

export const IMPORT_ITEM_STATUSES = ['new', 'changed', 'unchanged', 'conflict', 'invalid'] as const;

export const ImportItemSchema = z.object({
  /** Sheet name, and for a row sheet the 1-based row number. */
  sheet: z.string(),
  row: z.number().int().nullable(),
  status: z.enum(IMPORT_ITEM_STATUSES),
  planId: IdSchema.nullable(),
  number: z.string(),
  title: z.string(),
  /** For changed plans: field by field, as the version diff shows it. */
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  errors: z.array(CellErrorSchema),
  /** For a conflict: the version in the workbook and the plan's version now. */
  workbookVersion: z.number().int().nullable(),
  currentVersion: z.number().int().nullable(),
});
export type ImportItem = z.infer<typeof ImportItemSchema>;

export const PlanImportSchema = z.object({
  id: IdSchema,
  outlineId: IdSchema,
  callId: IdSchema.nullable(),
  format: PlanImportFormatSchema,
  fileName: z.string(),
  createdAt: TimestampSchema,
  committedAt: TimestampSchema.nullable(),
  /** A row sheet waits here for its column mapping before it can be previewed. */
  columns: z.array(ImportColumnSchema).nullable(),
  suggestedMapping: ColumnMappingSchema.nullable(),
  mapping: ColumnMappingSchema.nullable(),
  items: z.array(ImportItemSchema),
  summary: z.object({
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    conflict: z.number().int(),
    invalid: z.number().int(),
  }),
  /** True when there is something to save and no error or conflict: commit is all or nothing. */
  committable: z.boolean(),
});
export type PlanImport = z.infer<typeof PlanImportSchema>;

/** `PUT /api/plan-imports/:id/mapping` — the user's column mapping for a row sheet; answers with the preview. */
export const SetColumnMappingRequestSchema = z.strictObject({ mapping: ColumnMappingSchema });

export const CommitPlanImportResponseSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  planIds: z.array(IdSchema),
});
export type CommitPlanImportResponse = z.infer<typeof CommitPlanImportResponseSchema>;

export const PlanImportIdParamsSchema = z.strictObject({ id: IdSchema });
