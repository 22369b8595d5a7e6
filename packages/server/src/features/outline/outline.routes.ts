import { IdParamsSchema, OutlineDetailResponseSchema, OutlineListResponseSchema } from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { listFrameworkNodes, listOutlines } from './outline.repository.js';

export const outlineRoutes: FastifyPluginAsyncZod = async (app) => {
  const outlines = async (municipalityId: string, id?: string) => {
    const municipality = await findMunicipality(app.db, municipalityId);
    return listOutlines(app.db, { municipalityId, defaultLevels: municipality?.settings.frameworkLevels ?? [], id });
  };

  app.get(
    '/api/outlines',
    { config: { access: 'signed-in' }, schema: { tags: ['outlines'], response: { 200: OutlineListResponseSchema } } },
    async (request) => ({ items: await outlines(authOf(request).municipalityId) }),
  );

  app.get(
    '/api/outlines/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['outlines'], params: IdParamsSchema, response: { 200: OutlineDetailResponseSchema } },
    },
    async (request) => {
      const { municipalityId } = authOf(request);
      const [outline] = await outlines(municipalityId, request.params.id);
      if (!outline) throw notFound('行政改革大綱');
      return { ...outline, nodes: await listFrameworkNodes(app.db, municipalityId, outline.id) };
    },
  );
};
