import {
  CreatePlanRequestSchema,
  DeletePlanQuerySchema,
  ExtendPlanRequestSchema,
  IdParamsSchema,
  OutlineChecksResponseSchema,
  PlanDiffQuerySchema,
  PlanDiffResponseSchema,
  PlanIdParamsSchema,
  PlanListQuerySchema,
  PlanListResponseSchema,
  PlanSchema,
  PlanVersionListResponseSchema,
  PlanVersionParamsSchema,
  PlanVersionResponseSchema,
  SuggestPlanNumberQuerySchema,
  SuggestPlanNumberResponseSchema,
  UpdatePlanRequestSchema,
} from '@gyokaku/contracts';
import { descendantIds } from '@gyokaku/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authOf } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { outlineForPlans } from '../outline/outline-for-plans.js';
import { outlineChecks } from './plan-checks.service.js';
import { planDiff, planVersion, planVersions } from './plan-history.service.js';
import { listPlans } from './plan-list.repository.js';
import { readPlan } from './plan-read.js';
import { createPlan, editPlan, extendPlan, removePlan } from './plan.service.js';
import { suggestNumber } from './plan-validation.js';

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const signedIn = { access: 'signed-in' } as const;
  // Department staff are let through here; plan.policy decides which plans are theirs.
  const drafters = { access: ['secretariat', 'department_editor', 'department_approver'] as const };
  const tags = ['plans'];

  const outlineOf = async (municipalityId: string, outlineId: string) => {
    const outline = await outlineForPlans(app.db, { municipalityId, outlineId });
    if (!outline) throw notFound('行政改革大綱');
    return outline;
  };
  const nodeOf = (outline: Awaited<ReturnType<typeof outlineOf>>, nodeId: string) => {
    if (!outline.nodes.some((node) => node.id === nodeId)) throw notFound('体系の項目');
    return nodeId;
  };

  app.get(
    '/api/outlines/:id/plans',
    { config: signedIn, schema: { tags, params: IdParamsSchema, querystring: PlanListQuerySchema, response: { 200: PlanListResponseSchema } } },
    async (request) => {
      const { municipalityId } = authOf(request);
      const outline = await outlineOf(municipalityId, request.params.id);
      const { nodeId } = request.query;
      const nodeIds = nodeId ? [nodeOf(outline, nodeId), ...descendantIds(outline.nodes, nodeId)] : undefined;
      return listPlans(app.db, { municipalityId, outlineId: outline.id, nodeIds, query: request.query });
    },
  );

  app.post(
    '/api/outlines/:id/plans',
    { config: drafters, schema: { tags, params: IdParamsSchema, body: CreatePlanRequestSchema, response: { 201: PlanSchema } } },
    async (request, reply) =>
      reply.status(201).send(await createPlan({ db: app.db, auth: authOf(request), outlineId: request.params.id, request: request.body })),
  );

  app.get(
    '/api/outlines/:id/plan-number',
    {
      config: signedIn,
      schema: { tags, params: IdParamsSchema, querystring: SuggestPlanNumberQuerySchema, response: { 200: SuggestPlanNumberResponseSchema } },
    },
    async (request) => {
      const { municipalityId } = authOf(request);
      const outline = await outlineOf(municipalityId, request.params.id);
      const nodeId = nodeOf(outline, request.query.nodeId);
      return { number: await suggestNumber(app.db, { municipalityId, outline, nodeId }) };
    },
  );

  app.get(
    '/api/outlines/:id/plan-checks',
    { config: { access: ['secretariat', 'hq_member'] as const }, schema: { tags, params: IdParamsSchema, response: { 200: OutlineChecksResponseSchema } } },
    async (request) => outlineChecks(app.db, authOf(request), request.params.id),
  );

  app.get(
    '/api/plans/:id',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema, response: { 200: PlanSchema } } },
    async (request) => readPlan(app.db, authOf(request), request.params.id),
  );

  app.put(
    '/api/plans/:id',
    { config: drafters, schema: { tags, params: PlanIdParamsSchema, body: UpdatePlanRequestSchema, response: { 200: PlanSchema } } },
    async (request) => editPlan({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/plans/:id/extend',
    { config: drafters, schema: { tags, params: PlanIdParamsSchema, body: ExtendPlanRequestSchema, response: { 200: PlanSchema } } },
    async (request) => extendPlan({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.delete(
    '/api/plans/:id',
    {
      config: { access: ['secretariat'] as const },
      schema: { tags, params: PlanIdParamsSchema, querystring: DeletePlanQuerySchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removePlan({ db: app.db, auth: authOf(request), id: request.params.id, version: request.query.version });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/plans/:id/versions',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema, response: { 200: PlanVersionListResponseSchema } } },
    async (request) => planVersions(app.db, authOf(request), request.params.id),
  );

  app.get(
    '/api/plans/:id/versions/:version',
    { config: signedIn, schema: { tags, params: PlanVersionParamsSchema, response: { 200: PlanVersionResponseSchema } } },
    async (request) => planVersion(app.db, authOf(request), request.params.id, request.params.version),
  );

  app.get(
    '/api/plans/:id/diff',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema, querystring: PlanDiffQuerySchema, response: { 200: PlanDiffResponseSchema } } },
    async (request) => planDiff(app.db, authOf(request), request.params.id, request.query.from, request.query.to),
  );
};
