import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface AuditRecord {
  municipalityId: string;
  actorId: string | null;
  /** A verb in the past tense: 'created', 'updated', 'reorganised', 'signed_in' … */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Called inside the transaction of the change itself, so there is no change without its record. */
export async function recordAudit(db: Kysely<Database>, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      municipality_id: record.municipalityId,
      actor_id: record.actorId,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId,
      before: record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === undefined ? null : JSON.stringify(record.after),
    })
    .execute();
}
