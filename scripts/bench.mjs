// `npm run bench`: figures and ratios, printed; nothing here is a pass/fail test.
import { benchApiBasics } from './bench/api-basics.mjs';
import { benchDocumentOutputs } from './bench/documents.mjs';
import { benchPlanList } from './bench/plan-list.mjs';

await benchApiBasics();
await benchPlanList();
await benchDocumentOutputs();
