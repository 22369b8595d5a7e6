import { canEditProposal, FINAL_PROPOSAL_STATES, type ProposalActor, type ProposalState } from '@gyokaku/domain';
import type { Auth } from '../../http/access.js';

/** The departments a plan belongs to: its lead and its collaborators (庁内連携). */
export interface PlanDepartments {
  leadDepartmentId: string;
  collaboratingDepartmentIds: readonly string[];
}

const isSecretariat = (auth: Auth) => auth.roles.some((grant) => grant.role === 'secretariat');

/** Departments where the user drafts plans: editors and approvers act for their own department only. */
export function ownDepartments(auth: Auth): Set<string> {
  return new Set(
    auth.roles.flatMap((grant) =>
      (grant.role === 'department_editor' || grant.role === 'department_approver') && grant.departmentId ? [grant.departmentId] : [],
    ),
  );
}

/** Every signed-in member of the municipality reads every plan; the route's access rule says so. */
export function canEditPlan(auth: Auth, plan: PlanDepartments): boolean {
  if (isSecretariat(auth)) return true;
  const own = ownDepartments(auth);
  return own.has(plan.leadDepartmentId) || plan.collaboratingDepartmentIds.some((id) => own.has(id));
}

/** A department files plans it leads; the secretariat files for anyone. */
export function canCreatePlan(auth: Auth, leadDepartmentId: string): boolean {
  return isSecretariat(auth) || ownDepartments(auth).has(leadDepartmentId);
}

export function canDeletePlan(auth: Auth): boolean {
  return isSecretariat(auth);
}

/**
 * A department may not save a plan out of its own reach (handing it wholly to other departments):
 * that is the secretariat's call, and the department would lose the plan it just saved.
 */
export function canSavePlan(auth: Auth, before: PlanDepartments, after: PlanDepartments): boolean {
  return canEditPlan(auth, before) && canEditPlan(auth, after);
}

/**
 * What the user is to a proposal: its lead department's editor drafts, its approver approves, the
 * secretariat reviews, the HQ decides. Collaborating departments are none of these — they read and
 * comment (see `canCommentOnProposal`).
 */
export function proposalActors(auth: Auth, plan: Pick<PlanDepartments, 'leadDepartmentId'>): ProposalActor[] {
  const actors: ProposalActor[] = [];
  for (const grant of auth.roles) {
    if (grant.role === 'secretariat') actors.push('secretariat');
    else if (grant.role === 'hq_member') actors.push('hq');
    else if (grant.departmentId === plan.leadDepartmentId) {
      actors.push(grant.role === 'department_approver' ? 'approver' : 'drafter');
    }
  }
  return [...new Set(actors)];
}

/** Reviewers, the lead department and the collaborating ones may comment until the HQ has decided. */
export function canCommentOnProposal(auth: Auth, plan: PlanDepartments, state: ProposalState): boolean {
  if (FINAL_PROPOSAL_STATES.includes(state)) return false;
  if (proposalActors(auth, plan).length > 0) return true;
  const own = ownDepartments(auth);
  return plan.collaboratingDepartmentIds.some((id) => own.has(id));
}

/**
 * Whether this save is allowed by the proposal's state: a department may not change what it has
 * handed on. Plans outside a call (`state` null) follow `canEditPlan` alone.
 */
export function proposalAllowsEdit(auth: Auth, plan: PlanDepartments, state: ProposalState | null): boolean {
  return state === null || canEditProposal(state, proposalActors(auth, plan));
}
