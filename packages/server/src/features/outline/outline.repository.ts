import type { OutlineStatus, OutlineSummary, PeriodChange } from '@gyokaku/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { Database, FrameworkNodeTable, OutlineTable } from '../../db/schema.js';

type Db = Kysely<Database>;
export type OutlineRow = Selectable<OutlineTable>;
export type FrameworkNodeRow = Selectable<FrameworkNodeTable>;

export function toOutlineSummary(row: OutlineRow, defaultLevels: string[]): OutlineSummary {
  return {
    id: row.id,
    title: row.title,
    theme: row.theme,
    startFiscalYear: row.start_fiscal_year,
    endFiscalYear: row.end_fiscal_year,
    status: row.status,
    predecessorId: row.predecessor_id,
    frameworkLevels: (row.framework_levels as string[] | null) ?? defaultLevels,
    version: row.version,
  };
}

export async function listOutlines(
  db: Db,
  query: { municipalityId: string; defaultLevels: string[]; id?: string },
): Promise<OutlineSummary[]> {
  const rows = await db
    .selectFrom('outline')
    .selectAll()
    .where('municipality_id', '=', query.municipalityId)
    .$if(query.id !== undefined, (qb) => qb.where('id', '=', query.id!))
    .orderBy('start_fiscal_year', 'desc')
    .execute();
  return rows.map((row) => toOutlineSummary(row, query.defaultLevels));
}

/**
 * `lock: 'update'` serialises framework edits and plan creation within one outline (sibling
 * positions, suggested plan numbers); `'share'` lets plan saves run side by side while keeping the
 * outline's status and framework from changing under them.
 */
export async function findOutline(
  db: Db,
  municipalityId: string,
  id: string,
  lock?: 'update' | 'share',
): Promise<OutlineRow | undefined> {
  let query = db.selectFrom('outline').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id);
  if (lock === 'update') query = query.forUpdate();
  if (lock === 'share') query = query.forShare();
  return query.executeTakeFirst();
}

export interface NewOutline {
  municipalityId: string;
  title: string;
  theme: string;
  startFiscalYear: number;
  endFiscalYear: number;
  status: OutlineStatus;
  predecessorId: string | null;
  frameworkLevels: string[] | null;
}

export async function insertOutline(db: Db, outline: NewOutline): Promise<string> {
  const row = await db
    .insertInto('outline')
    .values({
      municipality_id: outline.municipalityId,
      title: outline.title,
      theme: outline.theme,
      start_fiscal_year: outline.startFiscalYear,
      end_fiscal_year: outline.endFiscalYear,
      status: outline.status,
      predecessor_id: outline.predecessorId,
      framework_levels: outline.frameworkLevels ? JSON.stringify(outline.frameworkLevels) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Applies `set` only when the outline is still at `version`; false when someone saved first. */
export async function updateOutline(
  db: Db,
  change: {
    municipalityId: string;
    id: string;
    version: number;
    set: Partial<Pick<OutlineRow, 'title' | 'theme' | 'status' | 'end_fiscal_year'>>;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('outline')
    .set((eb) => ({ ...change.set, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', change.municipalityId)
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertPeriodChange(
  db: Db,
  change: { municipalityId: string; outlineId: string; previousEnd: number; newEnd: number; reason: string; changedBy: string },
): Promise<void> {
  await db
    .insertInto('outline_period_change')
    .values({
      municipality_id: change.municipalityId,
      outline_id: change.outlineId,
      previous_end_fiscal_year: change.previousEnd,
      end_fiscal_year: change.newEnd,
      reason: change.reason,
      changed_by: change.changedBy,
    })
    .execute();
}

export async function listPeriodChanges(db: Db, municipalityId: string, outlineId: string): Promise<PeriodChange[]> {
  const rows = await db
    .selectFrom('outline_period_change as c')
    .innerJoin('app_user as u', 'u.id', 'c.changed_by')
    .select(['c.previous_end_fiscal_year', 'c.end_fiscal_year', 'c.reason', 'c.changed_at', 'u.display_name'])
    .where('c.municipality_id', '=', municipalityId)
    .where('c.outline_id', '=', outlineId)
    .orderBy('c.changed_at')
    .orderBy('c.end_fiscal_year')
    .execute();
  return rows.map((r) => ({
    previousEndFiscalYear: r.previous_end_fiscal_year,
    endFiscalYear: r.end_fiscal_year,
    reason: r.reason,
    changedAt: new Date(r.changed_at).toISOString(),
    changedBy: r.display_name,
  }));
}

export async function listFrameworkNodeRows(db: Db, municipalityId: string, outlineId: string): Promise<FrameworkNodeRow[]> {
  return db
    .selectFrom('framework_node')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('outline_id', '=', outlineId)
    .orderBy('depth')
    .orderBy('position')
    .execute();
}

export async function findFrameworkNode(db: Db, municipalityId: string, id: string): Promise<FrameworkNodeRow | undefined> {
  return db
    .selectFrom('framework_node')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertFrameworkNode(
  db: Db,
  node: {
    municipalityId: string;
    outlineId: string;
    parentId: string | null;
    depth: number;
    position: number;
    title: string;
    description?: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('framework_node')
    .values({
      municipality_id: node.municipalityId,
      outline_id: node.outlineId,
      parent_id: node.parentId,
      depth: node.depth,
      position: node.position,
      title: node.title,
      ...(node.description !== undefined ? { description: node.description } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateFrameworkNode(
  db: Db,
  change: { municipalityId: string; id: string; version: number; title: string; description: string },
): Promise<boolean> {
  const result = await db
    .updateTable('framework_node')
    .set((eb) => ({ title: change.title, description: change.description, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', change.municipalityId)
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Where a node sits; `bumpVersion` for the node the user moved, not for siblings renumbered around it. */
export async function placeFrameworkNode(
  db: Db,
  place: { municipalityId: string; id: string; parentId: string | null; depth: number; position: number; bumpVersion: boolean },
): Promise<void> {
  await db
    .updateTable('framework_node')
    .set((eb) => ({
      parent_id: place.parentId,
      depth: place.depth,
      position: place.position,
      ...(place.bumpVersion ? { version: eb('version', '+', 1) } : {}),
    }))
    .where('municipality_id', '=', place.municipalityId)
    .where('id', '=', place.id)
    .execute();
}

export async function deleteFrameworkNode(db: Db, municipalityId: string, id: string): Promise<void> {
  await db.deleteFrom('framework_node').where('municipality_id', '=', municipalityId).where('id', '=', id).execute();
}
