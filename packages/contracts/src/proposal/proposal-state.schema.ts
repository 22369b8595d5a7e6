import { DEPARTMENT_CALL_STATUSES, PROPOSAL_ACTIONS, PROPOSAL_STATES } from '@gyokaku/domain';
import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common/primitives.js';

export const ProposalStateSchema = z.enum(PROPOSAL_STATES);
export const ProposalActionSchema = z.enum(PROPOSAL_ACTIONS);
export const DepartmentCallStatusSchema = z.enum(DEPARTMENT_CALL_STATUSES);
export type { DepartmentCallStatus, ProposalAction, ProposalState } from '@gyokaku/domain';

/** A plan's standing as a proposal, carried on the plan itself. */
export const ProposalStatusSchema = z.object({
  callId: IdSchema,
  callTitle: z.string(),
  /** The call's close date (締切), Japan time. */
  closesOn: z.iso.date(),
  state: ProposalStateSchema,
  stateSince: TimestampSchema,
  /** What the signed-in user may do now, in the order a screen offers it. */
  availableActions: z.array(ProposalActionSchema),
  /** Whether the signed-in user may comment (reviewers, approver, collaborating departments). */
  canComment: z.boolean(),
  /** Set when the secretariat folded this proposal into another plan. */
  mergedInto: z.object({ id: IdSchema, number: z.string(), title: z.string() }).nullable(),
});
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;
