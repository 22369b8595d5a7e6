import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/primitives.js';
import { MunicipalitySettingsSchema } from './municipality-settings.schema.js';

export const MunicipalitySchema = z.object({
  id: IdSchema,
  code: z.string().length(6),
  name: z.string(),
  settings: MunicipalitySettingsSchema,
  version: VersionSchema,
});
export type Municipality = z.infer<typeof MunicipalitySchema>;

export const UpdateMunicipalitySettingsRequestSchema = z.strictObject({
  settings: MunicipalitySettingsSchema,
  version: VersionSchema,
});
export type UpdateMunicipalitySettingsRequest = z.infer<typeof UpdateMunicipalitySettingsRequestSchema>;
