import { HealthResponseSchema } from '@gyokaku/contracts';
import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../http/app-error.js';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['system'], response: { 200: HealthResponseSchema } } },
    async () => {
      try {
        await sql`SELECT 1`.execute(app.db);
      } catch {
        throw new AppError(503, 'database_unavailable', 'データベースに接続できません。');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
};
