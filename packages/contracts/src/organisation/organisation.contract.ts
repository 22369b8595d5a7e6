import { z } from 'zod';
import { IdSchema, IsoDateSchema, VersionSchema } from '../common/primitives.js';

/** Validity is inclusive on both ends: `validTo` is the last day, as 令和5年3月31日まで reads. */
const ValiditySchema = z.object({ validFrom: IsoDateSchema, validTo: IsoDateSchema.nullable() });

export const DivisionSchema = ValiditySchema.extend({
  id: IdSchema,
  name: z.string(),
  version: VersionSchema,
});
export type Division = z.infer<typeof DivisionSchema>;

export const DepartmentSchema = ValiditySchema.extend({
  id: IdSchema,
  divisionId: IdSchema,
  name: z.string(),
  version: VersionSchema,
  predecessorIds: z.array(IdSchema),
  successorIds: z.array(IdSchema),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const OrganisationQuerySchema = z.strictObject({
  /** Show the organisation as it stood on this date (default: today in Japan). */
  asOf: IsoDateSchema.optional(),
  /** Also list divisions and departments that had ended by then, for history. */
  includeEnded: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const OrganisationResponseSchema = z.object({
  asOf: IsoDateSchema,
  divisions: z.array(DivisionSchema),
  departments: z.array(DepartmentSchema),
});
export type OrganisationResponse = z.infer<typeof OrganisationResponseSchema>;

const NameSchema = z.string().trim().min(1).max(60);

export const CreateDivisionRequestSchema = z.strictObject({ name: NameSchema, validFrom: IsoDateSchema });
export type CreateDivisionRequest = z.infer<typeof CreateDivisionRequestSchema>;

export const UpdateDivisionRequestSchema = z.strictObject({
  name: NameSchema,
  validTo: IsoDateSchema.nullable(),
  version: VersionSchema,
});
export type UpdateDivisionRequest = z.infer<typeof UpdateDivisionRequestSchema>;

export const CreateDepartmentRequestSchema = z.strictObject({
  divisionId: IdSchema,
  name: NameSchema,
  validFrom: IsoDateSchema,
});
export type CreateDepartmentRequest = z.infer<typeof CreateDepartmentRequestSchema>;

/** Corrects a department in place (a typo, an abolition); renames that history must remember go through a reorganisation. */
export const UpdateDepartmentRequestSchema = z.strictObject({
  divisionId: IdSchema,
  name: NameSchema,
  validTo: IsoDateSchema.nullable(),
  version: VersionSchema,
});
export type UpdateDepartmentRequest = z.infer<typeof UpdateDepartmentRequestSchema>;

export const IdParamsSchema = z.strictObject({ id: IdSchema });
