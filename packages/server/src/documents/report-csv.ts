import { tableToCsv } from './plan-csv.js';
import type { ReportDocumentInput } from './report-document-inputs.js';
import { summaryCsvTable } from './report-tables.js';

/** 集計表 as CSV: `区分,項目,件数,割合,前回比`, UTF-8 with a BOM and CRLF, as Excel in Japan opens it. */
export const buildReportSummaryCsv = (input: ReportDocumentInput): string => tableToCsv(summaryCsvTable(input));
