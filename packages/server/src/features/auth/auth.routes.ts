import { ChangeOwnPasswordRequestSchema, LoginRequestSchema, SessionResponseSchema } from '@gyokaku/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authOf } from '../../http/access.js';
import { changeOwnPassword, sessionView, signIn } from './auth.service.js';
import { deleteSession } from './session.repository.js';
import { SESSION_COOKIE, SESSION_LIFETIME_MS } from './session-token.js';

const cookieOptions = (request: FastifyRequest) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: request.protocol === 'https',
});

const clearSessionCookie = (request: FastifyRequest, reply: FastifyReply) =>
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], body: LoginRequestSchema, response: { 200: SessionResponseSchema } },
    },
    async (request, reply) => {
      const { token, auth } = await signIn({ db: app.db, ...request.body, ip: request.ip, now: new Date() });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: SESSION_LIFETIME_MS / 1000 });
      return sessionView(app.db, auth);
    },
  );

  app.get(
    '/api/auth/session',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], response: { 200: SessionResponseSchema } } },
    async (request) => sessionView(app.db, authOf(request)),
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteSession(app.db, authOf(request).tokenHash);
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['auth'], body: ChangeOwnPasswordRequestSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await changeOwnPassword({ db: app.db, auth: authOf(request), ...request.body });
      return reply.status(204).send(null);
    },
  );
};
