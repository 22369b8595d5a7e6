import {
  CallIdParamsSchema,
  CallListQuerySchema,
  CallListResponseSchema,
  CallSchema,
  CreateCallRequestSchema,
  CreateProposalRequestSchema,
  IdParamsSchema,
  NoProposalRequestSchema,
  PlanSchema,
  RemindRequestSchema,
  RemindResponseSchema,
  UpdateCallRequestSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { listCalls, readCall } from './call-read.js';
import { answerNoProposal, createCall, editCall, fileProposal, remindDepartments } from './call.service.js';

/** Calls for proposals (実施計画の募集): the secretariat opens and chases them, departments answer. */
export const callRoutes: FastifyPluginAsyncZod = async (app) => {
  const signedIn = { access: 'signed-in' } as const;
  const secretariat = { access: ['secretariat'] as const };
  const tags = ['calls'];

  app.get(
    '/api/calls',
    { config: signedIn, schema: { tags, querystring: CallListQuerySchema, response: { 200: CallListResponseSchema } } },
    async (request) => listCalls(app.db, authOf(request), request.query.outlineId),
  );

  app.post(
    '/api/outlines/:id/calls',
    { config: secretariat, schema: { tags, params: IdParamsSchema, body: CreateCallRequestSchema, response: { 201: CallSchema } } },
    async (request, reply) =>
      reply.status(201).send(await createCall({ db: app.db, auth: authOf(request), outlineId: request.params.id, request: request.body })),
  );

  app.get(
    '/api/calls/:id',
    { config: signedIn, schema: { tags, params: CallIdParamsSchema, response: { 200: CallSchema } } },
    async (request) => readCall(app.db, authOf(request), request.params.id),
  );

  app.put(
    '/api/calls/:id',
    { config: secretariat, schema: { tags, params: CallIdParamsSchema, body: UpdateCallRequestSchema, response: { 200: CallSchema } } },
    async (request) => editCall({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/calls/:id/no-proposal',
    {
      // The department's own staff answer; call.policy checks which department.
      config: { access: ['department_editor', 'department_approver'] as const },
      schema: { tags, params: CallIdParamsSchema, body: NoProposalRequestSchema, response: { 200: CallSchema } },
    },
    async (request) => answerNoProposal({ db: app.db, auth: authOf(request), callId: request.params.id, request: request.body }),
  );

  app.post(
    '/api/calls/:id/reminders',
    { config: secretariat, schema: { tags, params: CallIdParamsSchema, body: RemindRequestSchema, response: { 200: RemindResponseSchema } } },
    async (request) =>
      remindDepartments({ db: app.db, auth: authOf(request), callId: request.params.id, departmentIds: request.body.departmentIds }),
  );

  app.post(
    '/api/calls/:id/proposals',
    {
      config: { access: ['secretariat', 'department_editor', 'department_approver'] as const },
      schema: { tags, params: CallIdParamsSchema, body: CreateProposalRequestSchema, response: { 201: PlanSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await fileProposal({ db: app.db, auth: authOf(request), callId: request.params.id, request: request.body })),
  );
};
