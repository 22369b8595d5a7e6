-- A past round's reports uploaded as one sheet of rows (one plan a row), parsed and validated,
-- waiting for the secretariat to commit it as an imported round. A table of its own rather than
-- plan_import: it targets a round (fiscal year and period) instead of plans, and commits into one.
-- Kept in the database so that preview and commit may reach different app processes.
CREATE TABLE report_import (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  outline_id      uuid NOT NULL,
  fiscal_year     integer NOT NULL,
  period          text NOT NULL CHECK (period IN ('first_half', 'full_year')),
  due_on          date NOT NULL,
  file_name       text NOT NULL,
  -- The workbook itself: read again when the user changes the column mapping, and at commit.
  file            bytea NOT NULL,
  -- The header row and a few sample values per column, read once at upload.
  columns         jsonb NOT NULL,
  -- Which column holds which field: suggested from the headings, then as the user confirmed it.
  column_mapping  jsonb NOT NULL,
  -- The rows as the preview shows them: plan, values read, cell errors; and the plans left out.
  preview         jsonb NOT NULL,
  created_by      uuid NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  committed_at    timestamptz,
  -- The round the commit created.
  round_id        uuid,
  UNIQUE (municipality_id, id),
  FOREIGN KEY (municipality_id, outline_id) REFERENCES outline(municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user(municipality_id, id),
  FOREIGN KEY (municipality_id, round_id) REFERENCES report_round(municipality_id, id)
);
CREATE INDEX report_import_user_idx ON report_import (municipality_id, created_by, created_at DESC);
