import type {
  Call,
  InboxResponse,
  OutlineChecksResponse,
  OutlineDetailResponse,
  OutlineSummary,
  Plan,
  PlanListResponse,
  PlanSheet,
  ProposalTimeline,
  ReportListItem,
  ReportRound,
  ReportRoundSummary,
  RoundDashboard,
} from '@gyokaku/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../test-support/db-helpers.js';
import { getTestServer, type TestServer } from '../test-support/test-server.js';
import { HONJO_PLANS_2018 } from './honjo-plans-2018.js';
import { HONJO_PLANS_2023 } from './honjo-plans-2023.js';
import { HONJO_CALL, HONJO_CALL_STAFF, HONJO_PROPOSALS } from './honjo-proposals.js';
import { HONJO_REPORT_STAFF, HONJO_REPORTS } from './honjo-reports.js';
import { DEMO_PASSWORD, seedDemo } from './seed-demo.js';
import { japanDateInDays } from './seed-proposals.js';

let server: TestServer;
let seeded: boolean;
beforeAll(async () => {
  server = await getTestServer();
  seeded = await seedDemo(server.db);
});
afterAll(() => server?.close());

const tables = [
  'division',
  'department',
  'reorganisation',
  'department_link',
  'app_user',
  'user_role',
  'outline',
  'framework_node',
  'plan',
  'plan_version',
  'audit_log',
  'report_round',
  'progress_report',
  'report_import',
] as const;
const countAll = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await countRows(server.db, t)] as const)));

describe('the demo city', () => {
  it('creates 本庄市 with its local government code 112119', async () => {
    expect(seeded).toBe(true);
    const rows = await server.db.selectFrom('municipality').select(['code', 'name']).execute();
    expect(rows).toEqual([{ code: '112119', name: '本庄市' }]);
  });

  it.each([
    ['secretariat', 'secretariat', null],
    ['editor', 'department_editor', '市民課'],
    ['approver', 'department_approver', '市民課'],
    ['hq', 'hq_member', null],
    ['council', 'council_member', null],
  ])('lets the demo user "%s" sign in with the demo password as %s', async (loginId, role, departmentName) => {
    const { session } = await server.login(loginId, DEMO_PASSWORD);
    expect(session.municipality).toMatchObject({ code: '112119', name: '本庄市' });
    expect(session.user.roles).toEqual([{ role, departmentId: departmentName ? expect.any(String) : null, departmentName }]);
  });

  it('has the three past outlines and the draft of the next one, with their top-level headings', async () => {
    const agent = await server.login('hq', DEMO_PASSWORD);
    const { body } = await agent.get('/api/outlines');
    const outlines = body.items as { id: string; startFiscalYear: number; endFiscalYear: number; predecessorId: string | null }[];
    const summary = await Promise.all(
      outlines.map(async (o) => {
        const detail = (await agent.get(`/api/outlines/${o.id}`)).body as { nodes: { depth: number }[] };
        return [o.startFiscalYear, o.endFiscalYear, detail.nodes.filter((n) => n.depth === 0).length];
      }),
    );
    expect(summary).toEqual([
      [2023, 2027, 3],
      [2018, 2022, 3],
      [2013, 2017, 3],
      [2007, 2011, 4],
    ]);
    // Each outline follows the one before it.
    expect(outlines.map((o) => o.predecessorId)).toEqual([outlines[1]!.id, outlines[2]!.id, outlines[3]!.id, null]);
  });

  it('has renamed 情報政策課 to デジタル推進課 on 2022-04-01, with lineage', async () => {
    const agent = await server.login('council', DEMO_PASSWORD);
    const { body } = await agent.get('/api/reorganisations');
    expect(body.items).toEqual([
      expect.objectContaining({
        kind: 'rename',
        effectiveDate: '2022-04-01',
        from: [{ id: expect.any(String), name: '情報政策課' }],
        to: [{ id: expect.any(String), name: 'デジタル推進課', primary: true }],
      }),
    ]);
    const organisation = (await agent.get('/api/organisation?asOf=2022-04-01')).body;
    const names = organisation.departments.map((d: { name: string }) => d.name);
    expect(names).toContain('デジタル推進課');
    expect(names).not.toContain('情報政策課');
    const before = (await agent.get('/api/organisation?asOf=2022-03-31')).body.departments.map((d: { name: string }) => d.name);
    expect(before).toContain('情報政策課');
    expect(before).not.toContain('デジタル推進課');
  });

  it('does nothing when run a second time', async () => {
    const before = await countAll();
    expect(before.app_user).toBe(5 + HONJO_CALL_STAFF.length + HONJO_REPORT_STAFF.length);
    expect(before.outline).toBe(4);
    expect(before.plan).toBe(HONJO_PLANS_2018.length + HONJO_PLANS_2023.length + HONJO_PROPOSALS.length);
    expect(await seedDemo(server.db)).toBe(false);
    expect(await countAll()).toEqual(before);
    expect(await server.db.selectFrom('municipality').select('id').execute()).toHaveLength(1);
  });
});

