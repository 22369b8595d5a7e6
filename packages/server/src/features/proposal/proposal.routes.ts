import {
  AddCommentRequestSchema,
  MergeProposalRequestSchema,
  PlanIdParamsSchema,
  PlanSchema,
  ProposalCommentSchema,
  ProposalTimelineSchema,
  ProposalTransitionRequestSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { mergeProposals } from './proposal-merge.service.js';
import { proposalTimeline } from './proposal-timeline.js';
import { commentOnProposal, transitionProposal } from './proposal.service.js';

/** The proposal workflow on a plan filed into a call: its steps, comments, history and merges. */
export const proposalRoutes: FastifyPluginAsyncZod = async (app) => {
  // Who may take which step depends on the plan's departments and state: plan.policy and the domain decide.
  const signedIn = { access: 'signed-in' } as const;
  const tags = ['proposals'];

  app.post(
    '/api/plans/:id/transitions',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema, body: ProposalTransitionRequestSchema, response: { 200: PlanSchema } } },
    async (request) => transitionProposal({ db: app.db, auth: authOf(request), planId: request.params.id, request: request.body }),
  );

  app.post(
    '/api/plans/:id/comments',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema, body: AddCommentRequestSchema, response: { 201: ProposalCommentSchema } } },
    async (request, reply) =>
      reply.status(201).send(await commentOnProposal({ db: app.db, auth: authOf(request), planId: request.params.id, request: request.body })),
  );

  app.get(
    '/api/plans/:id/proposal',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema, response: { 200: ProposalTimelineSchema } } },
    async (request) => proposalTimeline(app.db, authOf(request), request.params.id),
  );

  app.post(
    '/api/plans/:id/merge',
    { config: { access: ['secretariat'] as const }, schema: { tags, params: PlanIdParamsSchema, body: MergeProposalRequestSchema, response: { 200: PlanSchema } } },
    async (request) => mergeProposals({ db: app.db, auth: authOf(request), planId: request.params.id, request: request.body }),
  );
};
