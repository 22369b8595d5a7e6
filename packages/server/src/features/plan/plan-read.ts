import type { Plan } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Auth } from '../../http/access.js';
import { notFound } from '../../http/app-error.js';
import { outlineForPlans, type OutlineForPlans } from '../outline/outline-for-plans.js';
import { canEditPlan } from './plan.policy.js';
import { checksFor } from './plan-validation.js';
import {
  departmentNames,
  findPlanRef,
  findPlanRow,
  findSuccessorRefs,
  listPlanPeriodChanges,
  sheetOf,
  userName,
  type PlanRow,
} from './plan.repository.js';

type Db = Kysely<Database>;

export const planNotFound = () => notFound('実施計画');

/** The plan as the API shows it: the sheet, names for its ids, lineage both ways, checks, and what the user may do. */
export async function presentPlan(db: Db, auth: Auth, row: PlanRow, outline?: OutlineForPlans): Promise<Plan> {
  const { municipalityId } = auth;
  const sheet = sheetOf(row);
  const [loadedOutline, names, predecessorPlan, successorPlans, periodChanges, updatedBy] = await Promise.all([
    outline ?? outlineForPlans(db, { municipalityId, outlineId: row.outline_id }),
    departmentNames(db, municipalityId, [sheet.leadDepartmentId, ...sheet.collaboratingDepartmentIds]),
    sheet.predecessorPlanId ? findPlanRef(db, municipalityId, sheet.predecessorPlanId) : undefined,
    findSuccessorRefs(db, municipalityId, row.id),
    listPlanPeriodChanges(db, municipalityId, row.id),
    userName(db, municipalityId, row.updated_by),
  ]);
  const department = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    ...sheet,
    id: row.id,
    outlineId: row.outline_id,
    version: row.version,
    leadDepartment: department(sheet.leadDepartmentId),
    collaboratingDepartments: sheet.collaboratingDepartmentIds.map(department),
    predecessorPlan: predecessorPlan ?? null,
    successorPlans,
    checks: checksFor(sheet, loadedOutline!),
    periodChanges,
    editable: loadedOutline!.status !== 'closed' && canEditPlan(auth, sheet),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy,
  };
}

export async function readPlan(db: Db, auth: Auth, id: string): Promise<Plan> {
  const row = await findPlanRow(db, auth.municipalityId, id);
  if (!row) throw planNotFound();
  return presentPlan(db, auth, row);
}
