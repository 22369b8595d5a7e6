import type { NotificationKind, NotificationListResponse } from '@gyokaku/contracts';
import type { DepartmentScopedRole } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import {
  countUnread,
  findUsersHolding,
  insertNotifications,
  listNotifications,
  markNotificationsRead,
  type NotificationParams,
} from './notification.repository.js';

type Db = Kysely<Database>;

/** Who hears of something: a municipality-wide role, or department roles within some departments. */
export type Audience =
  | { roles: readonly ('secretariat' | 'hq_member')[] }
  | { roles: readonly DepartmentScopedRole[]; departmentIds: readonly string[] };

/**
 * In-app notices, written in the caller's transaction so that a step and its notice stand or fall
 * together. The person acting is never told of their own step. Returns how many users were told.
 */
export async function notify(
  trx: Db,
  notice: { auth: Auth; audience: Audience; kind: NotificationKind; params: NotificationParams; planId?: string; callId?: string },
): Promise<number> {
  const { auth, audience } = notice;
  const holders = await findUsersHolding(trx, {
    municipalityId: auth.municipalityId,
    roles: audience.roles,
    ...('departmentIds' in audience ? { departmentIds: audience.departmentIds } : {}),
  });
  const userIds = holders.filter((id) => id !== auth.userId);
  await insertNotifications(trx, {
    municipalityId: auth.municipalityId,
    userIds,
    kind: notice.kind,
    params: notice.params,
    planId: notice.planId ?? null,
    callId: notice.callId ?? null,
    actorId: auth.userId,
  });
  return userIds.length;
}

export async function ownNotifications(
  db: Db,
  auth: Auth,
  query: { unread?: 'true' | 'false' | undefined; page: number; pageSize: number },
): Promise<NotificationListResponse> {
  const { rows, total, unread } = await listNotifications(db, {
    municipalityId: auth.municipalityId,
    userId: auth.userId,
    unreadOnly: query.unread === 'true',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind as NotificationKind,
      params: row.params as NotificationParams,
      planId: row.plan_id,
      callId: row.call_id,
      actorName: row.actor_name,
      createdAt: new Date(row.created_at).toISOString(),
      readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    })),
    total,
    unread,
  };
}

/** Marks some (or all) of the user's own notifications read; returns how many stay unread. */
export async function markOwnNotificationsRead(db: Db, auth: Auth, ids: readonly string[] | undefined): Promise<{ unread: number }> {
  const owner = { municipalityId: auth.municipalityId, userId: auth.userId };
  await markNotificationsRead(db, { ...owner, ...(ids ? { ids } : {}) });
  return { unread: await countUnread(db, owner) };
}
