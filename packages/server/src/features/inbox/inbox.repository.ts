import type { TaskKind } from '@gyokaku/contracts';
import type { ProposalState, ReportPeriod, ReportState } from '@gyokaku/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

/** Whose tasks: the municipality, the user, and what their role grants make them. */
export interface TaskOwner {
  municipalityId: string;
  userId: string;
  editorDepartmentIds: string[];
  approverDepartmentIds: string[];
  isSecretariat: boolean;
  isHq: boolean;
  /** Japan-time date, for which calls are open. */
  today: string;
}

export interface TaskRow {
  kind: TaskKind;
  call_id: string | null;
  call_title: string | null;
  round_id: string | null;
  round_fiscal_year: number | null;
  round_period: ReportPeriod | null;
  report_id: string | null;
  deadline: string | null;
  since: Date | string;
  department_id: string;
  department_name: string;
  plan_id: string | null;
  plan_number: string | null;
  plan_title: string | null;
  plan_state: ProposalState | null;
}

const NO_REPORT = sql`NULL::uuid AS round_id, NULL::int AS round_fiscal_year, NULL::text AS round_period, NULL::uuid AS report_id`;

/** Reports in `states` of a round, for plans led by one of `departmentIds` unless that is null (every department). */
function reportTasks(owner: TaskOwner, kind: TaskKind, states: ReportState[], departmentIds: string[] | null, scope = sql``): RawBuilder<TaskRow> {
  return sql<TaskRow>`
    SELECT ${kind}::text AS kind, NULL::uuid AS call_id, NULL::text AS call_title,
           rr.id AS round_id, rr.fiscal_year AS round_fiscal_year, rr.period AS round_period, r.id AS report_id,
           rr.due_on AS deadline, r.state_at AS since, d.id AS department_id, d.name AS department_name,
           p.id AS plan_id, p.number AS plan_number, p.number_sort, p.title AS plan_title, NULL::text AS plan_state
      FROM progress_report r
      JOIN report_round rr ON rr.municipality_id = r.municipality_id AND rr.id = r.round_id
      JOIN plan p ON p.municipality_id = r.municipality_id AND p.id = r.plan_id
      JOIN department d ON d.municipality_id = p.municipality_id AND d.id = p.lead_department_id
     WHERE r.municipality_id = ${owner.municipalityId}
       AND r.state IN (${sql.join(states)})
       ${departmentIds ? sql`AND p.lead_department_id = ANY(${departmentIds}::uuid[])` : sql``}
       ${scope}`;
}

/**
 * In a department without an active editor the head (所属長) fills in the reports too, so they
 * land in the head's inbox rather than in nobody's.
 */
const WITHOUT_EDITOR = sql`AND NOT EXISTS (
         SELECT 1 FROM user_role ur JOIN app_user u ON u.municipality_id = ur.municipality_id AND u.id = ur.user_id
          WHERE ur.municipality_id = p.municipality_id AND ur.role = 'department_editor'
            AND ur.department_id = p.lead_department_id AND u.active)`;

/** Proposals in `states`, led by one of `departmentIds` unless that is null (every department). */
function proposalTasks(owner: TaskOwner, kind: TaskKind, states: ProposalState[], departmentIds: string[] | null): RawBuilder<TaskRow> {
  // The HQ decides at its own meetings, whenever the call closed.
  const deadline = kind === 'decide_proposal' ? sql`NULL::date` : sql`c.closes_on`;
  return sql<TaskRow>`
    SELECT ${kind}::text AS kind, c.id AS call_id, c.title AS call_title, ${NO_REPORT}, ${deadline} AS deadline,
           coalesce(p.proposal_state_at, p.created_at) AS since, d.id AS department_id, d.name AS department_name,
           p.id AS plan_id, p.number AS plan_number, p.number_sort, p.title AS plan_title, p.proposal_state AS plan_state
      FROM plan p
      JOIN proposal_call c ON c.municipality_id = p.municipality_id AND c.id = p.call_id
      JOIN department d ON d.municipality_id = p.municipality_id AND d.id = p.lead_department_id
     WHERE p.municipality_id = ${owner.municipalityId}
       AND p.proposal_state IN (${sql.join(states)})
       ${departmentIds ? sql`AND p.lead_department_id = ANY(${departmentIds}::uuid[])` : sql``}`;
}

