-- A call for proposals (実施計画の募集): the secretariat asks departments to file plan proposals
-- into an outline between two Japan-time dates.
CREATE TABLE proposal_call (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  outline_id      uuid NOT NULL,
  title           text NOT NULL,
  instructions    text NOT NULL DEFAULT '',
  opens_on        date NOT NULL,
  closes_on       date NOT NULL,
  -- Departments must answer even when they have nothing to propose (「提案なし」).
  answer_required boolean NOT NULL DEFAULT true,
  version         integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by      uuid NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, id),
  FOREIGN KEY (municipality_id, outline_id) REFERENCES outline(municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user(municipality_id, id),
  CHECK (closes_on >= opens_on)
);
CREATE INDEX proposal_call_outline_idx ON proposal_call (municipality_id, outline_id);

-- The departments a call addresses, with their "no proposal" answer and the last reminder sent.
CREATE TABLE proposal_call_department (
  municipality_id  uuid NOT NULL,
  call_id          uuid NOT NULL,
  department_id    uuid NOT NULL,
  no_proposal_at   timestamptz,
  no_proposal_by   uuid,
  no_proposal_note text NOT NULL DEFAULT '',
  last_reminded_at timestamptz,
  PRIMARY KEY (call_id, department_id),
  FOREIGN KEY (municipality_id, call_id) REFERENCES proposal_call(municipality_id, id),
  FOREIGN KEY (municipality_id, department_id) REFERENCES department(municipality_id, id),
  FOREIGN KEY (municipality_id, no_proposal_by) REFERENCES app_user(municipality_id, id)
);
CREATE INDEX proposal_call_department_idx ON proposal_call_department (municipality_id, department_id);

-- A proposal is a plan filed into a call. Plans entered directly (past outlines, the secretariat's
-- own) have no call and no proposal state: they are plans as adopted.
ALTER TABLE plan ADD COLUMN call_id uuid;
ALTER TABLE plan ADD COLUMN proposal_state text CHECK (proposal_state IN (
  'drafting', 'awaiting_approval', 'submitted', 'returned', 'accepted',
  'adopted', 'adopted_with_changes', 'not_adopted', 'merged'));
-- When the proposal entered its current state: inboxes list the oldest waiting first.
ALTER TABLE plan ADD COLUMN proposal_state_at timestamptz;
ALTER TABLE plan ADD COLUMN merged_into_plan_id uuid;
ALTER TABLE plan ADD FOREIGN KEY (municipality_id, call_id) REFERENCES proposal_call(municipality_id, id);
ALTER TABLE plan ADD FOREIGN KEY (municipality_id, merged_into_plan_id) REFERENCES plan(municipality_id, id);
ALTER TABLE plan ADD CHECK ((call_id IS NULL) = (proposal_state IS NULL));
CREATE INDEX plan_call_idx ON plan (municipality_id, call_id);
CREATE INDEX plan_proposal_state_idx ON plan (municipality_id, proposal_state) WHERE proposal_state IS NOT NULL;

-- Merges and imports make versions too.
ALTER TABLE plan_version DROP CONSTRAINT plan_version_change_check;
ALTER TABLE plan_version ADD CONSTRAINT plan_version_change_check
  CHECK (change IN ('created', 'updated', 'period_extended', 'reorganised', 'merged', 'imported'));

-- Every step of a proposal's life: who, when, from which state to which, and what they said.
CREATE TABLE proposal_event (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  plan_id         uuid NOT NULL,
  action          text NOT NULL,
  from_state      text,
  to_state        text NOT NULL,
  -- The sheet version the step was taken on: a re-submission is compared against it.
  plan_version    integer NOT NULL,
  comment         text NOT NULL DEFAULT '',
  actor_id        uuid NOT NULL,
  at              timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan(municipality_id, id),
  FOREIGN KEY (municipality_id, actor_id) REFERENCES app_user(municipality_id, id)
);
CREATE INDEX proposal_event_plan_idx ON proposal_event (municipality_id, plan_id, at);

-- Comments on a proposal, on one field of the sheet or on the whole; from the approver, the
-- secretariat's review, the HQ or a collaborating department before submission.
CREATE TABLE proposal_comment (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  plan_id         uuid NOT NULL,
  plan_version    integer NOT NULL,
  -- A field of the plan sheet ('title', 'targets', …); NULL for a comment on the whole proposal.
  field           text,
  body            text NOT NULL,
  author_id       uuid NOT NULL,
  author_role     text NOT NULL CHECK (author_role IN ('drafter', 'approver', 'secretariat', 'hq', 'collaborator')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan(municipality_id, id),
  FOREIGN KEY (municipality_id, author_id) REFERENCES app_user(municipality_id, id)
);
CREATE INDEX proposal_comment_plan_idx ON proposal_comment (municipality_id, plan_id, created_at);

-- In-app notifications (no mail server is assumed in a closed municipal network). The text is
-- rendered by the client from the kind and its parameters, in the reader's language.
CREATE TABLE notification (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  user_id         uuid NOT NULL,
  kind            text NOT NULL,
  params          jsonb NOT NULL DEFAULT '{}',
  plan_id         uuid,
  call_id         uuid,
  actor_id        uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  read_at         timestamptz,
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user(municipality_id, id),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan(municipality_id, id),
  FOREIGN KEY (municipality_id, call_id) REFERENCES proposal_call(municipality_id, id),
  FOREIGN KEY (municipality_id, actor_id) REFERENCES app_user(municipality_id, id)
);
CREATE INDEX notification_user_idx ON notification (municipality_id, user_id, created_at DESC);
