import type { CommitPlanImportResponse } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { outlineClosed, outlineForPlans, type OutlineForPlans } from '../outline/outline-for-plans.js';
import { insertPlanSheet, planForChange, savePlanVersion } from '../plan/plan.service.js';
import type { StoredItem, StoredPreview } from './import-preview.js';
import { lockPlanVersions, markCommitted, updatePlanImportPreview } from './plan-import.repository.js';
import { importAlreadyCommitted, importFor } from './plan-import.service.js';

type Db = Kysely<Database>;

const importConflict = (sheets: readonly string[]) =>
  new AppError(
    409,
    'import_conflict',
    `ダウンロードした後に画面から変更された実施計画があるため、反映できません（${sheets.map((s) => `「${s}」`).join('、')}）。最新の様式をダウンロードし、変更を入力し直してください。`,
  );

/** Plans saved in the app between the preview and this commit, with their versions now. */
class StalePlans extends Error {
  constructor(readonly current: ReadonlyMap<string, number>) {
    super('stale plans');
  }
}

/** Any refusal of one plan names its sheet, since the whole import is refused with it. */
function forItem(item: StoredItem, error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const where = item.row === null ? `シート「${item.sheet}」` : `${item.row}行目`;
  return new AppError(error.statusCode, error.code, `${where}：${error.message}`, error.issues);
}

async function saveItem(trx: Db, auth: Auth, item: StoredItem, outline: OutlineForPlans, callId: string | null): Promise<string> {
  try {
    if (item.status === 'new') {
      return (await insertPlanSheet(trx, { auth, outline, sheet: item.planSheet!, callId: callId ?? undefined, change: 'imported' })).id;
    }
    const { row: before } = await planForChange(trx, auth, item.planId!, item.workbookVersion!);
    return (await savePlanVersion(trx, { auth, before, outline, sheet: item.planSheet!, change: 'imported' })).id;
  } catch (error) {
    throw forItem(item, error);
  }
}

/**
 * Plans with a number typed in are saved before those left blank, so a suggested number follows
 * the numbers the workbook itself uses instead of taking one of them.
 */
async function saveItems(trx: Db, auth: Auth, items: readonly StoredItem[], outline: OutlineForPlans, callId: string | null) {
  const toSave = items.filter((item) => item.status === 'new' || item.status === 'changed');
  const numberedFirst = [...toSave].sort((a, b) => Number(a.planSheet!.number.trim() === '') - Number(b.planSheet!.number.trim() === ''));
  const saved = new Map<StoredItem, string>();
  for (const item of numberedFirst) saved.set(item, await saveItem(trx, auth, item, outline, callId));
  const created = toSave.filter((item) => item.status === 'new').length;
  return { created, updated: toSave.length - created, planIds: toSave.map((item) => saved.get(item)!) };
}

/**
 * Saves every new and changed plan of the preview in one transaction, through the same
 * functions as the plan screens (rights, proposal lock, validation, versions, audit), and marks
 * the import committed. All or nothing: a plan saved in the app since the preview, or any plan
 * the save refuses, rolls the whole import back.
 */
export async function commitImport(options: { db: Db; auth: Auth; id: string }): Promise<CommitPlanImportResponse> {
  const { db, auth } = options;
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await importFor(trx, auth, options.id, true);
      if (row.committed_at) throw importAlreadyCommitted();
      if (row.format === 'rows' && row.column_mapping === null) {
        throw new AppError(409, 'import_mapping_required', '列の対応付けがまだです。各項目にあたる列を選んでから反映してください。');
      }
      const { items } = row.preview as StoredPreview;
      const invalid = items.filter((item) => item.status === 'invalid');
      if (invalid.length > 0) {
        throw new AppError(409, 'import_has_errors', `誤りのある計画が${invalid.length}件あります。ファイルを直して、もう一度アップロードしてください。`);
      }
      const conflicts = items.filter((item) => item.status === 'conflict');
      if (conflicts.length > 0) throw importConflict(conflicts.map((item) => item.sheet));

      // Outline first, as every plan change locks it: new plans take numbers, so no one else may meanwhile.
      const outline = await outlineForPlans(trx, { municipalityId: auth.municipalityId, outlineId: row.outline_id, lock: 'update' });
      if (!outline) throw notFound('行政改革大綱');
      if (outline.status === 'closed') throw outlineClosed();
      const changed = items.filter((item) => item.status === 'changed');
      const versions = await lockPlanVersions(trx, auth.municipalityId, changed.map((item) => item.planId!));
      if (changed.some((item) => versions.get(item.planId!) !== item.workbookVersion)) throw new StalePlans(versions);

      const result = await saveItems(trx, auth, items, outline, row.call_id);
      await markCommitted(trx, auth.municipalityId, row.id);
      await recordAudit(trx, {
        municipalityId: auth.municipalityId,
        actorId: auth.userId,
        action: 'committed',
        entityType: 'plan_import',
        entityId: row.id,
        after: { fileName: row.file_name, ...result },
      });
      return result;
    });
  } catch (error) {
    if (!(error instanceof StalePlans)) throw error;
    throw await recordConflicts(db, auth, options.id, error.current);
  }
}

/**
 * After the rollback: the preview now shows which plans moved on, so the user sees why nothing
 * was saved. Only the preview changes, not a plan — there is nothing to audit.
 */
async function recordConflicts(db: Db, auth: Auth, id: string, current: ReadonlyMap<string, number>): Promise<AppError> {
  return db.transaction().execute(async (trx) => {
    const row = await importFor(trx, auth, id, true);
    const { items } = row.preview as StoredPreview;
    const stale = (item: StoredItem) => item.status === 'changed' && current.get(item.planId!) !== item.workbookVersion;
    const marked = items.map(
      (item): StoredItem => (stale(item) ? { ...item, status: 'conflict', currentVersion: current.get(item.planId!) ?? null, planSheet: null } : item),
    );
    await updatePlanImportPreview(trx, { municipalityId: auth.municipalityId, id, preview: { items: marked } });
    return importConflict(items.filter(stale).map((item) => item.sheet));
  });
}
