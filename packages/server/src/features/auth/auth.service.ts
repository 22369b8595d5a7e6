import type { SessionResponse } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { Auth } from '../../http/access.js';
import { recordAudit } from '../audit/record-audit.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { findCredentials, findPasswordHash, findUser, setPasswordHash } from '../users/user.repository.js';
import { isThrottled, recordLoginAttempt } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { deleteExpiredSessions, deleteSessionsOfUser, insertSession } from './session.repository.js';
import { SESSION_LIFETIME_MS, hashToken, newToken } from './session-token.js';

type Db = Kysely<Database>;

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'ログインIDまたはパスワードが正しくありません。');

/**
 * Signs a user in and returns the new session's cookie token. The error never says whether the
 * login ID or the password was wrong, and a throttled login ID is refused before the password is checked.
 */
export async function signIn(options: { db: Db; loginId: string; password: string; ip: string; now: Date }) {
  const { db, loginId, password, ip, now } = options;
  if (await isThrottled(db, loginId, ip, now)) {
    throw new AppError(
      429,
      'too_many_attempts',
      'ログインの失敗が続いたため、しばらくログインできません。時間をおいて再度お試しください。',
    );
  }
  const user = await findCredentials(db, loginId);
  const valid = await verifyPassword(user?.password_hash ?? null, password);
  const succeeded = valid && user?.active === true;
  await recordLoginAttempt(db, { loginId, ip, succeeded, municipalityId: user?.municipality_id ?? null, at: now });
  if (!succeeded || !user) throw invalidCredentials();

  const token = newToken();
  const csrfToken = newToken();
  await db.transaction().execute(async (trx) => {
    await deleteExpiredSessions(trx, now);
    await insertSession(trx, {
      tokenHash: hashToken(token),
      municipalityId: user.municipality_id,
      userId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
    });
    await recordAudit(trx, {
      municipalityId: user.municipality_id,
      actorId: user.id,
      action: 'signed_in',
      entityType: 'session',
      entityId: user.id,
      after: { ip },
    });
  });
  return { token, auth: { municipalityId: user.municipality_id, userId: user.id, csrfToken } };
}

export async function sessionView(
  db: Db,
  auth: Pick<Auth, 'municipalityId' | 'userId' | 'csrfToken'>,
): Promise<SessionResponse> {
  const [user, municipality] = await Promise.all([
    findUser(db, auth.municipalityId, auth.userId),
    findMunicipality(db, auth.municipalityId),
  ]);
  if (!user || !municipality) throw notFound('利用者');
  return {
    user: { id: user.id, loginId: user.loginId, displayName: user.displayName, roles: user.roles },
    municipality,
    csrfToken: auth.csrfToken,
  };
}

/** Changing one's password ends the user's other sessions, in case the old one had leaked. */
export async function changeOwnPassword(options: { db: Db; auth: Auth; currentPassword: string; newPassword: string }) {
  const { db, auth } = options;
  const stored = await findPasswordHash(db, auth.municipalityId, auth.userId);
  if (!stored || !(await verifyPassword(stored, options.currentPassword))) {
    throw new AppError(400, 'invalid_credentials', '現在のパスワードが正しくありません。');
  }
  const passwordHash = await hashPassword(options.newPassword);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, auth.municipalityId, auth.userId, passwordHash);
    await deleteSessionsOfUser(trx, auth.municipalityId, auth.userId, auth.tokenHash);
    await recordAudit(trx, {
      municipalityId: auth.municipalityId,
      actorId: auth.userId,
      action: 'password_changed',
      entityType: 'user',
      entityId: auth.userId,
    });
  });
}
