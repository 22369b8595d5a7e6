import { isDeepStrictEqual } from 'node:util';
import type { CommitReportImportResponse, ReportColumnMapping, ReportImportItem } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { importAlreadyCommitted } from '../plan-import/plan-import.service.js';
import { recordImportedRound, type ImportedReport } from '../report/imported-round.js';
import { markReportImportCommitted, updateReportImportPreview, type ReportImportRow, type StoredReportPreview } from './report-import.repository.js';
import { reportImportFor } from './report-import.service.js';
import { readReportSheet } from './report-preview.js';

type Db = Kysely<Database>;

/** The sheet no longer reads as previewed: plans, targets or settings changed since the upload. */
class StalePreview extends Error {
  constructor(readonly preview: StoredReportPreview) {
    super('stale preview');
  }
}

const toImportedReport = (item: ReportImportItem): ImportedReport => ({
  planId: item.planId!,
  progressStatus: item.progressStatus!,
  selfEvaluation: item.selfEvaluation,
  hqEvaluation: item.hqEvaluation,
  hqComment: item.hqComment,
  workDone: item.workDone,
  actualValues: Object.fromEntries(item.actualValues.map((actual) => [actual.targetId, actual.value])),
  actualFinancialEffect: item.actualFinancialEffect,
  issues: item.issues,
  nextSteps: item.nextSteps,
  citizenEffect: item.citizenEffect,
  changeReason: item.changeReason,
});

/** The sheet read again now, in the transaction of the commit. */
async function freshPreview(trx: Db, auth: Auth, row: ReportImportRow): Promise<StoredReportPreview> {
  const read = await readReportSheet(trx, {
    auth,
    outlineId: row.outline_id,
    fiscalYear: row.fiscal_year,
    file: row.file,
    mapping: row.column_mapping as ReportColumnMapping,
  });
  // As it would come back from the database, so that only a real difference counts.
  return JSON.parse(JSON.stringify(read.preview)) as StoredReportPreview;
}

/**
 * Creates the round with one accepted report per row, in one transaction, exactly as the preview
 * showed it: the sheet is read again against the plans and settings of now, and if it no longer
 * reads the same nothing is saved and the preview shows the new reading. All or nothing: a row in
 * error, or a round of that year and period created meanwhile, saves nothing.
 */
export async function commitReportImport(options: { db: Db; auth: Auth; id: string }): Promise<CommitReportImportResponse> {
  const { db, auth } = options;
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await reportImportFor(trx, auth, options.id, true);
      if (row.committed_at) throw importAlreadyCommitted();
      const stored = row.preview as StoredReportPreview;
      const invalid = stored.items.filter((item) => !item.valid).length;
      if (invalid > 0) {
        throw new AppError(409, 'import_has_errors', `誤りのある行が${invalid}件あります。ファイルを直して、もう一度アップロードしてください。`);
      }
      const fresh = await freshPreview(trx, auth, row);
      if (!isDeepStrictEqual(fresh, stored)) throw new StalePreview(fresh);

      const round = await recordImportedRound(trx, auth, {
        outlineId: row.outline_id,
        round: { fiscalYear: row.fiscal_year, period: row.period, dueOn: row.due_on, instructions: '' },
        reports: stored.items.map(toImportedReport),
      });
      await markReportImportCommitted(trx, { municipalityId: auth.municipalityId, id: row.id, roundId: round.id });
      await recordAudit(trx, {
        municipalityId: auth.municipalityId,
        actorId: auth.userId,
        action: 'committed',
        entityType: 'report_import',
        entityId: row.id,
        after: { fileName: row.file_name, roundId: round.id, reports: stored.items.length, leftOut: stored.notInSheet.length },
      });
      return { roundId: round.id, reportCount: stored.items.length };
    });
  } catch (error) {
    if (!(error instanceof StalePreview)) throw error;
    // After the rollback: only the preview changes, so the user sees why nothing was saved.
    await db.transaction().execute(async (trx) => {
      const row = await reportImportFor(trx, auth, options.id, true);
      await updateReportImportPreview(trx, { municipalityId: auth.municipalityId, id: row.id, mapping: row.column_mapping as ReportColumnMapping, preview: error.preview });
    });
    throw new AppError(
      409,
      'import_conflict',
      'アップロードした後に、実施計画または設定が変更されました。確認画面を新しい内容に更新しましたので、確かめてからもう一度反映してください。',
    );
  }
}
