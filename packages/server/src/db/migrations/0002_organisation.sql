-- Divisions (部) and departments (課・室・局・館) are never deleted: they end on a date,
-- so that plans and reports written under an old name stay readable.
CREATE TABLE division (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipality(id),
  name            text NOT NULL,
  -- Order on the organisation chart, which is not the order of the names.
  position        integer NOT NULL DEFAULT 0,
  valid_from      date NOT NULL,
  valid_to        date,
  version         integer NOT NULL DEFAULT 0,
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  UNIQUE (municipality_id, id)
);

CREATE TABLE department (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipality(id),
  division_id     uuid NOT NULL,
  name            text NOT NULL,
  position        integer NOT NULL DEFAULT 0,
  valid_from      date NOT NULL,
  valid_to        date,
  version         integer NOT NULL DEFAULT 0,
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  UNIQUE (municipality_id, id),
  -- The composite key keeps a department from hanging under another municipality's division.
  FOREIGN KEY (municipality_id, division_id) REFERENCES division(municipality_id, id)
);
CREATE INDEX department_division_idx ON department (municipality_id, division_id);

CREATE TABLE reorganisation (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipality(id),
  kind            text NOT NULL CHECK (kind IN ('rename', 'merge', 'split')),
  effective_date  date NOT NULL,
  note            text NOT NULL DEFAULT '',
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, id)
);

-- Lineage edges: later features follow a plan from an ended department to its successor(s).
CREATE TABLE department_link (
  municipality_id   uuid NOT NULL,
  reorganisation_id uuid NOT NULL,
  predecessor_id    uuid NOT NULL,
  successor_id      uuid NOT NULL,
  is_primary        boolean NOT NULL DEFAULT false,
  PRIMARY KEY (predecessor_id, successor_id),
  FOREIGN KEY (municipality_id, reorganisation_id) REFERENCES reorganisation(municipality_id, id),
  FOREIGN KEY (municipality_id, predecessor_id) REFERENCES department(municipality_id, id),
  FOREIGN KEY (municipality_id, successor_id) REFERENCES department(municipality_id, id)
);
CREATE INDEX department_link_successor_idx ON department_link (municipality_id, successor_id);
