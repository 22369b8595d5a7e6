import type { DocumentMunicipality, DocumentOutline, DocumentPlan } from './document-inputs.js';
import { htmlDocument } from './html-document.js';
import { createSheetContext, renderPlanSheetBody } from './plan-sheet-body.js';

export interface PlanSheetHtmlInput {
  plan: DocumentPlan;
  outline: DocumentOutline;
  municipality: DocumentMunicipality;
  /** Where `files/*.woff2` of the bundled Noto Sans JP are served from, without a trailing slash. */
  fontBaseUrl: string;
}

/** One plan's 実施計画シート as a complete A4-portrait HTML document (print view and PDF source). */
export function renderPlanSheetHtml({ plan, outline, municipality, fontBaseUrl }: PlanSheetHtmlInput): string {
  const context = createSheetContext({ outline, municipality });
  return htmlDocument({
    title: `実施計画シート ${plan.number} ${plan.title}`.replace(/\s+/gu, ' ').trim(),
    fontBaseUrl,
    body: renderPlanSheetBody(plan, context),
  });
}
