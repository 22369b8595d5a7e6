import {
  InboxCountsSchema,
  InboxResponseSchema,
  MarkNotificationsReadRequestSchema,
  MarkNotificationsReadResponseSchema,
  NotificationListQuerySchema,
  NotificationListResponseSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { inbox, inboxCounts } from './inbox.service.js';
import { markOwnNotificationsRead, ownNotifications } from './notifications.js';

/** Everyone's own task list and notifications; nobody reads another's. */
export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const signedIn = { access: 'signed-in' } as const;
  const tags = ['inbox'];

  app.get('/api/inbox', { config: signedIn, schema: { tags, response: { 200: InboxResponseSchema } } }, async (request) =>
    inbox(app.db, authOf(request)),
  );

  app.get('/api/inbox/counts', { config: signedIn, schema: { tags, response: { 200: InboxCountsSchema } } }, async (request) =>
    inboxCounts(app.db, authOf(request)),
  );

  app.get(
    '/api/notifications',
    { config: signedIn, schema: { tags, querystring: NotificationListQuerySchema, response: { 200: NotificationListResponseSchema } } },
    async (request) => ownNotifications(app.db, authOf(request), request.query),
  );

  app.post(
    '/api/notifications/read',
    { config: signedIn, schema: { tags, body: MarkNotificationsReadRequestSchema, response: { 200: MarkNotificationsReadResponseSchema } } },
    async (request) => markOwnNotificationsRead(app.db, authOf(request), request.body.ids),
  );
};
