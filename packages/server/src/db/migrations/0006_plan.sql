ALTER TABLE framework_node ADD COLUMN version integer NOT NULL DEFAULT 0;

-- Period extensions keep their history: the old end, the new end and why.
CREATE TABLE outline_period_change (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id         uuid NOT NULL,
  outline_id              uuid NOT NULL,
  previous_end_fiscal_year integer NOT NULL,
  end_fiscal_year         integer NOT NULL,
  reason                  text NOT NULL,
  changed_at              timestamptz NOT NULL DEFAULT now(),
  changed_by              uuid NOT NULL,
  FOREIGN KEY (municipality_id, outline_id) REFERENCES outline(municipality_id, id),
  FOREIGN KEY (municipality_id, changed_by) REFERENCES app_user(municipality_id, id)
);
CREATE INDEX outline_period_change_outline_idx ON outline_period_change (municipality_id, outline_id);

-- The plan sheet (実施計画). What lists filter and sort on is in columns; the rest of the sheet
-- (texts, schedule, targets, financial effects) is one JSON document, saved and versioned whole.
CREATE TABLE plan (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id             uuid NOT NULL,
  outline_id                  uuid NOT NULL,
  framework_node_id           uuid NOT NULL,
  number                      text NOT NULL,
  -- Each numeric segment zero-padded, so that 2-1-10 sorts after 2-1-9.
  number_sort                 text NOT NULL,
  title                       text NOT NULL,
  lead_department_id          uuid NOT NULL,
  collaborating_department_ids uuid[] NOT NULL DEFAULT '{}',
  relisted_node_ids           uuid[] NOT NULL DEFAULT '{}',
  kind                        text NOT NULL CHECK (kind IN ('reform', 'improvement')),
  start_fiscal_year           integer NOT NULL,
  end_fiscal_year             integer NOT NULL,
  sdg_goals                   smallint[] NOT NULL DEFAULT '{}',
  tags                        text[] NOT NULL DEFAULT '{}',
  target_count                integer NOT NULL DEFAULT 0,
  check_codes                 text[] NOT NULL DEFAULT '{}',
  predecessor_plan_id         uuid,
  sheet                       jsonb NOT NULL,
  -- Lower-cased, width-folded text of number, title and the sheet's prose, for free-text search.
  search_text                 text NOT NULL,
  version                     integer NOT NULL DEFAULT 0,
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  updated_by                  uuid NOT NULL,
  UNIQUE (municipality_id, id),
  -- Numbers are stored normalised (half-width, '-'), so '２－１' and '2-1' collide here.
  CONSTRAINT plan_number_unique UNIQUE (municipality_id, outline_id, number),
  FOREIGN KEY (municipality_id, outline_id) REFERENCES outline(municipality_id, id),
  FOREIGN KEY (municipality_id, framework_node_id) REFERENCES framework_node(municipality_id, id),
  FOREIGN KEY (municipality_id, lead_department_id) REFERENCES department(municipality_id, id),
  FOREIGN KEY (municipality_id, predecessor_plan_id) REFERENCES plan(municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user(municipality_id, id),
  CHECK (end_fiscal_year >= start_fiscal_year)
);
CREATE INDEX plan_outline_number_idx ON plan (municipality_id, outline_id, number_sort);
CREATE INDEX plan_node_idx ON plan (municipality_id, framework_node_id);
CREATE INDEX plan_lead_idx ON plan (municipality_id, lead_department_id);
CREATE INDEX plan_collaborating_idx ON plan USING gin (collaborating_department_ids);
CREATE INDEX plan_relisted_idx ON plan USING gin (relisted_node_ids);
CREATE INDEX plan_predecessor_idx ON plan (municipality_id, predecessor_plan_id);

-- Every saved version of a sheet, whole: history, field-by-field diffs, and nothing ever lost.
CREATE TABLE plan_version (
  municipality_id uuid NOT NULL,
  plan_id         uuid NOT NULL,
  version         integer NOT NULL,
  sheet           jsonb NOT NULL,
  saved_at        timestamptz NOT NULL DEFAULT now(),
  saved_by        uuid NOT NULL,
  -- What made this version; a period extension or a reorganisation also says why.
  change          text NOT NULL CHECK (change IN ('created', 'updated', 'period_extended', 'reorganised')),
  reason          text NOT NULL DEFAULT '',
  PRIMARY KEY (plan_id, version),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan(municipality_id, id),
  FOREIGN KEY (municipality_id, saved_by) REFERENCES app_user(municipality_id, id)
);
