import type { Auth } from '../../http/access.js';
import { hasRole } from '../../http/access.js';
import { forbidden } from '../../http/app-error.js';
import { ownDepartments } from '../plan/plan.policy.js';

export interface TemplateScope {
  /** The departments whose plans (lead or collaborating) the template holds; null for every plan. */
  departmentIds: string[] | null;
  /** Pre-filled as 主担当課 on the blank sheets. */
  defaultLeadDepartmentId: string | null;
}

/**
 * A department downloads its own plans only; the secretariat any department's, or all. A user
 * working for several departments gets all of them unless they name one.
 */
export function templateScope(auth: Auth, departmentId: string | undefined): TemplateScope {
  if (hasRole(auth, 'secretariat')) {
    return { departmentIds: departmentId ? [departmentId] : null, defaultLeadDepartmentId: departmentId ?? null };
  }
  const own = [...ownDepartments(auth)];
  if (departmentId && !own.includes(departmentId)) throw forbidden();
  const departmentIds = departmentId ? [departmentId] : own;
  return { departmentIds, defaultLeadDepartmentId: departmentIds.length === 1 ? departmentIds[0]! : null };
}

/** An upload is its uploader's work in progress; the secretariat may look at and commit any. */
export function canUseImport(auth: Auth, createdBy: string): boolean {
  return createdBy === auth.userId || hasRole(auth, 'secretariat');
}
