import { z } from 'zod';
import { ROLES } from '@gyokaku/domain';
import { IdSchema } from '../common/primitives.js';

export const RoleSchema = z.enum(ROLES);

/** A role held by a user; department roles name the department they are scoped to. */
export const RoleGrantSchema = z.strictObject({
  role: RoleSchema,
  departmentId: IdSchema.nullable().default(null),
});
export type RoleGrant = z.infer<typeof RoleGrantSchema>;

export const RoleGrantViewSchema = z.object({
  role: RoleSchema,
  departmentId: IdSchema.nullable(),
  departmentName: z.string().nullable(),
});
export type RoleGrantView = z.infer<typeof RoleGrantViewSchema>;
