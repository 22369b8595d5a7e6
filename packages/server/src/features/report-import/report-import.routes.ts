import {
  CommitReportImportResponseSchema,
  CreateReportImportQuerySchema,
  IdParamsSchema,
  ReportImportIdParamsSchema,
  ReportImportSchema,
  SetReportColumnMappingRequestSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOf } from '../../http/access.js';
import { MAX_WORKBOOK_BYTES } from '../plan-import/workbook-file.js';
import { registerWorkbookUploads, uploadedWorkbook } from '../plan-import/workbook-upload.js';
import { commitReportImport } from './report-import-commit.js';
import { createReportImport, readReportImport, setReportColumnMapping } from './report-import.service.js';

/**
 * Past rounds from Excel: upload with preview, column mapping, commit. The secretariat's work only —
 * an imported round is the city's record of what was reported, not a department's report.
 */
export const reportImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const secretariat = { access: ['secretariat'] as const };
  const tags = ['report-imports'];

  await registerWorkbookUploads(app, (upload) => {
    upload.post(
      '/api/outlines/:id/report-imports',
      {
        config: secretariat,
        bodyLimit: MAX_WORKBOOK_BYTES,
        schema: { tags, params: IdParamsSchema, querystring: CreateReportImportQuerySchema, response: { 201: ReportImportSchema } },
      },
      async (request, reply) => {
        const file = uploadedWorkbook(request.body);
        const created = await createReportImport({ db: app.db, auth: authOf(request), outlineId: request.params.id, query: request.query, file });
        return reply.status(201).send(created);
      },
    );
  });

  app.get(
    '/api/report-imports/:id',
    { config: secretariat, schema: { tags, params: ReportImportIdParamsSchema, response: { 200: ReportImportSchema } } },
    async (request) => readReportImport({ db: app.db, auth: authOf(request), id: request.params.id }),
  );

  app.put(
    '/api/report-imports/:id/mapping',
    { config: secretariat, schema: { tags, params: ReportImportIdParamsSchema, body: SetReportColumnMappingRequestSchema, response: { 200: ReportImportSchema } } },
    async (request) => setReportColumnMapping({ db: app.db, auth: authOf(request), id: request.params.id, mapping: request.body.mapping }),
  );

  app.post(
    '/api/report-imports/:id/commit',
    { config: secretariat, schema: { tags, params: ReportImportIdParamsSchema, response: { 200: CommitReportImportResponseSchema } } },
    async (request) => commitReportImport({ db: app.db, auth: authOf(request), id: request.params.id }),
  );
};
