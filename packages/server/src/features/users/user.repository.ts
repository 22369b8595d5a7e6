import type { Role } from '@gyokaku/domain';
import type { RoleGrant, User } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function listUsers(db: Db, municipalityId: string, userIds?: string[]): Promise<User[]> {
  let query = db
    .selectFrom('app_user')
    .select(['id', 'login_id', 'display_name', 'active', 'created_at', 'version'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('login_id');
  if (userIds) query = query.where('id', 'in', userIds.length ? userIds : ['00000000-0000-0000-0000-000000000000']);
  const users = await query.execute();
  if (users.length === 0) return [];
  const roles = await db
    .selectFrom('user_role')
    .leftJoin('department', 'department.id', 'user_role.department_id')
    .select(['user_role.user_id', 'user_role.role', 'user_role.department_id', 'department.name as department_name'])
    .where('user_role.municipality_id', '=', municipalityId)
    .where(
      'user_role.user_id',
      'in',
      users.map((u) => u.id),
    )
    .orderBy('user_role.role')
    .orderBy('department.name')
    .execute();
  return users.map((u) => ({
    id: u.id,
    loginId: u.login_id,
    displayName: u.display_name,
    active: u.active,
    createdAt: new Date(u.created_at).toISOString(),
    version: u.version,
    roles: roles
      .filter((r) => r.user_id === u.id)
      .map((r) => ({ role: r.role as Role, departmentId: r.department_id, departmentName: r.department_name })),
  }));
}

export async function findUser(db: Db, municipalityId: string, userId: string): Promise<User | undefined> {
  return (await listUsers(db, municipalityId, [userId]))[0];
}

export async function findCredentials(db: Db, loginId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'municipality_id', 'password_hash', 'active'])
    .where('login_id', '=', loginId)
    .executeTakeFirst();
}

export async function findPasswordHash(db: Db, municipalityId: string, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

export async function loginIdExists(db: Db, loginId: string): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').where('login_id', '=', loginId).executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(
  db: Db,
  user: { municipalityId: string; loginId: string; displayName: string; passwordHash: string },
): Promise<string> {
  const row = await db
    .insertInto('app_user')
    .values({
      municipality_id: user.municipalityId,
      login_id: user.loginId,
      display_name: user.displayName,
      password_hash: user.passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates only when the version still matches; false means someone else saved first. */
export async function updateUser(
  db: Db,
  user: { municipalityId: string; id: string; displayName: string; active: boolean; version: number },
): Promise<boolean> {
  const result = await db
    .updateTable('app_user')
    .set((eb) => ({ display_name: user.displayName, active: user.active, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', user.municipalityId)
    .where('id', '=', user.id)
    .where('version', '=', user.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setPasswordHash(db: Db, municipalityId: string, userId: string, passwordHash: string) {
  await db
    .updateTable('app_user')
    .set((eb) => ({ password_hash: passwordHash, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', userId)
    .execute();
}

export async function replaceRoles(db: Db, municipalityId: string, userId: string, roles: RoleGrant[]): Promise<void> {
  await db.deleteFrom('user_role').where('municipality_id', '=', municipalityId).where('user_id', '=', userId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('user_role')
    .values(
      roles.map((r) => ({
        municipality_id: municipalityId,
        user_id: userId,
        role: r.role,
        department_id: r.departmentId,
      })),
    )
    .execute();
}
