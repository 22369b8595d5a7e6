import { REORGANISATION_KINDS } from '@gyokaku/domain';
import { z } from 'zod';
import { IdSchema, IsoDateSchema, TimestampSchema } from '../common/primitives.js';

export const ReorganisationKindSchema = z.enum(REORGANISATION_KINDS);

export const CreateReorganisationRequestSchema = z.strictObject({
  kind: ReorganisationKindSchema,
  /** First day of the new organisation; the old departments end the day before. */
  effectiveDate: IsoDateSchema,
  fromDepartmentIds: z.array(IdSchema).min(1).max(10),
  to: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(60),
        divisionId: IdSchema,
        /** In a split, the successor that takes over the old department's plans. */
        primary: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(10),
  note: z.string().trim().max(500).default(''),
});
export type CreateReorganisationRequest = z.input<typeof CreateReorganisationRequestSchema>;

const DepartmentRefSchema = z.object({ id: IdSchema, name: z.string() });

export const ReorganisationSchema = z.object({
  id: IdSchema,
  kind: ReorganisationKindSchema,
  effectiveDate: IsoDateSchema,
  note: z.string(),
  from: z.array(DepartmentRefSchema),
  to: z.array(DepartmentRefSchema.extend({ primary: z.boolean() })),
  createdAt: TimestampSchema,
});
export type Reorganisation = z.infer<typeof ReorganisationSchema>;

export const ReorganisationListResponseSchema = z.object({ items: z.array(ReorganisationSchema) });
export type ReorganisationListResponse = z.infer<typeof ReorganisationListResponseSchema>;
