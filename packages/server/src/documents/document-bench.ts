import { performance } from 'node:perf_hooks';
import { renderBookletHtml } from './booklet-html.js';
import { createPdfRenderer, PRINT_FONT_BASE_URL } from './pdf-renderer.js';
import { buildPlanListCsv } from './plan-csv.js';
import { renderPlanSheetHtml } from './plan-sheet-html.js';
import { buildPlanWorkbook } from './plan-workbook.js';
import { sampleMunicipality, sampleOutline, samplePlan, samplePlans } from './sample-documents.js';

export interface DocumentTiming {
  label: string;
  /** Milliseconds per run, in run order (the first sheet run includes the browser's launch). */
  runs: number[];
  bytes: number;
}

const time = async <T>(task: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await task();
  return [result, performance.now() - started];
};

/**
 * Document timings on synthetic plans, for `npm run bench` (import from the built
 * `dist/documents/document-bench.js`). Figures only; nothing is asserted.
 */
export async function benchDocuments({
  sheetRuns = 6,
  bookletSizes = [40, 165],
  pauseMs = 1000,
}: {
  sheetRuns?: number;
  bookletSizes?: number[];
  /** Between documents, as between two users' clicks: lets the renderer ready its next context. */
  pauseMs?: number;
} = {}): Promise<DocumentTiming[]> {
  const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs));
  const outline = sampleOutline();
  const municipality = sampleMunicipality();
  const renderer = createPdfRenderer();
  const results: DocumentTiming[] = [];
  try {
    const sheetHtml = renderPlanSheetHtml({ plan: samplePlan(0, outline), outline, municipality, fontBaseUrl: PRINT_FONT_BASE_URL });
    const sheet: DocumentTiming = { label: 'plan sheet PDF', runs: [], bytes: 0 };
    for (let run = 0; run < sheetRuns; run++) {
      if (run > 0) await pause();
      const [pdf, ms] = await time(() => renderer.renderPdf(sheetHtml));
      sheet.runs.push(ms);
      sheet.bytes = pdf.length;
    }
    results.push(sheet);
    for (const size of bookletSizes) {
      const plans = samplePlans(size, outline);
      const [html, htmlMs] = await time(async () => renderBookletHtml({ outline, plans, municipality, fontBaseUrl: PRINT_FONT_BASE_URL }));
      results.push({ label: `booklet HTML, ${size} plans`, runs: [htmlMs], bytes: Buffer.byteLength(html) });
      await pause();
      const [pdf, pdfMs] = await time(() => renderer.renderPdf(html));
      results.push({ label: `booklet PDF, ${size} plans`, runs: [pdfMs], bytes: pdf.length });
      const [xlsx, xlsxMs] = await time(() => buildPlanWorkbook({ outline, plans, municipality }));
      results.push({ label: `workbook, ${size} plans`, runs: [xlsxMs], bytes: xlsx.length });
      const [csv, csvMs] = await time(async () => buildPlanListCsv({ outline, plans, municipality }));
      results.push({ label: `plan list CSV, ${size} plans`, runs: [csvMs], bytes: Buffer.byteLength(csv) });
    }
  } finally {
    await renderer.close();
  }
  return results;
}
