import {
  CreateFrameworkNodeRequestSchema,
  FrameworkNodeSchema,
  IdParamsSchema,
  MoveFrameworkNodeRequestSchema,
  UpdateFrameworkNodeRequestSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authOf } from '../../http/access.js';
import { addFrameworkNode, moveFrameworkNode, removeFrameworkNode, renameFrameworkNode } from './framework.service.js';

/** Editing an outline's framework (基本方針 → 実施項目 → 改革プログラム): the secretariat's job. */
export const frameworkRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { access: ['secretariat'] as const };
  const tags = ['framework'];

  app.post(
    '/api/outlines/:id/nodes',
    { config, schema: { tags, params: IdParamsSchema, body: CreateFrameworkNodeRequestSchema, response: { 201: FrameworkNodeSchema } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addFrameworkNode({ db: app.db, auth: authOf(request), outlineId: request.params.id, request: request.body })),
  );

  app.patch(
    '/api/framework-nodes/:id',
    { config, schema: { tags, params: IdParamsSchema, body: UpdateFrameworkNodeRequestSchema, response: { 200: FrameworkNodeSchema } } },
    async (request) => renameFrameworkNode({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/framework-nodes/:id/move',
    { config, schema: { tags, params: IdParamsSchema, body: MoveFrameworkNodeRequestSchema, response: { 200: FrameworkNodeSchema } } },
    async (request) => moveFrameworkNode({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.delete(
    '/api/framework-nodes/:id',
    { config, schema: { tags, params: IdParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeFrameworkNode({ db: app.db, auth: authOf(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
