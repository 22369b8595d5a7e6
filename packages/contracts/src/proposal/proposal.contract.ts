import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from '../common/primitives.js';
import { PlanSheetSchema } from '../plan/plan-sheet.schema.js';
import { ProposalActionSchema, ProposalStateSchema } from './proposal-state.schema.js';

/** `POST /api/calls/:id/proposals` — a department files a new proposal (a plan in 作成中). */
export const CreateProposalRequestSchema = PlanSheetSchema;

/** The sheet fields a comment may be attached to; `null` is the proposal as a whole. */
export const CommentFieldSchema = z.enum(Object.keys(PlanSheetSchema.shape) as [keyof typeof PlanSheetSchema.shape, ...(keyof typeof PlanSheetSchema.shape)[]]);
export type CommentField = z.infer<typeof CommentFieldSchema>;

const commentBody = z.string().trim().min(1).max(4000);

export const FieldCommentInputSchema = z.strictObject({ field: CommentFieldSchema.nullable(), body: commentBody });

/**
 * `POST /api/plans/:id/transitions` — one step of the workflow, quoting the sheet version seen.
 * Returns and refusals carry a reason in `comment`; a secretariat return may add comments per field.
 */
export const ProposalTransitionRequestSchema = z.strictObject({
  action: ProposalActionSchema,
  version: VersionSchema,
  comment: z.string().trim().max(4000).default(''),
  fieldComments: z.array(FieldCommentInputSchema).max(50).default([]),
});
export type ProposalTransitionRequest = z.input<typeof ProposalTransitionRequestSchema>;

/** `POST /api/plans/:id/comments` — a comment outside a transition (collaborating departments, reviewers). */
export const AddCommentRequestSchema = FieldCommentInputSchema.extend({ version: VersionSchema });
export type AddCommentRequest = z.infer<typeof AddCommentRequestSchema>;

export const PROPOSAL_COMMENT_ROLES = ['drafter', 'approver', 'secretariat', 'hq', 'collaborator'] as const;

export const ProposalCommentSchema = z.object({
  id: IdSchema,
  field: CommentFieldSchema.nullable(),
  body: z.string(),
  authorName: z.string(),
  authorRole: z.enum(PROPOSAL_COMMENT_ROLES),
  /** The sheet version the comment was written against. */
  planVersion: VersionSchema,
  createdAt: TimestampSchema,
});
export type ProposalComment = z.infer<typeof ProposalCommentSchema>;

export const ProposalEventSchema = z.object({
  id: IdSchema,
  action: z.union([ProposalActionSchema, z.literal('filed'), z.literal('absorbed')]),
  fromState: ProposalStateSchema.nullable(),
  toState: ProposalStateSchema,
  planVersion: VersionSchema,
  comment: z.string(),
  actorName: z.string(),
  at: TimestampSchema,
});
export type ProposalEvent = z.infer<typeof ProposalEventSchema>;

/**
 * `GET /api/plans/:id/proposal` — the proposal's steps and comments, oldest first. After a return,
 * `sinceReturn` names the version the reviewer commented on and the current one, so the client
 * can show what changed since (through `/api/plans/:id/diff`).
 */
export const ProposalTimelineSchema = z.object({
  events: z.array(ProposalEventSchema),
  comments: z.array(ProposalCommentSchema),
  sinceReturn: z.object({ fromVersion: VersionSchema, toVersion: VersionSchema, returnedAt: TimestampSchema }).nullable(),
  /** Plans merged into this one, whose own histories stay readable. */
  absorbed: z.array(z.object({ id: IdSchema, number: z.string(), title: z.string() })),
});
export type ProposalTimeline = z.infer<typeof ProposalTimelineSchema>;

/**
 * `POST /api/plans/:id/merge` — the secretariat folds another proposal into this one: this plan
 * keeps its lead, the other's departments become collaborators, the other ends as 統合済.
 */
export const MergeProposalRequestSchema = z.strictObject({
  version: VersionSchema,
  absorbedPlanId: IdSchema,
  absorbedVersion: VersionSchema,
});
export type MergeProposalRequest = z.infer<typeof MergeProposalRequestSchema>;
