// The round dashboard and the report documents for a city with five full-year rounds of progress
// reports: 165 plans (the reference city's third cycle) and 1,000 plans. In process (app.inject).
import { performance } from 'node:perf_hooks';
import { DEFAULT_MUNICIPALITY_SETTINGS } from '@gyokaku/contracts';
import { orderedTree } from '@gyokaku/domain';
import { sql } from 'kysely';
import { buildApp } from '../../packages/server/dist/app.js';
import { openDatabase } from '../../packages/server/dist/db/database.js';
import { migrate } from '../../packages/server/dist/db/migrate.js';
import { sampleOutline, samplePlan } from '../../packages/server/dist/documents/sample-documents.js';
import { hashPassword } from '../../packages/server/dist/features/auth/password.js';
import { insertMunicipality } from '../../packages/server/dist/features/municipality/municipality.repository.js';
import { insertDepartment, insertDivision } from '../../packages/server/dist/features/organisation/organisation.repository.js';
import { insertFrameworkNode, insertOutline } from '../../packages/server/dist/features/outline/outline.repository.js';
import { createPlan } from '../../packages/server/dist/features/plan/plan.service.js';
import { openRound } from '../../packages/server/dist/features/report/report-round.service.js';
import { insertUser, replaceRoles } from '../../packages/server/dist/features/users/user.repository.js';
import { measure } from './measure.mjs';

const YEARS = [2018, 2019, 2020, 2021, 2022];
const TEMPLATES = 24;
const PASSWORD = 'bench-password-0123';
const DEPARTMENTS = ['市民課', '情報政策課', '行政改革推進室', '財政課', '収納課', '職員課', '保育課', '生涯学習課', '道路整備課', '環境推進課', '企画課', '福祉課'];

/**
 * A municipality with an outline in force for FY2018–2022 and `planCount` plans: two dozen filed
 * through the plan service from the sample sheets, the rest copied in SQL and spread over the
 * departments; then a full-year round per year opened through the report service and every report
 * filled and accepted in one UPDATE per round, with a spread of statuses, grades, actuals
 * (some worsened) and cancellations.
 */
async function reportingCity(db, { code, planCount }) {
  const municipalityId = await insertMunicipality(db, { code, name: `ベンチ市${planCount}`, settings: DEFAULT_MUNICIPALITY_SETTINGS });
  const { id: divisionId } = await insertDivision(db, { municipalityId, name: '総務部', validFrom: '2006-01-10' });
  const departments = [];
  for (const name of DEPARTMENTS) departments.push((await insertDepartment(db, { municipalityId, divisionId, name, validFrom: '2006-01-10' })).id);
  const loginId = `bench-${planCount}`;
  const userId = await insertUser(db, { municipalityId, loginId, displayName: '事務局 太郎', passwordHash: await hashPassword(PASSWORD) });
  await replaceRoles(db, municipalityId, userId, [{ role: 'secretariat', departmentId: null }]);
  const auth = { municipalityId, userId, tokenHash: '', csrfToken: '', roles: [{ role: 'secretariat', departmentId: null }] };

  const sample = sampleOutline({ title: '第3次ベンチ市行政改革大綱', startFiscalYear: 2018, endFiscalYear: 2022 });
  const outlineId = await insertOutline(db, {
    municipalityId,
    title: sample.title,
    theme: sample.theme,
    startFiscalYear: 2018,
    endFiscalYear: 2022,
    status: 'in_force',
    predecessorId: null,
    frameworkLevels: sample.frameworkLevels,
  });
  const nodeIds = new Map();
  for (const { node, depth } of orderedTree(sample.nodes)) {
    const parentId = node.parentId === null ? null : nodeIds.get(node.parentId);
    nodeIds.set(node.id, await insertFrameworkNode(db, { municipalityId, outlineId, parentId, depth, position: node.position, title: node.title }));
  }
  for (let i = 0; i < Math.min(TEMPLATES, planCount); i++) {
    const plan = samplePlan(i, sample);
    const { id: _id, leadDepartment: _lead, collaboratingDepartments: _collaborating, predecessorPlan: _predecessor, checks: _checks, periodChanges: _changes, ...sheet } = plan;
    await createPlan({
      db,
      auth,
      outlineId,
      request: {
        ...sheet,
        frameworkNodeId: nodeIds.get(plan.frameworkNodeId),
        relistedNodeIds: [],
        leadDepartmentId: departments[i % departments.length],
        collaboratingDepartmentIds: [],
        predecessorPlanId: null,
      },
    });
  }
  const copies = planCount - Math.min(TEMPLATES, planCount);
  if (copies > 0) {
    await sql`
      WITH depts AS (SELECT array_agg(id ORDER BY name) AS ids FROM department WHERE municipality_id = ${municipalityId}),
      copies AS (
        SELECT p.*, g, depts.ids[1 + (g + length(p.title)) % cardinality(depts.ids)] AS dept
        FROM plan p, depts, generate_series(1, ${Math.ceil(copies / TEMPLATES)}) g
        WHERE p.outline_id = ${outlineId}
        ORDER BY g, p.number_sort LIMIT ${copies})
      INSERT INTO plan (municipality_id, outline_id, framework_node_id, number, number_sort, title, lead_department_id,
        collaborating_department_ids, relisted_node_ids, kind, start_fiscal_year, end_fiscal_year, sdg_goals, tags,
        target_count, check_codes, sheet, search_text, updated_by)
      SELECT municipality_id, outline_id, framework_node_id, number || '-c' || g, number_sort || '-' || lpad(g::text, 6, '0'),
        title || '（' || g || '）', dept, collaborating_department_ids, '{}', kind, start_fiscal_year, end_fiscal_year,
        sdg_goals, tags, target_count, check_codes, jsonb_set(sheet, '{leadDepartmentId}', to_jsonb(dept)), search_text, updated_by
      FROM copies`.execute(db);
  }

  const rounds = [];
  for (const fiscalYear of YEARS) {
    const round = await openRound(db, auth, outlineId, { fiscalYear, period: 'full_year', dueOn: `${fiscalYear + 1}-05-31` });
    // Buckets from a hash of the report's id: the same mix every run, different for every report.
    await sql`
      UPDATE progress_report r SET
        state = 'accepted',
        progress_status = CASE WHEN h.b < 2 THEN 'cancelled' WHEN h.b < 14 THEN 'completed' WHEN h.b < 18 THEN 'not_started' ELSE 'in_progress' END,
        self_evaluation = CASE WHEN h.b < 2 THEN NULL WHEN h.b < 14 THEN 'S' WHEN h.b < 55 THEN 'A' WHEN h.b < 85 THEN 'B' ELSE 'C' END,
        hq_evaluation = CASE WHEN h.b < 2 THEN NULL WHEN h.b < 40 THEN 'A' WHEN h.b < 90 THEN 'B' ELSE 'C' END,
        hq_comment = CASE WHEN h.b % 7 = 0 THEN '取組の効果を数値で示すこと。' ELSE '' END,
        change_reason = CASE WHEN h.b < 2 THEN '国の制度改正により、取組の前提が変わったため中止する。' ELSE '' END,
        work_done = '計画に沿って取組を進め、関係課と調整のうえ試行した。' || chr(10) || '結果を検証し、次年度の実施方法を見直した。',
        issues = '利用者への周知が十分でない。',
        next_steps = '広報紙とウェブサイトで周知を強化する。',
        citizen_effect = '手続にかかる時間が短くなった。',
        actual_values = COALESCE((
          SELECT jsonb_object_agg(t->>'id', round(((v->>'value')::numeric * (60 + h.b) / 100), 1))
          FROM jsonb_array_elements(p.sheet->'targets') t, jsonb_array_elements(t->'values') v
          WHERE (v->>'fiscalYear')::int = ${fiscalYear} AND v->>'value' IS NOT NULL), '{}'),
        actual_financial_effect = (
          SELECT sum((e->>'amount')::bigint) * (50 + h.b) / 100
          FROM jsonb_array_elements(p.sheet->'financialEffects') e WHERE (e->>'fiscalYear')::int = ${fiscalYear})
      FROM plan p, LATERAL (SELECT abs(hashtext(p.id::text || ${String(fiscalYear)})) % 100 AS b) h
      WHERE p.municipality_id = r.municipality_id AND p.id = r.plan_id AND r.round_id = ${round.id}`.execute(db);
    rounds.push(round);
  }
  return { loginId, lastRound: rounds.at(-1) };
}

