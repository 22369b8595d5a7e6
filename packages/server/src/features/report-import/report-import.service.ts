import { REPORT_IMPORT_FIELDS, type CreateReportImportQuery, type ReportColumnMapping, type ReportImport } from '@gyokaku/contracts';
import { roundDocumentTitle, roundPeriodEnd, type FiscalYearStyle } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { outlineForPlans } from '../outline/outline-for-plans.js';
import type { ImportColumn } from '../plan-import/rows-columns.js';
import { importAlreadyCommitted, importNotFound } from '../plan-import/plan-import.service.js';
import { roundExists } from '../report/imported-round.js';
import { settingsOf } from '../report/report-round.service.js';
import {
  findReportImport,
  insertReportImport,
  updateReportImportPreview,
  type ReportImportRow,
  type StoredReportPreview,
} from './report-import.repository.js';
import { readReportSheet } from './report-preview.js';

type Db = Kysely<Database>;

export function presentReportImport(row: ReportImportRow, yearStyle: FiscalYearStyle): ReportImport {
  const preview = row.preview as StoredReportPreview;
  const invalid = preview.items.filter((item) => !item.valid).length;
  return {
    id: row.id,
    outlineId: row.outline_id,
    fiscalYear: row.fiscal_year,
    period: row.period,
    roundTitle: roundDocumentTitle({ fiscalYear: row.fiscal_year, period: row.period }, 'progress', yearStyle),
    dueOn: row.due_on,
    fileName: row.file_name,
    sheet: preview.sheet,
    createdAt: new Date(row.created_at).toISOString(),
    committedAt: row.committed_at ? new Date(row.committed_at).toISOString() : null,
    roundId: row.round_id,
    columns: row.columns as ImportColumn[],
    suggestedMapping: preview.suggestedMapping,
    mapping: row.column_mapping as ReportColumnMapping,
    indicatorColumns: preview.indicatorColumns.map(({ column, header }) => ({ column, header })),
    items: preview.items,
    notInSheet: preview.notInSheet,
    summary: { rows: preview.items.length, valid: preview.items.length - invalid, invalid, notInSheet: preview.notInSheet.length },
    committable: row.committed_at === null && invalid === 0,
  };
}

async function present(db: Db, auth: Auth, row: ReportImportRow): Promise<ReportImport> {
  return presentReportImport(row, (await settingsOf(db, auth.municipalityId)).yearStyle);
}

async function auditImport(trx: Db, auth: Auth, action: string, imported: ReportImport) {
  const { fileName, fiscalYear, period, summary, mapping } = imported;
  await recordAudit(trx, {
    municipalityId: auth.municipalityId,
    actorId: auth.userId,
    action,
    entityType: 'report_import',
    entityId: imported.id,
    after: { fileName, fiscalYear, period, summary, mapping },
  });
}

const roundTaken = (title: string) => new AppError(409, 'report_round_exists', `${title}はすでにあります。取り込むことができるのは、まだない回の報告だけです。`);

/**
 * A round can be brought in for an outline being carried out, for a year of its period, and only
 * once: the checks opening the round repeats at commit, made here so the user learns before mapping.
 */
async function assertCanImport(db: Db, auth: Auth, outlineId: string, query: CreateReportImportQuery, yearStyle: FiscalYearStyle) {
  const outline = await outlineForPlans(db, { municipalityId: auth.municipalityId, outlineId });
  if (!outline) throw notFound('行政改革大綱');
  if (outline.status !== 'adopted' && outline.status !== 'in_force') {
    throw new AppError(409, 'outline_not_in_force', '策定済または推進中の大綱についてだけ、過去の報告を取り込むことができます。');
  }
  if (query.fiscalYear < outline.startFiscalYear || query.fiscalYear > outline.endFiscalYear) {
    throw new AppError(422, 'invalid_fiscal_year', '大綱の計画期間内の年度を指定してください。', [
      { path: ['fiscalYear'], code: 'out_of_outline', message: '大綱の計画期間内の年度を指定してください。' },
    ]);
  }
  if (await roundExists(db, { municipalityId: auth.municipalityId, outlineId, fiscalYear: query.fiscalYear, period: query.period })) {
    throw roundTaken(roundDocumentTitle(query, 'progress', yearStyle));
  }
}

