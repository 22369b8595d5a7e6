import {
  CommitPlanImportResponseSchema,
  CreatePlanImportQuerySchema,
  IdParamsSchema,
  PlanImportIdParamsSchema,
  PlanImportSchema,
  PlanTemplateQuerySchema,
  SetColumnMappingRequestSchema,
} from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../documents/content-disposition.js';
import { authOf } from '../../http/access.js';
import { commitImport } from './import-commit.js';
import { createImport, downloadTemplate, readImport, setColumnMapping } from './plan-import.service.js';
import { MAX_WORKBOOK_BYTES, XLSX_TYPE } from './workbook-file.js';
import { registerWorkbookUploads, uploadedWorkbook } from './workbook-upload.js';

/**
 * The Excel round trip: the plan-sheet template, the upload with its preview, the column mapping
 * of a hand-made list, and the commit. Department staff are let through; the policy limits them to
 * their own department's plans, as on the plan screens.
 */
export const planImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const drafters = { access: ['secretariat', 'department_editor', 'department_approver'] as const };
  const tags = ['plan-imports'];

  app.get(
    '/api/outlines/:id/plan-template.xlsx',
    { config: drafters, schema: { tags, params: IdParamsSchema, querystring: PlanTemplateQuerySchema } },
    async (request, reply) => {
      const { file, fileName } = await downloadTemplate({
        db: app.db,
        auth: authOf(request),
        outlineId: request.params.id,
        departmentId: request.query.departmentId,
        blankSheets: request.query.blankSheets,
      });
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', contentDisposition({ fileName, asciiFallback: 'plan-template.xlsx' }))
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );

  await registerWorkbookUploads(app, (upload) => {
    upload.post(
      '/api/outlines/:id/plan-imports',
      {
        config: drafters,
        bodyLimit: MAX_WORKBOOK_BYTES,
        schema: { tags, params: IdParamsSchema, querystring: CreatePlanImportQuerySchema, response: { 201: PlanImportSchema } },
      },
      async (request, reply) => {
        const { format, fileName, callId } = request.query;
        const file = uploadedWorkbook(request.body);
        const created = await createImport({ db: app.db, auth: authOf(request), outlineId: request.params.id, format, fileName, callId, file });
        return reply.status(201).send(created);
      },
    );
  });

  app.get(
    '/api/plan-imports/:id',
    { config: drafters, schema: { tags, params: PlanImportIdParamsSchema, response: { 200: PlanImportSchema } } },
    async (request) => readImport({ db: app.db, auth: authOf(request), id: request.params.id }),
  );

  app.put(
    '/api/plan-imports/:id/mapping',
    { config: drafters, schema: { tags, params: PlanImportIdParamsSchema, body: SetColumnMappingRequestSchema, response: { 200: PlanImportSchema } } },
    async (request) => setColumnMapping({ db: app.db, auth: authOf(request), id: request.params.id, mapping: request.body.mapping }),
  );

  app.post(
    '/api/plan-imports/:id/commit',
    { config: drafters, schema: { tags, params: PlanImportIdParamsSchema, response: { 200: CommitPlanImportResponseSchema } } },
    async (request) => commitImport({ db: app.db, auth: authOf(request), id: request.params.id }),
  );
};
