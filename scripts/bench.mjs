// `npm run bench`: figures and ratios, printed; nothing here is a pass/fail test.
import { benchApiBasics } from './bench/api-basics.mjs';
import { benchDocumentOutputs } from './bench/documents.mjs';
import { benchPlanImport } from './bench/plan-import.mjs';
import { benchPlanList } from './bench/plan-list.mjs';
import { benchReportDocuments } from './bench/report-documents.mjs';

await benchApiBasics();
await benchPlanList();
await benchDocumentOutputs();
await benchPlanImport();
await benchReportDocuments();
