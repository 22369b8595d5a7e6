import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import { createPdfRenderer } from './documents/pdf-renderer.js';
import { auditRoutes } from './features/audit/audit.routes.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { inboxRoutes } from './features/inbox/inbox.routes.js';
import { municipalityRoutes } from './features/municipality/municipality.routes.js';
import { organisationRoutes } from './features/organisation/organisation.routes.js';
import { frameworkRoutes } from './features/outline/framework.routes.js';
import { outlineRoutes } from './features/outline/outline.routes.js';
import { planRoutes } from './features/plan/plan.routes.js';
import { reportRoutes } from './features/report/report.routes.js';
import { reportImportRoutes } from './features/report-import/report-import.routes.js';
import { planDocumentRoutes } from './features/plan-documents/plan-documents.routes.js';
import { reportDocumentRoutes } from './features/report-documents/report-documents.routes.js';
import { planImportRoutes } from './features/plan-import/plan-import.routes.js';
import { callRoutes } from './features/proposal/call.routes.js';
import { proposalRoutes } from './features/proposal/proposal.routes.js';
import { systemRoutes } from './features/system/system.routes.js';
import { userRoutes } from './features/users/user.routes.js';
import { requireAccessOnEveryApiRoute } from './http/access.js';
import { errorBody, registerErrorHandler } from './http/error-handler.js';
import { registerSessionHook } from './http/session-hook.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
  }
}

export interface AppOptions {
  db: Kysely<Database>;
  /** The built web client; omitted in API tests. */
  webRoot?: string | null;
  logger?: boolean;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* so cookies get `Secure`. */
  trustProxy?: boolean;
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Same-origin only: the app is never embedded or called from another site.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Gyokaku API', version: '0.1.0', description: '行政改革推進システム Gyokaku の HTTP API' },
    },
    transform: jsonSchemaTransform,
  });

  registerErrorHandler(app);
  requireAccessOnEveryApiRoute(app);
  registerSessionHook(app);

  await app.register(systemRoutes);
  await app.register(authRoutes);
  await app.register(municipalityRoutes);
  await app.register(organisationRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(outlineRoutes);
  await app.register(frameworkRoutes);
  await app.register(planRoutes);
  // One Chromium for every document the app prints: a cold launch costs about a second.
  const pdfRenderer = createPdfRenderer();
  app.addHook('onClose', () => pdfRenderer.close());
  await app.register(planDocumentRoutes, { pdfRenderer });
  await app.register(reportDocumentRoutes, { pdfRenderer });
  await app.register(planImportRoutes);
  await app.register(reportRoutes);
  await app.register(reportImportRoutes);
  await app.register(callRoutes);
  await app.register(proposalRoutes);
  await app.register(inboxRoutes);

  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const serveWeb = webRoot !== null && existsSync(webRoot);
  if (serveWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  // Client-side routes fall back to index.html; the API answers a JSON 404.
  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api')) {
      return reply.type('text/html').sendFile('index.html');
    }
    const { status, body } = errorBody(404, 'not_found', 'ページが見つかりません。');
    return reply.status(status).send(body);
  });
  return app;
}
