import type { Department, Division, Reorganisation } from '@gyokaku/contracts';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

const nextPosition = (rows: SelectQueryBuilder<Database, 'division' | 'department', object>) =>
  rows.select(sql<number>`coalesce(max(position), -1) + 1`.as('next'));

/** In force on `date`: validity is inclusive on both ends (valid_to is the last day). */
const validOn = (date: string) => sql<boolean>`valid_from <= ${date} AND (valid_to IS NULL OR valid_to >= ${date})`;

/** Divisions and departments in force on `asOf`, or every one ever when `includeEnded`. */
export async function listOrganisation(
  db: Db,
  query: { municipalityId: string; asOf: string; includeEnded: boolean },
): Promise<{ divisions: Division[]; departments: Department[] }> {
  const [divisions, departments, links] = await Promise.all([
    db
      .selectFrom('division')
      .select(['id', 'name', 'valid_from', 'valid_to', 'version'])
      .where('municipality_id', '=', query.municipalityId)
      .$if(!query.includeEnded, (qb) => qb.where(validOn(query.asOf)))
      .orderBy('position')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('department')
      .select(['id', 'division_id', 'name', 'valid_from', 'valid_to', 'version'])
      .where('municipality_id', '=', query.municipalityId)
      .$if(!query.includeEnded, (qb) => qb.where(validOn(query.asOf)))
      .orderBy('position')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('department_link')
      .select(['predecessor_id', 'successor_id'])
      .where('municipality_id', '=', query.municipalityId)
      .execute(),
  ]);
  return {
    divisions: divisions.map((d) => ({ id: d.id, name: d.name, validFrom: d.valid_from, validTo: d.valid_to, version: d.version })),
    departments: departments.map((d) => ({
      id: d.id,
      divisionId: d.division_id,
      name: d.name,
      validFrom: d.valid_from,
      validTo: d.valid_to,
      version: d.version,
      predecessorIds: links.filter((l) => l.successor_id === d.id).map((l) => l.predecessor_id),
      successorIds: links.filter((l) => l.predecessor_id === d.id).map((l) => l.successor_id),
    })),
  };
}

export async function findDepartmentIdsInForce(db: Db, municipalityId: string, ids: string[], date: string) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('department')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .where(validOn(date))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function findDivisions(db: Db, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('division')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
}

export async function findDepartments(db: Db, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('department')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
}

export async function insertDivision(db: Db, row: { municipalityId: string; name: string; validFrom: string }) {
  return db
    .insertInto('division')
    .values((eb) => ({
      municipality_id: row.municipalityId,
      name: row.name,
      valid_from: row.validFrom,
      position: nextPosition(eb.selectFrom('division').where('municipality_id', '=', row.municipalityId)),
    }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateDivision(
  db: Db,
  row: { municipalityId: string; id: string; name: string; validTo: string | null; version: number },
) {
  return db
    .updateTable('division')
    .set((eb) => ({ name: row.name, valid_to: row.validTo, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', row.municipalityId)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirst();
}

/** Appends at the end of the chart unless told where (a successor takes its predecessor's place). */
export async function insertDepartment(
  db: Db,
  row: { municipalityId: string; divisionId: string; name: string; validFrom: string; position?: number },
) {
  return db
    .insertInto('department')
    .values((eb) => ({
      municipality_id: row.municipalityId,
      division_id: row.divisionId,
      name: row.name,
      valid_from: row.validFrom,
      position: row.position ?? nextPosition(eb.selectFrom('department').where('municipality_id', '=', row.municipalityId)),
    }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateDepartment(
  db: Db,
  row: { municipalityId: string; id: string; divisionId: string; name: string; validTo: string | null; version: number },
) {
  return db
    .updateTable('department')
    .set((eb) => ({ division_id: row.divisionId, name: row.name, valid_to: row.validTo, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', row.municipalityId)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirst();
}

export async function endDepartments(db: Db, municipalityId: string, ids: string[], validTo: string) {
  await db
    .updateTable('department')
    .set((eb) => ({ valid_to: validTo, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
}

export async function insertReorganisation(
  db: Db,
  row: { municipalityId: string; kind: Reorganisation['kind']; effectiveDate: string; note: string },
) {
  return db
    .insertInto('reorganisation')
    .values({ municipality_id: row.municipalityId, kind: row.kind, effective_date: row.effectiveDate, note: row.note })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertLinks(
  db: Db,
  links: { municipalityId: string; reorganisationId: string; predecessorId: string; successorId: string; primary: boolean }[],
) {
  await db
    .insertInto('department_link')
    .values(
      links.map((l) => ({
        municipality_id: l.municipalityId,
        reorganisation_id: l.reorganisationId,
        predecessor_id: l.predecessorId,
        successor_id: l.successorId,
        is_primary: l.primary,
      })),
    )
    .execute();
}

/** Department-scoped roles move with the department, so its staff keep working after the change. */
export async function moveDepartmentRoles(db: Db, municipalityId: string, fromIds: string[], toId: string) {
  const moved = await db
    .selectFrom('user_role')
    .select(['user_id', 'role'])
    .distinct()
    .where('municipality_id', '=', municipalityId)
    .where('department_id', 'in', fromIds)
    .execute();
  await db.deleteFrom('user_role').where('municipality_id', '=', municipalityId).where('department_id', 'in', fromIds).execute();
  if (moved.length === 0) return;
  await db
    .insertInto('user_role')
    .values(moved.map((m) => ({ municipality_id: municipalityId, user_id: m.user_id, role: m.role, department_id: toId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listReorganisations(db: Db, municipalityId: string): Promise<Reorganisation[]> {
  const [reorganisations, links] = await Promise.all([
    db
      .selectFrom('reorganisation')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('effective_date', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
    db
      .selectFrom('department_link as l')
      .innerJoin('department as p', 'p.id', 'l.predecessor_id')
      .innerJoin('department as s', 's.id', 'l.successor_id')
      .select(['l.reorganisation_id', 'l.is_primary', 'p.id as from_id', 'p.name as from_name', 's.id as to_id', 's.name as to_name'])
      .where('l.municipality_id', '=', municipalityId)
      .execute(),
  ]);
  const unique = <T extends { id: string }>(items: T[]) => [...new Map(items.map((i) => [i.id, i])).values()];
  return reorganisations.map((r) => {
    const own = links.filter((l) => l.reorganisation_id === r.id);
    return {
      id: r.id,
      kind: r.kind,
      effectiveDate: r.effective_date,
      note: r.note,
      createdAt: new Date(r.created_at).toISOString(),
      from: unique(own.map((l) => ({ id: l.from_id, name: l.from_name }))),
      to: unique(own.map((l) => ({ id: l.to_id, name: l.to_name, primary: l.is_primary }))),
    };
  });
}
