import { timingSafeEqual } from 'node:crypto';
import { CSRF_HEADER } from '@gyokaku/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findSession } from '../features/auth/session.repository.js';
import { SESSION_COOKIE, hashToken } from '../features/auth/session-token.js';
import { checkAccess } from './access.js';
import { AppError } from './app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfInvalid = () =>
  new AppError(403, 'csrf_invalid', '画面の有効期限が切れました。ページを再読み込みしてから、もう一度操作してください。');

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A browser always sends Origin on cross-site POSTs; when present it must be this site. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw csrfInvalid();
  }
  if (host !== request.host) throw csrfInvalid();
}

/**
 * Runs before body parsing and validation, so an anonymous or cross-site request is refused
 * without its payload ever being looked at.
 */
export function registerSessionHook(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await findSession(app.db, hashToken(token), new Date()) : null;
    checkAccess(access, request.auth);
    if (SAFE_METHODS.has(request.method)) return;
    checkOrigin(request);
    // Public routes (sign-in) start a new session, so there is no token yet to compare with.
    if (access !== 'public' && request.auth) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, request.auth.csrfToken)) throw csrfInvalid();
    }
  });
}