/** Reads an uploaded round and keeps it with its preview, columns mapped from their headings; nothing is reported yet. */
export async function createReportImport(options: { db: Db; auth: Auth; outlineId: string; query: CreateReportImportQuery; file: Buffer }): Promise<ReportImport> {
  const { db, auth, outlineId, query } = options;
  const settings = await settingsOf(db, auth.municipalityId);
  await assertCanImport(db, auth, outlineId, query, settings.yearStyle);
  const read = await readReportSheet(db, { auth, outlineId, fiscalYear: query.fiscalYear, file: options.file });
  return db.transaction().execute(async (trx) => {
    const row = await insertReportImport(trx, {
      municipalityId: auth.municipalityId,
      outlineId,
      fiscalYear: query.fiscalYear,
      period: query.period,
      dueOn: query.dueOn ?? roundPeriodEnd(query),
      fileName: query.fileName,
      file: options.file,
      columns: read.columns,
      mapping: read.mapping,
      preview: read.preview,
      createdBy: auth.userId,
    });
    const imported = presentReportImport(row, settings.yearStyle);
    await auditImport(trx, auth, 'uploaded', imported);
    return imported;
  });
}

/** The import, 404 outside the municipality; `lock` holds it until the transaction ends. */
export async function reportImportFor(db: Db, auth: Auth, id: string, lock = false): Promise<ReportImportRow> {
  const row = await findReportImport(db, auth.municipalityId, id, lock);
  if (!row) throw importNotFound();
  return row;
}

export async function readReportImport(options: { db: Db; auth: Auth; id: string }): Promise<ReportImport> {
  return present(options.db, options.auth, await reportImportFor(options.db, options.auth, options.id));
}

function checkMapping(mapping: ReportColumnMapping, columns: readonly ImportColumn[]) {
  const letters = new Set(columns.map((column) => column.column));
  const issues = REPORT_IMPORT_FIELDS.flatMap((field) => {
    const column = mapping[field];
    if (field === 'number' && !column) return [{ path: ['mapping', field], code: 'required', message: '「番号」にあたる列を選んでください。' }];
    if (column && !letters.has(column)) return [{ path: ['mapping', field], code: 'unknown_column', message: `${column}列には見出しがありません。` }];
    return [];
  });
  const used = Object.values(mapping).filter((column): column is string => typeof column === 'string');
  const twice = used.find((column, index) => used.indexOf(column) !== index);
  if (twice) issues.push({ path: ['mapping'], code: 'column_used_twice', message: `${twice}列が二つの項目に割り当てられています。` });
  if (issues.length > 0) throw new AppError(400, 'validation_failed', '列の対応付けに誤りがあります。', issues);
}

/** Reads the stored sheet again through the user's column mapping. */
export async function setReportColumnMapping(options: { db: Db; auth: Auth; id: string; mapping: ReportColumnMapping }): Promise<ReportImport> {
  const { db, auth, mapping } = options;
  const row = await reportImportFor(db, auth, options.id);
  if (row.committed_at) throw importAlreadyCommitted();
  checkMapping(mapping, row.columns as ImportColumn[]);
  const read = await readReportSheet(db, { auth, outlineId: row.outline_id, fiscalYear: row.fiscal_year, file: row.file, mapping });
  return db.transaction().execute(async (trx) => {
    const updated = await updateReportImportPreview(trx, { municipalityId: auth.municipalityId, id: row.id, mapping, preview: read.preview });
    const imported = presentReportImport(updated, read.context.municipality.settings.yearStyle);
    await auditImport(trx, auth, 'mapped', imported);
    return imported;
  });
}
