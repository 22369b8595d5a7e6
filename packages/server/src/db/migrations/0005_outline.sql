CREATE TABLE outline (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id    uuid NOT NULL REFERENCES municipality(id),
  title              text NOT NULL,
  theme              text NOT NULL DEFAULT '',
  start_fiscal_year  integer NOT NULL,
  end_fiscal_year    integer NOT NULL,
  status             text NOT NULL CHECK (status IN ('draft', 'public_comment', 'adopted', 'in_force', 'closed')),
  predecessor_id     uuid,
  -- Level names when this outline used other words than the municipality's current settings
  -- (the FY2007 outline had 重点目標); null means the settings apply.
  framework_levels   jsonb,
  version            integer NOT NULL DEFAULT 0,
  CHECK (end_fiscal_year >= start_fiscal_year),
  UNIQUE (municipality_id, id),
  FOREIGN KEY (municipality_id, predecessor_id) REFERENCES outline(municipality_id, id)
);

CREATE TABLE framework_node (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  outline_id      uuid NOT NULL,
  parent_id       uuid,
  depth           integer NOT NULL CHECK (depth >= 0),
  position        integer NOT NULL,
  title           text NOT NULL,
  description     text NOT NULL DEFAULT '',
  UNIQUE (municipality_id, id),
  FOREIGN KEY (municipality_id, outline_id) REFERENCES outline(municipality_id, id),
  FOREIGN KEY (municipality_id, parent_id) REFERENCES framework_node(municipality_id, id)
);
CREATE INDEX framework_node_outline_idx ON framework_node (municipality_id, outline_id, parent_id, position);
