// The Excel round trip at the reference city's size: a template of 165 plan sheets downloaded,
// uploaded (read + parse + validate → preview) and committed, in process (app.inject, no network).
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { buildApp } from '../../packages/server/dist/app.js';
import { openDatabase } from '../../packages/server/dist/db/database.js';
import { migrate } from '../../packages/server/dist/db/migrate.js';
import { seedDemo } from '../../packages/server/dist/demo/seed-demo.js';
import { loadImportContext } from '../../packages/server/dist/features/plan-import/import-context.js';
import { buildPreview } from '../../packages/server/dist/features/plan-import/import-preview.js';
import { parseTemplateWorkbook } from '../../packages/server/dist/features/plan-import/template-import.js';
import { loadWorkbook } from '../../packages/server/dist/features/plan-import/workbook-file.js';
import { measure } from './measure.mjs';

const PLANS = 165;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Copies of the demo outline's plans until it holds PLANS, each with its own number and title in the sheet too. */
async function growOutline(db) {
  const { rows } = await sql`SELECT outline_id, count(*)::int AS n FROM plan GROUP BY 1 ORDER BY 2 DESC LIMIT 1`.execute(db);
  if (!rows[0]) throw new Error('the demo has no plans to copy');
  const { outline_id: outlineId, n } = rows[0];
  await sql`
    INSERT INTO plan (municipality_id, outline_id, framework_node_id, number, number_sort, title, lead_department_id,
      collaborating_department_ids, relisted_node_ids, kind, start_fiscal_year, end_fiscal_year, sdg_goals, tags,
      target_count, check_codes, sheet, search_text, updated_by)
    SELECT p.municipality_id, p.outline_id, p.framework_node_id, c.number, c.number, c.title, p.lead_department_id,
      p.collaborating_department_ids, p.relisted_node_ids, p.kind, p.start_fiscal_year, p.end_fiscal_year, p.sdg_goals, p.tags,
      p.target_count, p.check_codes,
      jsonb_set(jsonb_set(p.sheet, '{number}', to_jsonb(c.number)), '{title}', to_jsonb(c.title)), p.search_text, p.updated_by
    FROM plan p, generate_series(1, ${Math.ceil(PLANS / n)}) g,
      LATERAL (SELECT p.number || '-' || g AS number, p.title || '（' || g || '）' AS title) c
    WHERE p.outline_id = ${outlineId}
    LIMIT ${PLANS - n}`.execute(db);
  const { rows: count } = await sql`SELECT count(*)::int AS n FROM plan WHERE outline_id = ${outlineId}`.execute(db);
  return { outlineId, plans: count[0].n };
}

async function signIn(app) {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginId: 'secretariat', password: 'gyokaku-demo' } });
  return { cookie: login.headers['set-cookie'].toString().split(';')[0], 'x-csrf-token': login.json().csrfToken };
}

/** Every plan sheet's title edited, as a department revising all its sheets would. */
async function reviseTitles(bytes) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '取組名' && row.getCell(2).value) row.getCell(2).value = `${row.getCell(2).value}（改訂）`;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function benchPlanImport() {
  console.log(`\n== Excel 取込み: ${PLANS} 計画の様式 (PGlite, in process) ==`);
  const handle = await openDatabase({ dataDir: null });
  await migrate(handle);
  await seedDemo(handle.db);
  const app = await buildApp({ db: handle.db, webRoot: null });
  try {
    const { outlineId, plans } = await growOutline(handle.db);
    const headers = await signIn(app);
    const templateUrl = `/api/outlines/${outlineId}/plan-template.xlsx?blankSheets=3`;
    const download = async () => (await app.inject({ method: 'GET', url: templateUrl, headers })).rawPayload;
    const upload = async (payload) => {
      const response = await app.inject({
        method: 'POST',
        url: `/api/outlines/${outlineId}/plan-imports?format=template&fileName=bench.xlsx`,
        headers: { ...headers, 'content-type': XLSX },
        payload,
      });
      if (response.statusCode !== 201) throw new Error(`upload: ${response.statusCode} ${response.body}`);
      return response.json();
    };

    const template = await download();
    console.log(`plans in the outline: ${plans}; template ${(template.length / 1024).toFixed(0)} KiB`);
    await measure(`template download (${plans} sheets + 3 blank)`, 5, download);
    const untouched = await measure('upload untouched → preview (read, parse, validate)', 5, () => upload(template));
    const revised = await reviseTitles(template);
    const changed = await measure(`upload ${plans} changed → preview (… + diff)`, 5, async () => {
      const preview = await upload(revised);
      if (preview.summary.changed !== plans) throw new Error(`expected ${plans} changed, got ${JSON.stringify(preview.summary)}`);
    });
    console.log(`per plan sheet: ${(untouched.p50 / plans).toFixed(1)} ms untouched, ${(changed.p50 / plans).toFixed(1)} ms changed`);

    // Where the preview's time goes, on the server's own functions.
    const { rows } = await sql`SELECT municipality_id, updated_by FROM plan WHERE outline_id = ${outlineId} LIMIT 1`.execute(handle.db);
    const auth = { municipalityId: rows[0].municipality_id, userId: rows[0].updated_by, tokenHash: '', csrfToken: '', roles: [{ role: 'secretariat', departmentId: null }] };
    const context = await loadImportContext(handle.db, auth, outlineId);
    const workbook = await loadWorkbook(revised);
    await measure('  of which: open the xlsx (ExcelJS)', 5, () => loadWorkbook(revised));
    await measure('  of which: parse 165 sheets into plan sheets', 5, () => parseTemplateWorkbook(workbook, context));
    const parsed = parseTemplateWorkbook(workbook, context);
    await measure('  of which: validate, match and diff (database checks)', 5, () => buildPreview(handle.db, { auth, context, parsed, callId: null }));

    // A commit moves every plan on a version, so each run needs a fresh download: only the commit is timed.
    const commits = [];
    for (let run = 0; run < 3; run++) {
      const preview = await upload(await reviseTitles(await download()));
      const started = performance.now();
      const response = await app.inject({ method: 'POST', url: `/api/plan-imports/${preview.id}/commit`, headers });
      commits.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`commit: ${response.statusCode} ${response.body}`);
    }
    commits.sort((a, b) => a - b);
    console.log(`commit ${plans} changed plans (one transaction)`.padEnd(58) + ` median ${commits[1].toFixed(1).padStart(8)} ms   runs: ${commits.map((ms) => ms.toFixed(0)).join(', ')}`);
  } finally {
    await app.close();
    await handle.close();
  }
}
