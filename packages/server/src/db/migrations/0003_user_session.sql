-- Login IDs are unique in the deployment so that sign-in needs no municipality picker.
CREATE TABLE app_user (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipality(id),
  login_id        text NOT NULL UNIQUE,
  display_name    text NOT NULL,
  password_hash   text NOT NULL,
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 0,
  UNIQUE (municipality_id, id)
);

CREATE TABLE user_role (
  municipality_id uuid NOT NULL,
  user_id         uuid NOT NULL,
  role            text NOT NULL CHECK (role IN ('secretariat', 'department_editor', 'department_approver', 'hq_member', 'council_member')),
  department_id   uuid,
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user(municipality_id, id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, department_id) REFERENCES department(municipality_id, id),
  -- Department roles are scoped to a department; the others are municipality-wide.
  CHECK ((role IN ('department_editor', 'department_approver')) = (department_id IS NOT NULL))
);
CREATE UNIQUE INDEX user_role_unique_idx ON user_role (user_id, role, coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- Sessions live in the database so that several app processes can serve one user.
-- Only a hash of the cookie token is stored: a leaked table does not yield live sessions.
CREATE TABLE session (
  token_hash      text PRIMARY KEY,
  municipality_id uuid NOT NULL,
  user_id         uuid NOT NULL,
  csrf_token      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user(municipality_id, id) ON DELETE CASCADE
);
CREATE INDEX session_user_idx ON session (user_id);

-- Failed sign-ins, counted per login ID and per address to slow down guessing.
-- municipality_id stays empty when the login ID matches nobody.
CREATE TABLE login_attempt (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_id uuid REFERENCES municipality(id),
  login_id        text NOT NULL,
  ip              text NOT NULL,
  succeeded       boolean NOT NULL,
  at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_login_idx ON login_attempt (login_id, at);
CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at);
