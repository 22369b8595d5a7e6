import type { User } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Table, Td, Th } from '../../../components/table';

interface UserTableProps {
  users: User[];
  onEdit: (user: User) => void;
}

export function UserTable({ users, onEdit }: UserTableProps) {
  const { t } = useTranslation();
  const sorted = [...users].sort((a, b) => a.loginId.localeCompare(b.loginId));
  return (
    <Table caption={t('users.caption')} captionHidden>
      <thead>
        <tr>
          <Th>{t('users.fields.loginId')}</Th>
          <Th>{t('users.fields.displayName')}</Th>
          <Th>{t('users.fields.role')}</Th>
          <Th>{t('users.fields.department')}</Th>
          <Th>{t('users.fields.status')}</Th>
          <Th>{t('common.actions')}</Th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((user) => (
          <tr key={user.id} className={user.active ? '' : 'bg-solid-gray-50'}>
            <Td>{user.loginId}</Td>
            <Td className="text-std-16B-170">{user.displayName}</Td>
            {/* One line per role in both columns, so each role sits beside its department. */}
            <Td>
              <ul>
                {user.roles.map((grant, index) => (
                  <li key={index}>{t(`roles.${grant.role}`)}</li>
                ))}
              </ul>
            </Td>
            <Td>
              <ul>
                {user.roles.map((grant, index) => (
                  <li key={index}>{grant.departmentName ?? '—'}</li>
                ))}
              </ul>
            </Td>
            <Td className="whitespace-nowrap">{user.active ? t('users.active') : t('users.inactive')}</Td>
            <Td>
              <Button variant="tertiary" size="sm" onClick={() => onEdit(user)}>
                {t('common.edit')}
                <span className="sr-only">{t('common.target', { name: user.displayName })}</span>
              </Button>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
