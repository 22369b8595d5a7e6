import { todayInJapan } from '@gyokaku/domain';
import {
  CreateDepartmentRequestSchema,
  CreateDivisionRequestSchema,
  CreateReorganisationRequestSchema,
  DepartmentSchema,
  DivisionSchema,
  IdParamsSchema,
  OrganisationQuerySchema,
  OrganisationResponseSchema,
  ReorganisationListResponseSchema,
  ReorganisationSchema,
  UpdateDepartmentRequestSchema,
  UpdateDivisionRequestSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { listOrganisation, listReorganisations } from './organisation.repository.js';
import { createDepartment, createDivision, editDepartment, editDivision } from './organisation.service.js';
import { reorganise } from './reorganisation.service.js';

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organisation',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['organisation'], querystring: OrganisationQuerySchema, response: { 200: OrganisationResponseSchema } },
    },
    async (request) => {
      const asOf = request.query.asOf ?? todayInJapan(new Date());
      const { municipalityId } = authOf(request);
      const organisation = await listOrganisation(app.db, { municipalityId, asOf, includeEnded: request.query.includeEnded });
      return { asOf, ...organisation };
    },
  );

  app.post(
    '/api/divisions',
    {
      config: { access: ['secretariat'] },
      schema: { tags: ['organisation'], body: CreateDivisionRequestSchema, response: { 201: DivisionSchema } },
    },
    async (request, reply) => reply.status(201).send(await createDivision({ db: app.db, auth: authOf(request), request: request.body })),
  );

  app.patch(
    '/api/divisions/:id',
    {
      config: { access: ['secretariat'] },
      schema: { tags: ['organisation'], params: IdParamsSchema, body: UpdateDivisionRequestSchema, response: { 200: DivisionSchema } },
    },
    async (request) => editDivision({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/departments',
    {
      config: { access: ['secretariat'] },
      schema: { tags: ['organisation'], body: CreateDepartmentRequestSchema, response: { 201: DepartmentSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createDepartment({ db: app.db, auth: authOf(request), request: request.body })),
  );

  app.patch(
    '/api/departments/:id',
    {
      config: { access: ['secretariat'] },
      schema: {
        tags: ['organisation'],
        params: IdParamsSchema,
        body: UpdateDepartmentRequestSchema,
        response: { 200: DepartmentSchema },
      },
    },
    async (request) => editDepartment({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.get(
    '/api/reorganisations',
    { config: { access: 'signed-in' }, schema: { tags: ['organisation'], response: { 200: ReorganisationListResponseSchema } } },
    async (request) => ({ items: await listReorganisations(app.db, authOf(request).municipalityId) }),
  );

  app.post(
    '/api/reorganisations',
    {
      config: { access: ['secretariat'] },
      schema: { tags: ['organisation'], body: CreateReorganisationRequestSchema, response: { 201: ReorganisationSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await reorganise({ db: app.db, auth: authOf(request), request: request.body })),
  );
};
