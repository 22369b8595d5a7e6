import type { HqEvaluationRequest, MunicipalitySettings, PlanSheet, ProgressReport, ReportTransitionRequest, UpdateReportRequest } from '@gyokaku/contracts';
import { availableReportActions, canEditReport, REPORT_STATE_LABELS, reportTransition, roundDocumentTitle, type ReportAction } from '@gyokaku/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { hasRole, type Auth } from '../../http/access.js';
import { AppError, editConflict, forbidden, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { proposalActors } from '../plan/plan.policy.js';
import { findPlanRow, sheetOf, type PlanRow } from '../plan/plan.repository.js';
import { notify } from '../inbox/notifications.js';
import { reportFigures } from './report-figures.js';
import { reportAudience, reportNoticeOf } from './report-notices.js';
import { previousRoundOf, seesAllReports, settingsOf, visibleToDepartment } from './report-round.service.js';
import { findReportRow, findRound, insertReportEvents, listReportEvents, type ReportRow, type RoundRow } from './report.repository.js';

type Db = Kysely<Database>;

const reportNotFound = () => notFound('進捗状況報告');

const issue = (path: string, code: string, message: string) => ({ path: [path], code, message });

/** What the user is to this report: its lead department drafts and approves, the secretariat reviews. */
const actorsFor = (auth: Auth, plan: PlanRow) => proposalActors(auth, sheetOf(plan));

async function loadReport(db: Db, auth: Auth, id: string, lock = false) {
  const report = await findReportRow(db, auth.municipalityId, id, lock);
  if (!report) throw reportNotFound();
  const [plan, round] = await Promise.all([
    findPlanRow(db, auth.municipalityId, report.plan_id),
    findRound(db, auth.municipalityId, report.round_id),
  ]);
  const sheet = sheetOf(plan!);
  const visible = seesAllReports(auth) || visibleToDepartment(auth, { lead_department_id: sheet.leadDepartmentId, collaborating_department_ids: sheet.collaboratingDepartmentIds });
  if (!visible) throw reportNotFound();
  return { report, plan: plan!, round: round! };
}

const sumForYear = (sheet: PlanSheet, fiscalYear: number) =>
  sheet.financialEffects.filter((effect) => effect.fiscalYear === fiscalYear).reduce((sum, effect) => sum + effect.amount, 0);

async function previousReport(db: Db, auth: Auth, round: RoundRow, planId: string, settings: MunicipalitySettings, sheet: PlanSheet) {
  const previous = await previousRoundOf(db, auth.municipalityId, round);
  if (!previous) return null;
  const row = await db
    .selectFrom('progress_report')
    .selectAll()
    .where('municipality_id', '=', auth.municipalityId)
    .where('round_id', '=', previous.id)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    roundTitle: roundDocumentTitle({ fiscalYear: previous.fiscal_year, period: previous.period }, 'progress', settings.yearStyle),
    progressStatus: row.progress_status,
    selfEvaluation: row.self_evaluation,
    meanRate: reportFigures(row, sheet, previous.fiscal_year, settings).achievement.meanRate,
  };
}

