-- An uploaded workbook, parsed and validated, waiting for the user to commit it. Kept in the
-- database (not in process memory) so that preview and commit may reach different app processes.
CREATE TABLE plan_import (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  outline_id      uuid NOT NULL,
  -- 'template': our own workbook, one sheet per plan; 'rows': one plan per row, columns mapped.
  format          text NOT NULL CHECK (format IN ('template', 'rows')),
  file_name       text NOT NULL,
  -- The workbook itself: a row sheet is parsed again once the user has mapped its columns.
  file            bytea NOT NULL,
  -- For 'rows': which column holds which field, as the user confirmed it.
  column_mapping  jsonb,
  -- The parsed plans, their matching, diffs and cell errors, as the preview shows them; NULL while a
  -- row sheet still waits for its column mapping.
  preview         jsonb,
  created_by      uuid NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  committed_at    timestamptz,
  UNIQUE (municipality_id, id),
  FOREIGN KEY (municipality_id, outline_id) REFERENCES outline(municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user(municipality_id, id)
);
CREATE INDEX plan_import_user_idx ON plan_import (municipality_id, created_by, created_at DESC);
