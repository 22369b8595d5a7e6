import {
  ROW_IMPORT_FIELDS,
  type ColumnMapping,
  type ImportItem,
  type PlanImport,
  type PlanImportFormat,
} from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, forbidden, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { outlineClosed } from '../outline/outline-for-plans.js';
import { loadImportContext } from './import-context.js';
import { buildPreview, type StoredPreview } from './import-preview.js';
import { canUseImport, templateScope } from './plan-import.policy.js';
import {
  callOfOutline,
  findPlanImport,
  insertPlanImport,
  updatePlanImportPreview,
  type PlanImportRow,
} from './plan-import.repository.js';
import { headedSheet, readColumns, suggestMapping, type ImportColumn } from './rows-columns.js';
import { parseRows } from './rows-parse.js';
import { parseTemplateWorkbook } from './template-import.js';
import { buildPlanTemplate } from './template-workbook.js';
import { loadWorkbook } from './workbook-file.js';

type Db = Kysely<Database>;

export const importNotFound = () => notFound('取込み');
export const importAlreadyCommitted = () =>
  new AppError(409, 'import_already_committed', 'この取込みは反映済みです。続けて取り込むときは、ファイルをもう一度アップロードしてください。');

/** The department's plans (or every plan, for the secretariat) as the plan-sheet template. */
export async function downloadTemplate(options: {
  db: Db;
  auth: Auth;
  outlineId: string;
  departmentId: string | undefined;
  blankSheets: number;
}): Promise<{ file: Buffer; fileName: string }> {
  const { db, auth, departmentId } = options;
  const scope = templateScope(auth, departmentId);
  const context = await loadImportContext(db, auth, options.outlineId);
  const department = departmentId ? context.departments.find((d) => d.id === departmentId) : undefined;
  if (departmentId && !department) throw notFound('課');
  const plans = [...context.plans.values()].filter(
    (plan) =>
      scope.departmentIds === null ||
      [plan.sheet.leadDepartmentId, ...plan.sheet.collaboratingDepartmentIds].some((id) => scope.departmentIds!.includes(id)),
  );
  const file = await buildPlanTemplate({ context, plans, blankSheets: options.blankSheets, defaultLeadDepartmentId: scope.defaultLeadDepartmentId });
  return { file, fileName: `${context.outline.title}_実施計画シート${department ? `_${department.name}` : ''}.xlsx` };
}

const count = (items: readonly ImportItem[], status: ImportItem['status']) => items.filter((item) => item.status === status).length;

export function presentImport(row: PlanImportRow): PlanImport {
  const stored = row.preview as StoredPreview | null;
  const items = (stored?.items ?? []).map(({ planSheet: _saved, ...item }) => item);
  const columns = row.columns as ImportColumn[] | null;
  const summary = {
    new: count(items, 'new'),
    changed: count(items, 'changed'),
    unchanged: count(items, 'unchanged'),
    conflict: count(items, 'conflict'),
    invalid: count(items, 'invalid'),
  };
  return {
    id: row.id,
    outlineId: row.outline_id,
    callId: row.call_id,
    format: row.format,
    fileName: row.file_name,
    createdAt: new Date(row.created_at).toISOString(),
    committedAt: row.committed_at ? new Date(row.committed_at).toISOString() : null,
    columns,
    suggestedMapping: columns ? suggestMapping(columns) : null,
    mapping: row.column_mapping as ColumnMapping | null,
    items,
    summary,
    committable: row.committed_at === null && summary.new + summary.changed > 0 && summary.conflict + summary.invalid === 0,
  };
}

async function auditImport(trx: Db, auth: Auth, action: string, row: PlanImportRow) {
  const { summary, fileName, format } = presentImport(row);
  await recordAudit(trx, {
    municipalityId: auth.municipalityId,
    actorId: auth.userId,
    action,
    entityType: 'plan_import',
    entityId: row.id,
    after: { fileName, format, summary },
  });
}

/** The header row of a hand-made list, which the column mapping refers to. */
const rowSheet = (workbook: Awaited<ReturnType<typeof loadWorkbook>>) =>
  headedSheet(workbook, '見出しの行が見つかりません。1行目（またはその近く）に「取組名」「担当課」などの見出しを入れてください。');

