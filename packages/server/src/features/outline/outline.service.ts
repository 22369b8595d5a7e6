import type {
  ChangeOutlineStatusRequest,
  CreateOutlineRequestSchema,
  ExtendPeriodRequest,
  OutlineDetailResponse,
  UpdateOutlineRequest,
} from '@gyokaku/contracts';
import { assertOutlineTransition, validatePeriodExtension } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { refreshPlanChecksAfterWidening } from '../plan/plan-checks.service.js';
import { presentOutlineDetail } from './outline-detail.js';
import { outlineClosed } from './outline-for-plans.js';
import {
  findOutline,
  insertOutline,
  insertPeriodChange,
  updateOutline,
  type OutlineRow,
} from './outline.repository.js';

type Db = Kysely<Database>;
type CreateRequest = z.output<typeof CreateOutlineRequestSchema>;

const auditView = (row: OutlineRow) => ({
  title: row.title,
  theme: row.theme,
  startFiscalYear: row.start_fiscal_year,
  endFiscalYear: row.end_fiscal_year,
  status: row.status,
});

/** Loads the outline for a change, locked; 404 unless it is the municipality's, 409 on a stale version. */
async function outlineForChange(trx: Db, auth: Auth, id: string, version: number): Promise<OutlineRow> {
  const outline = await findOutline(trx, auth.municipalityId, id, 'update');
  if (!outline) throw notFound('行政改革大綱');
  if (outline.version !== version) throw editConflict();
  return outline;
}

async function saved(trx: Db, auth: Auth, row: OutlineRow, action: string, extra: Record<string, unknown> = {}) {
  const after = (await findOutline(trx, auth.municipalityId, row.id))!;
  await recordAudit(trx, {
    municipalityId: auth.municipalityId,
    actorId: auth.userId,
    action,
    entityType: 'outline',
    entityId: row.id,
    before: auditView(row),
    after: { ...auditView(after), ...extra },
  });
  return presentOutlineDetail(trx, auth.municipalityId, row.id);
}

export async function createOutline(options: { db: Db; auth: Auth; request: CreateRequest }): Promise<OutlineDetailResponse> {
  const { db, auth, request } = options;
  if (request.endFiscalYear < request.startFiscalYear) {
    throw new AppError(422, 'invalid_fiscal_year_range', '終了年度は開始年度と同じか、それより後にしてください。', [
      { path: ['endFiscalYear'], code: 'invalid_fiscal_year_range', message: '終了年度は開始年度と同じか、それより後にしてください。' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    if (request.predecessorId && !(await findOutline(trx, auth.municipalityId, request.predecessorId))) {
      const message = '前の行政改革大綱が見つかりません。';
      throw new AppError(422, 'invalid_reference', message, [{ path: ['predecessorId'], code: 'not_found', message }]);
    }
    const id = await insertOutline(trx, { municipalityId: auth.municipalityId, ...request, status: 'draft' });
    const detail = await presentOutlineDetail(trx, auth.municipalityId, id);
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'created',
      entityType: 'outline',
      entityId: id,
      after: { ...request, status: 'draft' },
    });
    return detail;
  });
}

export async function editOutline(options: { db: Db; auth: Auth; id: string; request: UpdateOutlineRequest }) {
  const { db, auth, id, request } = options;
  return db.transaction().execute(async (trx) => {
    const before = await outlineForChange(trx, auth, id, request.version);
    if (before.status === 'closed') throw outlineClosed();
    await updateOutline(trx, { municipalityId: auth.municipalityId, id, version: request.version, set: { title: request.title, theme: request.theme } });
    return saved(trx, auth, before, 'updated');
  });
}

export async function changeOutlineStatus(options: { db: Db; auth: Auth; id: string; request: ChangeOutlineStatusRequest }) {
  const { db, auth, id, request } = options;
  return db.transaction().execute(async (trx) => {
    const before = await outlineForChange(trx, auth, id, request.version);
    assertOutlineTransition(before.status, request.status);
    await updateOutline(trx, { municipalityId: auth.municipalityId, id, version: request.version, set: { status: request.status } });
    return saved(trx, auth, before, 'status_changed');
  });
}

/** Moves the end fiscal year later, keeping the old and new end and the reason as history. */
export async function extendOutline(options: { db: Db; auth: Auth; id: string; request: ExtendPeriodRequest }) {
  const { db, auth, id, request } = options;
  return db.transaction().execute(async (trx) => {
    const before = await outlineForChange(trx, auth, id, request.version);
    if (before.status === 'closed') throw outlineClosed();
    validatePeriodExtension({ currentEnd: before.end_fiscal_year, newEnd: request.endFiscalYear, reason: request.reason });
    await updateOutline(trx, { municipalityId: auth.municipalityId, id, version: request.version, set: { end_fiscal_year: request.endFiscalYear } });
    await insertPeriodChange(trx, {
      municipalityId: auth.municipalityId,
      outlineId: id,
      previousEnd: before.end_fiscal_year,
      newEnd: request.endFiscalYear,
      reason: request.reason,
      changedBy: auth.userId,
    });
    // Plans ending after the old end were flagged as running beyond the outline; that may no longer hold.
    await refreshPlanChecksAfterWidening(trx, { municipalityId: auth.municipalityId, outlineId: id });
    return saved(trx, auth, before, 'period_extended', { reason: request.reason });
  });
}
