import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useEditingPanel } from '../../../lib/use-editing-panel';
import { useUsers } from '../api/use-users';
import { ResetPasswordForm } from './reset-password-form';
import { UserForm } from './user-form';
import { UserTable } from './user-table';

type Editing = { form: 'none' } | { form: 'create' } | { form: 'edit'; userId: string };

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const { editing, message, open, saved, close } = useEditingPanel<Editing>({ form: 'none' });
  // The user is looked up in the latest list, so "reload" after a conflict re-opens the form with fresh data.
  const editedUser = editing.form === 'edit' ? users.data?.items.find((user) => user.id === editing.userId) : undefined;

  const reload = () => void users.refetch();

  return (
    <>
      <PageHeader
        title={t('users.title')}
        lead={t('users.lead')}
        actions={
          <Button aria-expanded={editing.form === 'create'} onClick={() => open({ form: 'create' })}>
            {t('users.add')}
          </Button>
        }
      />
      <div className="flex flex-col gap-8">
        {message && (
          <Notice tone="success">
            <p>{message}</p>
          </Notice>
        )}
        {editing.form === 'create' && <UserForm onSaved={saved} onCancel={close} onReload={reload} />}
        {editedUser && (
          <>
            <UserForm key={`${editedUser.id}-${editedUser.version}`} user={editedUser} onSaved={saved} onCancel={close} onReload={reload} />
            <ResetPasswordForm key={`reset-${editedUser.id}`} user={editedUser} />
          </>
        )}
        <QueryState query={users}>
          {({ items }) => <UserTable users={items} onEdit={(user) => open({ form: 'edit', userId: user.id })} />}
        </QueryState>
      </div>
    </>
  );
}
