import { PlanSheetSchema, type PlanDiffResponse, type PlanSheet, type PlanVersionResponse } from '@gyokaku/contracts';
import { diffSnapshots } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { planNotFound } from './plan-read.js';
import { findPlanRow, findPlanVersions, listPlanVersions } from './plan.repository.js';

type Db = Kysely<Database>;

/** The sheet's own field order, so a diff reads top to bottom like the sheet. */
const SHEET_FIELD_ORDER = Object.keys(PlanSheetSchema.shape);

const summary = (row: { version: number; saved_at: Date | string; display_name: string; change: string; reason: string }) => ({
  version: row.version,
  savedAt: new Date(row.saved_at).toISOString(),
  savedBy: row.display_name,
  change: row.change as PlanVersionResponse['change'],
  reason: row.reason,
});

async function requirePlan(db: Db, auth: Auth, id: string) {
  if (!(await findPlanRow(db, auth.municipalityId, id))) throw planNotFound();
}

export async function planVersions(db: Db, auth: Auth, id: string) {
  await requirePlan(db, auth, id);
  return { items: (await listPlanVersions(db, auth.municipalityId, id)).map(summary) };
}

async function versionsWithSheets(db: Db, auth: Auth, id: string, numbers: number[]) {
  await requirePlan(db, auth, id);
  const rows = await findPlanVersions(db, auth.municipalityId, id, numbers);
  return numbers.map((number) => {
    const row = rows.find((r) => r.version === number);
    if (!row) throw notFound(`第${number}版`);
    return { ...summary(row), sheet: row.sheet as PlanSheet };
  });
}

export async function planVersion(db: Db, auth: Auth, id: string, version: number): Promise<PlanVersionResponse> {
  const [found] = await versionsWithSheets(db, auth, id, [version]);
  return found!;
}

/** Field by field, in the sheet's order; a changed list (targets, schedule) is one change. */
export async function planDiff(db: Db, auth: Auth, id: string, from: number, to: number): Promise<PlanDiffResponse> {
  const [before, after] = await versionsWithSheets(db, auth, id, [from, to]);
  const { sheet: beforeSheet, ...fromSummary } = before!;
  const { sheet: afterSheet, ...toSummary } = after!;
  return {
    from: fromSummary,
    to: toSummary,
    changes: diffSnapshots(beforeSheet, afterSheet, { fieldOrder: SHEET_FIELD_ORDER }).map((change) => ({ ...change })),
  };
}