describe('the demo reform programme', () => {
  type Agent = Awaited<ReturnType<TestServer['login']>>;
  let agent: Agent;
  let current: OutlineDetailResponse;
  let draft: OutlineDetailResponse;
  let plans2018: PlanListResponse['items'];
  let plans2023: PlanListResponse['items'];

  const detail = async (id: string) => (await agent.get(`/api/outlines/${id}`)).body as OutlineDetailResponse;
  const plansOf = async (id: string, query = '') =>
    ((await agent.get(`/api/outlines/${id}/plans?pageSize=200${query}`)).body as PlanListResponse).items;
  const byTitle = (items: PlanListResponse['items'], title: string) => {
    const item = items.find((p) => p.title === title);
    if (!item) throw new Error(`no plan 「${title}」`);
    return item;
  };

  beforeAll(async () => {
    agent = await server.login('secretariat', DEMO_PASSWORD);
    const outlines = (await agent.get('/api/outlines')).body.items as OutlineSummary[];
    current = await detail(outlines.find((o) => o.startFiscalYear === 2018)!.id);
    draft = await detail(outlines.find((o) => o.startFiscalYear === 2023)!.id);
    plans2018 = await plansOf(current.id);
    // The plans entered directly; the proposals of the call are checked on their own below.
    plans2023 = await plansOf(draft.id, '&proposalState=none');
  });

  it('gives the FY2018–2022 outline its 18 改革プログラム, at least one under each 実施項目', () => {
    expect(current.frameworkLevels).toEqual(['基本方針', '実施項目', '改革プログラム']);
    const items = current.nodes.filter((n) => n.depth === 1);
    const programmes = current.nodes.filter((n) => n.depth === 2);
    expect(items).toHaveLength(9);
    expect(programmes).toHaveLength(18);
    for (const item of items) expect(programmes.some((p) => p.parentId === item.id)).toBe(true);
    expect(programmes.map((p) => p.code)).toContain('3-1-2');
  });

  it('has the draft 第4次本庄市行政改革大綱 for FY2023–2027 following the FY2018 outline', () => {
    expect(draft).toMatchObject({
      title: '第4次本庄市行政改革大綱',
      status: 'draft',
      startFiscalYear: 2023,
      endFiscalYear: 2027,
      predecessorId: current.id,
    });
    expect(draft.nodes.filter((n) => n.depth === 0).map((n) => n.title)).toEqual([
      'デジタル技術を活用した市民サービスの向上',
      '持続可能な行財政運営',
      '市民とともに進める市役所改革',
    ]);
    // Every 実施項目 has programmes under it: plans can only go to the third level.
    const items = draft.nodes.filter((n) => n.depth === 1);
    for (const item of items) expect(draft.nodes.some((n) => n.parentId === item.id)).toBe(true);
    expect(draft.nodes.filter((n) => n.depth === 2).length).toBeGreaterThanOrEqual(15);
  });

  it('files at least 40 plans over both outlines, with numbers suggested from the framework', () => {
    expect(plans2018).toHaveLength(HONJO_PLANS_2018.length);
    expect(plans2023).toHaveLength(HONJO_PLANS_2023.length);
    expect(plans2018.length).toBeGreaterThanOrEqual(15);
    expect(plans2023.length).toBeGreaterThanOrEqual(25);
    expect(plans2018.length + plans2023.length).toBeGreaterThanOrEqual(40);
    expect(byTitle(plans2023, '行政手続のオンライン化の全庁展開').number).toBe('1-1-1-1');
    expect(new Set(plans2023.map((p) => p.number)).size).toBe(plans2023.length);
    // A re-listed plan is counted once; the proposals of the open call count too.
    expect(draft.planCount).toBe(plans2023.length + HONJO_PROPOSALS.length);
    expect(current.planCount).toBe(plans2018.length);
  });

  it('re-lists plans under a second programme (再掲)', async () => {
    const node = draft.nodes.find((n) => n.title === '庁内横断的な課題への取組')!;
    const listed = await plansOf(draft.id, `&nodeId=${node.id}`);
    expect(listed.find((p) => p.title === '書かない窓口の導入')).toMatchObject({ relisted: true });
    expect(listed.find((p) => p.title === 'おくやみ手続きのワンストップ化')).toMatchObject({ relisted: false });
    expect(draft.nodes.reduce((sum, n) => sum + n.relistedCount, 0)).toBeGreaterThanOrEqual(2);
    expect(current.nodes.reduce((sum, n) => sum + n.relistedCount, 0)).toBeGreaterThanOrEqual(1);
  });

  it('has lead departments in force today, cross-department plans, and デジタル推進課 in place of 情報政策課', () => {
    const leads = new Set([...plans2018, ...plans2023].map((p) => p.leadDepartment.name));
    expect(leads).toContain('デジタル推進課');
    expect(leads).not.toContain('情報政策課');
    expect(plans2023.filter((p) => p.collaboratingDepartments.length >= 2).length).toBeGreaterThanOrEqual(10);
  });

  it('exercises every target direction, schedule phase, both kinds of financial effect, SDGs and tags', async () => {
    const rows = await server.db.selectFrom('plan').select(['sheet']).execute();
    const sheets = rows.map((row) => row.sheet as PlanSheet);
    const directions = sheets.flatMap((s) => s.targets.map((t) => t.direction));
    for (const direction of ['increase', 'decrease', 'maintain-min', 'maintain-max'] as const) {
      expect(directions.filter((d) => d === direction).length, direction).toBeGreaterThanOrEqual(1);
    }
    const indicators = sheets.flatMap((s) => s.targets.map((t) => t.indicator));
    expect(indicators).toEqual(expect.arrayContaining(['オンライン申請件数', '職員一人当たりの年間時間外勤務時間', '市税収納率（現年課税分）', '窓口対応に関する苦情件数']));
    expect(new Set(sheets.flatMap((s) => s.schedule.map((r) => r.phase)))).toEqual(new Set(['検討', '準備', '試行', '実施', '完了']));
    const effects = sheets.flatMap((s) => s.financialEffects);
    expect(new Set(effects.map((e) => e.kind))).toEqual(new Set(['revenue', 'expenditure']));
    expect(effects.every((e) => Number.isSafeInteger(e.amount))).toBe(true);
    expect(sheets.every((s) => s.sdgGoals.length > 0)).toBe(true);
    expect(new Set(sheets.flatMap((s) => s.tags))).toEqual(new Set(['デジタル化', '庁内連携', '民間活力', '市民協働', 'SDGs']));
    expect(sheets.some((s) => s.endFiscalYear - s.startFiscalYear >= 4)).toBe(true);
  });

  it('carries FY2018 plans over into the draft, visible from both ends', async () => {
    const carried = HONJO_PLANS_2023.filter((p) => p.carriesOver);
    expect(carried.length).toBeGreaterThanOrEqual(5);
    const linked = await server.db.selectFrom('plan').select('id').where('predecessor_plan_id', 'is not', null).execute();
    expect(linked).toHaveLength(carried.length);

    const plan = (await agent.get(`/api/plans/${byTitle(plans2023, '行政手続のオンライン化の全庁展開').id}`)).body as Plan;
    expect(plan.predecessorPlan).toMatchObject({ title: '電子申請サービスの拡充', outlineId: current.id });
    const predecessor = (await agent.get(`/api/plans/${plan.predecessorPlan!.id}`)).body as Plan;
    expect(predecessor.successorPlans).toEqual([expect.objectContaining({ id: plan.id, outlineId: draft.id })]);
  });

  it('keeps the FY2018 plans free of check findings', () => {
    expect(plans2018.filter((p) => p.checkCodes.length > 0).map((p) => [p.title, p.checkCodes])).toEqual([]);
  });

  it('flags exactly the draft plans the secretariat should look at again', () => {
    const flagged = Object.fromEntries(plans2023.filter((p) => p.checkCodes.length > 0).map((p) => [p.title, p.checkCodes]));
    expect(flagged).toEqual({
      'パブリックコメント制度の運用改善': ['no_numerical_target'],
      '組織機構の見直し（係制の再編）': ['reform_without_effect'],
      '児玉地域の公共施設の再配置（複合化）': ['end_year_beyond_outline'],
      'RPA・AI-OCRによる定型業務の自動化': ['target_without_unit'],
    });
  });

  it('finds the likely duplicate pair of two departments in the outline review', async () => {
    const { body } = await agent.get(`/api/outlines/${draft.id}/plan-checks`);
    const checks = body as OutlineChecksResponse;
    expect(checks.duplicates).toHaveLength(1);
    const pair = checks.duplicates[0]!.plans;
    expect(pair.map((p) => [p.title, p.leadDepartment.name]).sort()).toEqual([
      ['窓口におけるキャッシュレス決済の導入', '収納課'],
      ['窓口キャッシュレス決済の導入', '市民課'],
    ]);
    const codes = checks.plans.flatMap((p) => p.checks.map((c) => c.code));
    expect(codes).toEqual(
      expect.arrayContaining(['no_numerical_target', 'reform_without_effect', 'end_year_beyond_outline', 'target_without_unit', 'possible_duplicate']),
    );
    const previous = (await agent.get(`/api/outlines/${current.id}/plan-checks`)).body as OutlineChecksResponse;
    expect(previous).toEqual({ plans: [], duplicates: [] });
  });

  it('records each plan as the demo secretariat did it: one created version and one audit entry', async () => {
    const secretariat = await server.db.selectFrom('app_user').select('id').where('login_id', '=', 'secretariat').executeTakeFirstOrThrow();
    const total = plans2018.length + plans2023.length;
    const direct = [...plans2018, ...plans2023].map((p) => p.id);
    const versions = await server.db.selectFrom('plan_version').select(['change', 'saved_by']).where('plan_id', 'in', direct).execute();
    expect(versions).toHaveLength(total);
    expect(versions.every((v) => v.change === 'created' && v.saved_by === secretariat.id)).toBe(true);
    const audits = await server.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('entity_type', '=', 'plan')
      .where('entity_id', 'in', direct)
      .execute();
    expect(audits).toHaveLength(total);
    expect(audits.every((a) => a.actor_id === secretariat.id && a.action === 'created')).toBe(true);
    const outlineAudits = await server.db.selectFrom('audit_log').select('entity_id').where('entity_type', '=', 'outline').execute();
    expect(outlineAudits.map((a) => a.entity_id)).toEqual([draft.id]);
    const nodeAudits = await server.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'framework_node').execute();
    expect(nodeAudits).toHaveLength(18 + draft.nodes.length);
  });
});

