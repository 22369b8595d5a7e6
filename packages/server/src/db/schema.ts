import type { ProposalState, ReportPeriod, ReportState } from '@gyokaku/domain';
import type { ColumnType, Generated } from 'kysely';

/** Dates travel as 'YYYY-MM-DD' strings: both drivers are told not to turn them into JS Dates (see database.ts). */
type DateColumn = ColumnType<string, string, string>;
/** A timestamp the database fills in when the insert leaves it out. */
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface MunicipalityTable {
  id: Generated<string>;
  code: string;
  name: string;
  settings: Json;
  version: Generated<number>;
  created_at: DefaultedTimestamp;
}

export interface DivisionTable {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  position: Generated<number>;
  valid_from: DateColumn;
  valid_to: DateColumn | null;
  version: Generated<number>;
}

export interface DepartmentTable {
  id: Generated<string>;
  municipality_id: string;
  division_id: string;
  name: string;
  position: Generated<number>;
  valid_from: DateColumn;
  valid_to: DateColumn | null;
  version: Generated<number>;
}

export interface ReorganisationTable {
  id: Generated<string>;
  municipality_id: string;
  kind: 'rename' | 'merge' | 'split';
  effective_date: DateColumn;
  note: string;
  created_at: DefaultedTimestamp;
}

export interface DepartmentLinkTable {
  municipality_id: string;
  reorganisation_id: string;
  predecessor_id: string;
  successor_id: string;
  is_primary: boolean;
}

export interface AppUserTable {
  id: Generated<string>;
  municipality_id: string;
  login_id: string;
  display_name: string;
  password_hash: string;
  active: Generated<boolean>;
  created_at: DefaultedTimestamp;
  version: Generated<number>;
}

export interface UserRoleTable {
  municipality_id: string;
  user_id: string;
  role: string;
  department_id: string | null;
}

export interface SessionTable {
  token_hash: string;
  municipality_id: string;
  user_id: string;
  csrf_token: string;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp;
}

export interface LoginAttemptTable {
  id: Generated<string>;
  municipality_id: string | null;
  login_id: string;
  ip: string;
  succeeded: boolean;
  at: DefaultedTimestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  municipality_id: string;
  actor_id: string | null;
  at: DefaultedTimestamp;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json | null;
  after: Json | null;
}

export interface OutlineTable {
  id: Generated<string>;
  municipality_id: string;
  title: string;
  theme: string;
  start_fiscal_year: number;
  end_fiscal_year: number;
  status: 'draft' | 'public_comment' | 'adopted' | 'in_force' | 'closed';
  predecessor_id: string | null;
  framework_levels: Json<string[]> | null;
  version: Generated<number>;
}

export interface FrameworkNodeTable {
  id: Generated<string>;
  municipality_id: string;
  outline_id: string;
  parent_id: string | null;
  depth: number;
  position: number;
  title: string;
  description: Generated<string>;
  version: Generated<number>;
}

export interface OutlinePeriodChangeTable {
  id: Generated<string>;
  municipality_id: string;
  outline_id: string;
  previous_end_fiscal_year: number;
  end_fiscal_year: number;
  reason: string;
  changed_at: DefaultedTimestamp;
  changed_by: string;
}

export interface PlanTable {
  id: Generated<string>;
  municipality_id: string;
  outline_id: string;
  framework_node_id: string;
  number: string;
  number_sort: string;
  title: string;
  lead_department_id: string;
  collaborating_department_ids: string[];
  relisted_node_ids: string[];
  kind: 'reform' | 'improvement';
  start_fiscal_year: number;
  end_fiscal_year: number;
  sdg_goals: number[];
  tags: string[];
  target_count: number;
  check_codes: string[];
  predecessor_plan_id: string | null;
  sheet: Json;
  search_text: string;
  version: Generated<number>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  updated_by: string;
  call_id: string | null;
  proposal_state: ProposalState | null;
  proposal_state_at: Timestamp | null;
  merged_into_plan_id: string | null;
}

export interface PlanVersionTable {
  municipality_id: string;
  plan_id: string;
  version: number;
  sheet: Json;
  saved_at: DefaultedTimestamp;
  saved_by: string;
  change: 'created' | 'updated' | 'period_extended' | 'reorganised' | 'merged' | 'imported';
  reason: Generated<string>;
}

export interface ProposalCallTable {
  id: Generated<string>;
  municipality_id: string;
  outline_id: string;
  title: string;
  instructions: Generated<string>;
  opens_on: DateColumn;
  closes_on: DateColumn;
  answer_required: Generated<boolean>;
  version: Generated<number>;
  created_at: DefaultedTimestamp;
  created_by: string;
  updated_at: DefaultedTimestamp;
}

