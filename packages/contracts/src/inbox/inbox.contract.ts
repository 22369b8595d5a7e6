import { z } from 'zod';
import { IdSchema, IsoDateSchema, TimestampSchema } from '../common/primitives.js';
import { ProposalStateSchema } from '../proposal/proposal-state.schema.js';

/**
 * What waits for the user: proposals to revise, approve, review or decide, and calls their
 * department has still to answer. Derived from the current states, so it is never out of date.
 */
export const TASK_KINDS = [
  'answer_call',
  'revise_proposal',
  'approve_proposal',
  'review_proposal',
  'decide_proposal',
  'fill_report',
  'approve_report',
  'review_report',
] as const;
export const TaskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof TaskKindSchema>;

export const InboxTaskSchema = z.object({
  kind: TaskKindSchema,
  /** The call a proposal task belongs to; null for report tasks. */
  callId: IdSchema.nullable(),
  callTitle: z.string().nullable(),
  /** The reporting round and the report of a report task; null for proposal tasks. */
  round: z.object({ id: IdSchema, title: z.string() }).nullable(),
  reportId: IdSchema.nullable(),
  /** The call's close date or the round's due date; null once the step no longer depends on it (the HQ's decision). */
  deadline: IsoDateSchema.nullable(),
  /** Waiting since: when the proposal reached its state, or when the call opened. */
  since: TimestampSchema,
  department: z.object({ id: IdSchema, name: z.string() }),
  /** `state` is the proposal's state; null for a report task (the report's own state is implied by the kind). */
  plan: z.object({ id: IdSchema, number: z.string(), title: z.string(), state: ProposalStateSchema.nullable() }).nullable(),
});
export type InboxTask = z.infer<typeof InboxTaskSchema>;

/** `GET /api/inbox` — oldest first. */
export const InboxResponseSchema = z.object({ items: z.array(InboxTaskSchema), total: z.number().int() });
export type InboxResponse = z.infer<typeof InboxResponseSchema>;

/** `GET /api/inbox/counts` — small, for the navigation badges on every page. */
export const InboxCountsSchema = z.object({ tasks: z.number().int(), unreadNotifications: z.number().int() });
export type InboxCounts = z.infer<typeof InboxCountsSchema>;

export const NOTIFICATION_KINDS = [
  'proposal_submitted',
  'proposal_withdrawn',
  'proposal_approved',
  'proposal_returned',
  'proposal_accepted',
  'proposal_decided',
  'proposal_merged',
  'proposal_commented',
  'call_opened',
  'call_reminder',
  'report_round_opened',
  'report_submitted',
  'report_withdrawn',
  'report_approved',
  'report_returned',
  'report_accepted',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

export const NotificationSchema = z.object({
  id: IdSchema,
  kind: NotificationKindSchema,
  /** Rendered by the client in the reader's language: planNumber, planTitle, callTitle, closesOn, toState, comment; roundTitle, reportId, dueOn for reports … */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  planId: IdSchema.nullable(),
  callId: IdSchema.nullable(),
  actorName: z.string().nullable(),
  createdAt: TimestampSchema,
  readAt: TimestampSchema.nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** `GET /api/notifications` — newest first. */
export const NotificationListQuerySchema = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(30),
});
export const NotificationListResponseSchema = z.object({ items: z.array(NotificationSchema), total: z.number().int(), unread: z.number().int() });
export type NotificationListResponse = z.infer<typeof NotificationListResponseSchema>;

/** `POST /api/notifications/read` — mark some, or all when `ids` is omitted, as read. */
export const MarkNotificationsReadRequestSchema = z.strictObject({ ids: z.array(IdSchema).max(200).optional() });
export const MarkNotificationsReadResponseSchema = z.object({ unread: z.number().int() });
