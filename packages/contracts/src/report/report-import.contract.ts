import { z } from 'zod';
import { FiscalYearSchema, IdSchema, IsoDateSchema, TimestampSchema } from '../common/primitives.js';
import { CellErrorSchema, ImportColumnSchema } from '../plan-import/plan-import.contract.js';
import { ReportPeriodSchema } from './report-round.contract.js';

/**
 * A past round from Excel (secretariat only). `POST /api/outlines/:id/report-imports?fiscalYear=&period=&fileName=`
 * takes one sheet of rows — one plan a row — as the raw request body
 * (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) and answers with the preview,
 * its columns mapped from their headings; `PUT /api/report-imports/:id/mapping` reads it again with
 * the user's mapping; nothing is saved until `POST /api/report-imports/:id/commit`, which creates the
 * round (source 'imported') with one accepted report per row, all or nothing.
 */
export const REPORT_IMPORT_FIELDS = [
  'number',
  'progressStatus',
  'selfEvaluation',
  'hqEvaluation',
  'actualValue',
  'actualFinancialEffect',
  'workDone',
  'issues',
  'nextSteps',
  'citizenEffect',
  'changeReason',
  'hqComment',
] as const;
export const ReportImportFieldSchema = z.enum(REPORT_IMPORT_FIELDS);
export type ReportImportField = z.infer<typeof ReportImportFieldSchema>;

/** Field → column letter ('A', 'B' …), or null when the sheet has no such column. */
export const ReportColumnMappingSchema = z.partialRecord(ReportImportFieldSchema, z.string().regex(/^[A-Z]{1,3}$/).nullable());
export type ReportColumnMapping = z.infer<typeof ReportColumnMappingSchema>;

export const CreateReportImportQuerySchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  fiscalYear: z.coerce.number().int().min(1868).max(9999),
  period: ReportPeriodSchema,
  /** The round's due date as it was; the last day of the period when not given. */
  dueOn: IsoDateSchema.optional(),
});
export type CreateReportImportQuery = z.infer<typeof CreateReportImportQuerySchema>;

/**
 * How an actual value found its target: the sheet's single 実績値 column, used for a plan with
 * exactly one numerical target, or a column headed by the target's indicator (e.g. 平均待ち時間（分）),
 * needed when a plan has several.
 */
export const ACTUAL_VALUE_SOURCES = ['actual_value_column', 'indicator_column'] as const;

export const ImportedActualSchema = z.object({
  targetId: IdSchema,
  indicator: z.string(),
  unit: z.string(),
  value: z.number(),
  cell: z.string(),
  source: z.enum(ACTUAL_VALUE_SOURCES),
});

/** One row as read: the plan it names, what its report will hold, and every problem by cell. */
export const ReportImportItemSchema = z.object({
  /** 1-based row of the sheet. */
  row: z.number().int(),
  valid: z.boolean(),
  planId: IdSchema.nullable(),
  number: z.string(),
  /** The plan's title as Gyokaku has it, for the user to check the row matched the plan meant. */
  title: z.string(),
  progressStatus: z.string().nullable(),
  selfEvaluation: z.string().nullable(),
  hqEvaluation: z.string().nullable(),
  hqComment: z.string(),
  workDone: z.string(),
  actualValues: z.array(ImportedActualSchema),
  actualFinancialEffect: z.number().int().nullable(),
  issues: z.string(),
  nextSteps: z.string(),
  citizenEffect: z.string(),
  changeReason: z.string(),
  errors: z.array(CellErrorSchema),
});
export type ReportImportItem = z.infer<typeof ReportImportItemSchema>;

export const ReportImportSchema = z.object({
  id: IdSchema,
  outlineId: IdSchema,
  fiscalYear: FiscalYearSchema,
  period: ReportPeriodSchema,
  /** The round it will become: 令和2年度進捗状況報告書. */
  roundTitle: z.string(),
  dueOn: IsoDateSchema,
  fileName: z.string(),
  /** The sheet the rows were read from (the first visible one). */
  sheet: z.string(),
  createdAt: TimestampSchema,
  committedAt: TimestampSchema.nullable(),
  /** The round the commit created. */
  roundId: IdSchema.nullable(),
  columns: z.array(ImportColumnSchema),
  suggestedMapping: ReportColumnMappingSchema,
  mapping: ReportColumnMappingSchema,
  /** Columns read as actual values because their heading is a target's indicator. */
  indicatorColumns: z.array(z.object({ column: z.string(), header: z.string() })),
  items: z.array(ReportImportItemSchema),
  /**
   * Plans due to report that year with no row in the sheet. They are left out of the round, so its
   * figures cover the plans reported then; add their rows and upload again to include them.
   */
  notInSheet: z.array(z.object({ planId: IdSchema, number: z.string(), title: z.string() })),
  summary: z.object({ rows: z.number().int(), valid: z.number().int(), invalid: z.number().int(), notInSheet: z.number().int() }),
  /** True when every row is valid and the import is not committed yet: commit is all or nothing. */
  committable: z.boolean(),
});
export type ReportImport = z.infer<typeof ReportImportSchema>;

/** `PUT /api/report-imports/:id/mapping` — the user's column mapping; answers with the new preview. */
export const SetReportColumnMappingRequestSchema = z.strictObject({ mapping: ReportColumnMappingSchema });

export const CommitReportImportResponseSchema = z.object({ roundId: IdSchema, reportCount: z.number().int() });
export type CommitReportImportResponse = z.infer<typeof CommitReportImportResponseSchema>;

export const ReportImportIdParamsSchema = z.strictObject({ id: IdSchema });
