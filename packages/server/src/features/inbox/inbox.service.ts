import type { InboxCounts, InboxResponse } from '@gyokaku/contracts';
import { roundDocumentTitle, todayInJapan } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { hasRole, type Auth } from '../../http/access.js';
import { findMunicipality } from '../municipality/municipality.repository.js';
import { countTasksAndUnread, findTasks, type TaskOwner } from './inbox.repository.js';

type Db = Kysely<Database>;

const departmentsWhere = (auth: Auth, role: 'department_editor' | 'department_approver') =>
  auth.roles.flatMap((grant) => (grant.role === role && grant.departmentId ? [grant.departmentId] : []));

function taskOwner(auth: Auth, now: Date): TaskOwner {
  return {
    municipalityId: auth.municipalityId,
    userId: auth.userId,
    editorDepartmentIds: departmentsWhere(auth, 'department_editor'),
    approverDepartmentIds: departmentsWhere(auth, 'department_approver'),
    isSecretariat: hasRole(auth, 'secretariat'),
    isHq: hasRole(auth, 'hq_member'),
    today: todayInJapan(now),
  };
}

export async function inbox(db: Db, auth: Auth, now = new Date()): Promise<InboxResponse> {
  const [rows, municipality] = await Promise.all([findTasks(db, taskOwner(auth, now)), findMunicipality(db, auth.municipalityId)]);
  const yearStyle = municipality?.settings.yearStyle ?? 'wareki';
  const items = rows.map((row) => ({
    kind: row.kind,
    callId: row.call_id,
    callTitle: row.call_title,
    round:
      row.round_id && row.round_fiscal_year !== null && row.round_period
        ? { id: row.round_id, title: roundDocumentTitle({ fiscalYear: row.round_fiscal_year, period: row.round_period }, 'progress', yearStyle) }
        : null,
    reportId: row.report_id,
    deadline: row.deadline,
    since: new Date(row.since).toISOString(),
    department: { id: row.department_id, name: row.department_name },
    plan: row.plan_id ? { id: row.plan_id, number: row.plan_number!, title: row.plan_title!, state: row.plan_state } : null,
  }));
  return { items, total: items.length };
}

export async function inboxCounts(db: Db, auth: Auth, now = new Date()): Promise<InboxCounts> {
  const { tasks, unread } = await countTasksAndUnread(db, taskOwner(auth, now));
  return { tasks, unreadNotifications: unread };
}
