import { z } from 'zod';
import { IdSchema, IsoDateSchema, TimestampSchema, VersionSchema, shortText } from '../common/primitives.js';
import { DepartmentRefSchema } from '../plan/plan.contract.js';
import { DepartmentCallStatusSchema, ProposalStateSchema } from './proposal-state.schema.js';

export const CALL_PHASES = ['scheduled', 'open', 'closed'] as const;
export const CallPhaseSchema = z.enum(CALL_PHASES);

/** `POST /api/outlines/:id/calls` — the secretariat opens a call for proposals (実施計画の募集). */
export const CreateCallRequestSchema = z.strictObject({
  title: shortText(200),
  instructions: z.string().trim().max(8000),
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
  /** Every addressed department must answer, with 「提案なし」 if it has nothing to propose. */
  answerRequired: z.boolean(),
  departmentIds: z.array(IdSchema).min(1).max(500),
});
export type CreateCallRequest = z.infer<typeof CreateCallRequestSchema>;

/** `PUT /api/calls/:id` — change period, instructions or addressed departments; 409 `edit_conflict` on an old version. */
export const UpdateCallRequestSchema = CreateCallRequestSchema.extend({ version: VersionSchema });
export type UpdateCallRequest = z.infer<typeof UpdateCallRequestSchema>;

/** One addressed department's progress, as the secretariat's table shows it. */
export const CallDepartmentSchema = z.object({
  department: DepartmentRefSchema,
  divisionName: z.string(),
  status: DepartmentCallStatusSchema,
  /** Proposals this department leads, per state. */
  proposalCount: z.number().int(),
  proposalStates: z.partialRecord(ProposalStateSchema, z.number().int()),
  noProposalNote: z.string(),
  noProposalAt: TimestampSchema.nullable(),
  lastRemindedAt: TimestampSchema.nullable(),
});
export type CallDepartment = z.infer<typeof CallDepartmentSchema>;

export const CallSummarySchema = z.object({
  id: IdSchema,
  outlineId: IdSchema,
  outlineTitle: z.string(),
  title: z.string(),
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
  /** Japan-time phase on the day of the request. */
  phase: CallPhaseSchema,
  /** Days to the close date (0 on the day itself, negative once past). */
  daysLeft: z.number().int(),
  answerRequired: z.boolean(),
  departmentCount: z.number().int(),
  answeredCount: z.number().int(),
  proposalCount: z.number().int(),
  version: VersionSchema,
});
export type CallSummary = z.infer<typeof CallSummarySchema>;

export const CallSchema = CallSummarySchema.extend({
  instructions: z.string(),
  createdAt: TimestampSchema,
  departments: z.array(CallDepartmentSchema),
  /** The signed-in user's own departments among the addressed ones (empty for the secretariat). */
  ownDepartmentIds: z.array(IdSchema),
});
export type Call = z.infer<typeof CallSchema>;

/** `GET /api/calls` (optionally `?outlineId=`): calls the user may see — departments only those addressing them. */
export const CallListQuerySchema = z.strictObject({ outlineId: IdSchema.optional() });
export const CallListResponseSchema = z.object({ items: z.array(CallSummarySchema) });
export type CallListResponse = z.infer<typeof CallListResponseSchema>;

/** `POST /api/calls/:id/no-proposal` — a department answers that it has nothing to propose; `withdraw` takes that back. */
export const NoProposalRequestSchema = z.strictObject({
  departmentId: IdSchema,
  note: z.string().trim().max(1000),
  withdraw: z.boolean().default(false),
});
export type NoProposalRequest = z.input<typeof NoProposalRequestSchema>;

/** `POST /api/calls/:id/reminders` — in-app reminders to the editors and approvers of departments that have not answered. */
export const RemindRequestSchema = z.strictObject({
  /** Omitted: every addressed department that has not answered yet. */
  departmentIds: z.array(IdSchema).max(500).optional(),
});
export const RemindResponseSchema = z.object({ departments: z.number().int(), users: z.number().int() });
export type RemindResponse = z.infer<typeof RemindResponseSchema>;

export const CallIdParamsSchema = z.strictObject({ id: IdSchema });
