import { z } from 'zod';
import { IdSchema } from '../common/primitives.js';
import { MunicipalitySchema } from '../municipality/municipality.contract.js';
import { RoleGrantViewSchema } from './role.schema.js';

export const SessionUserSchema = z.object({
  id: IdSchema,
  loginId: z.string(),
  displayName: z.string(),
  roles: z.array(RoleGrantViewSchema),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

/** The signed-in user, their municipality, and the token every state-changing request must echo. */
export const SessionResponseSchema = z.object({
  user: SessionUserSchema,
  municipality: MunicipalitySchema,
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/** The header carrying the CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';
