import { z } from 'zod';

export const LoginRequestSchema = z.strictObject({
  loginId: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export { SessionResponseSchema as LoginResponseSchema } from './session.contract.js';

export const ChangeOwnPasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(12).max(256),
});
export type ChangeOwnPasswordRequest = z.infer<typeof ChangeOwnPasswordRequestSchema>;
