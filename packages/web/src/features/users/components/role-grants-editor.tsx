import { DEPARTMENT_SCOPED_ROLES, ROLES, type Role } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { ListEditor } from '../../../components/list-editor';
import type { FormErrors } from '../../../lib/use-form-errors';
import { useOrganisation } from '../../organisation/api/use-organisation';

export interface GrantRow {
  key: number;
  role: Role;
  departmentId: string;
}

export const isScoped = (role: Role) => (DEPARTMENT_SCOPED_ROLES as readonly Role[]).includes(role);

interface RoleGrantsEditorProps {
  rows: GrantRow[];
  form: Pick<FormErrors, 'field'>;
  onChange: (rows: GrantRow[]) => void;
  onAdd: () => void;
}

export function useGrantLabel() {
  const { t } = useTranslation();
  // Numbered only when there are several rows, so each control keeps a unique accessible name.
  return (field: 'role' | 'departmentId', index: number, count: number) => {
    const label = t(field === 'role' ? 'users.fields.role' : 'users.fields.department');
    return count > 1 ? t('users.numbered', { label, n: index + 1 }) : label;
  };
}

/** A user holds one or more roles; the department roles say which department they act for. */
export function RoleGrantsEditor({ rows, form, onChange, onAdd }: RoleGrantsEditorProps) {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const label = useGrantLabel();

  return (
    <ListEditor
      {...form.field('roles')}
      legend={t('users.fields.roles')}
      hint={t('users.rolesHint')}
      required
      items={rows}
      onChange={onChange}
      onAdd={onAdd}
      addLabel={t('users.addRole')}
      removeLabel={(n) => t('users.removeRole', { n })}
      renderItem={(row, index, update) => (
        <>
          <div className="min-w-60 flex-1">
            <SelectField
              {...form.field(`roles.${index}.role`)}
              label={label('role', index, rows.length)}
              required
              value={row.role}
              onChange={(e) => update({ role: e.target.value as Role })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="min-w-60 flex-1">
            {isScoped(row.role) ? (
              <SelectField
                {...form.field(`roles.${index}.departmentId`)}
                label={label('departmentId', index, rows.length)}
                required
                value={row.departmentId}
                onChange={(e) => update({ departmentId: e.target.value })}
              >
                <option value="">{t('common.choose')}</option>
                {organisation.data?.divisions.map((division) => (
                  <optgroup key={division.id} label={division.name}>
                    {organisation.data.departments
                      .filter((department) => department.divisionId === division.id)
                      .map((department) => (
                        <option key={department.id} value={department.id}>
                          {department.name}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </SelectField>
            ) : (
              <p className="pb-3 text-solid-gray-700">{t('users.noDepartmentNeeded')}</p>
            )}
          </div>
        </>
      )}
    />
  );
}