describe('the demo call for proposals', () => {
  type Agent = Awaited<ReturnType<TestServer['login']>>;
  let secretariat: Agent;
  let call: Call;
  const inboxOf = async (loginId: string) => ((await (await server.login(loginId, DEMO_PASSWORD)).get('/api/inbox')).body as InboxResponse).items;

  beforeAll(async () => {
    secretariat = await server.login('secretariat', DEMO_PASSWORD);
    const { body } = await secretariat.get('/api/calls');
    expect(body.items).toHaveLength(1);
    call = (await secretariat.get(`/api/calls/${body.items[0].id}`)).body as Call;
  });

  it('is open in the draft outline from three weeks before the demo was seeded to three weeks after, for eight departments', () => {
    expect(call).toMatchObject({
      title: HONJO_CALL.title,
      outlineTitle: '第4次本庄市行政改革大綱',
      opensOn: japanDateInDays(-21),
      closesOn: japanDateInDays(21),
      phase: 'open',
      daysLeft: 21,
      answerRequired: true,
      departmentCount: 8,
      proposalCount: HONJO_PROPOSALS.length,
    });
  });

  it('shows 市民課 with a proposal at every stage, 収納課 submitted, 環境推進課 with nothing to propose and the rest not started', () => {
    const statuses = Object.fromEntries(call.departments.map((d) => [d.department.name, d.status]));
    expect(statuses).toEqual({
      ...Object.fromEntries(HONJO_CALL.departments.map((name) => [name, 'not_started'])),
      市民課: 'returned',
      収納課: 'submitted',
      環境推進課: 'no_proposal',
    });
    expect(call.departments.find((d) => d.department.name === '市民課')!.proposalStates).toEqual({
      drafting: 1,
      awaiting_approval: 1,
      returned: 1,
      submitted: 1,
      accepted: 1,
    });
    expect(call.answeredCount).toBe(2);
  });

  it('gives every demo user who acts on proposals something in their inbox', async () => {
    // Their progress reports wait in the same inboxes: see the demo progress reports below.
    const titles = async (loginId: string) =>
      (await inboxOf(loginId)).filter((task) => !task.kind.endsWith('_report')).map((task) => [task.kind, task.plan?.title ?? task.department.name]);
    expect(await titles('editor')).toEqual([
      ['revise_proposal', '戸籍証明書のコンビニ交付の開始'],
      ['revise_proposal', '引越し手続のオンライン事前受付'],
    ]);
    expect(await titles('approver')).toEqual([['approve_proposal', '窓口の来庁予約と呼出状況のウェブ公開']]);
    expect(await titles('secretariat')).toEqual([
      ['review_proposal', '窓口業務の民間委託の拡大'],
      ['review_proposal', '市税のWeb口座振替受付の導入'],
    ]);
    expect(await titles('hq')).toEqual([['decide_proposal', '住民異動届のデータ連携の自動化']]);
    expect(await titles('council')).toEqual([]);
    expect(await titles('kankyo')).toEqual([]);
  });

  it('has the returned proposal carry the secretariat’s comments beside two of its fields', async () => {
    const returned = (await inboxOf('editor')).find((task) => task.plan?.state === 'returned')!;
    const timeline = (await secretariat.get(`/api/plans/${returned.plan!.id}/proposal`)).body as ProposalTimeline;
    expect(timeline.comments.map((c) => [c.field, c.authorName, c.authorRole])).toEqual([
      [null, '山田 花子', 'secretariat'],
      ['financialEffects', '山田 花子', 'secretariat'],
      ['targets', '山田 花子', 'secretariat'],
    ]);
    const editor = await server.login('editor', DEMO_PASSWORD);
    const notices = (await editor.get('/api/notifications')).body.items.map((n: { kind: string }) => n.kind);
    expect(notices).toEqual(expect.arrayContaining(['call_opened', 'proposal_returned']));
  });
});

