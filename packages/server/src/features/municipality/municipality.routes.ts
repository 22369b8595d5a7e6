import { MunicipalitySchema, UpdateMunicipalitySettingsRequestSchema } from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { editConflict, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { findMunicipality, updateSettings } from './municipality.repository.js';

export const municipalityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/municipality',
    { config: { access: 'signed-in' }, schema: { tags: ['municipality'], response: { 200: MunicipalitySchema } } },
    async (request) => {
      const found = await findMunicipality(app.db, authOf(request).municipalityId);
      if (!found) throw notFound('自治体');
      return found;
    },
  );

  app.put(
    '/api/municipality/settings',
    {
      config: { access: ['secretariat'] },
      schema: {
        tags: ['municipality'],
        body: UpdateMunicipalitySettingsRequestSchema,
        response: { 200: MunicipalitySchema },
      },
    },
    async (request) => {
      const auth = authOf(request);
      return app.db.transaction().execute(async (trx) => {
        const before = await findMunicipality(trx, auth.municipalityId);
        if (!before) throw notFound('自治体');
        const saved = await updateSettings(trx, { municipalityId: auth.municipalityId, ...request.body });
        if (!saved) throw editConflict();
        await recordAudit(trx, {
          municipalityId: auth.municipalityId,
          actorId: auth.userId,
          action: 'updated',
          entityType: 'municipality_settings',
          entityId: auth.municipalityId,
          before: before.settings,
          after: request.body.settings,
        });
        return (await findMunicipality(trx, auth.municipalityId))!;
      });
    },
  );
};
