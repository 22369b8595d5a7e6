import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { IdParamsSchema, PlanIdParamsSchema } from '@gyokaku/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderBookletHtml } from '../../documents/booklet-html.js';
import { buildPlanListCsv, buildTargetCsv } from '../../documents/plan-csv.js';
import { renderPlanSheetHtml } from '../../documents/plan-sheet-html.js';
import { buildPlanWorkbook } from '../../documents/plan-workbook.js';
import { PRINT_FONT_BASE_URL, type PdfRenderer } from '../../documents/pdf-renderer.js';
import { fontContentType, FONT_FILES_DIR, isFontFile } from '../../documents/print-fonts.js';
import { authOf } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { download, PRINT_FONTS_PATH, sendPrintView, XLSX_TYPE } from '../../http/document-reply.js';
import { loadOutlinePlans, loadPlanSheet } from './plan-documents.service.js';

export const PlanCsvQuerySchema = z.strictObject({ table: z.enum(['plans', 'targets']).default('plans') });
const FontFileParamsSchema = z.strictObject({ file: z.string().regex(/^[a-z0-9-]+\.woff2?$/u) });

export interface PlanDocumentRoutesOptions {
  /** The app's one Chromium, shared with the report documents. */
  pdfRenderer: PdfRenderer;
}

/**
 * The plan sheet as a print view and a PDF, the outline's booklet, and its plan and target lists
 * as Excel and CSV. Whoever may read the plans may download them (any signed-in member of the
 * municipality, as `GET /api/plans/:id`).
 */
export const planDocumentRoutes: FastifyPluginAsyncZod<PlanDocumentRoutesOptions> = async (app, { pdfRenderer: renderer }) => {
  const signedIn = { access: 'signed-in' } as const;
  const tags = ['documents'];

  app.get(
    '/api/plans/:id/sheet.html',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema } },
    async (request, reply) => {
      const input = await loadPlanSheet({ db: app.db, auth: authOf(request), planId: request.params.id });
      return sendPrintView(reply, renderPlanSheetHtml({ ...input, fontBaseUrl: PRINT_FONTS_PATH }));
    },
  );

  app.get(
    '/api/print-assets/fonts/files/:file',
    { config: { access: 'public' }, schema: { tags, params: FontFileParamsSchema } },
    async (request, reply) => {
      const { file } = request.params;
      if (!isFontFile(file)) throw notFound('フォント');
      return reply
        .type(fontContentType(file))
        .header('cache-control', 'public, max-age=604800')
        .send(createReadStream(join(FONT_FILES_DIR, file)));
    },
  );

  app.get(
    '/api/plans/:id/sheet.pdf',
    { config: signedIn, schema: { tags, params: PlanIdParamsSchema } },
    async (request, reply) => {
      const input = await loadPlanSheet({ db: app.db, auth: authOf(request), planId: request.params.id });
      const pdf = await renderer.renderPdf(renderPlanSheetHtml({ ...input, fontBaseUrl: PRINT_FONT_BASE_URL }));
      const number = input.plan.number || input.plan.id.slice(0, 8);
      return download(reply, {
        type: 'application/pdf',
        fileName: `実施計画シート_${number}.pdf`,
        asciiFallback: `plan-sheet_${number}.pdf`,
        inline: true,
      }).send(pdf);
    },
  );

  app.get(
    '/api/outlines/:id/booklet.pdf',
    { config: signedIn, schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const input = await loadOutlinePlans({ db: app.db, auth: authOf(request), outlineId: request.params.id });
      const pdf = await renderer.renderPdf(renderBookletHtml({ ...input, fontBaseUrl: PRINT_FONT_BASE_URL }));
      return download(reply, {
        type: 'application/pdf',
        fileName: `${input.outline.title}_実施計画.pdf`,
        asciiFallback: 'plans-booklet.pdf',
        inline: true,
      }).send(pdf);
    },
  );

  app.get(
    '/api/outlines/:id/plans.xlsx',
    { config: signedIn, schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const input = await loadOutlinePlans({ db: app.db, auth: authOf(request), outlineId: request.params.id });
      return download(reply, { type: XLSX_TYPE, fileName: `${input.outline.title}_実施計画一覧.xlsx`, asciiFallback: 'plans.xlsx' }).send(
        await buildPlanWorkbook(input),
      );
    },
  );

  app.get(
    '/api/outlines/:id/plans.csv',
    { config: signedIn, schema: { tags, params: IdParamsSchema, querystring: PlanCsvQuerySchema } },
    async (request, reply) => {
      const input = await loadOutlinePlans({ db: app.db, auth: authOf(request), outlineId: request.params.id });
      const targets = request.query.table === 'targets';
      return download(reply, {
        type: 'text/csv; charset=utf-8',
        fileName: `${input.outline.title}_${targets ? '数値目標' : '実施計画一覧'}.csv`,
        asciiFallback: targets ? 'targets.csv' : 'plans.csv',
      }).send(targets ? buildTargetCsv(input) : buildPlanListCsv(input));
    },
  );
};
