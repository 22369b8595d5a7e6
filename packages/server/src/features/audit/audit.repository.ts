import type { AuditLogResponse } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function listAuditEntries(
  db: Kysely<Database>,
  query: { municipalityId: string; page: number; pageSize: number; entityType?: string | undefined },
): Promise<AuditLogResponse> {
  let base = db.selectFrom('audit_log').where('audit_log.municipality_id', '=', query.municipalityId);
  if (query.entityType) base = base.where('audit_log.entity_type', '=', query.entityType);
  const [rows, count] = await Promise.all([
    base
      .leftJoin('app_user', 'app_user.id', 'audit_log.actor_id')
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.action',
        'audit_log.entity_type',
        'audit_log.entity_id',
        'audit_log.before',
        'audit_log.after',
        'audit_log.actor_id',
        'app_user.display_name',
      ])
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actor: r.actor_id ? { id: r.actor_id, displayName: r.display_name ?? '' } : null,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    })),
    total: Number(count.total),
    page: query.page,
    pageSize: query.pageSize,
  };
}
