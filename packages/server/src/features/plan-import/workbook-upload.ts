import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../http/app-error.js';
import { MAX_WORKBOOK_BYTES, XLSX_TYPE } from './workbook-file.js';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/**
 * Registers the routes that take a workbook as the raw request body. Only they do, so the rest of
 * the API keeps its 1 MB JSON limit; on them JSON and every other type are refused (415) before any
 * handler runs. Each route also sets `bodyLimit: MAX_WORKBOOK_BYTES`.
 */
export async function registerWorkbookUploads(app: ZodApp, routes: (upload: ZodApp) => void): Promise<void> {
  await app.register(async (scope) => {
    const upload = scope.withTypeProvider<ZodTypeProvider>();
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer', bodyLimit: MAX_WORKBOOK_BYTES }, (_request, body, done) => done(null, body));
    routes(upload);
  });
}

/** The uploaded workbook's bytes; an empty body is refused like any other that is not a workbook. */
export function uploadedWorkbook(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError(415, 'unsupported_media_type', 'Excel ファイル（.xlsx）を送ってください。');
  return body;
}
