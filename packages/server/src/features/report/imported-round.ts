import type { CreateReportRoundRequest } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { recordAudit } from '../audit/record-audit.js';
import { openRound } from './report-round.service.js';
import { findRoundFor, insertReportEvents, planIdsInForce, type RoundRow } from './report.repository.js';

type Db = Kysely<Database>;

/** One plan's report as an earlier round recorded it (codes from the municipality's settings). */
export interface ImportedReport {
  planId: string;
  progressStatus: string;
  selfEvaluation: string | null;
  hqEvaluation: string | null;
  hqComment: string;
  workDone: string;
  /** Target id → actual value. */
  actualValues: Record<string, number>;
  actualFinancialEffect: number | null;
  issues: string;
  nextSteps: string;
  citizenEffect: string;
  changeReason: string;
}

/** The plans a round of that fiscal year asks about, exactly as opening it in the app would. */
export const reportablePlanIds = planIdsInForce;

/** Whether the outline already has a round of that fiscal year and period. */
export async function roundExists(db: Db, query: Parameters<typeof findRoundFor>[1]): Promise<boolean> {
  return (await findRoundFor(db, query)) !== undefined;
}

/**
 * Creates an earlier round from its reports, inside the caller's transaction: the round (source
 * 'imported', refused like any round when it exists), then each report as accepted back then, with
 * its 'imported' event and audit entry. Nothing goes to the departments: the round is complete.
 */
export async function recordImportedRound(
  trx: Db,
  auth: Auth,
  options: { outlineId: string; round: CreateReportRoundRequest; reports: readonly ImportedReport[] },
): Promise<RoundRow> {
  const round = await openRound(trx, auth, options.outlineId, options.round, { source: 'imported' });
  if (options.reports.length === 0) return round;
  const rows = await trx
    .insertInto('progress_report')
    .values(
      options.reports.map((report) => ({
        municipality_id: auth.municipalityId,
        round_id: round.id,
        plan_id: report.planId,
        state: 'accepted' as const,
        progress_status: report.progressStatus,
        self_evaluation: report.selfEvaluation,
        hq_evaluation: report.hqEvaluation,
        hq_comment: report.hqComment,
        work_done: report.workDone,
        actual_values: JSON.stringify(report.actualValues),
        actual_financial_effect: report.actualFinancialEffect,
        issues: report.issues,
        next_steps: report.nextSteps,
        citizen_effect: report.citizenEffect,
        change_reason: report.changeReason,
        updated_by: auth.userId,
      })),
    )
    .returningAll()
    .execute();
  await insertReportEvents(
    trx,
    rows.map((row) => ({ municipalityId: auth.municipalityId, reportId: row.id, action: 'imported', fromState: null, toState: row.state, actorId: auth.userId })),
  );
  for (const row of rows) {
    await recordAudit(trx, { municipalityId: auth.municipalityId, actorId: auth.userId, action: 'imported', entityType: 'progress_report', entityId: row.id, after: row });
  }
  return round;
}