async function present(db: Db, auth: Auth, loaded: { report: ReportRow; plan: PlanRow; round: RoundRow }): Promise<ProgressReport> {
  const { report, plan, round } = loaded;
  const sheet = sheetOf(plan);
  const settings = await settingsOf(db, auth.municipalityId);
  const [events, lead, previous] = await Promise.all([
    listReportEvents(db, auth.municipalityId, report.id),
    db.selectFrom('department').select('name').where('municipality_id', '=', auth.municipalityId).where('id', '=', sheet.leadDepartmentId).executeTakeFirst(),
    previousReport(db, auth, round, plan.id, settings, sheet),
  ]);
  const figures = reportFigures(report, sheet, round.fiscal_year, settings);
  const actors = actorsFor(auth, plan);
  return {
    id: report.id,
    round: {
      id: round.id,
      title: roundDocumentTitle({ fiscalYear: round.fiscal_year, period: round.period }, 'progress', settings.yearStyle),
      fiscalYear: round.fiscal_year,
      period: round.period,
      dueOn: round.due_on,
    },
    plan: {
      id: plan.id,
      number: plan.number,
      title: plan.title,
      leadDepartment: { id: sheet.leadDepartmentId, name: lead?.name ?? '' },
      startFiscalYear: sheet.startFiscalYear,
      endFiscalYear: sheet.endFiscalYear,
      targets: sheet.targets,
      scheduledWork: sheet.schedule.find((row) => row.fiscalYear === round.fiscal_year)?.description ?? '',
      plannedFinancialEffect: sumForYear(sheet, round.fiscal_year),
    },
    state: report.state,
    stateSince: new Date(report.state_at).toISOString(),
    progressStatus: report.progress_status,
    selfEvaluation: report.self_evaluation,
    hqEvaluation: report.hq_evaluation,
    hqComment: report.hq_comment,
    workDone: report.work_done,
    actualValues: sheet.targets.map((target) => ({ targetId: target.id, value: report.actual_values[target.id] ?? null })),
    actualFinancialEffect: report.actual_financial_effect,
    issues: report.issues,
    nextSteps: report.next_steps,
    citizenEffect: report.citizen_effect,
    changeReason: report.change_reason,
    achievement: { ...figures.achievement, suggestedEvaluation: figures.suggestedEvaluation },
    previous,
    events: events.map((event) => ({
      action: event.action as ProgressReport['events'][number]['action'],
      fromState: event.from_state,
      toState: event.to_state,
      comment: event.comment,
      actorName: event.display_name,
      at: new Date(event.at).toISOString(),
    })),
    availableActions: availableReportActions(report.state, actors),
    editable: canEditReport(report.state, actors),
    canEvaluateAsHq: hasRole(auth, 'hq_member', 'secretariat') && (report.state === 'submitted' || report.state === 'accepted'),
    version: report.version,
    updatedAt: new Date(report.updated_at).toISOString(),
  };
}

export async function readReport(db: Db, auth: Auth, id: string): Promise<ProgressReport> {
  return present(db, auth, await loadReport(db, auth, id));
}

/** Codes must be the municipality's own; a cancelling status needs its reason; actuals only for the plan's targets. */
function validateReport(request: UpdateReportRequest, sheet: PlanSheet, settings: MunicipalitySettings) {
  const issues = [];
  if (request.progressStatus !== null && !settings.progressStatuses.some((status) => status.code === request.progressStatus)) {
    issues.push(issue('progressStatus', 'invalid_settings_code', '進捗状況は設定された区分から選んでください。'));
  }
  if (request.selfEvaluation !== null && !settings.evaluationScale.some((grade) => grade.code === request.selfEvaluation)) {
    issues.push(issue('selfEvaluation', 'invalid_settings_code', '自己評価は設定された評価区分から選んでください。'));
  }
  if (request.progressStatus !== null && settings.cancelledStatusCodes.includes(request.progressStatus) && !request.changeReason) {
    issues.push(issue('changeReason', 'reason_required', '中止・変更の場合は、その理由を入力してください。'));
  }
  const targetIds = new Set(sheet.targets.map((target) => target.id));
  request.actualValues.forEach((entry, index) => {
    if (!targetIds.has(entry.targetId)) {
      issues.push({ path: ['actualValues', index, 'targetId'], code: 'invalid_reference', message: 'この計画にない目標の実績値です。' });
    }
  });
  if (issues.length > 0) throw new AppError(422, 'validation_failed', '入力内容に誤りがあります。', issues);
}

const reportLocked = (state: ReportRow['state']) =>
  new AppError(409, 'report_locked', `この報告は「${REPORT_STATE_LABELS[state]}」のため、いまは編集できません。`);

/** Locks the report for a change after checking the user may see it and the version they saw. */
async function reportForChange(trx: Db, auth: Auth, id: string, version: number) {
  const loaded = await loadReport(trx, auth, id, true);
  if (loaded.report.version !== version) throw editConflict();
  return loaded;
}

