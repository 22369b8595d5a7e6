import { DomainError, type DomainErrorCode } from '@gyokaku/domain';
import type { ErrorResponse } from '@gyokaku/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './app-error.js';

type Issue = NonNullable<ErrorResponse['error']['issues']>[number];

/** Fastify's own error codes for bad requests, mapped to our stable codes. */
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'リクエストの JSON が正しくありません。' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'リクエストの本文が空です。' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'リクエストが大きすぎます。' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'この形式のリクエストは受け付けられません。',
  },
};

/** Domain rules broken are 422, except a lifecycle step that the current state forbids (409), a step the role may not take (403) and a missing thing (404). */
const DOMAIN_STATUS: Partial<Record<DomainErrorCode, number>> = {
  invalid_outline_transition: 409,
  invalid_proposal_transition: 409,
  proposal_action_forbidden: 403,
  invalid_report_transition: 409,
  report_action_forbidden: 403,
  not_found: 404,
};

export const errorBody = (status: number, code: string, message: string, issues?: Issue[]) => ({
  status,
  body: { error: issues ? { code, message, issues } : { code, message } } satisfies ErrorResponse,
});

export function toErrorResponse(error: unknown) {
  if (error instanceof AppError) return errorBody(error.statusCode, error.code, error.message, error.issues);
  if (error instanceof DomainError) return errorBody(DOMAIN_STATUS[error.code] ?? 422, error.code, error.message);
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const issues: Issue[] = fastifyError.validation.map((v) => ({
      path: v.instancePath
        .split('/')
        .filter(Boolean)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      code: v.keyword,
      message: v.message ?? '',
    }));
    return errorBody(400, 'validation_failed', '入力内容に誤りがあります。', issues);
  }
  const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return errorBody(known.status, known.code, known.message);
  if (fastifyError.statusCode === 429) return errorBody(429, 'too_many_attempts', 'リクエストが多すぎます。時間をおいて再度お試しください。');
  if (isResponseSerializationError(fastifyError) || !fastifyError.statusCode || fastifyError.statusCode >= 500) {
    return { ...errorBody(500, 'internal_error', 'サーバーでエラーが発生しました。'), unexpected: true };
  }
  return errorBody(fastifyError.statusCode, 'bad_request', fastifyError.message);
}

/** Errors always leave as `{ error: { code, message } }`; unexpected ones are logged, never shown. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body, ...rest } = toErrorResponse(error);
    if ('unexpected' in rest) request.log.error({ err: error }, 'unexpected error');
    return reply.status(status).send(body);
  });
}
