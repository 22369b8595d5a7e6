-- A municipality is the tenant: every other table carries municipality_id.
CREATE TABLE municipality (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code       char(6) NOT NULL UNIQUE,
  name       text NOT NULL,
  settings   jsonb NOT NULL,
  version    integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