/**
 * Reads an uploaded workbook and keeps it with its preview; nothing is saved to the plans. A
 * template is previewed at once; a hand-made list first answers with its columns for mapping.
 */
export async function createImport(options: {
  db: Db;
  auth: Auth;
  outlineId: string;
  format: PlanImportFormat;
  fileName: string;
  callId: string | undefined;
  file: Buffer;
}): Promise<PlanImport> {
  const { db, auth, format, file } = options;
  const context = await loadImportContext(db, auth, options.outlineId);
  if (context.outline.status === 'closed') throw outlineClosed();
  const callId = options.callId ?? null;
  if (callId && !(await callOfOutline(db, { municipalityId: auth.municipalityId, outlineId: context.outline.id, callId }))) throw notFound('募集');
  const workbook = await loadWorkbook(file);
  let columns: ImportColumn[] | null = null;
  let preview: StoredPreview | null = null;
  if (format === 'template') {
    preview = await buildPreview(db, { auth, context, parsed: parseTemplateWorkbook(workbook, context), callId });
  } else {
    const { sheet, headerRow } = rowSheet(workbook);
    columns = readColumns(sheet, headerRow);
  }
  return db.transaction().execute(async (trx) => {
    const row = await insertPlanImport(trx, {
      municipalityId: auth.municipalityId,
      outlineId: context.outline.id,
      callId,
      format,
      fileName: options.fileName,
      file,
      columns,
      preview,
      createdBy: auth.userId,
    });
    await auditImport(trx, auth, 'uploaded', row);
    return presentImport(row);
  });
}

/** The import if the user may use it: 404 outside the municipality, 403 for another user's. */
export async function importFor(db: Db, auth: Auth, id: string, lock = false): Promise<PlanImportRow> {
  const row = await findPlanImport(db, auth.municipalityId, id, lock);
  if (!row) throw importNotFound();
  if (!canUseImport(auth, row.created_by)) throw forbidden();
  return row;
}

export async function readImport(options: { db: Db; auth: Auth; id: string }): Promise<PlanImport> {
  return presentImport(await importFor(options.db, options.auth, options.id));
}

function checkMapping(mapping: ColumnMapping, columns: readonly ImportColumn[]) {
  const letters = new Set(columns.map((c) => c.column));
  const issues = ROW_IMPORT_FIELDS.flatMap((field) => {
    const column = mapping[field];
    if (field === 'title' && !column) return [{ path: ['mapping', field], code: 'required', message: '「取組名」にあたる列を選んでください。' }];
    if (column && !letters.has(column)) return [{ path: ['mapping', field], code: 'unknown_column', message: `${column}列には見出しがありません。` }];
    return [];
  });
  if (issues.length > 0) throw new AppError(400, 'validation_failed', '列の対応付けに誤りがあります。', issues);
}

/** Reads a hand-made list's rows through the user's column mapping into the preview. */
export async function setColumnMapping(options: { db: Db; auth: Auth; id: string; mapping: ColumnMapping }): Promise<PlanImport> {
  const { db, auth, mapping } = options;
  const row = await importFor(db, auth, options.id);
  if (row.committed_at) throw importAlreadyCommitted();
  if (row.format !== 'rows') throw new AppError(400, 'validation_failed', 'この取込みは様式のシートから読み取るため、列の対応付けは不要です。');
  const columns = (row.columns as ImportColumn[] | null) ?? [];
  checkMapping(mapping, columns);
  const context = await loadImportContext(db, auth, row.outline_id);
  const { sheet, headerRow } = rowSheet(await loadWorkbook(row.file));
  const parsed = parseRows(sheet, { context, mapping, columns, headerRow });
  const preview = await buildPreview(db, { auth, context, parsed, callId: row.call_id });
  return db.transaction().execute(async (trx) => {
    // Reading and mapping took a while: a commit from another tab may have landed meanwhile.
    if ((await importFor(trx, auth, row.id, true)).committed_at) throw importAlreadyCommitted();
    const updated = await updatePlanImportPreview(trx, { municipalityId: auth.municipalityId, id: row.id, preview, mapping });
    await auditImport(trx, auth, 'mapped', updated);
    return presentImport(updated);
  });
}
