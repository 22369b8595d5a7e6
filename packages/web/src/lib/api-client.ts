import type { ErrorResponse } from '@gyokaku/contracts';

/**
 * The contract's `CSRF_HEADER`, typed against it so a rename fails the build. Not imported as a
 * value: that would pull every contract schema and Zod into the first download of every page.
 */
const CSRF_HEADER: typeof import('@gyokaku/contracts').CSRF_HEADER = 'x-csrf-token';

type Issue = NonNullable<ErrorResponse['error']['issues']>[number];

/** A failed API call, carrying the stable error code that the UI translates. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: Issue[];

  constructor(options: { status: number; code: string; message: string; issues?: Issue[] }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.issues = options.issues ?? [];
  }
}

/** Code for a request that never reached the server (offline, proxy down). */
const NETWORK_ERROR = 'network_error';

// Held outside React so every mutation can echo it without threading the session through props.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | undefined;

export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(method: Method, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined || body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: String(cause) });
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as Partial<ErrorResponse> | null)?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError({ status, code: error.code, message: error.message, issues: error.issues });
  }
  return new ApiError({ status, code: 'internal_error', message: `HTTP ${status}` });
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** A file as the raw request body; the type is given because browsers leave `File.type` empty for unregistered extensions. */
  upload: <T>(path: string, file: Blob, contentType: string) => request<T>('POST', path, file, contentType),
};
