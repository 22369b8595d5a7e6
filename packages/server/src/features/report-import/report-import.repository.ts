import type { ReportColumnMapping, ReportImportItem, ReportPeriod } from '@gyokaku/contracts';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ReportImportTable } from '../../db/schema.js';
import type { ImportColumn } from '../plan-import/rows-columns.js';

type Db = Kysely<Database>;
export type ReportImportRow = Selectable<ReportImportTable>;

/** The preview as stored: what the API shows of the rows, and the plans the sheet leaves out. */
export interface StoredReportPreview {
  sheet: string;
  suggestedMapping: ReportColumnMapping;
  indicatorColumns: ImportColumn[];
  items: ReportImportItem[];
  notInSheet: { planId: string; number: string; title: string }[];
}

export async function insertReportImport(
  db: Db,
  row: {
    municipalityId: string;
    outlineId: string;
    fiscalYear: number;
    period: ReportPeriod;
    dueOn: string;
    fileName: string;
    file: Buffer;
    columns: ImportColumn[];
    mapping: ReportColumnMapping;
    preview: StoredReportPreview;
    createdBy: string;
  },
): Promise<ReportImportRow> {
  return db
    .insertInto('report_import')
    .values({
      municipality_id: row.municipalityId,
      outline_id: row.outlineId,
      fiscal_year: row.fiscalYear,
      period: row.period,
      due_on: row.dueOn,
      file_name: row.fileName,
      file: row.file,
      columns: JSON.stringify(row.columns),
      column_mapping: JSON.stringify(row.mapping),
      preview: JSON.stringify(row.preview),
      created_by: row.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findReportImport(db: Db, municipalityId: string, id: string, lock = false): Promise<ReportImportRow | undefined> {
  let query = db.selectFrom('report_import').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function updateReportImportPreview(
  db: Db,
  update: { municipalityId: string; id: string; mapping: ReportColumnMapping; preview: StoredReportPreview },
): Promise<ReportImportRow> {
  return db
    .updateTable('report_import')
    .set({ column_mapping: JSON.stringify(update.mapping), preview: JSON.stringify(update.preview) })
    .where('municipality_id', '=', update.municipalityId)
    .where('id', '=', update.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markReportImportCommitted(db: Db, update: { municipalityId: string; id: string; roundId: string }): Promise<ReportImportRow> {
  return db
    .updateTable('report_import')
    .set({ committed_at: sql<Date>`now()`, round_id: update.roundId })
    .where('municipality_id', '=', update.municipalityId)
    .where('id', '=', update.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
