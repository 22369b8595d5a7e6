import { CreateUserRequestSchema, UpdateUserRequestSchema, type User } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Checkbox, TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { ApiError } from '../../../lib/api-client';
import { nextRowKey } from '../../../lib/row-key';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateUser, useUpdateUser } from '../api/use-user-mutations';
import { isScoped, RoleGrantsEditor, useGrantLabel, type GrantRow } from './role-grants-editor';

interface UserFormProps {
  /** Absent when adding a user. */
  user?: User | undefined;
  onSaved: (message: string) => void;
  onCancel: () => void;
  /** Fetches the latest users after an edit conflict; the page then re-opens the form with them. */
  onReload: () => void;
}

const newRow = (grant: Partial<Omit<GrantRow, 'key'>> = {}): GrantRow => ({
  key: nextRowKey(),
  role: grant.role ?? 'department_editor',
  departmentId: grant.departmentId ?? '',
});

export function UserForm({ user, onSaved, onCancel, onReload }: UserFormProps) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const grantLabel = useGrantLabel();
  const [loginId, setLoginId] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [active, setActive] = useState(user?.active ?? true);
  const [rows, setRows] = useState<GrantRow[]>(() =>
    user ? user.roles.map((grant) => newRow({ role: grant.role, departmentId: grant.departmentId ?? '' })) : [newRow()],
  );

  const labelFor = (path: string): string => {
    const [head, index, field] = path.split('.');
    if (head === 'roles' && (field === 'role' || field === 'departmentId')) return grantLabel(field, Number(index), rows.length);
    const labels: Record<string, string> = {
      loginId: t('users.fields.loginId'),
      displayName: t('users.fields.displayName'),
      password: t('users.fields.initialPassword'),
      active: t('users.fields.status'),
      roles: t('users.fields.roles'),
    };
    return labels[head ?? ''] ?? path;
  };
  const form = useFormErrors({ formId: user ? 'user-edit' : 'user-create', labelFor });
  const conflict = update.error instanceof ApiError && update.error.code === 'edit_conflict';

  const submit = () => {
    const roles = rows.map((row) => ({ role: row.role, departmentId: isScoped(row.role) ? row.departmentId || null : null }));
    // Which roles need a department is a domain rule the request schema does not express.
    const missingDepartments = roles.flatMap((grant, index) =>
      isScoped(grant.role) && !grant.departmentId
        ? [
            {
              path: ['roles', index, 'departmentId'],
              code: 'custom',
              message: t('validation.select', { label: grantLabel('departmentId', index, rows.length) }),
            },
          ]
        : [],
    );
    if (user) {
      const request = form.validate(UpdateUserRequestSchema, { displayName, active, roles, version: user.version }, missingDepartments);
      if (request) {
        update.mutate({ id: user.id, ...request }, { onSuccess: () => onSaved(t('common.saved')), onError: form.showError });
      }
    } else {
      const request = form.validate(CreateUserRequestSchema, { loginId, displayName, password, roles }, missingDepartments);
      if (request) {
        create.mutate(request, {
          onSuccess: (created) => onSaved(t('users.created', { name: created.displayName })),
          onError: form.showError,
        });
      }
    }
  };

  return (
    <FormPanel
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.add')}
      submitLabel={user ? t('common.save') : t('users.createSubmit')}
      form={form}
      pending={create.isPending || update.isPending}
      onSubmit={submit}
      onCancel={onCancel}
      errorActions={
        conflict && (
          <div>
            <Button variant="secondary" size="sm" onClick={onReload}>
              {t('common.reload')}
            </Button>
          </div>
        )
      }
    >
      {user ? (
        <p>
          <span className="text-std-17B-170">{t('users.fields.loginId')}</span>
          <span className="ml-4">{user.loginId}</span>
        </p>
      ) : (
        <TextField
          {...form.field('loginId')}
          label={t('users.fields.loginId')}
          hint={t('users.loginIdHint')}
          required
          autoComplete="off"
          spellCheck={false}
          value={loginId}
          onChange={(e) => setLoginId(e.target.value)}
          width="md"
        />
      )}
      <TextField
        {...form.field('displayName')}
        label={t('users.fields.displayName')}
        required
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        width="md"
      />
      {user ? (
        <Checkbox id={form.idFor('active')} label={t('users.activeLabel')} checked={active} onChange={(e) => setActive(e.target.checked)} />
      ) : (
        <TextField
          {...form.field('password')}
          label={t('users.fields.initialPassword')}
          hint={t('users.passwordHint')}
          required
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          width="md"
        />
      )}
      <RoleGrantsEditor rows={rows} form={form} onChange={setRows} onAdd={() => setRows([...rows, newRow()])} />
    </FormPanel>
  );
}
