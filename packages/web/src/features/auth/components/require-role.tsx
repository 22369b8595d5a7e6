import type { RoleGrantView } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../api/use-session';
import { hasRole } from '../roles';

/** Hides pages the server would refuse anyway, with an explanation instead of a broken screen. */
export function RequireRole({ role }: { role: RoleGrantView['role'] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (hasRole(user, role)) return <Outlet />;
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <p>{t('forbidden.body')}</p>
    </>
  );
}
