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
}

export interface PlanVersionTable {
  municipality_id: string;
  plan_id: string;
  version: number;
  sheet: Json;
  saved_at: DefaultedTimestamp;
  saved_by: string;
  change: 'created' | 'updated' | 'period_extended' | 'reorganised';
  reason: Generated<string>;
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
}