async function signIn(app, loginId) {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginId, password: PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
  return login.headers['set-cookie'].toString().split(';')[0];
}

export async function benchReportDocuments() {
  console.log('\n== 進捗状況報告: ダッシュボードと報告書（5年度分の報告, PGlite, in process）==');
  const handle = await openDatabase({ dataDir: null });
  await migrate(handle);
  const app = await buildApp({ db: handle.db, webRoot: null });
  try {
    const cities = [];
    for (const [code, planCount] of [['990001', 165], ['990002', 1000]]) {
      const started = performance.now();
      cities.push({ planCount, ...(await reportingCity(handle.db, { code, planCount })) });
      console.log(`${planCount} plans × ${YEARS.length} rounds built in ${(performance.now() - started).toFixed(0)} ms`);
    }
    for (const { planCount, loginId, lastRound } of cities) {
      const cookie = await signIn(app, loginId);
      const get = (document) => async () => {
        const response = await app.inject({ method: 'GET', url: `/api/report-rounds/${lastRound.id}/${document}`, headers: { cookie } });
        if (response.statusCode !== 200) throw new Error(`${document}: ${response.statusCode} ${response.body}`);
        return response.rawPayload;
      };
      const label = (what) => `${what}, ${planCount} plans × ${YEARS.length} years`;
      await measure(label('dashboard'), 10, get('dashboard'));
      // The print view is the PDF's data and HTML without the printing.
      await measure(label('progress report print view (HTML)'), 3, get('progress-report.html'));
      // The first PDF launches the browser; it is not what a user waits for on a running server.
      const pdf = await get('progress-report.pdf')();
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/gu)?.length ?? 0;
      await measure(`${label('progress report PDF')} (${pages} pages)`, 3, get('progress-report.pdf'));
      if (planCount <= 165) await measure(label('achievement report PDF (a page per plan)'), 3, get('achievement-report.pdf'));
      await measure(label('progress report workbook'), 3, get('progress-report.xlsx'));
      await measure(label('summary CSV'), 5, get('summary.csv'));
    }
  } finally {
    await app.close();
    await handle.close();
  }
}
