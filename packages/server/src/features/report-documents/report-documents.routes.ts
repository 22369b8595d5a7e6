import { ReportRoundIdParamsSchema } from '@gyokaku/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PRINT_FONT_BASE_URL, type PdfRenderer } from '../../documents/pdf-renderer.js';
import type { ReportDocumentInput } from '../../documents/report-document-inputs.js';
import { renderAchievementReportHtml } from '../../documents/report-achievement-html.js';
import { buildReportSummaryCsv } from '../../documents/report-csv.js';
import { reportTitle } from '../../documents/report-html-parts.js';
import { renderProgressReportHtml } from '../../documents/report-progress-html.js';
import { buildAchievementReportWorkbook, buildProgressReportWorkbook } from '../../documents/report-workbook.js';
import { authOf } from '../../http/access.js';
import { download, PRINT_FONTS_PATH, sendPrintView, XLSX_TYPE } from '../../http/document-reply.js';
import { loadReportDocument } from './report-documents.service.js';

export interface ReportDocumentRoutesOptions {
  /** The app's one Chromium, shared with the plan documents. */
  pdfRenderer: PdfRenderer;
}

/** `progress-report_2022-h1`: the ASCII file name for clients that cannot take the Japanese one. */
const asciiStem = (kind: string, { round }: ReportDocumentInput) => `${kind}_${round.fiscalYear}${round.period === 'first_half' ? '-h1' : ''}`;

/**
 * A round's 進捗状況報告書 and 取組報告書 as PDF (and the former as a print view) and Excel, and its
 * summary table as CSV, named by the round's title: 令和4年度上半期進捗状況報告書.pdf. For the
 * secretariat and the HQ, who read the figures.
 */
export const reportDocumentRoutes: FastifyPluginAsyncZod<ReportDocumentRoutesOptions> = async (app, { pdfRenderer: renderer }) => {
  const readers = { access: ['secretariat', 'hq_member'] as const };
  const schema = { tags: ['documents'], params: ReportRoundIdParamsSchema };
  const load = (request: FastifyRequest & { params: { id: string } }) =>
    loadReportDocument({ db: app.db, auth: authOf(request), roundId: request.params.id, now: new Date() });

  app.get('/api/report-rounds/:id/progress-report.html', { config: readers, schema }, async (request, reply) =>
    sendPrintView(reply, renderProgressReportHtml({ ...(await load(request)), fontBaseUrl: PRINT_FONTS_PATH })),
  );

  app.get('/api/report-rounds/:id/progress-report.pdf', { config: readers, schema }, async (request, reply) => {
    const input = await load(request);
    const pdf = await renderer.renderPdf(renderProgressReportHtml({ ...input, fontBaseUrl: PRINT_FONT_BASE_URL }));
    return download(reply, {
      type: 'application/pdf',
      fileName: `${reportTitle(input, 'progress')}.pdf`,
      asciiFallback: `${asciiStem('progress-report', input)}.pdf`,
      inline: true,
    }).send(pdf);
  });

  app.get('/api/report-rounds/:id/achievement-report.pdf', { config: readers, schema }, async (request, reply) => {
    const input = await load(request);
    const pdf = await renderer.renderPdf(renderAchievementReportHtml({ ...input, fontBaseUrl: PRINT_FONT_BASE_URL }));
    return download(reply, {
      type: 'application/pdf',
      fileName: `${reportTitle(input, 'achievement')}.pdf`,
      asciiFallback: `${asciiStem('achievement-report', input)}.pdf`,
      inline: true,
    }).send(pdf);
  });

  app.get('/api/report-rounds/:id/progress-report.xlsx', { config: readers, schema }, async (request, reply) => {
    const input = await load(request);
    return download(reply, {
      type: XLSX_TYPE,
      fileName: `${reportTitle(input, 'progress')}.xlsx`,
      asciiFallback: `${asciiStem('progress-report', input)}.xlsx`,
    }).send(await buildProgressReportWorkbook(input));
  });

  app.get('/api/report-rounds/:id/achievement-report.xlsx', { config: readers, schema }, async (request, reply) => {
    const input = await load(request);
    return download(reply, {
      type: XLSX_TYPE,
      fileName: `${reportTitle(input, 'achievement')}.xlsx`,
      asciiFallback: `${asciiStem('achievement-report', input)}.xlsx`,
    }).send(await buildAchievementReportWorkbook(input));
  });

  app.get('/api/report-rounds/:id/summary.csv', { config: readers, schema }, async (request, reply) => {
    const input = await load(request);
    return download(reply, {
      type: 'text/csv; charset=utf-8',
      fileName: `${reportTitle(input, 'progress')}_集計表.csv`,
      asciiFallback: `${asciiStem('report-summary', input)}.csv`,
    }).send(buildReportSummaryCsv(input));
  });
};
