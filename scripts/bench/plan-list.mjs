// The plan list at 20,000 plans in one municipality, in process (app.inject, no network).
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildApp } from '../../packages/server/dist/app.js';
import { openDatabase } from '../../packages/server/dist/db/database.js';
import { migrate } from '../../packages/server/dist/db/migrate.js';
import { seedDemo } from '../../packages/server/dist/demo/seed-demo.js';
import { measure } from './measure.mjs';

const TOTAL = 20_000;

export async function benchPlanList() {
  console.log(`\n== 実施計画一覧: ${TOTAL.toLocaleString()} 計画 (PGlite, in process) ==`);
  const handle = await openDatabase({ dataDir: null });
  await migrate(handle);
  await seedDemo(handle.db);
  const app = await buildApp({ db: handle.db, webRoot: null });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { loginId: 'secretariat', password: 'gyokaku-demo' },
    });
    const cookie = login.headers['set-cookie'].toString().split(';')[0];
    const { rows } = await sql`SELECT outline_id, count(*)::int AS n FROM plan WHERE relisted_node_ids = '{}' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`.execute(handle.db);
    if (!rows[0]) throw new Error('the demo has no plans to copy');
    const outlineId = rows[0].outline_id;
    const copies = Math.ceil(TOTAL / rows[0].n);
    const started = performance.now();
    // Copies of the demo plans with distinct numbers and titles, lead departments spread over the city.
    await sql`
      WITH depts AS (SELECT array_agg(id ORDER BY name) AS ids FROM department WHERE valid_to IS NULL)
      INSERT INTO plan (municipality_id, outline_id, framework_node_id, number, number_sort, title, lead_department_id,
        collaborating_department_ids, relisted_node_ids, kind, start_fiscal_year, end_fiscal_year, sdg_goals, tags,
        target_count, check_codes, sheet, search_text, updated_by)
      SELECT p.municipality_id, p.outline_id, p.framework_node_id, p.number || '-c' || g, p.number_sort || '-' || lpad(g::text, 6, '0'),
        p.title || '（' || g || '）', depts.ids[1 + (g + length(p.title)) % cardinality(depts.ids)],
        p.collaborating_department_ids, '{}', p.kind, p.start_fiscal_year, p.end_fiscal_year, p.sdg_goals, p.tags,
        p.target_count, p.check_codes, p.sheet, p.search_text || ' ' || g, p.updated_by
      FROM plan p, depts, generate_series(1, ${copies}) g
      WHERE p.outline_id = ${outlineId} AND p.relisted_node_ids = '{}'`.execute(handle.db);
    const { rows: count } = await sql`SELECT count(*)::int AS n FROM plan WHERE outline_id = ${outlineId}`.execute(handle.db);
    console.log(`plans in the outline: ${count[0].n.toLocaleString()} (copied in ${(performance.now() - started).toFixed(0)} ms)`);
    const department = (await sql`SELECT id FROM department WHERE name = '市民課'`.execute(handle.db)).rows[0].id;
    const node = (await sql`SELECT id FROM framework_node WHERE outline_id = ${outlineId} AND parent_id IS NULL ORDER BY position LIMIT 1`.execute(handle.db)).rows[0].id;

    const list = (query) => async () => {
      const response = await app.inject({ method: 'GET', url: `/api/outlines/${outlineId}/plans?${query}`, headers: { cookie } });
      if (response.statusCode !== 200) throw new Error(`${query}: ${response.statusCode} ${response.body}`);
    };
    const base = await measure('first page, by number (50 rows)', 20, list(''));
    await measure('page 200 of 400', 20, list('page=200'));
    await measure('department (lead or collaborating)', 20, list(`departmentId=${department}`));
    await measure('framework node with descendants', 20, list(`nodeId=${node}`));
    const text = await measure('free text キャッシュレス', 20, list(`q=${encodeURIComponent('キャッシュレス')}`));
    await measure('fiscal year R6 + check warnings', 20, list('fiscalYear=2024&check=any'));
    await measure('sorted by department name, descending', 20, list('sort=department&order=desc'));
    await measure('200 rows per page', 20, list('pageSize=200'));
    console.log(`ratio free text / first page: ${(text.p50 / base.p50).toFixed(1)}x`);
  } finally {
    await app.close();
    await handle.close();
  }
}
