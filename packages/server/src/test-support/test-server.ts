import { CSRF_HEADER, type SessionResponse } from '@gyokaku/contracts';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../app.js';
import type { DatabaseHandle } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { SESSION_COOKIE } from '../features/auth/session-token.js';
import { createFactories, type GrantInput, type TestUser } from './factories.js';
import { createPlanFactories } from './plan-factories.js';
import { openTestDatabase } from './test-database.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiResponse {
  status: number;
  /** The parsed JSON body, or null when there is none (204). Loosely typed: tests assert on it. */
  body: any;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Send the session's CSRF token (default true); false to test the CSRF check. */
  csrf?: boolean;
  /** A raw request body instead of JSON-encoding `body` (malformed JSON). */
  raw?: string;
}

let addressSequence = 0;
/**
 * Every agent gets its own client address unless told otherwise, so that one test's failed
 * sign-ins never count towards another's per-address throttle.
 */
const nextAddress = () => {
  addressSequence += 1;
  return `10.${(addressSequence >> 16) & 255}.${(addressSequence >> 8) & 255}.${addressSequence & 255}`;
};

/** A browser-like client: keeps the session cookie and echoes the CSRF token on state-changing requests. */
export class Agent {
  constructor(
    readonly app: FastifyInstance,
    readonly sessionToken: string | null = null,
    readonly csrfToken: string | null = null,
    readonly ip: string = nextAddress(),
  ) {}

  /** The same browser talking to another app process. */
  on(app: FastifyInstance): Agent {
    return new Agent(app, this.sessionToken, this.csrfToken, this.ip);
  }

  async request(method: Method, url: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = {};
    if (body !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
    if (this.csrfToken && method !== 'GET' && options.csrf !== false) headers[CSRF_HEADER] = this.csrfToken;
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: { ...headers, ...options.headers },
      ...(this.sessionToken ? { cookies: { [SESSION_COOKIE]: this.sessionToken } } : {}),
      ...(options.raw !== undefined ? { payload: options.raw } : body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const isJson = String(response.headers['content-type'] ?? '').includes('application/json');
    return {
      status: response.statusCode,
      body: isJson && response.body.length > 0 ? response.json() : null,
      headers: response.headers,
    };
  }

  get = (url: string, options?: RequestOptions) => this.request('GET', url, undefined, options);
  post = (url: string, body?: unknown, options?: RequestOptions) => this.request('POST', url, body, options);
  patch = (url: string, body?: unknown, options?: RequestOptions) => this.request('PATCH', url, body, options);
  put = (url: string, body?: unknown, options?: RequestOptions) => this.request('PUT', url, body, options);
  delete = (url: string, options?: RequestOptions) => this.request('DELETE', url, undefined, options);
}

export interface TestServer extends ReturnType<typeof createFactories>, ReturnType<typeof createPlanFactories> {
  app: FastifyInstance;
  db: Kysely<Database>;
  handle: DatabaseHandle;
  /** A client with no session. */
  anonymous(ip?: string): Agent;
  /** Signs in through the API; fails the test unless the sign-in succeeds. */
  login(loginId: string, password: string, ip?: string): Promise<Agent & { session: SessionResponse }>;
  /** A new user with these roles (secretariat by default), signed in. */
  signedInUser(input: { municipalityId: string; roles?: GrantInput[] }): Promise<{ user: TestUser; agent: Agent }>;
  /** A new municipality with a signed-in secretariat. */
  createTenant(): Promise<{ municipality: { id: string; code: string; name: string }; user: TestUser; agent: Agent }>;
  close(): Promise<void>;
}

/** The API on a database of its own (one per test file), driven through `app.inject`. */
export async function getTestServer(): Promise<TestServer> {
  const handle = await openTestDatabase();
  const app = await buildApp({ db: handle.db, webRoot: null });
  const factories = createFactories(handle.db);

  const anonymous = (ip?: string) => new Agent(app, null, null, ip);

  async function login(loginId: string, password: string, ip?: string) {
    const response = await anonymous(ip).post('/api/auth/login', { loginId, password });
    if (response.status !== 200) {
      throw new Error(`login of ${loginId} failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    const cookie = String(response.headers['set-cookie'] ?? '').match(new RegExp(`${SESSION_COOKIE}=([^;]+)`));
    if (!cookie?.[1]) throw new Error(`login of ${loginId} set no session cookie`);
    const session = response.body as SessionResponse;
    return Object.assign(new Agent(app, cookie[1], session.csrfToken, ip), { session });
  }

  async function signedInUser(input: { municipalityId: string; roles?: GrantInput[] }) {
    const user = await factories.createUser(input);
    return { user, agent: await login(user.loginId, user.password) };
  }

  async function createTenant() {
    const municipality = await factories.createMunicipality();
    return { municipality, ...(await signedInUser({ municipalityId: municipality.id })) };
  }

  return {
    ...factories,
    ...createPlanFactories(handle.db, factories),
    app,
    db: handle.db,
    handle,
    anonymous,
    login,
    signedInUser,
    createTenant,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
