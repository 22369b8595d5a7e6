export const ROLES = ['secretariat', 'department_editor', 'department_approver', 'hq_member', 'council_member'] as const;
export type Role = (typeof ROLES)[number];

// These roles act only within the departments they are assigned to; the others are organisation-wide.
export const DEPARTMENT_SCOPED_ROLES = ['department_editor', 'department_approver'] as const;
export type DepartmentScopedRole = (typeof DEPARTMENT_SCOPED_ROLES)[number];

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

export function isDepartmentScopedRole(role: unknown): role is DepartmentScopedRole {
  return (DEPARTMENT_SCOPED_ROLES as readonly unknown[]).includes(role);
}
