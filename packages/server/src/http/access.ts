import type { Role } from '@gyokaku/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, forbidden } from './app-error.js';

/**
 * Who may call a route. Every /api route must declare one (checked when the route is registered),
 * so a forgotten role check fails at start-up instead of opening a hole.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

export interface RoleGrantRow {
  role: Role;
  departmentId: string | null;
}

export interface Auth {
  userId: string;
  municipalityId: string;
  tokenHash: string;
  csrfToken: string;
  roles: RoleGrantRow[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: Auth | null;
  }
}

const unauthenticated = () => new AppError(401, 'unauthenticated', 'ログインしてください。');

/** The signed-in user of a route whose access is not 'public'. */
export function authOf(request: FastifyRequest): Auth {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

export function hasRole(auth: Auth, ...roles: Role[]): boolean {
  return auth.roles.some((grant) => roles.includes(grant.role));
}

export function checkAccess(access: Access, auth: Auth | null): void {
  if (access === 'public') return;
  if (!auth) throw unauthenticated();
  if (access === 'signed-in') return;
  if (!hasRole(auth, ...access)) throw forbidden();
}

export function requireAccessOnEveryApiRoute(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    if (!route.config?.access) throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
  });
}
