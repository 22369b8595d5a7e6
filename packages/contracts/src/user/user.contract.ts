import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from '../common/primitives.js';
import { RoleGrantSchema, RoleGrantViewSchema } from '../auth/role.schema.js';

/** Login IDs are unique across the deployment, like e-mail addresses, so sign-in needs no tenant picker. */
export const LoginIdSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'login_id_format' });

/** Long passphrases over composition rules, as NIST SP 800-63B advises. */
export const PasswordSchema = z.string().min(12).max(256);

export const UserSchema = z.object({
  id: IdSchema,
  loginId: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  roles: z.array(RoleGrantViewSchema),
  createdAt: TimestampSchema,
  version: VersionSchema,
});
export type User = z.infer<typeof UserSchema>;

export const UserListResponseSchema = z.object({ items: z.array(UserSchema) });
export type UserListResponse = z.infer<typeof UserListResponseSchema>;

export const CreateUserRequestSchema = z.strictObject({
  loginId: LoginIdSchema,
  displayName: z.string().trim().min(1).max(100),
  password: PasswordSchema,
  roles: z.array(RoleGrantSchema).min(1).max(20),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

export const UpdateUserRequestSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(100),
  active: z.boolean(),
  roles: z.array(RoleGrantSchema).min(1).max(20),
  version: VersionSchema,
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

export const ResetPasswordRequestSchema = z.strictObject({ password: PasswordSchema });
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequestSchema>;

export const UserIdParamsSchema = z.strictObject({ id: IdSchema });
