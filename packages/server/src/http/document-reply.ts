import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../documents/content-disposition.js';
import { inlineStyleHashes } from '../documents/html-document.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where print views load the bundled fonts from (the route is in `plan-documents`). */
export const PRINT_FONTS_PATH = '/api/print-assets/fonts';

/** Headers of a document download; the caller sends the bytes. */
export function download(reply: FastifyReply, options: { type: string; fileName: string; asciiFallback: string; inline?: boolean }): FastifyReply {
  return reply
    .type(options.type)
    .header('content-disposition', contentDisposition(options))
    // Plans and reports are internal until published: no shared cache may keep a copy.
    .header('cache-control', 'private, no-store');
}

/** A print view: the document's own inline stylesheet, by hash, and the fonts of this origin; nothing else. */
export function sendPrintView(reply: FastifyReply, html: string): FastifyReply {
  const csp = `default-src 'none'; style-src ${inlineStyleHashes(html).join(' ')}; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return reply.type('text/html; charset=utf-8').header('content-security-policy', csp).header('cache-control', 'private, no-store').send(html);
}
