import { PLAN_CHECK_CODES, TARGET_DIRECTIONS } from '@gyokaku/domain';
import { z } from 'zod';
import { FiscalYearSchema, IdSchema } from '../common/primitives.js';

export const PLAN_KINDS = ['reform', 'improvement'] as const;
export const PlanKindSchema = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKindSchema>;

export const FINANCIAL_EFFECT_KINDS = ['revenue', 'expenditure'] as const;

const text = (max: number) => z.string().trim().max(max);

export const ScheduleRowSchema = z.strictObject({
  fiscalYear: FiscalYearSchema,
  description: text(1000),
  /** One of the municipality's schedule phases (検討 / 準備 / 試行 / 実施 / 完了 …). */
  phase: text(20),
});
export type ScheduleRow = z.infer<typeof ScheduleRowSchema>;

export const TargetSchema = z.strictObject({
  /** Stable across versions so that progress reports can attach actual values to it. */
  id: IdSchema,
  indicator: text(200),
  unit: text(20),
  direction: z.enum(TARGET_DIRECTIONS).nullable(),
  baseline: z.number().finite().nullable(),
  baselineFiscalYear: FiscalYearSchema.nullable(),
  values: z.array(z.strictObject({ fiscalYear: FiscalYearSchema, value: z.number().finite().nullable() })).max(20),
});
export type Target = z.infer<typeof TargetSchema>;

export const FinancialEffectSchema = z.strictObject({
  fiscalYear: FiscalYearSchema,
  /** 歳入確保 (revenue secured) or 歳出削減 (expenditure cut). */
  kind: z.enum(FINANCIAL_EFFECT_KINDS),
  amount: z.number().int().refine(Number.isSafeInteger, { message: 'amount_not_safe_integer' }),
});
export type FinancialEffect = z.infer<typeof FinancialEffectSchema>;

/** Everything a department fills in on the plan sheet (実施計画シート). */
export const PlanSheetSchema = z.strictObject({
  /** Blank asks the server to suggest one from the framework position, e.g. '2-1-3-1'. */
  number: text(20),
  title: z.string().trim().min(1).max(200),
  frameworkNodeId: IdSchema,
  relistedNodeIds: z.array(IdSchema).max(10),
  leadDepartmentId: IdSchema,
  collaboratingDepartmentIds: z.array(IdSchema).max(20),
  currentSituation: text(4000),
  aim: text(4000),
  actions: text(4000),
  kind: PlanKindSchema,
  startFiscalYear: FiscalYearSchema,
  endFiscalYear: FiscalYearSchema,
  schedule: z.array(ScheduleRowSchema).max(30),
  targets: z.array(TargetSchema).max(10),
  /** Why there is no numerical target, when there is none. */
  noTargetReason: text(1000),
  financialEffects: z.array(FinancialEffectSchema).max(40),
  citizenEffect: text(2000),
  sdgGoals: z.array(z.number().int().min(1).max(17)).max(17),
  tags: z.array(z.string().trim().min(1).max(20)).max(20),
  predecessorPlanId: IdSchema.nullable(),
});
export type PlanSheet = z.infer<typeof PlanSheetSchema>;

export const PlanCheckSchema = z.object({
  code: z.enum(PLAN_CHECK_CODES),
  severity: z.enum(['error', 'warning']),
  field: z.string(),
  message: z.string(),
});
export type PlanCheckView = z.infer<typeof PlanCheckSchema>;
