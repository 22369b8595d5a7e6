-- Append-only record of every change: who, when, what, before and after.
CREATE TABLE audit_log (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipality(id),
  actor_id        uuid,
  at              timestamptz NOT NULL DEFAULT clock_timestamp(),
  action          text NOT NULL,
  entity_type     text NOT NULL,
  entity_id       text,
  before          jsonb,
  after           jsonb
);
CREATE INDEX audit_log_recent_idx ON audit_log (municipality_id, at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (municipality_id, entity_type, at DESC);
