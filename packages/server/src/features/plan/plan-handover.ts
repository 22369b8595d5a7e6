import type { PlanSheet } from '@gyokaku/contracts';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { insertPlanVersion, sheetOf } from './plan.repository.js';

type Db = Kysely<Database>;

/**
 * Called inside a reorganisation's transaction: plans of the ended departments, as lead or as
 * collaborator, pass to the primary successor, each as a new version saying why. Plans of closed
 * outlines keep the departments of their time: they are the record of who did the work then.
 */
export async function handOverPlans(
  db: Db,
  options: { municipalityId: string; actorId: string; fromDepartmentIds: string[]; toDepartmentId: string; reason: string },
): Promise<number> {
  const { municipalityId, toDepartmentId } = options;
  const from = new Set(options.fromDepartmentIds);
  const rows = await db
    .selectFrom('plan as p')
    .innerJoin('outline as o', (join) => join.onRef('o.id', '=', 'p.outline_id').onRef('o.municipality_id', '=', 'p.municipality_id'))
    .select(['p.id', 'p.sheet', 'p.version'])
    .where('p.municipality_id', '=', municipalityId)
    .where('o.status', '!=', 'closed')
    .where((eb) =>
      eb.or([
        eb('p.lead_department_id', 'in', options.fromDepartmentIds),
        eb(sql`p.collaborating_department_ids`, '&&', sql`${options.fromDepartmentIds}::uuid[]`),
      ]),
    )
    .forUpdate('p')
    .execute();

  for (const row of rows) {
    const before = sheetOf(row);
    const lead = from.has(before.leadDepartmentId) ? toDepartmentId : before.leadDepartmentId;
    const collaborating = [...new Set(before.collaboratingDepartmentIds.map((id) => (from.has(id) ? toDepartmentId : id)))].filter(
      (id) => id !== lead,
    );
    const sheet: PlanSheet = { ...before, leadDepartmentId: lead, collaboratingDepartmentIds: collaborating };
    const updated = await db
      .updateTable('plan')
      .set((eb) => ({
        lead_department_id: lead,
        collaborating_department_ids: collaborating,
        sheet: JSON.stringify(sheet),
        updated_by: options.actorId,
        updated_at: sql<Date>`now()`,
        version: eb('version', '+', 1),
      }))
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await insertPlanVersion(db, { row: updated, change: 'reorganised', reason: options.reason });
    await recordAudit(db, {
      municipalityId,
      actorId: options.actorId,
      action: 'reassigned',
      entityType: 'plan',
      entityId: row.id,
      before: { leadDepartmentId: before.leadDepartmentId, collaboratingDepartmentIds: before.collaboratingDepartmentIds },
      after: { leadDepartmentId: lead, collaboratingDepartmentIds: collaborating, reason: options.reason },
    });
  }
  return rows.length;
}
