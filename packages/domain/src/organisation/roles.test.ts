import { describe, it, expect } from 'vitest';
import { DEPARTMENT_SCOPED_ROLES, isDepartmentScopedRole, isRole, ROLES } from './roles.js';

describe('roles', () => {
  it('lists the five roles and the two department-scoped ones', () => {
    expect(ROLES).toEqual(['secretariat', 'department_editor', 'department_approver', 'hq_member', 'council_member']);
    expect(DEPARTMENT_SCOPED_ROLES).toEqual(['department_editor', 'department_approver']);
  });

  it('tells department-scoped roles from organisation-wide ones', () => {
    expect(isDepartmentScopedRole('department_editor')).toBe(true);
    expect(isDepartmentScopedRole('department_approver')).toBe(true);
    expect(isDepartmentScopedRole('secretariat')).toBe(false);
    expect(isDepartmentScopedRole('hq_member')).toBe(false);
    expect(isDepartmentScopedRole('nobody')).toBe(false);
  });

  it('recognises role names exactly', () => {
    expect(isRole('council_member')).toBe(true);
    expect(isRole('Council_Member')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
