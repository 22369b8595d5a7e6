import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common/primitives.js';

export const AuditEntrySchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  actor: z.object({ id: IdSchema, displayName: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditLogQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  entityType: z.string().max(40).optional(),
});

export const AuditLogResponseSchema = z.object({
  items: z.array(AuditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditLogResponse = z.infer<typeof AuditLogResponseSchema>;
