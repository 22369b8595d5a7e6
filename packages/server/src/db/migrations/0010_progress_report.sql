-- A reporting round (進捗状況報告の照会): for one outline, one fiscal year and period, every plan in
-- force gets a report to fill by the due date.
CREATE TABLE report_round (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  outline_id      uuid NOT NULL,
  fiscal_year     integer NOT NULL,
  period          text NOT NULL CHECK (period IN ('first_half', 'full_year')),
  due_on          date NOT NULL,
  instructions    text NOT NULL DEFAULT '',
  -- Rounds brought in from the city's earlier Excel sheets are complete from the start.
  source          text NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'imported')),
  version         integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by      uuid NOT NULL,
  UNIQUE (municipality_id, id),
  CONSTRAINT report_round_unique UNIQUE (municipality_id, outline_id, fiscal_year, period),
  FOREIGN KEY (municipality_id, outline_id) REFERENCES outline(municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user(municipality_id, id)
);

-- One plan's report in a round. Codes of status and grades are the municipality's own (settings).
CREATE TABLE progress_report (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id         uuid NOT NULL,
  round_id                uuid NOT NULL,
  plan_id                 uuid NOT NULL,
  state                   text NOT NULL DEFAULT 'drafting'
                          CHECK (state IN ('drafting', 'awaiting_approval', 'submitted', 'returned', 'accepted')),
  state_at                timestamptz NOT NULL DEFAULT now(),
  progress_status         text,
  self_evaluation         text,
  -- The HQ's second evaluation, beside the department's own.
  hq_evaluation           text,
  hq_comment              text NOT NULL DEFAULT '',
  work_done               text NOT NULL DEFAULT '',
  -- Target id → actual value (null: not measured).
  actual_values           jsonb NOT NULL DEFAULT '{}',
  actual_financial_effect bigint,
  issues                  text NOT NULL DEFAULT '',
  next_steps              text NOT NULL DEFAULT '',
  citizen_effect          text NOT NULL DEFAULT '',
  -- Why the plan was changed or cancelled (変更・中止), required for a closing status.
  change_reason           text NOT NULL DEFAULT '',
  version                 integer NOT NULL DEFAULT 0,
  updated_at              timestamptz NOT NULL DEFAULT now(),
  updated_by              uuid NOT NULL,
  UNIQUE (municipality_id, id),
  CONSTRAINT progress_report_unique UNIQUE (round_id, plan_id),
  FOREIGN KEY (municipality_id, round_id) REFERENCES report_round(municipality_id, id),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan(municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user(municipality_id, id)
);
CREATE INDEX progress_report_round_idx ON progress_report (municipality_id, round_id);
CREATE INDEX progress_report_plan_idx ON progress_report (municipality_id, plan_id);

-- Every step of a report: who, when, from which state to which, and the comment of a return.
CREATE TABLE report_event (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL,
  report_id       uuid NOT NULL,
  action          text NOT NULL,
  from_state      text,
  to_state        text NOT NULL,
  comment         text NOT NULL DEFAULT '',
  actor_id        uuid NOT NULL,
  at              timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (municipality_id, report_id) REFERENCES progress_report(municipality_id, id),
  FOREIGN KEY (municipality_id, actor_id) REFERENCES app_user(municipality_id, id)
);
CREATE INDEX report_event_report_idx ON report_event (municipality_id, report_id, at);

-- The HQ's evaluation of a framework node as a whole (e.g. per 取組事項), where the city does so.
CREATE TABLE node_evaluation (
  municipality_id   uuid NOT NULL,
  round_id          uuid NOT NULL,
  framework_node_id uuid NOT NULL,
  evaluation        text NOT NULL,
  comment           text NOT NULL DEFAULT '',
  version           integer NOT NULL DEFAULT 0,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  updated_by        uuid NOT NULL,
  PRIMARY KEY (round_id, framework_node_id),
  FOREIGN KEY (municipality_id, round_id) REFERENCES report_round(municipality_id, id),
  FOREIGN KEY (municipality_id, framework_node_id) REFERENCES framework_node(municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user(municipality_id, id)
);