export interface ProposalCallDepartmentTable {
  municipality_id: string;
  call_id: string;
  department_id: string;
  no_proposal_at: Timestamp | null;
  no_proposal_by: string | null;
  no_proposal_note: Generated<string>;
  last_reminded_at: Timestamp | null;
}

export interface ProposalEventTable {
  id: Generated<string>;
  municipality_id: string;
  plan_id: string;
  action: string;
  from_state: ProposalState | null;
  to_state: ProposalState;
  plan_version: number;
  comment: Generated<string>;
  actor_id: string;
  at: DefaultedTimestamp;
}

export interface ProposalCommentTable {
  id: Generated<string>;
  municipality_id: string;
  plan_id: string;
  plan_version: number;
  field: string | null;
  body: string;
  author_id: string;
  author_role: 'drafter' | 'approver' | 'secretariat' | 'hq' | 'collaborator';
  created_at: DefaultedTimestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  municipality_id: string;
  user_id: string;
  kind: string;
  params: ColumnType<Record<string, unknown>, string | undefined, string>;
  plan_id: string | null;
  call_id: string | null;
  actor_id: string | null;
  created_at: DefaultedTimestamp;
  read_at: Timestamp | null;
}

export interface PlanImportTable {
  id: Generated<string>;
  municipality_id: string;
  outline_id: string;
  format: 'template' | 'rows';
  file_name: string;
  file: Buffer;
  column_mapping: Json | null;
  preview: Json | null;
  call_id: string | null;
  columns: Json | null;
  created_by: string;
  created_at: DefaultedTimestamp;
  committed_at: Timestamp | null;
}

export interface ReportRoundTable {
  id: Generated<string>;
  municipality_id: string;
  outline_id: string;
  fiscal_year: number;
  period: ReportPeriod;
  due_on: DateColumn;
  instructions: Generated<string>;
  source: Generated<'app' | 'imported'>;
  version: Generated<number>;
  created_at: DefaultedTimestamp;
  created_by: string;
}

export interface ProgressReportTable {
  id: Generated<string>;
  municipality_id: string;
  round_id: string;
  plan_id: string;
  state: Generated<ReportState>;
  state_at: DefaultedTimestamp;
  progress_status: string | null;
  self_evaluation: string | null;
  hq_evaluation: string | null;
  hq_comment: Generated<string>;
  work_done: Generated<string>;
  actual_values: ColumnType<Record<string, number | null>, string | undefined, string>;
  /** Integer yen (bigint, read as a number by both drivers: see database.ts). */
  actual_financial_effect: number | null;
  issues: Generated<string>;
  next_steps: Generated<string>;
  citizen_effect: Generated<string>;
  change_reason: Generated<string>;
  version: Generated<number>;
  updated_at: DefaultedTimestamp;
  updated_by: string;
}

export interface ReportEventTable {
  id: Generated<string>;
  municipality_id: string;
  report_id: string;
  action: string;
  from_state: ReportState | null;
  to_state: ReportState;
  comment: Generated<string>;
  actor_id: string;
  at: DefaultedTimestamp;
}

export interface NodeEvaluationTable {
  municipality_id: string;
  round_id: string;
  framework_node_id: string;
  evaluation: string;
  comment: Generated<string>;
  version: Generated<number>;
  updated_at: DefaultedTimestamp;
  updated_by: string;
}

export interface ReportImportTable {
  id: Generated<string>;
  municipality_id: string;
  outline_id: string;
  fiscal_year: number;
  period: ReportPeriod;
  due_on: DateColumn;
  file_name: string;
  file: Buffer;
  columns: Json;
  column_mapping: Json;
  preview: Json;
  created_by: string;
  created_at: DefaultedTimestamp;
  committed_at: Timestamp | null;
  round_id: string | null;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: DefaultedTimestamp;
}

export interface Database {
  schema_migration: SchemaMigrationTable;
  municipality: MunicipalityTable;
  division: DivisionTable;
  department: DepartmentTable;
  reorganisation: ReorganisationTable;
  department_link: DepartmentLinkTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  outline: OutlineTable;
  framework_node: FrameworkNodeTable;
  outline_period_change: OutlinePeriodChangeTable;
  plan: PlanTable;
  plan_version: PlanVersionTable;
  proposal_call: ProposalCallTable;
  proposal_call_department: ProposalCallDepartmentTable;
  proposal_event: ProposalEventTable;
  proposal_comment: ProposalCommentTable;
  notification: NotificationTable;
  plan_import: PlanImportTable;
  report_round: ReportRoundTable;
  progress_report: ProgressReportTable;
  report_event: ReportEventTable;
  node_evaluation: NodeEvaluationTable;
  report_import: ReportImportTable;
}
