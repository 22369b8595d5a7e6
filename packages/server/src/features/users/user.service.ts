import { isDepartmentScopedRole, todayInJapan } from '@gyokaku/domain';
import type { CreateUserRequest, RoleGrant, UpdateUserRequest, User } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { AppError, editConflict, notFound } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../auth/password.js';
import { deleteSessionsOfUser } from '../auth/session.repository.js';
import { departmentsInForce } from '../organisation/organisation.service.js';
import { findUser, insertUser, loginIdExists, replaceRoles, setPasswordHash, updateUser } from './user.repository.js';

type Db = Kysely<Database>;

const roleError = (index: number, code: string, message: string) =>
  new AppError(400, 'validation_failed', message, [{ path: ['roles', index, 'departmentId'], code, message }]);

/** Department roles need a department in force today; the municipality-wide ones take none. */
async function checkRoles(db: Db, municipalityId: string, roles: RoleGrant[]): Promise<RoleGrant[]> {
  const today = todayInJapan(new Date());
  const departmentIds = roles.flatMap((r) => (r.departmentId ? [r.departmentId] : []));
  const inForce = await departmentsInForce(db, { municipalityId, ids: departmentIds, date: today });
  roles.forEach((grant, index) => {
    if (isDepartmentScopedRole(grant.role) && !grant.departmentId) {
      throw roleError(index, 'department_required', '課の役割には所属を選んでください。');
    }
    if (!isDepartmentScopedRole(grant.role) && grant.departmentId) {
      throw roleError(index, 'department_not_allowed', 'この役割には所属を指定できません。');
    }
    if (grant.departmentId && !inForce.has(grant.departmentId)) {
      throw roleError(index, 'department_ended', '選んだ所属は現在存在しません。');
    }
  });
  const unique = new Map(roles.map((r) => [`${r.role}:${r.departmentId ?? ''}`, r]));
  return [...unique.values()];
}

export async function createUser(options: { db: Db; auth: Auth; request: CreateUserRequest }): Promise<User> {
  const { db, auth, request } = options;
  const roles = await checkRoles(db, auth.municipalityId, request.roles);
  const passwordHash = await hashPassword(request.password);
  return db.transaction().execute(async (trx) => {
    if (await loginIdExists(trx, request.loginId)) {
      throw new AppError(409, 'login_id_taken', 'このログインIDは既に使われています。');
    }
    const id = await insertUser(trx, { municipalityId: auth.municipalityId, ...request, passwordHash });
    await replaceRoles(trx, auth.municipalityId, id, roles);
    const created = (await findUser(trx, auth.municipalityId, id))!;
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'created',
      entityType: 'user',
      entityId: id,
      after: auditView(created),
    });
    return created;
  });
}

export async function editUser(options: { db: Db; auth: Auth; id: string; request: UpdateUserRequest }): Promise<User> {
  const { db, auth, id, request } = options;
  const roles = await checkRoles(db, auth.municipalityId, request.roles);
  // A secretariat locking themselves out would leave the municipality without an administrator.
  if (id === auth.userId && (!request.active || !roles.some((r) => r.role === 'secretariat'))) {
    throw new AppError(422, 'cannot_demote_self', '自分自身の事務局権限の削除や利用停止はできません。');
  }
  return db.transaction().execute(async (trx) => {
    const before = await findUser(trx, auth.municipalityId, id);
    if (!before) throw notFound('利用者');
    if (!(await updateUser(trx, { municipalityId: auth.municipalityId, id, ...request }))) throw editConflict();
    await replaceRoles(trx, auth.municipalityId, id, roles);
    if (!request.active) await deleteSessionsOfUser(trx, auth.municipalityId, id);
    const after = (await findUser(trx, auth.municipalityId, id))!;
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'updated',
      entityType: 'user',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/** A reset password ends every session of the user: whoever held the old one is signed out. */
export async function resetPassword(options: { db: Db; auth: Auth; id: string; password: string }): Promise<void> {
  const { db, auth, id } = options;
  const passwordHash = await hashPassword(options.password);
  await db.transaction().execute(async (trx) => {
    const user = await findUser(trx, auth.municipalityId, id);
    if (!user) throw notFound('利用者');
    await setPasswordHash(trx, auth.municipalityId, id, passwordHash);
    await deleteSessionsOfUser(trx, auth.municipalityId, id);
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'password_reset',
      entityType: 'user',
      entityId: id,
      after: { loginId: user.loginId, displayName: user.displayName },
    });
  });
}

const auditView = (user: User) => ({
  loginId: user.loginId,
  displayName: user.displayName,
  active: user.active,
  roles: user.roles.map((r) => (r.departmentName ? `${r.role}（${r.departmentName}）` : r.role)),
});
