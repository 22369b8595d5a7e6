import {
  CreateReportRoundRequestSchema,
  HqEvaluationRequestSchema,
  IdParamsSchema,
  NodeEvaluationParamsSchema,
  NodeEvaluationRequestSchema,
  NodeEvaluationSchema,
  PlanIdParamsSchema,
  ProgressReportSchema,
  ReportDrillDownQuerySchema,
  ReportIdParamsSchema,
  ReportListItemSchema,
  ReportRoundIdParamsSchema,
  ReportRoundListQuerySchema,
  ReportRoundListResponseSchema,
  ReportRoundSchema,
  ReportTransitionRequestSchema,
  RoundDashboardSchema,
  TargetTrajectorySchema,
  UpdateReportRequestSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authOf } from '../../http/access.js';
import { evaluateNode } from './node-evaluation.service.js';
import { evaluateAsHq, readReport, transitionReport, updateReport } from './progress-report.service.js';
import { listRounds, openRound, readRound } from './report-round.service.js';
import { drillDown, roundDashboard } from './round-dashboard.service.js';
import { targetTrajectory } from './target-trajectory.service.js';

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['reports'];
  const signedIn = { access: 'signed-in' } as const;
  // Departments are let through; the service shows them only reports of their own plans.
  const reporters = { access: ['secretariat', 'department_editor', 'department_approver', 'hq_member'] as const };
  const readers = { access: ['secretariat', 'hq_member'] as const };

  app.get(
    '/api/report-rounds',
    { config: signedIn, schema: { tags, querystring: ReportRoundListQuerySchema, response: { 200: ReportRoundListResponseSchema } } },
    async (request) => ({ items: await listRounds(app.db, authOf(request), request.query.outlineId) }),
  );

  app.post(
    '/api/outlines/:id/report-rounds',
    { config: { access: ['secretariat'] as const }, schema: { tags, params: IdParamsSchema, body: CreateReportRoundRequestSchema, response: { 201: ReportRoundSchema } } },
    async (request, reply) => {
      const auth = authOf(request);
      const round = await openRound(app.db, auth, request.params.id, request.body);
      return reply.status(201).send(await readRound(app.db, auth, round.id));
    },
  );

  app.get(
    '/api/report-rounds/:id',
    { config: reporters, schema: { tags, params: ReportRoundIdParamsSchema, response: { 200: ReportRoundSchema } } },
    async (request) => readRound(app.db, authOf(request), request.params.id),
  );

  app.get(
    '/api/report-rounds/:id/dashboard',
    { config: readers, schema: { tags, params: ReportRoundIdParamsSchema, response: { 200: RoundDashboardSchema } } },
    async (request) => roundDashboard(app.db, authOf(request), request.params.id),
  );

  app.get(
    '/api/report-rounds/:id/reports',
    {
      config: readers,
      schema: { tags, params: ReportRoundIdParamsSchema, querystring: ReportDrillDownQuerySchema, response: { 200: z.object({ items: z.array(ReportListItemSchema) }) } },
    },
    async (request) => drillDown(app.db, authOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/reports/:id',
    { config: reporters, schema: { tags, params: ReportIdParamsSchema, response: { 200: ProgressReportSchema } } },
    async (request) => readReport(app.db, authOf(request), request.params.id),
  );

  app.put(
    '/api/reports/:id',
    { config: reporters, schema: { tags, params: ReportIdParamsSchema, body: UpdateReportRequestSchema, response: { 200: ProgressReportSchema } } },
    async (request) => updateReport(app.db, authOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/reports/:id/transitions',
    { config: reporters, schema: { tags, params: ReportIdParamsSchema, body: ReportTransitionRequestSchema, response: { 200: ProgressReportSchema } } },
    async (request) => transitionReport(app.db, authOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/reports/:id/hq-evaluation',
    { config: readers, schema: { tags, params: ReportIdParamsSchema, body: HqEvaluationRequestSchema, response: { 200: ProgressReportSchema } } },
    async (request) => evaluateAsHq(app.db, authOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/report-rounds/:id/node-evaluations/:nodeId',
    { config: readers, schema: { tags, params: NodeEvaluationParamsSchema, body: NodeEvaluationRequestSchema, response: { 200: NodeEvaluationSchema } } },
    async (request) => evaluateNode(app.db, authOf(request), request.params.id, request.params.nodeId, request.body),
  );

  app.get(
    '/api/plans/:id/trajectory',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema, response: { 200: TargetTrajectorySchema } } },
    async (request) => targetTrajectory(app.db, authOf(request), request.params.id),
  );
};