describe('the demo progress reports', () => {
  type Agent = Awaited<ReturnType<TestServer['login']>>;
  let secretariat: Agent;
  let rounds: ReportRoundSummary[];
  const PAST = ['平成30年度進捗状況報告書', '令和元年度進捗状況報告書', '令和2年度進捗状況報告書', '令和3年度進捗状況報告書'];
  const CURRENT = '令和4年度上半期進捗状況報告書';
  const idOf = (title: string) => rounds.find((round) => round.title === title)!.id;
  const dashboard = async (title: string) => (await secretariat.get(`/api/report-rounds/${idOf(title)}/dashboard`)).body as RoundDashboard;
  const roundOf = async (title: string) => (await secretariat.get(`/api/report-rounds/${idOf(title)}`)).body as ReportRound;
  const plansBehind = async (title: string, query: string) =>
    ((await secretariat.get(`/api/report-rounds/${idOf(title)}/reports?${query}`)).body.items as ReportListItem[]).map((item) => item.plan.title);
  const line = (board: RoundDashboard, axis: string, code: string) => board.overall.rows.find((row) => row.axis === axis && row.code === code);
  const reportsOf = (key: 'FY2018' | 'FY2019' | 'FY2020' | 'FY2021' | 'FY2022H1') => Object.values(HONJO_REPORTS).flatMap((byRound) => (byRound[key] ? [byRound[key]] : []));

  beforeAll(async () => {
    secretariat = await server.login('secretariat', DEMO_PASSWORD);
    const outlines = (await secretariat.get('/api/outlines')).body.items as OutlineSummary[];
    const current = outlines.find((outline) => outline.startFiscalYear === 2018)!;
    rounds = (await secretariat.get(`/api/report-rounds?outlineId=${current.id}`)).body.items;
  });

  it('has the four full years imported from the city’s sheets and the first half of 令和4年度 under way, titled in the city’s style', async () => {
    const plans = HONJO_PLANS_2018.length;
    // The school-meal outsourcing was cancelled in 令和2年度 and is asked about no more.
    expect(rounds.map((round) => [round.title, round.source, round.reportCount])).toEqual([
      [CURRENT, 'app', plans - 1],
      [PAST[3], 'imported', plans - 1],
      [PAST[2], 'imported', plans],
      [PAST[1], 'imported', plans],
      [PAST[0], 'imported', plans],
    ]);
    for (const past of rounds.slice(1)) expect(past.stateCounts).toEqual({ accepted: past.reportCount });
    expect(rounds[0]!.stateCounts).toEqual({ accepted: 10, submitted: 2, awaiting_approval: 1, returned: 1, drafting: 2 });
    const imports = await server.db.selectFrom('report_import').select(['file_name', 'committed_at']).orderBy('fiscal_year').execute();
    expect(imports.map((row) => [row.file_name, row.committed_at !== null])).toEqual(PAST.map((title) => [`${title}.xlsx`, true]));
  });

  it('shows on the dashboard of 令和4年度上半期進捗状況報告書 the 増減 against 令和3年度, counting approved reports only', async () => {
    const board = await dashboard(CURRENT);
    expect(board.previousRound?.title).toBe(PAST[3]);
    expect(board.overall).toMatchObject({ planCount: HONJO_PLANS_2018.length - 1, notReported: 4 });
    expect(line(board, 'status', 'in_progress')).toMatchObject({ count: 11, change: -5 });
    expect(line(board, 'status', 'completed')).toMatchObject({ count: 1, change: 1 });
  });

  it('leaves the plan cancelled in 令和2年度, with its reason, out of the later rounds', async () => {
    expect(await plansBehind(PAST[2]!, 'axis=status&code=cancelled')).toEqual(['学校給食調理業務の民間委託']);
    const cancelled = (await roundOf(PAST[2]!)).reports.find((report) => report.progressStatus === 'cancelled')!;
    expect((await secretariat.get(`/api/reports/${cancelled.id}`)).body.changeReason).toContain('民間委託を中止');
    expect((await roundOf(PAST[3]!)).reports.map((report) => report.plan.title)).not.toContain('学校給食調理業務の民間委託');
  });

  it('has a worsened lower-is-better target, a plan without numerical target, and the HQ’s evaluations beside the departments’', async () => {
    expect(await plansBehind(PAST[3]!, 'axis=achievement&code=worsened')).toEqual(['時間外勤務の縮減']);
    expect(await plansBehind(PAST[3]!, 'axis=achievement&code=without_numeric_target')).toEqual(['公共施設使用料の見直し']);
    const board = await dashboard(PAST[3]!);
    const expected = (grade: (report: (typeof HONJO_REPORTS)[string]['FY2021'] & {}) => string | null | undefined) =>
      ['S', 'A', 'B', 'C'].map((code) => [code, reportsOf('FY2021').filter((report) => grade(report) === code).length]);
    const counted = (axis: string) => ['S', 'A', 'B', 'C'].map((code) => [code, line(board, axis, code)!.count]);
    expect(counted('self_evaluation')).toEqual(expected((report) => report.grade));
    expect(counted('hq_evaluation')).toEqual(expected((report) => report.hq ?? report.grade));
    expect(counted('hq_evaluation')).not.toEqual(counted('self_evaluation'));
  });

  it('has self-evaluations that follow the grade the figures suggest, except where a department judged otherwise', async () => {
    const departures: string[][] = [];
    for (const title of PAST) {
      for (const report of (await roundOf(title)).reports) {
        if (report.progressStatus === 'cancelled' || report.suggestedEvaluation === null || report.selfEvaluation === report.suggestedEvaluation) continue;
        departures.push([title, report.plan.title, report.selfEvaluation!, report.suggestedEvaluation]);
      }
    }
    expect(departures).toEqual([
      [PAST[0], '繁忙期における窓口待ち時間の短縮', 'A', 'B'],
      [PAST[1], '時間外勤務の縮減', 'A', 'S'],
    ]);
  });

  it('sets the actual financial effects against the planned ones, year by year', async () => {
    const board = await dashboard(CURRENT);
    const planned = (fiscalYear: number) =>
      HONJO_PLANS_2018.flatMap((plan) => plan.financialEffects ?? []).filter((effect) => effect.fiscalYear === fiscalYear).reduce((sum, effect) => sum + effect.amount, 0);
    // Of the first half, only what the departments' heads have approved counts.
    const actual = (key: Parameters<typeof reportsOf>[0]) =>
      reportsOf(key)
        .filter((report) => ['accepted', 'submitted'].includes(report.stage ?? 'accepted'))
        .reduce((sum, report) => sum + (report.effect ?? 0), 0);
    expect(board.financialEffect.map((year) => [year.fiscalYear, year.planned, year.actual])).toEqual([
      [2018, planned(2018), actual('FY2018')],
      [2019, planned(2019), actual('FY2019')],
      [2020, planned(2020), actual('FY2020')],
      [2021, planned(2021), actual('FY2021')],
      [2022, planned(2022), actual('FY2022H1')],
    ]);
    // Overtime that rose cost money: 令和2年度 is below its plan.
    expect(board.financialEffect[2]!.actual!).toBeLessThan(board.financialEffect[2]!.planned);
  });

  it('puts the reports under way in the inboxes of those who act on them next', async () => {
    const tasks = async (loginId: string) =>
      ((await (await server.login(loginId, DEMO_PASSWORD)).get('/api/inbox')).body as InboxResponse).items
        .filter((task) => task.kind.endsWith('_report'))
        .map((task) => [task.kind, task.plan?.title ?? ''])
        .sort();
    expect(await tasks('editor')).toEqual([['fill_report', 'おくやみ手続き案内の一元化']]);
    expect(await tasks('approver')).toEqual([['approve_report', '繁忙期における窓口待ち時間の短縮']]);
    expect(await tasks('secretariat')).toEqual([
      ['review_report', '文書管理システムによる電子決裁の導入'],
      ['review_report', '電子申請サービスの拡充'],
    ]);
  });
});
