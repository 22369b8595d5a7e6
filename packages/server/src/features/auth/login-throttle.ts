import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Five wrong passwords for one login ID, or thirty from one address, within 15 minutes. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Counted in the database, not in process memory, so that the limit holds across
 * every app process behind the load balancer. A success resets the count for the login ID.
 */
export async function isThrottled(db: Kysely<Database>, loginId: string, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const row = await db
    .selectFrom('login_attempt')
    .select([
      sql<number>`count(*) FILTER (WHERE login_id = ${loginId} AND NOT succeeded AND at > coalesce(
        (SELECT max(at) FROM login_attempt s WHERE s.login_id = ${loginId} AND s.succeeded), '-infinity'))`.as(
        'loginFailures',
      ),
      sql<number>`count(*) FILTER (WHERE ip = ${ip} AND NOT succeeded)`.as('ipFailures'),
    ])
    .where('at', '>', since)
    .where((eb) => eb.or([eb('login_id', '=', loginId), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return Number(row.loginFailures) >= MAX_FAILURES_PER_LOGIN || Number(row.ipFailures) >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: { loginId: string; ip: string; succeeded: boolean; municipalityId: string | null; at: Date },
): Promise<void> {
  await db
    .insertInto('login_attempt')
    .values({
      login_id: attempt.loginId,
      ip: attempt.ip,
      succeeded: attempt.succeeded,
      municipality_id: attempt.municipalityId,
      at: attempt.at,
    })
    .execute();
}