async function bump(trx: Db, auth: Auth, report: ReportRow, values: Partial<Record<string, unknown>>): Promise<ReportRow> {
  return trx
    .updateTable('progress_report')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()`, updated_by: auth.userId })
    .where('municipality_id', '=', auth.municipalityId)
    .where('id', '=', report.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateReport(db: Db, auth: Auth, id: string, request: UpdateReportRequest): Promise<ProgressReport> {
  return db.transaction().execute(async (trx) => {
    const loaded = await reportForChange(trx, auth, id, request.version);
    const actors = actorsFor(auth, loaded.plan);
    if (actors.length === 0 || (actors.length === 1 && actors[0] === 'hq')) throw forbidden();
    if (!canEditReport(loaded.report.state, actors)) throw reportLocked(loaded.report.state);
    const sheet = sheetOf(loaded.plan);
    validateReport(request, sheet, await settingsOf(trx, auth.municipalityId));
    const actualValues = Object.fromEntries(request.actualValues.map((entry) => [entry.targetId, entry.value]));
    const report = await bump(trx, auth, loaded.report, {
      progress_status: request.progressStatus,
      self_evaluation: request.selfEvaluation,
      work_done: request.workDone,
      actual_values: JSON.stringify(actualValues),
      actual_financial_effect: request.actualFinancialEffect,
      issues: request.issues,
      next_steps: request.nextSteps,
      citizen_effect: request.citizenEffect,
      change_reason: request.changeReason,
    });
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'updated',
      entityType: 'progress_report',
      entityId: id,
      before: loaded.report,
      after: report,
    });
    return present(trx, auth, { ...loaded, report });
  });
}

/** A report goes to the approver with its status and, unless the plan was cancelled, its self-evaluation. */
function assertComplete(report: ReportRow, action: ReportAction, settings: MunicipalitySettings) {
  if (action !== 'submit') return;
  const cancelled = report.progress_status !== null && settings.cancelledStatusCodes.includes(report.progress_status);
  const issues = [
    ...(report.progress_status === null ? [issue('progressStatus', 'required', '進捗状況を選んでください。')] : []),
    ...(report.self_evaluation === null && !cancelled ? [issue('selfEvaluation', 'required', '自己評価を選んでください。')] : []),
  ];
  if (issues.length > 0) throw new AppError(422, 'report_incomplete', '進捗状況と自己評価を入力してから提出してください。', issues);
}

export async function transitionReport(db: Db, auth: Auth, id: string, request: ReportTransitionRequest): Promise<ProgressReport> {
  return db.transaction().execute(async (trx) => {
    const loaded = await reportForChange(trx, auth, id, request.version);
    const from = loaded.report.state;
    const to = reportTransition({ from, action: request.action, actors: actorsFor(auth, loaded.plan), comment: request.comment ?? '' });
    const settings = await settingsOf(trx, auth.municipalityId);
    assertComplete(loaded.report, request.action, settings);
    const report = await bump(trx, auth, loaded.report, { state: to, state_at: sql`now()` });
    await insertReportEvents(trx, [
      { municipalityId: auth.municipalityId, reportId: id, action: request.action, fromState: from, toState: to, actorId: auth.userId, comment: request.comment ?? '' },
    ]);
    await notify(trx, {
      auth,
      audience: reportAudience(to, sheetOf(loaded.plan).leadDepartmentId),
      kind: reportNoticeOf(request.action),
      planId: loaded.plan.id,
      params: {
        roundTitle: roundDocumentTitle({ fiscalYear: loaded.round.fiscal_year, period: loaded.round.period }, 'progress', settings.yearStyle),
        reportId: id,
        planNumber: loaded.plan.number,
        planTitle: loaded.plan.title,
        action: request.action,
        toState: to,
        comment: request.comment ?? '',
      },
    });
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: request.action,
      entityType: 'progress_report',
      entityId: id,
      before: { state: from },
      after: { state: to, comment: request.comment ?? '' },
    });
    return present(trx, auth, { ...loaded, report });
  });
}

export async function evaluateAsHq(db: Db, auth: Auth, id: string, request: HqEvaluationRequest): Promise<ProgressReport> {
  return db.transaction().execute(async (trx) => {
    const loaded = await reportForChange(trx, auth, id, request.version);
    if (!hasRole(auth, 'hq_member', 'secretariat')) throw forbidden();
    const { state } = loaded.report;
    if (state !== 'submitted' && state !== 'accepted') {
      throw new AppError(409, 'report_locked', '所属長の承認を経た報告だけを本部として評価できます。');
    }
    const settings = await settingsOf(trx, auth.municipalityId);
    if (request.hqEvaluation !== null && !settings.evaluationScale.some((grade) => grade.code === request.hqEvaluation)) {
      throw new AppError(422, 'validation_failed', '入力内容に誤りがあります。', [
        issue('hqEvaluation', 'invalid_settings_code', '本部評価は設定された評価区分から選んでください。'),
      ]);
    }
    const report = await bump(trx, auth, loaded.report, { hq_evaluation: request.hqEvaluation, hq_comment: request.hqComment });
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'hq_evaluated',
      entityType: 'progress_report',
      entityId: id,
      before: { hqEvaluation: loaded.report.hq_evaluation, hqComment: loaded.report.hq_comment },
      after: request,
    });
    return present(trx, auth, { ...loaded, report });
  });
}
