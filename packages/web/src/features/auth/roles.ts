import type { RoleGrantView, SessionUser } from '@gyokaku/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type Role = RoleGrantView['role'];

export function hasRole(user: SessionUser, ...roles: Role[]): boolean {
  return user.roles.some((grant) => roles.includes(grant.role));
}

/** 「課の担当者（財政課）」: department roles name their department. */
export function useRoleLabel(): (grant: Pick<RoleGrantView, 'role' | 'departmentName'>) => string {
  const { t } = useTranslation();
  return useCallback(
    (grant) => {
      const role = t(`roles.${grant.role}`);
      return grant.departmentName ? t('roles.withDepartment', { role, department: grant.departmentName }) : role;
    },
    [t],
  );
}
