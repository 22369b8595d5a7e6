import {
  CreateUserRequestSchema,
  ResetPasswordRequestSchema,
  UpdateUserRequestSchema,
  UserIdParamsSchema,
  UserListResponseSchema,
  UserSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authOf } from '../../http/access.js';
import { listUsers } from './user.repository.js';
import { createUser, editUser, resetPassword } from './user.service.js';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const access = { access: ['secretariat'] as const };

  app.get(
    '/api/users',
    { config: access, schema: { tags: ['users'], response: { 200: UserListResponseSchema } } },
    async (request) => ({ items: await listUsers(app.db, authOf(request).municipalityId) }),
  );

  app.post(
    '/api/users',
    { config: access, schema: { tags: ['users'], body: CreateUserRequestSchema, response: { 201: UserSchema } } },
    async (request, reply) => reply.status(201).send(await createUser({ db: app.db, auth: authOf(request), request: request.body })),
  );

  app.patch(
    '/api/users/:id',
    {
      config: access,
      schema: { tags: ['users'], params: UserIdParamsSchema, body: UpdateUserRequestSchema, response: { 200: UserSchema } },
    },
    async (request) => editUser({ db: app.db, auth: authOf(request), id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/users/:id/password',
    {
      config: access,
      schema: { tags: ['users'], params: UserIdParamsSchema, body: ResetPasswordRequestSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await resetPassword({ db: app.db, auth: authOf(request), id: request.params.id, password: request.body.password });
      return reply.status(204).send(null);
    },
  );
};
