import { UpdateReportRequestSchema, type MunicipalitySettings, type PlanSheet } from '@gyokaku/contracts';
import { roundDocumentTitle } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Auth } from '../http/access.js';
import { commitReportImport } from '../features/report-import/report-import-commit.js';
import { createReportImport } from '../features/report-import/report-import.service.js';
import { transitionReport, updateReport } from '../features/report/progress-report.service.js';
import { openRound, readRound, settingsOf } from '../features/report/report-round.service.js';
import { insertUser, replaceRoles } from '../features/users/user.repository.js';
import {
  HONJO_CURRENT_ROUND,
  HONJO_PAST_ROUNDS,
  HONJO_REPORT_STAFF,
  HONJO_REPORTS,
  type DemoReport,
  type DemoReportStage,
  type DemoRound,
} from './honjo-reports.js';
import { pastRoundWorkbook } from './past-round-workbook.js';
import { lookup } from './seed-plans.js';
import { userAuth } from './seed-proposals.js';
import { STEPS_TO } from './workflow-steps.js';

type Db = Kysely<Database>;

interface DemoPlanRow {
  id: string;
  sheet: PlanSheet;
}

/** Who reports for a department: its editor drafts where the demo has one, its head (所属長) approves. */
interface Reporters {
  drafter: Auth;
  approver: Auth;
}


const reportOf = (plan: DemoPlanRow, round: DemoRound): DemoReport | undefined => HONJO_REPORTS[plan.sheet.title]?.[round.key];

/** A full year from the city's Excel sheet, through the report import as the secretariat uses it: upload, then commit. */
async function importPastRound(db: Db, options: { auth: Auth; outlineId: string; round: DemoRound; plans: readonly DemoPlanRow[]; settings: MunicipalitySettings }) {
  const { auth, round, settings } = options;
  const title = roundDocumentTitle(round, 'progress', settings.yearStyle);
  const rows = options.plans.flatMap((plan) => {
    const report = reportOf(plan, round);
    return report ? [{ sheet: plan.sheet, report }] : [];
  });
  const file = await pastRoundWorkbook({
    title,
    rows,
    statusLabel: (code) => settings.progressStatuses.find((status) => status.code === code)!.label,
  });
  const { fiscalYear, period, dueOn } = round;
  const preview = await createReportImport({ db, auth, outlineId: options.outlineId, query: { fileName: `${title}.xlsx`, fiscalYear, period, dueOn }, file });
  if (!preview.committable || preview.notInSheet.length > 0) {
    const problems = preview.items.flatMap((item) => item.errors.map((error) => `${error.cell} ${error.message}`));
    throw new Error(`demo data: ${title} does not import cleanly: ${[...problems, ...preview.notInSheet.map((plan) => `no row for ${plan.title}`)].join(' / ')}`);
  }
  await commitReportImport({ db, auth, id: preview.id });
}

/**
 * The heads of the reporting departments without demo staff, then every reporting department's
 * people as the services see them signed in.
 */
async function reportersByDepartment(db: Db, options: { municipalityId: string; departments: Map<string, string>; passwordHash: string }) {
  const { municipalityId } = options;
  for (const head of HONJO_REPORT_STAFF) {
    const userId = await insertUser(db, { municipalityId, loginId: head.loginId, displayName: head.displayName, passwordHash: options.passwordHash });
    await replaceRoles(db, municipalityId, userId, [{ role: 'department_approver', departmentId: lookup(options.departments, head.department, '課') }]);
  }
  const grants = await db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', (join) => join.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.user_id'))
    .select(['u.login_id', 'r.role', 'r.department_id'])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.role', 'in', ['department_editor', 'department_approver'])
    .orderBy('u.login_id')
    .execute();
  const logins = new Map<string, { drafter?: string; approver?: string }>();
  for (const grant of grants) {
    const entry = logins.get(grant.department_id!) ?? {};
    if (grant.role === 'department_editor') entry.drafter ??= grant.login_id;
    else entry.approver ??= grant.login_id;
    logins.set(grant.department_id!, entry);
  }
  const reporters = new Map<string, Reporters>();
  for (const [departmentId, { drafter, approver }] of logins) {
    if (!approver) continue;
    reporters.set(departmentId, { drafter: await userAuth(db, municipalityId, drafter ?? approver), approver: await userAuth(db, municipalityId, approver) });
  }
  return reporters;
}

function reportRequest(report: DemoReport, sheet: PlanSheet) {
  return UpdateReportRequestSchema.parse({
    version: 0,
    progressStatus: report.status,
    selfEvaluation: report.grade,
    workDone: report.workDone,
    actualValues: sheet.targets.map((target, index) => ({ targetId: target.id, value: report.actuals?.[index] ?? null })),
    actualFinancialEffect: report.effect ?? null,
    issues: report.issues ?? '',
    nextSteps: report.nextSteps ?? '',
    citizenEffect: report.citizenEffect ?? '',
    changeReason: report.changeReason ?? '',
  });
}

/**
 * The round under way: opened by the secretariat, each report filled in by its department and
 * taken to its stage by the person whose step it is; a report not started stays as opened.
 */
async function reportCurrentRound(db: Db, options: { secretariat: Auth; outlineId: string; plans: readonly DemoPlanRow[]; reporters: Map<string, Reporters> }) {
  const { secretariat } = options;
  const { key: _key, ...request } = HONJO_CURRENT_ROUND;
  const opened = await openRound(db, secretariat, options.outlineId, request);
  const plans = new Map(options.plans.map((plan) => [plan.id, plan]));
  for (const { id, plan: listed } of (await readRound(db, secretariat, opened.id)).reports) {
    const plan = plans.get(listed.id)!;
    const report = reportOf(plan, HONJO_CURRENT_ROUND);
    if (!report) continue;
    const department = options.reporters.get(plan.sheet.leadDepartmentId);
    if (!department) throw new Error(`demo data: no one reports for the lead department of 「${plan.sheet.title}」`);
    const people = { ...department, secretariat };
    let { version } = await updateReport(db, people.drafter, id, reportRequest(report, plan.sheet));
    for (const step of STEPS_TO[report.stage ?? 'accepted']) {
      const comment = step.action === 'return' ? (report.returnComment ?? '') : '';
      ({ version } = await transitionReport(db, people[step.by], id, { action: step.action, version, comment }));
    }
  }
}

/**
 * The progress reports of the FY2018–2022 outline: the four full years the city reported on Excel
 * imported through the report import, then the first half of 令和4年度 reported in Gyokaku and
 * still under way, so that the demo shows reports at every stage and its first progress report
 * already shows 増減 against 令和3年度. Everything goes through the services the UI calls.
 */
export async function seedReports(db: Db, options: { secretariat: Auth; departments: Map<string, string>; passwordHash: string }): Promise<void> {
  const { secretariat } = options;
  const { municipalityId } = secretariat;
  const outline = await db
    .selectFrom('outline')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('start_fiscal_year', '=', 2018)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('plan')
    .select(['id', 'sheet'])
    .where('municipality_id', '=', municipalityId)
    .where('outline_id', '=', outline.id)
    .orderBy('number_sort')
    .execute();
  const plans = rows.map((row) => ({ id: row.id, sheet: row.sheet as PlanSheet }));
  const settings = await settingsOf(db, municipalityId);
  for (const round of HONJO_PAST_ROUNDS) await importPastRound(db, { auth: secretariat, outlineId: outline.id, round, plans, settings });
  const reporters = await reportersByDepartment(db, { municipalityId, departments: options.departments, passwordHash: options.passwordHash });
  await reportCurrentRound(db, { secretariat, outlineId: outline.id, plans, reporters });
}
