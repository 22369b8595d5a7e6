import {
  ChangeOutlineStatusRequestSchema,
  CreateOutlineRequestSchema,
  ExtendPeriodRequestSchema,
  IdParamsSchema,
  OutlineDetailResponseSchema,
  OutlineListResponseSchema,
  UpdateOutlineRequestSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { presentOutlineDetail } from './outline-detail.js';
import { listOutlines } from './outline.repository.js';
import { changeOutlineStatus, createOutline, editOutline, extendOutline } from './outline.service.js';

export const outlineRoutes: FastifyPluginAsyncZod = async (app) => {
  const secretariat = { access: ['secretariat'] as const };
  const tags = ['outlines'];

  app.get(
    '/api/outlines',
    { config: { access: 'signed-in' }, schema: { tags, response: { 200: OutlineListResponseSchema } } },
    async (request) => {
      const { municipalityId } = authOf(request);
      const municipality = await findMunicipality(app.db, municipalityId);
      return { items: await listOutlines(app.db, { municipalityId, defaultLevels: municipality?.settings.frameworkLevels ?? [] }) };
    },
  );

  app.get(
    '/api/outlines/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: IdParamsSchema, response: { 200: OutlineDetailResponseSchema } } },
    async (request) => presentOutlineDetail(app.db, authOf(request).municipalityId, request.params.id),
  );

  app.post(
    '/api/outlines',
    { config: secretariat, schema: { tags, body: CreateOutlineRequestSchema, response: { 201: OutlineDetailResponseSchema } } },
    async (request, reply) => reply.status(201).send(await createOutline({ db: app.db, auth: authOf(request), request: request.body })),
  );

  app.patch(
    '/api/outlines/:id',
    {
      config: secretariat,
      schema: { tags, params: IdParamsSchema, body: UpdateOutlineRequestSchema, response: { 200: OutlineDetailResponseSchema } },
    },
    async (request) => editOutline({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/outlines/:id/status',
    {
      config: secretariat,
      schema: { tags, params: IdParamsSchema, body: ChangeOutlineStatusRequestSchema, response: { 200: OutlineDetailResponseSchema } },
    },
    async (request) => changeOutlineStatus({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/outlines/:id/extend',
    {
      config: secretariat,
      schema: { tags, params: IdParamsSchema, body: ExtendPeriodRequestSchema, response: { 200: OutlineDetailResponseSchema } },
    },
    async (request) => extendOutline({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );
};
