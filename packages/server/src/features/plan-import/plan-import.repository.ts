import type { ColumnMapping, PlanImportFormat, PlanSheet } from '@gyokaku/contracts';
import { todayInJapan } from '@gyokaku/domain';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, PlanImportTable } from '../../db/schema.js';
import type { ExistingPlan } from './import-context.js';
import type { StoredPreview } from './import-preview.js';
import type { ImportColumn } from './rows-columns.js';

type Db = Kysely<Database>;
export type PlanImportRow = Selectable<PlanImportTable>;

export interface ImportDepartment {
  id: string;
  name: string;
  /** In force today (Japan time): only these are offered in the drop-down and accepted for a new plan. */
  inForce: boolean;
}

export async function listDepartments(db: Db, municipalityId: string): Promise<ImportDepartment[]> {
  const today = todayInJapan(new Date());
  const rows = await db
    .selectFrom('department')
    .select(['id', 'name', sql<boolean>`valid_from <= ${today} AND (valid_to IS NULL OR valid_to >= ${today})`.as('in_force')])
    .where('municipality_id', '=', municipalityId)
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, inForce: Boolean(row.in_force) }));
}

export async function listOutlinePlans(db: Db, query: { municipalityId: string; outlineId: string }): Promise<ExistingPlan[]> {
  const rows = await db
    .selectFrom('plan')
    .select(['id', 'version', 'sheet', 'proposal_state'])
    .where('municipality_id', '=', query.municipalityId)
    .where('outline_id', '=', query.outlineId)
    .orderBy('number_sort')
    .execute();
  return rows.map((row) => ({ id: row.id, version: row.version, sheet: row.sheet as PlanSheet, proposalState: row.proposal_state }));
}

/** The plans' versions now, locked until the commit's transaction ends. */
export async function lockPlanVersions(db: Db, municipalityId: string, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('plan')
    .select(['id', 'version'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', [...ids])
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.id, row.version]));
}

/** Whether the call exists in the municipality and is for this outline. */
export async function callOfOutline(db: Db, query: { municipalityId: string; outlineId: string; callId: string }): Promise<boolean> {
  const row = await db
    .selectFrom('proposal_call')
    .select('id')
    .where('municipality_id', '=', query.municipalityId)
    .where('outline_id', '=', query.outlineId)
    .where('id', '=', query.callId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPlanImport(
  db: Db,
  row: {
    municipalityId: string;
    outlineId: string;
    callId: string | null;
    format: PlanImportFormat;
    fileName: string;
    file: Buffer;
    columns: ImportColumn[] | null;
    preview: StoredPreview | null;
    createdBy: string;
  },
): Promise<PlanImportRow> {
  return db
    .insertInto('plan_import')
    .values({
      municipality_id: row.municipalityId,
      outline_id: row.outlineId,
      call_id: row.callId,
      format: row.format,
      file_name: row.fileName,
      file: row.file,
      columns: row.columns === null ? null : JSON.stringify(row.columns),
      preview: row.preview === null ? null : JSON.stringify(row.preview),
      created_by: row.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPlanImport(db: Db, municipalityId: string, id: string, lock = false): Promise<PlanImportRow | undefined> {
  let query = db.selectFrom('plan_import').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function updatePlanImportPreview(
  db: Db,
  update: { municipalityId: string; id: string; preview: StoredPreview; mapping?: ColumnMapping },
): Promise<PlanImportRow> {
  return db
    .updateTable('plan_import')
    .set({
      preview: JSON.stringify(update.preview),
      ...(update.mapping ? { column_mapping: JSON.stringify(update.mapping) } : {}),
    })
    .where('municipality_id', '=', update.municipalityId)
    .where('id', '=', update.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markCommitted(db: Db, municipalityId: string, id: string): Promise<PlanImportRow> {
  return db
    .updateTable('plan_import')
    .set({ committed_at: sql<Date>`now()` })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
