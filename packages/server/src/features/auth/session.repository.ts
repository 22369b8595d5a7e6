import type { Role } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';

type Db = Kysely<Database>;

export async function insertSession(
  db: Db,
  session: { tokenHash: string; municipalityId: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('session')
    .values({
      token_hash: session.tokenHash,
      municipality_id: session.municipalityId,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The live session of an active user, with the user's roles; null when expired, revoked or deactivated. */
export async function findSession(db: Db, tokenHash: string, now: Date): Promise<Auth | null> {
  const row = await db
    .selectFrom('session')
    .innerJoin('app_user', (join) =>
      join.onRef('app_user.id', '=', 'session.user_id').onRef('app_user.municipality_id', '=', 'session.municipality_id'),
    )
    .select(['session.token_hash', 'session.csrf_token', 'session.user_id', 'session.municipality_id'])
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', now)
    .where('app_user.active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  const roles = await db
    .selectFrom('user_role')
    .select(['role', 'department_id'])
    .where('municipality_id', '=', row.municipality_id)
    .where('user_id', '=', row.user_id)
    .execute();
  return {
    userId: row.user_id,
    municipalityId: row.municipality_id,
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    roles: roles.map((r) => ({ role: r.role as Role, departmentId: r.department_id })),
  };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db, municipalityId: string, userId: string, exceptTokenHash?: string) {
  let query = db.deleteFrom('session').where('municipality_id', '=', municipalityId).where('user_id', '=', userId);
  if (exceptTokenHash) query = query.where('token_hash', '!=', exceptTokenHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('session').where('expires_at', '<=', now).execute();
}
