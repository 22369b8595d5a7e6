import { AuditLogQuerySchema, AuditLogResponseSchema } from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { listAuditEntries } from './audit.repository.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit-log',
    {
      config: { access: ['secretariat'] },
      schema: { tags: ['audit'], querystring: AuditLogQuerySchema, response: { 200: AuditLogResponseSchema } },
    },
    async (request) => {
      const { municipalityId } = authOf(request);
      return listAuditEntries(request.server.db, { municipalityId, ...request.query });
    },
  );
};
