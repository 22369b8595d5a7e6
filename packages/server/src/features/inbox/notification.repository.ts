import type { Notification, NotificationKind } from '@gyokaku/contracts';
import type { Role } from '@gyokaku/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;
export type NotificationParams = Notification['params'];

/** Active users holding one of `roles`; with `departmentIds`, only grants scoped to those departments. */
export async function findUsersHolding(
  db: Db,
  query: { municipalityId: string; roles: readonly Role[]; departmentIds?: readonly string[] },
): Promise<string[]> {
  if (query.departmentIds?.length === 0) return [];
  const rows = await db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', (join) => join.onRef('u.id', '=', 'r.user_id').onRef('u.municipality_id', '=', 'r.municipality_id'))
    .select('r.user_id')
    .distinct()
    .where('r.municipality_id', '=', query.municipalityId)
    .where('r.role', 'in', [...query.roles])
    .where('u.active', '=', true)
    .$if(query.departmentIds !== undefined, (qb) => qb.where('r.department_id', 'in', [...query.departmentIds!]))
    .execute();
  return rows.map((row) => row.user_id);
}

export async function insertNotifications(
  db: Db,
  notice: {
    municipalityId: string;
    userIds: readonly string[];
    kind: NotificationKind;
    params: NotificationParams;
    planId: string | null;
    callId: string | null;
    actorId: string;
  },
): Promise<void> {
  if (notice.userIds.length === 0) return;
  const params = JSON.stringify(notice.params);
  await db
    .insertInto('notification')
    .values(
      notice.userIds.map((userId) => ({
        municipality_id: notice.municipalityId,
        user_id: userId,
        kind: notice.kind,
        params,
        plan_id: notice.planId,
        call_id: notice.callId,
        actor_id: notice.actorId,
      })),
    )
    .execute();
}

const own = (db: Db, owner: { municipalityId: string; userId: string }) =>
  db.selectFrom('notification as n').where('n.municipality_id', '=', owner.municipalityId).where('n.user_id', '=', owner.userId);

/** One page of the user's notifications, newest first, with how many there are and how many are unread. */
export async function listNotifications(
  db: Db,
  query: { municipalityId: string; userId: string; unreadOnly: boolean; limit: number; offset: number },
) {
  const [rows, counts] = await Promise.all([
    own(db, query)
      .leftJoin('app_user as a', (join) => join.onRef('a.id', '=', 'n.actor_id').onRef('a.municipality_id', '=', 'n.municipality_id'))
      .select(['n.id', 'n.kind', 'n.params', 'n.plan_id', 'n.call_id', 'a.display_name as actor_name', 'n.created_at', 'n.read_at'])
      .$if(query.unreadOnly, (qb) => qb.where('n.read_at', 'is', null))
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    own(db, query)
      .select([sql<number>`count(*)::int`.as('total'), sql<number>`(count(*) FILTER (WHERE n.read_at IS NULL))::int`.as('unread')])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: query.unreadOnly ? Number(counts.unread) : Number(counts.total), unread: Number(counts.unread) };
}

/** Marks the user's own notifications read (all when `ids` is undefined); others' ids match nothing. */
export async function markNotificationsRead(db: Db, owner: { municipalityId: string; userId: string; ids?: readonly string[] }): Promise<void> {
  if (owner.ids?.length === 0) return;
  await db
    .updateTable('notification')
    .set({ read_at: sql<Date>`now()` })
    .where('municipality_id', '=', owner.municipalityId)
    .where('user_id', '=', owner.userId)
    .where('read_at', 'is', null)
    .$if(owner.ids !== undefined, (qb) => qb.where('id', 'in', [...owner.ids!]))
    .execute();
}

export async function countUnread(db: Db, owner: { municipalityId: string; userId: string }): Promise<number> {
  const row = await own(db, owner).select(sql<number>`count(*)::int`.as('n')).where('n.read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}