/** Open calls addressed to the editor's departments that they have neither filed into nor declined. */
function callTasks(owner: TaskOwner): RawBuilder<TaskRow> {
  return sql<TaskRow>`
    SELECT 'answer_call'::text AS kind, c.id AS call_id, c.title AS call_title, ${NO_REPORT}, c.closes_on AS deadline,
           (c.opens_on::text || 'T00:00:00+09:00')::timestamptz AS since, d.id AS department_id, d.name AS department_name,
           NULL::uuid AS plan_id, NULL::text AS plan_number, NULL::text AS number_sort, NULL::text AS plan_title, NULL::text AS plan_state
      FROM proposal_call_department cd
      JOIN proposal_call c ON c.municipality_id = cd.municipality_id AND c.id = cd.call_id
      JOIN department d ON d.municipality_id = cd.municipality_id AND d.id = cd.department_id
     WHERE cd.municipality_id = ${owner.municipalityId}
       AND cd.department_id = ANY(${owner.editorDepartmentIds}::uuid[])
       AND cd.no_proposal_at IS NULL
       AND c.opens_on <= ${owner.today} AND c.closes_on >= ${owner.today}
       AND NOT EXISTS (SELECT 1 FROM plan p
                        WHERE p.municipality_id = cd.municipality_id AND p.call_id = cd.call_id AND p.lead_department_id = cd.department_id)`;
}

/**
 * The task sources that apply to the user, as one UNION ALL: tasks are derived from the current
 * states on every read, so they are never stale and there is no task table to keep in step.
 */
function taskUnion(owner: TaskOwner): RawBuilder<TaskRow> | null {
  const parts: RawBuilder<TaskRow>[] = [];
  if (owner.editorDepartmentIds.length > 0) {
    parts.push(
      proposalTasks(owner, 'revise_proposal', ['drafting', 'returned'], owner.editorDepartmentIds),
      callTasks(owner),
      reportTasks(owner, 'fill_report', ['drafting', 'returned'], owner.editorDepartmentIds),
    );
  }
  if (owner.approverDepartmentIds.length > 0) {
    parts.push(
      proposalTasks(owner, 'approve_proposal', ['awaiting_approval'], owner.approverDepartmentIds),
      reportTasks(owner, 'approve_report', ['awaiting_approval'], owner.approverDepartmentIds),
      reportTasks(owner, 'fill_report', ['drafting', 'returned'], owner.approverDepartmentIds, WITHOUT_EDITOR),
    );
  }
  if (owner.isSecretariat) {
    parts.push(proposalTasks(owner, 'review_proposal', ['submitted'], null), reportTasks(owner, 'review_report', ['submitted'], null));
  }
  if (owner.isHq) parts.push(proposalTasks(owner, 'decide_proposal', ['accepted'], null));
  return parts.length > 0 ? sql<TaskRow>`${sql.join(parts, sql` UNION ALL `)}` : null;
}

/** What waits for the user, oldest first: one statement. */
export async function findTasks(db: Db, owner: TaskOwner): Promise<TaskRow[]> {
  const union = taskUnion(owner);
  if (!union) return [];
  const result = await sql<TaskRow>`
    SELECT * FROM (${union}) t
     ORDER BY t.since, t.number_sort NULLS FIRST, t.department_name, t.kind`.execute(db);
  return result.rows;
}

/** The navigation's badges: open tasks and unread notifications, in one statement. */
export async function countTasksAndUnread(db: Db, owner: TaskOwner): Promise<{ tasks: number; unread: number }> {
  const union = taskUnion(owner);
  const tasks = union ? sql<number>`(SELECT count(*) FROM (${union}) t)` : sql<number>`0`;
  const result = await sql<{ tasks: number; unread: number }>`
    SELECT ${tasks}::int AS tasks,
           (SELECT count(*) FROM notification n
             WHERE n.municipality_id = ${owner.municipalityId} AND n.user_id = ${owner.userId} AND n.read_at IS NULL)::int AS unread`.execute(db);
  const row = result.rows[0]!;
  return { tasks: Number(row.tasks), unread: Number(row.unread) };
}
