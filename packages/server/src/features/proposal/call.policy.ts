import type { Auth } from '../../http/access.js';
import { hasRole } from '../../http/access.js';
import { ownDepartments } from '../plan/plan.policy.js';

/**
 * Which calls a user sees: the secretariat and the HQ every one (null), department staff those
 * addressing their departments, anyone else none.
 */
export function callAudience(auth: Auth): string[] | null {
  if (hasRole(auth, 'secretariat', 'hq_member')) return null;
  return [...ownDepartments(auth)];
}

/** A department's answer to a call is given by its own editors and approvers. */
export function canAnswerFor(auth: Auth, departmentId: string): boolean {
  return ownDepartments(auth).has(departmentId);
}
